// Dev-only: a thread follow-up as the assistant reads it (the first question as context).
// Usage: npx tsx bench/dev/thread.mts "first question" "follow-up"
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { buildIndex } from '../knowledge.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const [first, follow] = process.argv.slice(2);
const r = await ask(built.knowledge, createAnswerer({}), follow!, first);
r.hits.slice(0, 5).forEach((h, i) => console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.id}`));
console.log(r.answer.grounded, r.answer.text.replace(/\s+/g, ' ').slice(0, 500));
process.exit(0);
