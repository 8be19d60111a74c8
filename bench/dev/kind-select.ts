// Dev-only: the kind choice as a weighted mix of the candidate's parts (bench/dev/kind-features.ts),
// each as a share of the best candidate's: request+story coverage, the request's alone, the names'
// words, keyword score of the whole question and of the request alone; a grid of weights and shares,
// chosen leave-one-set-out over the development sets (the generated directory always in training).
// `npx tsx bench/dev/kind-select.ts [--no-places]`.
import { allSets, byShare, figures, show, type Cand, type Q, type Select } from './kind-fit.js';

type W = { first: number; request: number; names: number; bmKind: number; bmRest: number; share: number };
const parts = (c: Cand) => ({ first: c.f.first, request: c.f.request, names: c.f.names, bmKind: c.f.bmKind, bmRest: c.f.bmRest });
export const mix = (w: W): Select => (q) => {
  const c = q.cands;
  if (c.length === 0 || Math.max(0, ...c.map((s) => s.asked)) < 0.45) return undefined;
  const keys = ['first', 'request', 'names', 'bmKind', 'bmRest'] as const;
  const best = Object.fromEntries(keys.map((k) => [k, Math.max(...c.map((s) => parts(s)[k]))]));
  const score = (s: Cand) => keys.reduce((a, k) => a + (best[k]! > 0 ? (w[k] * parts(s)[k]) / best[k]! : 0), 0);
  const top = Math.max(...c.map(score));
  return { chosen: c.filter((s) => score(s) >= top * w.share), order: (a, b) => b.bm25 - a.bm25 };
};

const qs = await allSets();
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
const grid: W[] = [];
const ws = [0, 0.2, 0.4, 0.6];
for (const first of ws) for (const request of ws) for (const names of ws) for (const bmKind of [0, 0.2, 0.4]) for (const bmRest of [0, 0.2, 0.4]) for (const share of [0.5, 0.6, 0.7, 0.8]) {
  if (first + request + names + bmKind + bmRest === 0) continue;
  grid.push({ first, request, names, bmKind, bmRest, share });
}
const objective = (set: Q[], w: W) => {
  const f = figures(set, mix(w));
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const sets = [...new Set(qs.map((q) => q.set))];
const bySet = new Map(sets.map((s) => [s, qs.filter((q) => q.set === s)]));
const scores = grid.map((w) => ({ w, per: new Map(sets.map((s) => [s, objective(bySet.get(s)!, w)])) }));
const label = (w: W) => `f${w.first} r${w.request} n${w.names} bk${w.bmKind} br${w.bmRest} s${w.share}`;
const all = scores.reduce((a, b) => ([...b.per.values()].reduce((x, y) => x + y) > [...a.per.values()].reduce((x, y) => x + y) + 1e-9 ? b : a));
console.log(show(qs, mix(all.w), `all sets: ${label(all.w)}`));
for (const out of sets.filter((s) => s !== 'gen')) {
  const tot = (x: (typeof scores)[number]) => sets.filter((s) => s !== out).reduce((a, s) => a + x.per.get(s)!, 0);
  const chosen = scores.reduce((a, b) => (tot(b) > tot(a) + 1e-9 ? b : a));
  console.log(show(bySet.get(out)!, mix(chosen.w), `held out: ${label(chosen.w)}`));
}
