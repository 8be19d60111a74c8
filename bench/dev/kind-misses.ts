// Dev-only: the development questions whose kind choice is wrong under a kind-score option
// (bench/dev/kind-features.ts), each with its best candidates: the mixed score, the writer's kind
// tag, whether it fits, and what was offered. `npx tsx bench/dev/kind-misses.ts [later] [head] [SET...]`.
import { byShare, loadSets, outcome, rescore, type Cand, type Q } from './kind-fit.js';

const [laterArg = '1', head = 'sentence', ...names] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const qs = await rescore(await loadSets(names.length ? names : ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211']), { later: Number(laterArg), head: head as 'sentence' });
const share = 0.6;
for (const q of qs) {
  const o = outcome(q, (x) => byShare(x, share));
  const fits = new Set(q.fits);
  const wrong = q.answerable ? !o.offered.slice(0, 3).some((id) => fits.has(id)) || o.offered.some((id) => !fits.has(id)) : o.offered.length > 0;
  if (!wrong || !q.cands.length) continue;
  const c = q.cands;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  const score = (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
  const top = Math.max(...c.map(score));
  console.log(`\n${q.id} [${q.kind}] ${q.question.slice(0, 150)}`);
  console.log(`  asked max ${Math.max(...c.map((s) => s.asked)).toFixed(2)}; offered ${o.offered.map((id) => (fits.has(id) ? '+' : '-') + (q.cands.find((x) => x.id === id)?.hit.chunk.title ?? id)).join(' | ') || '(none)'}`);
  for (const s of [...c].sort((a, b) => score(b) - score(a)).slice(0, 7))
    console.log(`  ${(score(s) / top).toFixed(2)} cov=${(s.cov / best).toFixed(2)} bm=${(s.bm25 / bestHit).toFixed(2)} ${s.fits ? 'FITS' : '    '} ${fits.has(s.id) ? 'GOLD' : '    '} [${s.kindTag}] ${s.hit.chunk.title}`);
}
void ({} as Q);
