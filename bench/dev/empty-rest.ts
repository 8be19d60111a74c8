// Dev-only: the development sets' directory questions whose asking sentence leaves no words for the
// kind once conditions and asking words are read ("ideas?"), with the story the kind is then read from.
// `npx tsx bench/dev/empty-rest.ts [SET...]`.
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { openDirectorySet } from './directory-sets.js';

const names = process.argv.slice(2).length ? process.argv.slice(2) : ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211'];
for (const name of names) {
  const { gold, book } = await openDirectorySet(name);
  for (const q of gold) {
    const c = readConditions(checkQuestion(q.question).text, book);
    if (c.finding && !c.rest.trim()) console.log(`${q.id}: story="${c.story}"`);
  }
}
