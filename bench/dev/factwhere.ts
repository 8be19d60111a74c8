// Dev-only: for answers missing the needed fact, where the fact is: in a passage the answer had,
// in another chunk of a source it had, or elsewhere. Usage: npx tsx bench/dev/factwhere.ts FILE...
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const all = (built.index as unknown as { chunks: { source: string; text: string }[] }).chunks;
const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');
const answerer = createAnswerer({});
for (const f of process.argv.slice(2)) {
  if (path.resolve(f).includes(`${path.sep}bench${path.sep}data`)) throw new Error('dev only');
  for (const q of await loadQuestions(f)) {
    if (!q.answerable || !q.facts.length) continue;
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    if (!answer.grounded) continue;
    const missing = q.facts.filter((x) => !norm(answer.text).includes(norm(x)));
    if (!missing.length) continue;
    const top = [...hits].sort((a, b) => b.score - a.score);
    const fact = norm(missing[0]!);
    const inHit = top.findIndex((h) => norm(h.chunk.text).includes(fact));
    const sources = new Set(top.slice(0, 3).map((h) => h.chunk.source));
    const sibling = all.find((c) => sources.has(c.source) && norm(c.text).includes(fact));
    const where = inHit >= 0 ? `in hit #${inHit}` : sibling ? `in another chunk of ${sibling.source}` : 'not in the top sources';
    console.log(`${q.id}: "${missing[0]}" ${where}`);
  }
}
process.exit(0);
