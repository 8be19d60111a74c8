// Dev-only: two editions of one document in a folder (names equal but for their digits: "pre-ets-guide-
// 2024-25.txt" and "pre-ets-guide-2025-26.txt", "02_summer_work_2025_flyer" and "03_summer_work_2026_flyer"):
// would the newer edition going first when both are among the best few, whatever the question asks, put
// the right source first more often? Replayed on passagesFor's order (distinct sources), per folder, for a
// grid of reaches (how close the newer edition's score must be to the best), chosen leave-one-folder-out.
// Measured 2026-12-07 (main fe94397), thirteen development folders: no question moves at any reach (590/723
// after passagesFor either way): where an older edition leads, preferNewer and lowerStale have already put
// the newer one first. The "older document wins" misses are other documents, not editions of the gold.
// Usage: npx tsx bench/dev/sibling-newer.ts [--show]
import { sourceDate } from '../../src/core/knowledge/newer-first.js';
import { compareDates } from '../../src/core/knowledge/stated-date.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { distinct, firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const show = process.argv.includes('--show');
const reaches = [0, 0.5, 0.6, 0.7, 0.8, 0.9];
const WINDOW = 8;
const family = (source: string) => (source.split('#')[0]!.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '').toLowerCase().replace(/[^a-z]+/g, '');
const table = new Map<string, { top: number; rr: number; n: number }[]>();
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  const qs = (await loadQuestions(f.questions)).filter((q) => q.answerable && q.sources.length > 0);
  const row = reaches.map(() => ({ top: 0, rr: 0, n: qs.length }));
  for (const q of qs) {
    const text = checkQuestion(q.question).text;
    const hits = await passagesFor(view, text, text);
    const best = new Map<string, Hit>();
    for (const h of hits) if (!best.has(h.chunk.source)) best.set(h.chunk.source, h);
    const order = [...best.keys()];
    reaches.forEach((reach, i) => {
      let ranked = order;
      const top = order[0];
      if (reach > 0 && top && !best.get(top)!.chunk.serviceId && family(top).length >= 4) {
        const td = sourceDate(top, chunksOf);
        const topScore = best.get(top)!.score;
        let pick: string | undefined;
        for (const s of order.slice(1, WINDOW)) {
          if (family(s) !== family(top) || best.get(s)!.score < topScore * reach) continue;
          const sd = sourceDate(s, chunksOf);
          const pd = pick ? sourceDate(pick, chunksOf) : td;
          if (sd && pd && compareDates(sd, pd) > 0) pick = s;
        }
        if (pick) {
          ranked = [pick, ...order.filter((s) => s !== pick)];
          if (show && i === reaches.length - 1) console.log(`  ${q.id} ${top} -> ${pick} want ${q.sources.join(' | ')} :: ${text}`);
        }
      }
      const r = firstRightRank(distinct(ranked), q.sources);
      if (r === 1) row[i]!.top++;
      if (r && r <= 5) row[i]!.rr += 1 / r;
    });
  }
  const name = f.official ? 'starter' : f.name;
  table.set(name, row);
  console.log(`${name}: ${reaches.map((r, i) => `${r}:${row[i]!.top}`).join(' ')}`);
}
const dev = [...table.keys()].filter((k) => k !== 'starter');
reaches.forEach((r, i) => console.log(`reach ${r}: dev ${dev.reduce((s, k) => s + table.get(k)![i]!.top, 0)} MRR ${(dev.reduce((s, k) => s + table.get(k)![i]!.rr, 0) / dev.reduce((s, k) => s + table.get(k)![i]!.n, 0)).toFixed(3)}`));
let held = 0, rr = 0, n = 0;
for (const f of dev) {
  const value = (i: number) => dev.filter((k) => k !== f).reduce((s, k) => s + table.get(k)![i]!.top + table.get(k)![i]!.rr, 0);
  const b = reaches.map((_, i) => i).reduce((a, c) => (value(c) > value(a) ? c : a));
  const got = table.get(f)![b]!;
  held += got.top; rr += got.rr; n += got.n;
  console.log(`held ${f}: reach ${reaches[b]} top-1 ${got.top}/${got.n}`);
}
console.log(`LOFO pooled: top-1 ${held}/${n} MRR ${(rr / n).toFixed(3)}`);
process.exit(0);
