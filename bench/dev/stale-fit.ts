// Dev-only: would a source dated well before the folder's newest dated source (an old handbook, a 2021
// FAQ beside 2026 pages) ranking a little lower put the right source first more often? Search alone
// (the first eight hits), replayed for a grid of gaps (months before the folder's newest date) and
// penalties (the share of the score taken off), chosen leave-one-folder-out. Dev folders only.
// Usage: npx tsx bench/dev/stale-fit.ts [--skip a,b]
import { sourceDate } from '../../src/core/knowledge/newer-first.js';
import type { StatedDate } from '../../src/core/knowledge/stated-date.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const months = (d: StatedDate): number => d.year * 12 + (d.month ?? 6);
interface Q { id: string; hits: Hit[]; gold: string[]; age: Map<string, number> }
interface V { gap: number; cut: number }
const variants: V[] = [{ gap: 0, cut: 0 }];
for (const gap of [12, 18, 24, 36]) for (const cut of [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]) variants.push({ gap, cut });
const folders: { name: string; qs: Q[] }[] = [];
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  const dated = new Map<string, number>();
  for (const c of built.index.chunks) {
    if (dated.has(c.source) || c.serviceId) continue;
    const d = sourceDate(c.source, (s) => built.index.chunksOf(s));
    if (d) dated.set(c.source, months(d));
  }
  // The folder's newest date, not counting dates ahead of most (an event flyer's date): the 90th percentile.
  const sorted = [...dated.values()].sort((a, b) => a - b);
  const newest = sorted[Math.floor(sorted.length * 0.9)] ?? 0;
  const age = new Map([...dated].map(([s, m]) => [s, newest - m]));
  const qs: Q[] = [];
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    qs.push({ id: q.id, hits: await built.index.search(checkQuestion(q.question).text, 8), gold: q.sources, age });
  }
  folders.push({ name: f.name, qs });
}
const apply = (q: Q, v: V): string[] => {
  const s = q.hits.map((h) => ({ h, s: h.score * (v.gap && (q.age.get(h.chunk.source) ?? 0) >= v.gap ? 1 - v.cut : 1) }));
  s.sort((a, b) => b.s - a.s);
  return [...new Set(s.map((x) => x.h.chunk.source))];
};
const rr = (qs: Q[], v: V) => qs.map((q) => { const r = firstRightRank(apply(q, v), q.gold); return r === null ? 0 : 1 / r; });
const top1 = (x: number[]) => x.filter((y) => y === 1).length;
console.log('variant'.padEnd(16) + folders.map((f) => f.name.slice(0, 9).padStart(10)).join('') + '  total');
for (const v of variants) {
  const per = folders.map((f) => top1(rr(f.qs, v)));
  console.log(`gap ${v.gap} cut ${v.cut}`.padEnd(16) + per.map((n) => String(n).padStart(10)).join('') + `  ${per.reduce((a, b) => a + b, 0)}`);
}
let held: number[] = [];
for (const [i, f] of folders.entries()) {
  let best = variants[0]!;
  let bv = -1;
  for (const v of variants) {
    const x = folders.filter((_, j) => j !== i).flatMap((g) => rr(g.qs, v));
    const val = top1(x) + x.reduce((a, b) => a + b, 0) / 100;
    if (val > bv + 1e-9) [best, bv] = [v, val];
  }
  const got = rr(f.qs, best);
  held = held.concat(got);
  console.log(`held ${f.name}: gap ${best.gap} cut ${best.cut}  top-1 ${top1(rr(f.qs, variants[0]!))} -> ${top1(got)} of ${got.length}`);
}
console.log(`LOFO pooled: top-1 ${top1(held)}/${held.length}  MRR ${(held.reduce((a, b) => a + b, 0) / held.length).toFixed(3)}`);
process.exit(0);
