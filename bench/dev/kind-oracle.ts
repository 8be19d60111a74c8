// Dev-only: upper bounds for a kind signal, with the writers' kind tags (kinds.csv) as an oracle:
// the services chosen today kept only when tagged with the question's kind ("perfect kind"), or when
// they share a tag with the best candidate ("one kind: the best's"). Not a rule: a measure of how
// much a service's own kind could be worth. `npx tsx bench/dev/kind-oracle.ts`.
import { allSets, byShare, show, type Cand, type Q, type Select } from './kind-fit.js';

const qs = await allSets();
const tagsOf = (c: Cand) => (c.kindTag ?? '').split(';');
const perfect = (share: number): Select => (q) => {
  const s = byShare(q, share);
  if (!s || !q.kind) return s;
  return { ...s, chosen: s.chosen.filter((c) => tagsOf(c).includes(q.kind!)) };
};
const bestKind = (share: number): Select => (q) => {
  const s = byShare(q, share);
  if (!s || s.chosen.length === 0) return s;
  const c = q.cands;
  const best = Math.max(...c.map((x) => x.cov));
  const bestHit = Math.max(...c.map((x) => x.bm25));
  const score = (x: Cand) => 0.6 * (best > 0 ? x.cov / best : 0) + 0.4 * (bestHit > 0 ? x.bm25 / bestHit : 0);
  const top = [...c].sort((a, b) => score(b) - score(a))[0]!;
  return { ...s, chosen: s.chosen.filter((x) => tagsOf(x).some((t) => tagsOf(top).includes(t))) };
};
for (const share of [0.4, 0.5, 0.6]) {
  console.log(show(qs, (q) => byShare(q, share), `current share ${share}`));
  console.log(show(qs, perfect(share), `perfect kind ${share}`));
  console.log(show(qs, bestKind(share), `best's kind ${share}`));
}
void ({} as Q);
