// Dev-only: the names feed of a development directory question's kind score (find.ts kindScores):
// the best services' names, each name's share, and every name word's weight in the second request.
// `npx tsx bench/dev/kind-names-feed.ts SET ID...` (refuses sealed folders and the directory judges).
import { passageKeys } from '../../src/core/knowledge/answer/terms.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { kindFeatures } from './kind-features.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const [name, ...ids] = process.argv.slice(2);
if (!name || !isDevDirectorySet(name)) process.exit(2);
const { gold, view, book } = await openDirectorySet(name);
for (const q of gold.filter((g) => ids.some((i) => g.id.endsWith(i)))) {
  const c = readConditions(q.question, book);
  const f = await kindFeatures(view, c, { later: 0.2 });
  const fits = new Set(q.fits);
  console.log(`\n${q.id} rest="${c.rest}"`);
  const best = Math.max(...f.map((x) => x.first));
  for (const x of f.sort((a, b) => b.first - a.first).slice(0, 12))
    console.log(`  ${fits.has(x.hit.chunk.serviceId!) ? '+' : '-'} ${x.hit.chunk.title.padEnd(50)} first=${x.first.toFixed(2)}${x.first >= 0.6 * best ? '*' : ' '} names=${x.names.toFixed(2)} title=${x.title.toFixed(2)} keys=${[...passageKeys(x.hit.chunk.title)].join(',')}`);
}
