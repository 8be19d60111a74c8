// Dev-only: how a development directory question's kind was read: the request and story words,
// the services the kind score ranks first and how much of the request the best covers.
// `npx tsx bench/dev/kind-why.ts SET ID...` (refuses sealed folders and the directory judges).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { questionTerms, namesSubject } from '../../src/core/knowledge/answer/terms.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { kindScores } from '../../src/core/knowledge/directory/find.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { readGold, setPlaces } from '../directory.js';
import { DIRECTORY_JUDGES, isSealed } from '../folders.js';
import { buildIndex } from '../knowledge.js';

const [name, ...ids] = process.argv.slice(2);
if (!name || isSealed(name) || DIRECTORY_JUDGES.includes(name)) process.exit(2);
const inFolders = path.join(import.meta.dirname, '..', 'folders', name);
const folder = existsSync(inFolders) ? inFolders : path.join(import.meta.dirname, '..', 'directories', name);
const gold = await readGold(path.join(folder, 'directory-questions.jsonl'));
const places = await setPlaces(folder);
const built = await buildIndex(path.join(folder, 'knowledge'), undefined, places);
const view = await built.knowledge.current();
const book = placeBook(view.chunks.flatMap((c) => (c.service ? [c.service] : [])), places);
for (const q of gold.filter((g) => ids.some((i) => g.id.endsWith(i)))) {
  const c = readConditions(q.question, book);
  console.log(`\n${q.id}: finding=${c.finding} kind="${c.kind}"\n  rest="${c.rest}"\n  story="${c.story}"`);
  console.log(`  request terms: ${questionTerms(c.rest).filter(namesSubject).map((t) => `${t.key}(${t.weight.toFixed(2)})`).join(' ')}`);
  const scored = await kindScores(view, c);
  const fits = new Set(q.fits);
  console.log(`  candidates ${scored.length}, best asked ${Math.max(0, ...scored.map((s) => s.asked)).toFixed(2)}`);
  for (const s of scored.sort((a, b) => b.cov - a.cov).slice(0, 6)) console.log(`   ${fits.has(s.hit.chunk.serviceId!) ? '+' : '-'} ${s.hit.chunk.title} cov=${s.cov.toFixed(2)} asked=${s.asked.toFixed(2)} bm25=${s.hit.score.toFixed(2)}`);
  for (const id of q.fits) {
    const s = scored.find((x) => x.hit.chunk.serviceId === id);
    if (!s) console.log(`   fit not among candidates: ${id}`);
  }
}
