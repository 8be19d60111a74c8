// Dev-only: the services of the kind cut at the widest gap in their scores (a natural break) instead
// of at a fixed share of the best: every candidate scoring at least `lo` of the best is eligible, and
// the cut falls after the one followed by the biggest drop. Over the development sets and the
// generated directory, chosen leave-one-set-out. `npx tsx bench/dev/kind-gap.ts [--no-places]`.
import { allSets, byShare, figures, show, type Cand, type Q, type Select } from './kind-fit.js';

export const byGap = (lo: number, hi: number, mode: 'diff' | 'ratio'): Select => (q) => {
  const c = q.cands;
  if (c.length === 0 || Math.max(0, ...c.map((s) => s.asked)) < 0.45) return undefined;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  const score = (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
  const top = Math.max(...c.map(score));
  const sorted = [...c].map((s) => ({ s, v: score(s) / top })).sort((a, b) => b.v - a.v);
  let cut = 1;
  let widest = -1;
  for (let k = 1; k <= sorted.length; k++) {
    const here = sorted[k - 1]!.v;
    if (here < lo) break;
    const next = sorted[k]?.v ?? 0;
    const gap = mode === 'diff' ? here - next : next > 0 ? here / next : Infinity;
    if (here >= hi) cut = k;
    if (gap > widest && here < hi) {
      widest = gap;
      cut = Math.max(cut, k);
    }
  }
  // Everything at or above hi is always in; below it, down to the widest gap.
  const hiCount = sorted.filter((x) => x.v >= hi).length;
  let gapCut = hiCount;
  let w = -1;
  for (let k = Math.max(1, hiCount); k <= sorted.length && sorted[k - 1]!.v >= lo; k++) {
    const here = sorted[k - 1]!.v;
    const next = sorted[k]?.v ?? 0;
    const gap = mode === 'diff' ? here - next : next > 0 ? here / next : 99;
    if (gap > w) { w = gap; gapCut = k; }
  }
  void cut;
  return { chosen: sorted.slice(0, Math.max(1, gapCut)).map((x) => x.s), order: (a, b) => b.bm25 - a.bm25 };
};

const qs = await allSets();
console.log(show(qs, (q) => byShare(q, 0.6), 'current (share 0.6)'));
const grid: { label: string; sel: Select }[] = [];
for (const lo of [0.3, 0.4, 0.5]) for (const hi of [0.7, 0.8, 0.9, 1.01]) for (const mode of ['diff', 'ratio'] as const) grid.push({ label: `gap lo ${lo} hi ${hi} ${mode}`, sel: byGap(lo, hi, mode) });
for (const share of [0.5, 0.55, 0.6, 0.65, 0.7]) grid.push({ label: `share ${share}`, sel: (q) => byShare(q, share) });
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
