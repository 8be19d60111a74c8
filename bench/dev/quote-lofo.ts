// Dev-only: the quality bench's leave-one-folder-out rows for the development folders (gate refitted
// per held folder), per folder: needed fact, right source first, Slack-style right, answerable and
// unanswerable declined, and the mean length of the answers given (declines left out). Writes each
// held-out outcome to OUT (a JSON file) so two runs can be compared question by question.
// Usage: npx tsx bench/dev/quote-lofo.ts [--quick] [OUT.json]
import { writeFile } from 'node:fs/promises';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { liaisonOutcomes } from '../../src/eval/liaison-answers.js';
import { loadQuestions } from '../../src/eval/questions.js';
import type { FolderRun } from '../folder-run.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { leaveOneFolderOut } from '../lofo.js';
import { ROOT } from './sets.js';

const quick = process.argv.includes('--quick');
const out = process.argv.slice(2).find((a) => a.endsWith('.json'));
const dev: FolderRun[] = [];
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const built = await buildIndex(folder.knowledge);
  const questions = await loadQuestions(folder.questions);
  // --quick: the stored gate, no refitting (a fast look); otherwise the held-out rows.
  const liaison = quick ? await liaisonOutcomes(built.knowledge, createAnswerer(), questions) : [];
  dev.push({ folder, built, questions, liaison, bm25: [], notes: [] });
}
const lofo = quick ? { folds: dev.map((r) => ({ held: r.folder.name, threshold: null, liaison: r.liaison })), liaison: dev.flatMap((r) => r.liaison) } : (await leaveOneFolderOut(dev))!;
const total = { fact: 0, checked: 0, top: 0, ranked: 0, slack: 0, slacks: 0, ad: 0, ans: 0, ud: 0, unans: 0, len: 0, given: 0 };
const row = (o: typeof lofo.liaison) => {
  const t = {
    fact: o.filter((x) => x.checked && x.factsHeld).length, checked: o.filter((x) => x.checked).length,
    top: o.filter((x) => x.ranked && x.rank === 1).length, ranked: o.filter((x) => x.ranked).length,
    slack: o.filter((x) => x.answerable && x.style === 'slack' && !x.declined && (x.checked ? x.factsHeld : true)).length,
    slacks: o.filter((x) => x.answerable && x.style === 'slack').length,
    ad: o.filter((x) => x.answerable && x.declined).length, ans: o.filter((x) => x.answerable).length,
    ud: o.filter((x) => !x.answerable && x.declined).length, unans: o.filter((x) => !x.answerable).length,
    len: o.filter((x) => !x.declined).reduce((n, x) => n + x.answer.length, 0), given: o.filter((x) => !x.declined).length,
  };
  for (const k of Object.keys(t) as (keyof typeof t)[]) total[k] += t[k];
  return t;
};
const fmt = (name: string, t: typeof total) =>
  `${name.padEnd(18)} fact ${t.fact}/${t.checked}  top1 ${t.top}/${t.ranked}  slack ${t.slack}/${t.slacks}  ansDecl ${t.ad}/${t.ans}  unansDecl ${t.ud}/${t.unans}  len ${(t.len / Math.max(1, t.given)).toFixed(0)}`;
for (const f of lofo.folds) console.log(fmt(f.held, row(f.liaison)));
console.log(fmt('POOLED', total));
if (out) await writeFile(out, JSON.stringify(lofo.folds.flatMap((f) => f.liaison.map((o) => ({ folder: f.held, ...o }))), null, 1));
process.exit(0);
