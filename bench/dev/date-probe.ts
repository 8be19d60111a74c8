// Dev-only: the date each development folder's documents state for themselves (stated-date.ts), to check
// what the reader takes from file names and heads. Never the sealed folders nor the starter's official set.
// Usage: npx tsx bench/dev/date-probe.ts [--skip a,b]
import { sourceDate } from '../../src/core/knowledge/newer-first.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  console.log(`## ${f.name}`);
  const seen = new Set<string>();
  for (const c of built.index.chunks) {
    if (seen.has(c.source) || c.serviceId) continue;
    seen.add(c.source);
    const d = sourceDate(c.source, (s) => built.index.chunksOf(s));
    console.log(`  ${d ? `${d.year}${d.month ? `-${String(d.month).padStart(2, '0')}` : ''}` : '-'}\t${c.source} :: ${c.text.slice(0, 90).replace(/\s+/g, ' ')}`);
  }
}
process.exit(0);
