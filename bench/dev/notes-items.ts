// Dev-only: every development notes set's extracted items (owners, task, due) as JSON, one set per
// line, for checking that a rule change leaves every item as it was:
// npx tsx bench/dev/notes-items.ts > before.jsonl; (change); npx tsx bench/dev/notes-items.ts > after.jsonl; diff before.jsonl after.jsonl
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/core/notes/index.js';
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
console.error(`${sets.length} sets, ${total} items`);
