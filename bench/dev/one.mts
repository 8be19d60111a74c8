// Dev-only: the top passages and the answer for questions given on the command line.
// Usage: npx tsx bench/dev/one.mts "question" ...
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { ask } from '../../src/core/skills/ask.js';
import { buildIndex } from '../knowledge.js';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
for (const q of process.argv.slice(2)) {
  const r = await ask(built.knowledge, createAnswerer({}), q);
  console.log('==', q); r.hits.slice(0,5).forEach((h,i)=>console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.source} ${h.chunk.title} ${h.chunk.contact? 'C':''}`));
  const g = assessGrounding(q, r.hits, undefined, { corpus: built.index.corpus });
  console.log(`  confidence ${g.confidence.toFixed(3)} ${JSON.stringify(g.signals)} focus ${JSON.stringify(g.focus)}`);
  console.log(' ', r.answer.grounded, r.answer.text.replace(/\s+/g,' ').slice(0,700));
}
process.exit(0);
