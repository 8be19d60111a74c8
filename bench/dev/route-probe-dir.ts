// The route decision (skills/route.ts) on a development folder's directory questions: the best shown
// service's search score as a share of the best document passage's, per question:
// `npx tsx bench/dev/route-probe-dir.ts FOLDER`. Refuses sealed folders and the directory judges.
import { findServices } from '../../src/core/knowledge/directory/find.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const [name] = process.argv.slice(2);
if (!name || !isDevDirectorySet(name)) throw new Error('a development directory set, please');
const { gold, view, places } = await openDirectorySet(name);
for (const q of gold) {
  const found = await findServices(view, q.question, places ? { places } : {});
  if (!found) continue;
  const shown = new Set((found.fits.length ? found.fits : found.alternatives).map((m) => m.hit.chunk.id));
  const hits = await view.search(q.question, 24);
  const doc = Math.max(0, ...hits.filter((h) => !h.chunk.service).map((h) => h.score));
  const svc = Math.max(0, ...hits.filter((h) => shown.has(h.chunk.id)).map((h) => h.score));
  console.log(`${q.id} answerable ${q.answerable} goldfits ${q.fits.length} fits ${found.fits.length} ratio ${(svc / Math.max(doc, 1e-9)).toFixed(3)} svc ${svc.toFixed(3)} doc ${doc.toFixed(3)}`);
}
