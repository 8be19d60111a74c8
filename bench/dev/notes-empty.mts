// Dev-only: development notes where the extractor gives no item at all while the gold has some (the
// recall class "produces nothing"), with the gold count and the note's first line; never a sealed set.
//   npx tsx bench/dev/notes-empty.mts
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/core/notes/index.js';
import { loadGoldNotes } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sets = [...(await benchFolders(root)).filter((f) => !f.official), ...(await noteSets(root, { sealed: false })).filter((s) => !s.sealed)];
let n = 0;
for (const set of sets) {
  for (const o of await notesOutcomes(createExtractor(), await loadGoldNotes(set.notes), NOTES_TIME_ZONE)) {
    if (o.found.length > 0 || o.goldItems === 0) continue;
    n++;
    const first = readFileSync(path.join(set.notes, o.file), 'utf8').split('\n').find((l) => l.trim()) ?? '';
    console.log(`${set.name}/${path.basename(o.file)}\t${o.goldItems} gold\t${first.slice(0, 90)}`);
  }
}
console.log(`${n} notes with gold items and no item found`);
