// The notes figures alone, per folder and pooled over the development folders, without building any
// index: `npx tsx bench/notes-only.ts [--misses folder,folder]`. Same counting as `npm run bench`
// (src/eval/notes-score.ts). Misses print only for development folders named on the command line,
// never for the starter's official set; the sealed folders and sealed notes sets (`bench/notes/sealed-*`)
// are not read unless given `--sealed`, which prints their figures alone, outside the pool, never misses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/core/notes/index.js';
import { loadGoldNotes } from '../src/eval/notes-gold.js';
import { notesOutcomes, type NoteOutcome } from '../src/eval/notes-run.js';
import { microF1, microPrecision, microRecall } from '../src/eval/notes-score.js';
import { NOTES_TIME_ZONE } from './folder-run.js';
import { benchFolders, noteSets } from './folders.js';
import { noteMisses } from './misses.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = process.argv.indexOf('--misses');
const showMisses = new Set(arg >= 0 ? (process.argv[arg + 1] ?? '').split(',') : []);
const fmt = (n: number) => n.toFixed(3);

function line(name: string, outcomes: NoteOutcome[]): string {
  const dated = outcomes.map((o) => o.score.withDates);
  const undated = outcomes.map((o) => o.score.withoutDates);
  const tp = dated.reduce((n, c) => n + c.tp, 0);
  const gold = outcomes.reduce((n, o) => n + o.goldItems, 0);
  return `${name.padEnd(18)} P ${fmt(microPrecision(dated))}  R ${fmt(microRecall(dated))}  F1 ${fmt(microF1(dated))}  (no dates ${fmt(microF1(undated))})  ${tp}/${gold} gold`;
}

const pooled: NoteOutcome[] = [];
for (const folder of await benchFolders(root)) {
  const outcomes = await notesOutcomes(createExtractor(), await loadGoldNotes(folder.notes), NOTES_TIME_ZONE);
  console.log(line(folder.name, outcomes));
  if (!folder.official) pooled.push(...outcomes);
  if (!folder.official && showMisses.has(folder.name)) console.log(noteMisses(outcomes).join('\n'));
}
const sealedSets: string[] = [];
for (const set of await noteSets(root, { sealed: process.argv.includes('--sealed') })) {
  const outcomes = await notesOutcomes(createExtractor(), await loadGoldNotes(set.notes), NOTES_TIME_ZONE);
  // A sealed set prints its figures alone, after the pool, and never its misses.
  if (set.sealed) {
    sealedSets.push(line(`${set.name} (sealed)`, outcomes));
    continue;
  }
  console.log(line(set.name, outcomes));
  pooled.push(...outcomes);
  if (showMisses.has(set.name)) console.log(noteMisses(outcomes).join('\n'));
}
console.log(line('dev pooled', pooled));
for (const l of sealedSets) console.log(l);
