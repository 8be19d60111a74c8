// Dev-only: for development-folder questions given by id, the message's asked parts, the passages the
// answer is read from, the answer, and where each missing fact is (which chunk of which source).
// Usage: npx tsx bench/dev/parts-probe.ts ID... (never the starter's official set or a sealed folder)
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { askedParts } from '../../src/core/knowledge/answer/terms.js';
import { ask } from '../../src/core/skills/ask.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const ids = process.argv.slice(2);
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const answerer = createAnswerer();
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const qs = (await loadQuestions(folder.questions)).filter((q) => ids.includes(q.id));
  if (!qs.length) continue;
  const built = await buildIndex(folder.knowledge);
  for (const q of qs) {
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    console.log(`\n== ${q.id} ${q.question}\n  parts: ${JSON.stringify(askedParts(q.question))}\n  gold: ${q.sources.join(', ')} facts: ${q.facts.join(' | ')}`);
    hits.forEach((h, i) => console.log(`  #${i} ${h.score.toFixed(3)} ${h.chunk.source} :: ${h.chunk.title} / ${h.chunk.headings.join(' > ')}`));
    console.log(`  ANSWER (${answer.grounded}): ${answer.text.replace(/\s+/g, ' ')}`);
    for (const f of q.facts.filter((x) => !norm(answer.text.slice(0, 1000)).includes(norm(x)))) {
      const c = built.index.chunks.filter((c) => norm(c.text).includes(norm(f)));
      console.log(`  missing "${f}" in: ${c.slice(0, 3).map((x) => `${x.source} :: ${x.headings.join(' > ')}`).join(' || ')}`);
    }
  }
}
process.exit(0);
