// Dev-only helper: shows the top passages and the answer for dev questions given by id.
// Usage: npx tsx bench/dev/inspect.ts dev-56 dev2-47 (any development set)
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { ask } from '../../src/core/skills/ask.js';
import { buildIndex } from '../knowledge.js';
import { devQuestions, ROOT } from './sets.js';

const built = await buildIndex(path.join(ROOT, 'knowledge'));
const qs = await devQuestions();
const answerer = createAnswerer({});
for (const q of qs.filter((x) => process.argv.slice(2).includes(x.id))) {
  const { answer, hits } = await ask(built.knowledge, answerer, q.question);
  console.log(`== ${q.id} ${q.question}\n asked ${JSON.stringify(askedFor(q.question))} want ${q.facts.join(' | ')}`);
  [...hits].sort((a, b) => b.score - a.score).slice(0, 4).forEach((h, i) => {
    console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.source} :: ${h.chunk.text.replace(/\s+/g, ' ').slice(0, 400)}`);
  });
  console.log(` ANSWER: ${answer.text.replace(/\s+/g, ' ')}`);
  console.log(` GROUNDING: ${JSON.stringify(assessGrounding(q.question, hits, undefined, { corpus: built.index.corpus }))}\n`);
}
process.exit(0);
