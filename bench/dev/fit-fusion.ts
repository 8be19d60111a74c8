// Dev-only: fits the hybrid score's weights (search.ts FUSION_WEIGHTS) leave-one-folder-out on the
// development folders (never the starter's official set, never the sealed folder). For each
// held-out folder, the grid point with the best right-source-first + MRR + AUC on the other
// folders is measured on it; the held-out results are pooled and printed beside the current weights'.
// The fused score does two jobs: it ranks, and the gate reads the best hit's score as evidence that
// the folder answers at all, so the objective adds the AUC of the top score between answerable and
// unanswerable questions (weights fitted on ranking alone ranked better but lost answers to the gate).
// Search alone (distinct sources of the first eight hits), so it runs in a minute or two.
// Usage: npx tsx bench/dev/fit-fusion.ts [--skip a,b]   (--skip leaves folders out, such as one held unread
// until a session's end)
import { FUSION_WEIGHTS, type FusionWeights, type KnowledgeIndex } from '../../src/core/knowledge/search.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions, type EvalQuestion } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const STEP = 0.1;
const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
function grid(): FusionWeights[] {
  const out: FusionWeights[] = [];
  const n = Math.round(1 / STEP);
  for (let c = 0; c <= n; c++)
    for (let s = 0; s + c <= n; s++)
      for (let l = 0; l + s + c <= n; l++) out.push({ coverage: c * STEP, similarity: s * STEP, lexical: l * STEP, vector: (n - c - s - l) * STEP });
  return out;
}

interface Folder { name: string; index: KnowledgeIndex; questions: EvalQuestion[] }
const folders: Folder[] = [];
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  folders.push({ name: f.name, index: built.index, questions: await loadQuestions(f.questions) });
}

interface Run {
  /** Reciprocal rank of the first right source, per answerable question with sources. */
  rr: number[];
  /** The best hit's score, per question, answerable or not. */
  top: { answerable: boolean; score: number }[];
}

async function run(f: Folder, w: FusionWeights): Promise<Run> {
  const out: Run = { rr: [], top: [] };
  for (const q of f.questions) {
    const hits = await f.index.search(checkQuestion(q.question).text, 8, { weights: w });
    out.top.push({ answerable: q.answerable, score: hits[0]?.score ?? 0 });
    if (!q.answerable || q.sources.length === 0) continue;
    const r = firstRightRank([...new Set(hits.map((h) => h.chunk.source))], q.sources);
    out.rr.push(r === null ? 0 : 1 / r);
  }
  return out;
}

/** Share of (answerable, unanswerable) pairs the top score orders right; ties count half. */
function auc(top: Run['top']): number {
  const a = top.filter((t) => t.answerable).map((t) => t.score);
  const u = top.filter((t) => !t.answerable).map((t) => t.score);
  let wins = 0;
  for (const x of a) for (const y of u) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return a.length && u.length ? wins / (a.length * u.length) : 0;
}
const points = [...grid(), FUSION_WEIGHTS];
const table = new Map<string, Run[]>();
for (const w of points) {
  const runs: Run[] = [];
  for (const f of folders) runs.push(await run(f, w));
  table.set(JSON.stringify(w), runs);
}
const value = (runs: Run[]) => {
  const rr = runs.flatMap((r) => r.rr);
  return (rr.filter((x) => x === 1).length + rr.reduce((a, b) => a + b, 0)) / rr.length + auc(runs.flatMap((r) => r.top));
};
const report = (label: string, rr: number[]) =>
  `${label}: top-1 ${rr.filter((x) => x === 1).length}/${rr.length} ${(rr.filter((x) => x === 1).length / rr.length).toFixed(3)}  MRR ${(rr.reduce((a, b) => a + b, 0) / rr.length).toFixed(3)}`;

const held: number[] = [];
const current: number[] = [];
folders.forEach((f, i) => {
  let best = points[0]!;
  let bestValue = -1;
  for (const w of points) {
    const v = value(table.get(JSON.stringify(w))!.filter((_, j) => j !== i));
    if (v > bestValue) [best, bestValue] = [w, v];
  }
  const got = table.get(JSON.stringify(best))![i]!.rr;
  const now = table.get(JSON.stringify(FUSION_WEIGHTS))?.[i]?.rr;
  held.push(...got);
  if (now) current.push(...now);
  console.log(`held ${f.name}: fitted ${JSON.stringify(best)}  ${report('held-out', got)}${now ? `  (${report('current', now)})` : ''}`);
});
console.log(report('LOFO pooled, fitted', held));
if (current.length) console.log(report('LOFO pooled, current weights', current));
let all = points[0]!;
let allValue = -1;
for (const w of points) {
  const v = value(table.get(JSON.stringify(w))!.flat());
  if (v > allValue) [all, allValue] = [w, v];
}
console.log(`fitted on all development folders: ${JSON.stringify(all)}`);
process.exit(0);
