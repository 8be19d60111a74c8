// Dev-only: today's kind choice (a share of the best mixed score) with a second bar on the kind
// coverage alone (at least `covMin` of the best candidate's), so a neighbour lifted by its keyword
// score is not taken for the kind. Chosen leave-one-set-out. `npx tsx bench/dev/kind-covmin.ts`.
import { allSets, byShare, figures, show, type Q, type Select } from './kind-fit.js';

const byCovMin = (share: number, covMin: number): Select => (q) => {
  const s = byShare(q, share);
  if (!s) return s;
  const best = Math.max(...q.cands.map((c) => c.cov));
  return { ...s, chosen: s.chosen.filter((c) => c.cov >= best * covMin) };
};
const qs = await allSets();
const grid: { label: string; sel: Select }[] = [];
for (const share of [0.5, 0.55, 0.6]) for (const covMin of [0, 0.3, 0.4, 0.5, 0.6, 0.7]) grid.push({ label: `share ${share} covMin ${covMin}`, sel: byCovMin(share, covMin) });
for (const g of grid) console.log(show(qs, g.sel, g.label));
const objective = (set: Q[], sel: Select) => {
  const f = figures(set, sel);
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const sets = [...new Set(qs.map((q) => q.set))];
for (const out of sets.filter((s) => s !== 'gen')) {
  const tot = (g: (typeof grid)[number]) => sets.filter((s) => s !== out).reduce((a, s) => a + objective(qs.filter((q) => q.set === s), g.sel), 0);
  const chosen = grid.reduce((a, b) => (tot(b) > tot(a) + 1e-9 ? b : a));
  console.log(show(qs.filter((q) => q.set === out), chosen.sel, `held out: ${chosen.label}`));
}
