// Dev-only helper: the answer-path figures on development questions, and the questions missed.
// Usage: npx tsx bench/dev/facts.ts [FILE...] [--all]   (default every development set; never the
// official questions). Without --all only the fact misses are listed.
import path from 'node:path';
import { answerQuality } from '../answers.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';
import { devFiles, ROOT } from './sets.js';

const args = process.argv.slice(2);
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const questions = [];
for (const f of await devFiles(args.filter((a) => !a.startsWith('--')))) questions.push(...(await loadQuestions(f)));
const f = await answerQuality(built.knowledge, questions);
for (const m of f.misses.filter((x) => args.includes('--all') || x.kind === 'fact-missing')) {
  console.log(`${m.id} [${m.kind}] ${m.question}\n  want ${m.expected}\n  got  ${m.got}\n`);
}
console.log(`declines ${f.declined}/${f.unanswerable}  false abstention ${f.falselyDeclined}/${f.answerable}  facts ${f.factHit}/${f.factChecked}`);
process.exit(0);
