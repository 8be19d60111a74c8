// Dev-only: every item the extractor gives on the development notes (no starter, no sealed set), one
// line each, for diffing two versions: npx tsx bench/dev/notes-dump.mts > out.txt
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/core/notes/index.js';
import { loadGoldNotes } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sets = [...(await benchFolders(root)).filter((f) => !f.official), ...(await noteSets(root, { sealed: false })).filter((s) => !s.sealed)];
for (const set of sets) {
  for (const o of await notesOutcomes(createExtractor(), await loadGoldNotes(set.notes), NOTES_TIME_ZONE)) {
    for (const i of o.found) console.log(`${set.name}/${path.basename(o.file)}\t${i.owners.join(' + ')} | ${i.task} | ${i.due}`);
  }
}
