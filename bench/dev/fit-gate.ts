// Dev-only: fits the gate's weights and threshold on the pooled development folders (never the
// starter's official set, never the sealed folder) and writes them to
// src/core/knowledge/answer/gate-model.json. Prints the leave-one-folder-out figures of the fit.
// Usage: npx tsx bench/dev/fit-gate.ts [--write] [--skip NAME,NAME] (folders held unread this session stay out)
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { assessReadings } from '../../src/core/knowledge/answer/grounding.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { fitGate, rowConfidence, type GateRow } from '../gate-fit.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const byFolder = new Map<string, GateRow[]>();
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && !skip.has(f.name))) {
  const built = await buildIndex(folder.knowledge);
  const rows: GateRow[] = [];
  for (const q of await loadQuestions(folder.questions)) {
    const text = checkQuestion(q.question).text;
    const readings = assessReadings(text, await passagesFor(built.index, text), undefined, { corpus: built.index.corpus, chunksOf: (source) => built.index.chunksOf(source) }).map((g) => g.signals);
    rows.push({ id: q.id, question: q.question, answerable: q.answerable, readings });
  }
  byFolder.set(folder.name, rows);
}
let fa = 0, na = 0, du = 0, nu = 0;
/** Held-out confidences of every development question, for the ranking's quality (AUC) apart from the threshold. */
const heldOut: { answerable: boolean; c: number }[] = [];
for (const [held, rows] of byFolder) {
  const m = fitGate([...byFolder].filter(([n]) => n !== held).flatMap(([, r]) => r));
  for (const r of rows) heldOut.push({ answerable: r.answerable, c: rowConfidence(m, r) });
  if (process.argv.includes('--margins')) for (const r of rows) console.log(`margin ${(rowConfidence(m, r) - m.threshold).toFixed(3)} ${r.answerable ? 'A' : 'U'} ${r.id} :: ${r.question.slice(0, 110)}`);
  const a = rows.filter((r) => r.answerable);
  const u = rows.filter((r) => !r.answerable);
  const fd = a.filter((r) => rowConfidence(m, r) < m.threshold).length;
  const ud = u.filter((r) => rowConfidence(m, r) < m.threshold).length;
  fa += fd; na += a.length; du += ud; nu += u.length;
  console.log(`held ${held}: threshold ${m.threshold}  answerable declined ${fd}/${a.length}  unanswerable declined ${ud}/${u.length}`);
}
console.log(`LOFO pooled: answerable declined ${fa}/${na}  unanswerable declined ${du}/${nu}  AUC ${auc(heldOut).toFixed(3)}`);
if (process.argv.includes('--curve')) {
  // Held-out confidences pooled: unanswerable declined at each count of answerable declined.
  const a = heldOut.filter((r) => r.answerable).map((r) => r.c).sort((x, y) => x - y);
  for (let k = 0; k <= 20; k += 2) {
    const t = a[k]!;
    console.log(`  answerable declined ${k}/${a.length}: unanswerable declined ${heldOut.filter((r) => !r.answerable && r.c < t).length}/${nu}`);
  }
}

/** Chance that an answerable question is more confident than an unanswerable one (ties count half). */
function auc(rows: { answerable: boolean; c: number }[]): number {
  const a = rows.filter((r) => r.answerable);
  const u = rows.filter((r) => !r.answerable);
  let s = 0;
  for (const x of a) for (const y of u) s += x.c > y.c ? 1 : x.c === y.c ? 0.5 : 0;
  return s / Math.max(1, a.length * u.length);
}
const all = fitGate([...byFolder.values()].flat(), `pooled development folders ${[...byFolder.keys()].join(', ')}; ${new Date().toISOString().slice(0, 10)}`);
console.log(JSON.stringify(all, null, 2));
if (process.argv.includes('--write')) await writeFile(path.join(ROOT, 'src/core/knowledge/answer/gate-model.json'), `${JSON.stringify(all, null, 2)}\n`);
