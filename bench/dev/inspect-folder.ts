// Dev-only helper: the top passages, the answer and the gate's reading for development-folder
// questions given by id (never the starter's official set, never the sealed folder).
// Usage: npx tsx bench/dev/inspect-folder.ts cedar-211-11 vr-manual-24
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { ask } from '../../src/core/skills/ask.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const ids = process.argv.slice(2);
const answerer = createAnswerer({});
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && ids.some((id) => id.startsWith(f.name)))) {
  const built = await buildIndex(folder.knowledge);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => ids.includes(x.id))) {
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    console.log(`== ${q.id} ${q.question}\n asked ${JSON.stringify(askedFor(q.question))} want ${q.facts.join(' | ')} from ${q.sources.join(' | ')}`);
    [...hits].sort((a, b) => b.score - a.score).slice(0, 4).forEach((h, i) => {
      console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.source} :: ${h.chunk.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    });
    console.log(` ANSWER: ${answer.text.replace(/\s+/g, ' ')}`);
    const g = assessGrounding(q.question, hits, undefined, { corpus: built.index.corpus });
    console.log(` GATE: confidence ${g.confidence.toFixed(2)} ${JSON.stringify(g.signals)} focus ${JSON.stringify(g.focus)}\n`);
  }
}
process.exit(0);
