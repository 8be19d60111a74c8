// A development folder's blind-written directory questions, one by one, for tuning:
// `npx tsx bench/dev/directory-misses.ts FOLDER [--all]` prints each question Liaison got wrong (or
// every question with --all; --no-places: without the set's places.csv): the conditions it read, what it offered (fits or not) and what fits.
// Refuses sealed folders and the directory judges (bench/folders.ts DIRECTORY_JUDGES).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { ask } from '../../src/core/skills/ask.js';
import { directoryFigures } from '../../src/eval/directory-score.js';
import { offeredServiceIds } from '../../src/eval/offered.js';
import { readGold, setPlaces } from '../directory.js';
import { buildIndex } from '../knowledge.js';
import { directorySetDir, isDevDirectorySet } from './directory-sets.js';

const [name] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!name || !isDevDirectorySet(name)) {
  console.error('usage: directory-misses.ts FOLDER (a development folder; not a sealed one, not a directory judge)');
  process.exit(2);
}
const all = process.argv.includes('--all');
// A folder of bench/folders/, or a directory-only set of bench/directories/.
const folder = directorySetDir(name);
const gold = await readGold(path.join(folder, 'directory-questions.jsonl'));
const raw = new Map((await readFile(path.join(folder, 'directory-questions.jsonl'), 'utf8')).split('\n').filter(Boolean).map((l) => {
  const q = JSON.parse(l) as { id: string; conditions?: unknown };
  return [q.id, q.conditions] as const;
}));
// The set's places.csv, as a district's LIAISON_PLACES_FILE (--no-places: without it).
const places = process.argv.includes('--no-places') ? undefined : await setPlaces(folder);
const built = await buildIndex(path.join(folder, 'knowledge'), undefined, places);
const view = await built.knowledge.current();
const records = view.chunks.flatMap((c) => (c.service ? [c.service] : []));
const records2 = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c.service] as const] : [])));
// The writer's kind tags (kinds.csv: "service_id,kind" or "service_id,key,name,kind;kind"): a service offered that does not fit is of another kind, or of the kind and ruled out by a condition.
const tagsFile = path.join(folder, 'kinds.csv');
const tags = new Map(existsSync(tagsFile) ? (await readFile(tagsFile, 'utf8')).split('\n').slice(1).filter(Boolean).map((l) => [l.split(',')[0]!, l.split(',').pop()!] as const) : []);
const names = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c.service.name] as const] : [])));
const book = placeBook(records, places);
const answerer = createAnswerer();
const outcomes = [];
for (const q of gold) {
  const { answer } = await ask(built.knowledge, answerer, q.question);
  const offered = offeredServiceIds(answer);
  outcomes.push({ id: q.id, offered });
  const fits = new Set(q.fits);
  const wrong = q.answerable ? !offered.slice(0, 3).some((id) => fits.has(id)) || offered.some((id) => !fits.has(id)) : offered.length > 0;
  if (!wrong && !all) continue;
  const { kind, finding, ...c } = readConditions(q.question, book);
  const said = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as { said: string }).said]));
  console.log(`\n${wrong ? 'MISS' : 'ok  '} ${q.id}: ${q.question}`);
  console.log(`  gold conditions ${JSON.stringify(raw.get(q.id))}`);
  console.log(`  read: kind="${kind}" finding=${finding} ${JSON.stringify(said)}`);
  console.log(`  offered: ${offered.map((id) => `${fits.has(id) ? '+' : '-'}${names.get(id) ?? id}`).join(' | ') || '(none)'}`);
  for (const id of offered.filter((x) => !fits.has(x))) {
    const failing = matchService(records2.get(id)!, readConditions(q.question, book), { book }).checks.filter((x) => x.verdict !== 'meets');
    console.log(`    not fitting: ${names.get(id)} [kind ${tags.get(id) ?? '?'}] ${failing.map((x) => `${x.condition}:${x.verdict} (${x.note})`).join('; ') || 'meets every condition as read'}`);
  }
  console.log(`  fits (${q.fits.length}): ${q.fits.slice(0, 6).map((id) => names.get(id) ?? id).join(' | ')}`);
  if (!answer.grounded) console.log(`  answer: ${answer.text.slice(0, 160).replace(/\n/g, ' ')}`);
}
console.log('\n', JSON.stringify(directoryFigures(gold, outcomes)));
