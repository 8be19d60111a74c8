// Dev-only helper: the answer-path figures on development questions, and the questions missed.
// Usage: npx tsx bench/dev/facts.ts [FILE...] [--all]   (default bench/dev/questions.jsonl; never
// run on the official questions). Without --all only the fact misses are listed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuality } from '../answers.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
if (files.some((f) => path.resolve(f).startsWith(path.join(ROOT, 'bench', 'data')))) throw new Error('development questions only');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const questions = [];
for (const f of files.length ? files : [path.join(ROOT, 'bench', 'dev', 'questions.jsonl')]) questions.push(...(await loadQuestions(f)));
const f = await answerQuality(built.index, questions);
for (const m of f.misses.filter((x) => args.includes('--all') || x.kind === 'fact-missing')) {
  console.log(`${m.id} [${m.kind}] ${m.question}\n  want ${m.expected}\n  got  ${m.got}\n`);
}
console.log(`declines ${f.declined}/${f.unanswerable}  false abstention ${f.falselyDeclined}/${f.answerable}  facts ${f.factHit}/${f.factChecked}`);
process.exit(0);
