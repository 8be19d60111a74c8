// Dev-only: the units the gate checks (quote.ts quotedUnits) for questions over the starter knowledge/.
// Usage: npx tsx bench/dev/quote-probe.mts "question" ...
import path from 'node:path';
import { quotedUnits } from '../../src/core/knowledge/answer/quote.js';
import { buildIndex } from '../knowledge.js';
const built = await buildIndex(path.resolve(import.meta.dirname, '..', '..', 'knowledge'));
for (const q of process.argv.slice(2)) {
  const hits = await built.index.search(q, 8);
  console.log('==', q);
  for (const u of quotedUnits(q, hits)) console.log(`  ${u.text.replace(/\s+/g, ' ').slice(0, 200)}\n    keys: ${[...u.keys].join(' ')}`);
}
process.exit(0);
