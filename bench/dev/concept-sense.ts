// Dev-only: the thesaurus concepts a development directory set's requests raise through the stemmer
// alone (the request writes "house", the concept's phrase is "housing"), beside those raised by a
// phrase as written. `npx tsx bench/dev/concept-sense.ts SET...` (refuses sealed folders and the directory judges).
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { normalize, tokenize } from '../../src/core/knowledge/text.js';
import { CONCEPTS, conceptToken, findConcepts } from '../../src/core/knowledge/thesaurus.js';
import { openDirectorySet } from './directory-sets.js';

const written = (text: string, concept: string): boolean => {
  const t = ` ${normalize(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const name = Object.keys(CONCEPTS).find((n) => conceptToken(n) === concept)!;
  return CONCEPTS[name]!.some((p) => new RegExp(` ${normalize(p).replace(/[^a-z0-9]+/g, ' ')}(?:s|es)? `).test(t));
};
for (const name of process.argv.slice(2)) {
  const { gold, book } = await openDirectorySet(name);
  for (const q of gold) {
    const c = readConditions(q.question, book);
    if (!c.kind) continue;
    const found = [...new Set(findConcepts(tokenize(c.rest)))];
    const stemOnly = found.filter((k) => !written(c.rest, k));
    if (stemOnly.length) console.log(`${q.id} rest="${c.rest}": stem only ${stemOnly.join(' ')}; written ${found.filter((k) => !stemOnly.includes(k)).join(' ')}`);
  }
}
