// Dev-only: a service whose name says as much of the request as the best-named candidate's does is
// of the kind asked, whatever its share of the best kind score; simulated over every development
// set and a generated directory: `npx tsx bench/dev/kind-named.ts`.
import { allSets, byShare, show, type Q, type Select } from './kind-fit.js';

const qs = await allSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211', 'jasmine-211']);
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
const named = (x: number, field: 'titleRequest' | 'title', floor = 0): Select => (q: Q) => {
  const first = byShare(q, 0.6);
  if (!first) return first;
  const best = Math.max(0, ...q.cands.map((c) => (c.f?.[field] ?? 0)));
  if (best <= floor) return first;
  const add = q.cands.filter((c) => (c.f?.[field] ?? 0) >= best * x && !first.chosen.includes(c));
  return { ...first, chosen: [...first.chosen, ...add] };
};
for (const field of ['titleRequest', 'title'] as const) for (const x of [1, 0.9, 0.75, 0.6]) for (const floor of [0, 0.3]) console.log(show(qs, named(x, field, floor), `${field} ${x} >${floor}`));
