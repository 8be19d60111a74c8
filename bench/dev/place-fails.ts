// Dev-only: the gold-fitting services a development directory set's questions rule out by place, with
// the place asked, the service's area and locations and the match's note.
// `npx tsx bench/dev/place-fails.ts SET` (refuses sealed folders and the directory judges).
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const name = process.argv[2];
if (!name || !isDevDirectorySet(name)) process.exit(2);
const { gold, view, book } = await openDirectorySet(name);
const byId = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c] as const] : [])));
for (const q of gold.filter((g) => g.answerable)) {
  const c = readConditions(checkQuestion(q.question).text, book);
  for (const id of q.fits) {
    const chunk = byId.get(id);
    if (!chunk?.service) continue;
    const bad = matchService(chunk.service, c, { book }).checks.filter((x) => x.condition === 'place' && x.verdict !== 'meets');
    if (!bad.length) continue;
    const s = chunk.service as unknown as Record<string, unknown>;
    console.log(`${q.id} asked "${c.place?.said}" | ${chunk.title} | ${bad.map((b) => `${b.verdict}: ${b.note}`).join('; ')} | ${JSON.stringify({ areas: s.areas, locations: s.locations }).slice(0, 300)}`);
  }
}
