// Dev-only: chooses the offline embedder's reach (how much of a word's weight goes to the words the
// folder uses with it, folder-vocabulary.ts) leave-one-folder-out on the development folders: for
// each held-out folder, the reach with the best right-source-first + MRR + top-score AUC on the
// others is measured on it. Search alone, through ingest and openIndex as the server builds them.
// Usage: npx tsx bench/dev/vocab-probe.ts [reach,reach,...]   (0 = learn nothing)
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openIndex } from '../../src/core/knowledge/index-store.js';
import { ingest } from '../../src/core/knowledge/ingest.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchClock } from '../clock.js';
import { benchFolders } from '../folders.js';
import { ROOT } from './sets.js';

const reaches = (process.argv[2] ?? '0,0.3,0.6,1').split(',').map(Number);
const folders = (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed);
interface Run { rr: number[]; a: number[]; u: number[] }
/** runs[folder][reach] */
const runs: Run[][] = [];
for (const f of folders) {
  const questions = await loadQuestions(f.questions);
  const row: Run[] = [];
  for (const reach of reaches) {
    const embedder = new OfflineEmbedder({ reach });
    const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'vocab-')), 'index');
    await ingest({ paths: [f.knowledge], root: f.knowledge, indexDir: dir, embedder, clock: benchClock() });
    const index = await openIndex(dir, embedder);
    const run: Run = { rr: [], a: [], u: [] };
    for (const q of questions) {
      const hits = await index.search(checkQuestion(q.question).text, 8);
      (q.answerable ? run.a : run.u).push(hits[0]?.score ?? 0);
      if (!q.answerable || q.sources.length === 0) continue;
      const r = firstRightRank([...new Set(hits.map((h) => h.chunk.source))], q.sources);
      run.rr.push(r === null ? 0 : 1 / r);
    }
    row.push(run);
  }
  runs.push(row);
}
const top1 = (rr: number[]) => rr.filter((x) => x === 1).length;
const mrr = (rr: number[]) => rr.reduce((s, x) => s + x, 0) / rr.length;
function auc(a: number[], u: number[]): number {
  let wins = 0;
  for (const x of a) for (const y of u) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return a.length && u.length ? wins / (a.length * u.length) : 0;
}
const pool = (list: Run[]) => ({ rr: list.flatMap((r) => r.rr), a: list.flatMap((r) => r.a), u: list.flatMap((r) => r.u) });
const value = (r: Run) => top1(r.rr) / r.rr.length + mrr(r.rr) + auc(r.a, r.u);
const held: Run[] = [];
folders.forEach((f, i) => {
  let best = 0;
  reaches.forEach((_, k) => {
    if (value(pool(runs.filter((_, j) => j !== i).map((row) => row[k]!))) > value(pool(runs.filter((_, j) => j !== i).map((row) => row[best]!)))) best = k;
  });
  held.push(runs[i]![best]!);
  console.log(`${f.name}: fitted reach ${reaches[best]}; ` + reaches.map((r, k) => `r${r} top1 ${top1(runs[i]![k]!.rr)}/${runs[i]![k]!.rr.length} MRR ${mrr(runs[i]![k]!.rr).toFixed(3)}`).join(' | '));
});
reaches.forEach((r, k) => {
  const p = pool(runs.map((row) => row[k]!));
  console.log(`reach ${r}, all folders: top1 ${top1(p.rr)}/${p.rr.length} MRR ${mrr(p.rr).toFixed(3)} AUC ${auc(p.a, p.u).toFixed(3)}`);
});
const h = pool(held);
console.log(`leave-one-folder-out: top1 ${top1(h.rr)}/${h.rr.length} MRR ${mrr(h.rr).toFixed(3)} AUC ${auc(h.a, h.u).toFixed(3)}`);
process.exit(0);
