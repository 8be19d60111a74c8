// Dev-only: the thesaurus concepts a development directory set's requests raise through the stemmer
// alone (the request writes "house", the concept's phrase is "housing"), beside those raised by a
// phrase as written. `npx tsx bench/dev/concept-sense.ts SET...` (refuses sealed folders and the directory judges).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { normalize, tokenize } from '../../src/core/knowledge/text.js';
import { CONCEPTS, conceptToken, findConcepts } from '../../src/core/knowledge/thesaurus.js';
import { readGold, setPlaces } from '../directory.js';
import { DIRECTORY_JUDGES, isSealed } from '../folders.js';
import { buildIndex } from '../knowledge.js';

const written = (text: string, concept: string): boolean => {
  const t = ` ${normalize(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const name = Object.keys(CONCEPTS).find((n) => conceptToken(n) === concept)!;
  return CONCEPTS[name]!.some((p) => new RegExp(` ${normalize(p).replace(/[^a-z0-9]+/g, ' ')}(?:s|es)? `).test(t));
};
for (const name of process.argv.slice(2)) {
  if (isSealed(name) || DIRECTORY_JUDGES.includes(name)) process.exit(2);
  const inFolders = path.join(import.meta.dirname, '..', 'folders', name);
  const folder = existsSync(inFolders) ? inFolders : path.join(import.meta.dirname, '..', 'directories', name);
  const gold = await readGold(path.join(folder, 'directory-questions.jsonl'));
  const places = await setPlaces(folder);
  const built = await buildIndex(path.join(folder, 'knowledge'), undefined, places);
  const view = await built.knowledge.current();
  const book = placeBook(view.chunks.flatMap((c) => (c.service ? [c.service] : [])), places);
  for (const q of gold) {
    const c = readConditions(q.question, book);
    if (!c.kind) continue;
    const found = [...new Set(findConcepts(tokenize(c.rest)))];
    const stemOnly = found.filter((k) => !written(c.rest, k));
    if (stemOnly.length) console.log(`${q.id} rest="${c.rest}": stem only ${stemOnly.join(' ')}; written ${found.filter((k) => !stemOnly.includes(k)).join(' ')}`);
  }
}
