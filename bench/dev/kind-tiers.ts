// Dev-only: the kind cut (a share of the best candidate's score) with a second bar on the services
// offered: a fitting service is offered only when its score is at least a share of the best-scoring
// fitting one's, so a neighbouring kind that scrapes into the cut is not offered beside the kind asked.
// Also: the cut's fitting services offered only when some service near the best (`core` of the best
// score) fits, else declined. `npx tsx bench/dev/kind-tiers.ts` (every development set and a generated
// directory). Measured on branch dir10 and dropped: offered-that-fit moves by at most 0.03 either way per
// set for the second bar (birch-211 0.92 -> 0.95, hazel-211 0.66 -> 0.63 at 0.8), and the core rule
// mends hazel-211's none-fits answers only by raising false declines on every set (core 0.9: birch-211
// 0.06 -> 0.26, dogwood-211 0.09 -> 0.36, ivy-211 0.12 -> 0.31, generated 0.01 -> 0.06).
import { allSets, byShare, show, type Cand, type Q, type Select } from './kind-fit.js';

const qs = await allSets();
const score = (q: Q) => {
  const c = q.cands;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  return (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
};
const tiered = (share: number, among: number): Select => (q) => {
  const base = byShare(q, share);
  if (!base) return base;
  const sc = score(q);
  const fitting = base.chosen.filter((x) => x.fits);
  const bestFit = Math.max(0, ...fitting.map(sc));
  return { chosen: base.chosen.filter((x) => !x.fits || sc(x) >= bestFit * among), order: base.order };
};
for (const share of [0.6, 0.7, 0.8, 0.9]) console.log(show(qs, (q) => byShare(q, share), `share ${share}`));
for (const among of [0.7, 0.75, 0.8, 0.85, 0.9]) console.log(show(qs, tiered(0.6, among), `0.6, fits at ${among} of best fit`));
// The cut at 0.6 offers its fitting services only when some service near the best (at `core` of the best score) fits.
const coreFits = (core: number): Select => (q) => {
  const base = byShare(q, 0.6);
  if (!base) return base;
  const sc = score(q);
  const top = Math.max(...base.chosen.map(sc));
  const anyCore = base.chosen.some((x) => x.fits && sc(x) >= top * core);
  return anyCore ? base : { chosen: base.chosen.filter((x) => !x.fits), order: base.order };
};
for (const core of [0.8, 0.85, 0.9, 0.95, 1]) console.log(show(qs, coreFits(core), `core ${core} must fit`));
