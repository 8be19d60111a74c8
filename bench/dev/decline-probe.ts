// Dev-only: why a development set's answerable directory questions were declined. For each
// question that offered nothing although some service fits (or the ids given), prints how it was
// read, and for each service the gold says fits, its areas, locations, languages, hours and fees
// and every condition's verdict. `npx tsx bench/dev/decline-probe.ts SET [ID...]`.
// Refuses sealed folders and the directory judges (bench/folders.ts DIRECTORY_JUDGES).
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { ask } from '../../src/core/skills/ask.js';
import { offeredServiceIds } from '../../src/eval/offered.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const [name, ...ids] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!name || !isDevDirectorySet(name)) {
  console.error('usage: decline-probe.ts SET [ID...] (a development set)');
  process.exit(2);
}
const { gold, built, view, book } = await openDirectorySet(name);
const byId = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c] as const] : [])));
const answerer = createAnswerer();
for (const q of gold) {
  if (ids.length ? !ids.some((i) => q.id.endsWith(i)) : !q.answerable) continue;
  const { answer } = await ask(built.knowledge, answerer, q.question);
  if (!ids.length && offeredServiceIds(answer).length > 0) continue;
  const c = readConditions(q.question, book);
  console.log(`\n${q.id}: ${q.question}`);
  console.log(`  place=${JSON.stringify(c.place && { name: c.place.place.name, kind: c.place.place.kind, towns: c.place.place.towns, zips: c.place.place.zips, county: c.place.place.county, near: c.place.near })}`);
  console.log(`  rest="${c.rest}" story="${c.story}"`);
  for (const id of q.fits) {
    const ch = byId.get(id);
    if (!ch?.service) continue;
    const r = ch.service;
    const m = matchService(r, c, { book });
    console.log(`  FIT ${ch.title}: areas=${JSON.stringify(r.areas)} locs=${JSON.stringify(r.locations.map((l) => [l.city, l.zip, l.county]))} langs=${JSON.stringify(r.languages)} hours=${JSON.stringify(r.hours)} fees=${JSON.stringify(r.fees)} free=${r.free}`);
    console.log(`      ${m.checks.map((x) => `${x.condition}:${x.verdict} (${x.note})`).join('; ')} dist=${m.distance?.toFixed(1)}`);
  }
}
