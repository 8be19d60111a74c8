// Dev-only probe: for development questions that want a contact, the first directory entries a wider search finds.
// Usage: npx tsx bench/dev/contact-probe.ts dev-44 dev2-01
import path from 'node:path';
import { wantsContact } from '../../src/core/knowledge/answer/contact.js';
import { buildIndex } from '../knowledge.js';
import { devQuestions, ROOT } from './sets.js';

const built = await buildIndex(path.join(ROOT, 'knowledge'));
const qs = await devQuestions();
const ids = process.argv.slice(2);
for (const q of qs.filter((x) => ids.length === 0 || ids.includes(x.id))) {
  if (!wantsContact(q.question)) continue;
  const hits = await built.index.search(q.question, 24);
  const top4 = hits.slice(0, 4).some((h) => h.chunk.contact);
  const entries = hits.map((h, i) => ({ h, i })).filter((x) => x.h.chunk.contact).slice(0, 2);
  console.log(`${q.id} top4contact=${top4} ${q.question.slice(0, 90)}\n  want ${q.facts?.join(' | ')}\n  ${entries.map((e) => `#${e.i} ${(e.h.score / hits[0]!.score).toFixed(2)} ${e.h.chunk.title} ${e.h.chunk.contact?.phones?.[0]}`).join('\n  ')}`);
}
process.exit(0);
