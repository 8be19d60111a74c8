// Dev-only: every development notes set's (and the test fixtures') extracted items (owners, task, due) as JSON, one set per
// line, for checking that a rule change leaves every item as it was:
// npx tsx bench/dev/notes-items.ts > before.jsonl; (change); npx tsx bench/dev/notes-items.ts > after.jsonl; diff before.jsonl after.jsonl
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { createExtractor } from '../../src/core/notes/index.js';
import { extractActions } from '../../src/core/notes/rules.js';
import { loadGoldNotes } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sets = [...(await benchFolders(root)).filter((f) => !f.official), ...(await noteSets(root, { sealed: false })).filter((s) => !s.sealed)];
let total = 0;
for (const set of sets) {
  const notes = (await notesOutcomes(createExtractor(), await loadGoldNotes(set.notes), NOTES_TIME_ZONE)).map((o) => ({
    file: path.basename(o.file),
    items: o.found.map((i) => ({ owners: i.owners, task: i.task, due: i.due })),
  }));
  for (const n of notes) {
    total += n.items.length;
    console.log(JSON.stringify({ set: set.name, ...n }));
  }
}
// The test fixtures too (test/fixtures/notes), read as their test reads them.
const fixtures = path.join(root, 'test', 'fixtures', 'notes');
for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.md')).sort()) {
  const key = JSON.parse(readFileSync(path.join(fixtures, f.replace(/\.md$/, '.json')), 'utf8')) as { meetingDate: string; poster?: string };
  const items = extractActions(readFileSync(path.join(fixtures, f), 'utf8'), { meetingDate: key.meetingDate, poster: key.poster }).map((i) => ({ owners: i.owners, task: i.task, due: i.due }));
  total += items.length;
  console.log(JSON.stringify({ set: 'test-fixtures', file: f, items }));
}
console.error(`${sets.length} sets and the test fixtures, ${total} items`);
