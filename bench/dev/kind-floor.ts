// Dev-only: the floor that says whether the directory has the kind asked at all, read on the
// request's own words alone (bench/dev/kind-features.ts `request`) instead of the request and the
// story around it; each floor over the development sets and the generated directory, chosen
// leave-one-set-out. `npx tsx bench/dev/kind-floor.ts [--no-places]`.
import { allSets, figures, rescore, show, type Cand, type Q, type Select } from './kind-fit.js';

const withFloor = (floor: number, on: 'asked' | 'request'): Select => (q) => {
  const c = q.cands;
  if (c.length === 0 || Math.max(0, ...c.map((s) => (on === 'asked' ? s.asked : s.f.request))) < floor) return undefined;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  const score = (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
  const top = Math.max(...c.map(score));
  return { chosen: c.filter((s) => score(s) >= top * 0.6), order: (a, b) => b.bm25 - a.bm25 };
};
const qs = await rescore(await allSets(), { later: 0.2, head: 'sentence' });
const grid: { label: string; sel: Select }[] = [];
for (const floor of [0.35, 0.4, 0.45, 0.5]) grid.push({ label: `asked ${floor}`, sel: withFloor(floor, 'asked') });
for (const floor of [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) grid.push({ label: `request ${floor}`, sel: withFloor(floor, 'request') });
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
