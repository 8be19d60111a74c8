// Dev-only: which gold items of the development notes (folders' notes and notes-only sets; never the starter's
// official set nor a sealed set) the rules get right (owner, task and date), one line per gold item, and each
// extra item found, for comparing two versions item by item:
//   npx tsx bench/dev/notes-right.ts > before.txt; (change); npx tsx bench/dev/notes-right.ts > after.txt
//   diff before.txt after.txt   (a "right" line turned "miss" is an item right before and wrong after)
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../../src/core/notes/index.js';
import { loadGoldNotes } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const sets = [...(await benchFolders(root)).filter((f) => !f.official && !f.sealed), ...(await noteSets(root, { sealed: false })).filter((s) => !s.sealed)];
for (const set of sets) {
  for (const o of await notesOutcomes(createExtractor(), await loadGoldNotes(set.notes), NOTES_TIME_ZONE)) {
    const file = `${set.name}/${path.basename(o.file)}`;
    o.gold.forEach((g, j) => console.log(`${file}#${j}\t${o.score.missed.includes(j) ? 'miss ' : 'right'}\t${g.owners[0]} | ${g.task} | ${g.due}`));
    for (const i of o.score.extra) {
      const f = o.found[i]!;
      console.log(`${file}+\textra\t${f.owners.join(' + ')} | ${f.task} | ${f.due}`);
    }
  }
}
