// Dev-only: when no service of the kind set meets the question's conditions, read the kind more
// widely (a lower share of the best kind score) before declining; simulated over every development
// set and a generated directory: `npx tsx bench/dev/kind-cascade.ts`.
import { allSets, byShare, show, type Q, type Select } from './kind-fit.js';

const qs = await allSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211', 'jasmine-211']);
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
const cascade = (wide: number, max = Infinity): Select => (q: Q) => {
  const first = byShare(q, 0.6);
  if (!first || first.chosen.some((c) => c.fits)) return first;
  const more = byShare(q, wide);
  if (!more) return first;
  const fitting = more.chosen.filter((c) => c.fits);
  return fitting.length <= max ? more : first;
};
for (const wide of [0.55, 0.5, 0.45, 0.4, 0.35, 0.3]) for (const max of [Infinity, 1]) console.log(show(qs, cascade(wide, max), `cascade ${wide} max ${max}`));
