// Dev-only: the development directory questions read as not finding a service (finding=false), with
// how they were read and whether some service fits. `npx tsx bench/dev/finding-probe.ts SET...`
// (refuses sealed folders and the directory judges).
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

for (const name of process.argv.slice(2)) {
  if (!isDevDirectorySet(name)) continue;
  const { gold, book } = await openDirectorySet(name);
  for (const q of gold) {
    const c = readConditions(q.question, book);
    if (c.finding) continue;
    console.log(`${q.id} fits=${q.fits.length}: ${q.question}\n   kind="${c.kind}" when=${c.when?.when ?? '-'} place=${c.place?.place.name ?? '-'}`);
  }
}
