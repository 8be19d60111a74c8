// Dev-only: why a development set's directory questions got the answer they got, in counts only —
// how each question was read (finding? a kind?), whether the directory search answered, and which
// condition ruled out the services the gold says fit. `npx tsx bench/dev/directory-why.ts NAME`.
// Refuses sealed folders and the directory judges (bench/folders.ts DIRECTORY_JUDGES).
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { findServices } from '../../src/core/knowledge/directory/find.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const name = process.argv[2];
if (!name || !isDevDirectorySet(name)) {
  console.error('usage: directory-why.ts NAME (a development set; not a sealed folder, not a directory judge)');
  process.exit(2);
}
const { gold, view, book } = await openDirectorySet(name, { places: false });
const byId = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c] as const] : [])));
const counts = new Map<string, number>();
const count = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const q of gold) {
  const { text } = checkQuestion(q.question);
  const c = readConditions(text, book);
  const tag = q.answerable ? 'some fit' : 'none fits';
  const found = c.finding && c.kind ? await findServices(view, text) : undefined;
  if (!c.finding) count(`${tag}: not read as a directory request`);
  else if (!c.kind) count(`${tag}: no kind of service read`);
  else if (!found) count(`${tag}: no service of the kind (usual answer)`);
  else count(`${tag}: directory answer, ${found.fits.length ? 'offers fits' : `none fits, ruled out by ${found.blocking}`}`);
  if (!q.answerable || !found) continue;
  const offered = new Set(found.fits.map((m) => m.hit.chunk.serviceId));
  for (const id of q.fits) {
    const chunk = byId.get(id);
    if (!chunk?.service) continue;
    const bad = matchService(chunk.service, c, { book }).checks.filter((x) => x.verdict !== 'meets').map((x) => `${x.condition} ${x.verdict}`);
    count(`gold fit: ${offered.has(id) ? 'offered' : bad.length ? `not offered, ${bad.join(' + ')}` : 'not offered, not taken for the kind'}`);
  }
}
for (const [k, v] of [...counts].sort()) console.log(String(v).padStart(4), k);
