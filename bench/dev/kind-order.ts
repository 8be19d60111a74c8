// Dev-only: the fitting services of the kind shown in the order of their kind score (mixed with the
// keyword score as the kind choice reads it) instead of the keyword score alone, so that when more
// fit than are shown, the surer of the kind come first. `npx tsx bench/dev/kind-order.ts`.
import { allSets, byShare, show, type Select } from './kind-fit.js';
import { mixed } from './kind-sim.js';

const qs = await allSets();
const byKind: Select = (q) => {
  const s = byShare(q, 0.6);
  if (!s) return s;
  const score = mixed(q);
  return { ...s, order: (a, b) => score(b) - score(a) };
};
console.log(show(qs, (q) => byShare(q, 0.6), 'keyword order (today)'));
console.log(show(qs, byKind, 'kind-score order'));
