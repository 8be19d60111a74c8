// Dev-only helper: lists the development questions whose answer lacks the needed fact.
// Usage: npx tsx bench/dev/facts.ts   (never run on the official questions)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerQuality } from '../answers.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const f = await answerQuality(built.index, await loadQuestions(path.join(ROOT, 'bench', 'dev', 'questions.jsonl')));
for (const m of f.misses.filter((x) => x.kind === 'fact-missing')) console.log(`${m.id} ${m.question}\n  want ${m.expected}\n  got  ${m.got}\n`);
console.log(`facts ${f.factHit}/${f.factChecked}`);
process.exit(0);
