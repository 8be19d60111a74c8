// Dev-only helper: shows the top passages and the answer for dev questions given by id.
// Usage: npx tsx bench/dev/inspect.ts dev-56 dev2-47 (any of the three development sets)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { ask } from '../../src/core/skills/ask.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const qs = [];
for (const f of ['questions.jsonl', 'questions-2.jsonl', 'questions-3.jsonl', 'questions-4.jsonl']) qs.push(...(await loadQuestions(path.join(ROOT, 'bench', 'dev', f))));
const answerer = createAnswerer({});
for (const q of qs.filter((x) => process.argv.slice(2).includes(x.id))) {
  const { answer, hits } = await ask(built.index, answerer, q.question);
  console.log(`== ${q.id} ${q.question}\n asked ${JSON.stringify(askedFor(q.question))} want ${q.facts.join(' | ')}`);
  [...hits].sort((a, b) => b.score - a.score).slice(0, 4).forEach((h, i) => {
    console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.source} :: ${h.chunk.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  });
  console.log(` ANSWER: ${answer.text.replace(/\s+/g, ' ')}`);
  console.log(` GROUNDING: ${JSON.stringify(assessGrounding(q.question, hits, undefined, { corpus: built.index.corpus }))}\n`);
}
process.exit(0);
