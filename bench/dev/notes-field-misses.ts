// Dev-only (issue 14, task nrank): on the lines the rules did take, which field of the item is wrong?
//   npx tsx bench/dev/notes-field-misses.ts [--show SET[,SET]]
// For every gold item the rules missed (with dates), the rules' unmatched item "on its line" (the one
// whose task, or failing that its quoted line, holds the most of the gold's keywords, at least half) is
// compared field by field: owner (the bench's own owner match), date (same ISO day), task keywords (at
// least half). Counts per set, and how often the right owner / date is among the candidates the readers
// saw on the line or around it (field-candidates.ts). `taken`: missed items with no wrong item of their own
// whose line the rules did read, for another gold item (a second task on one line). Never reads a sealed set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { keywordShare } from '../../src/eval/notes-score.js';
import { ownerMatches } from './owner-match.js';
import { devNotesSets, type NotesSet } from './notes-model.js';
import { noteViews } from './field-candidates.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const arg = process.argv.indexOf('--show');
const show = new Set(arg >= 0 ? (process.argv[arg + 1] ?? '').split(',') : []);

interface Tally {
  missed: number;
  onLine: number;
  sharedLine: number;
  owner: number;
  date: number;
  task: number;
  ownerOnly: number;
  dateOnly: number;
  taskOnly: number;
  ownerInCands: number;
  dateInCands: number;
}
const zero = (): Tally => ({ missed: 0, onLine: 0, sharedLine: 0, owner: 0, date: 0, task: 0, ownerOnly: 0, dateOnly: 0, taskOnly: 0, ownerInCands: 0, dateInCands: 0 });

async function tally(set: NotesSet): Promise<Tally> {
  const t = zero();
  for (const view of await noteViews(set)) {
    const { outcome } = view;
    for (const j of outcome.score.missed) {
      const gold = outcome.gold[j]!;
      t.missed++;
      let best: { i: number; share: number } | null = null;
      for (const i of outcome.score.extra) {
        const f = outcome.found[i]!;
        const share = Math.max(keywordShare(f.task, gold), keywordShare(f.quote, gold) - 0.01);
        if (share >= 0.5 && (!best || share > best.share)) best = { i, share };
      }
      if (!best) {
        // The line gave an item, but one read as another gold item (a second task of the line is missed).
        if (outcome.found.some((f) => keywordShare(f.quote, gold) >= 0.5)) t.sharedLine++;
        continue;
      }
      t.onLine++;
      const f = outcome.found[best.i]!;
      const cands = view.candidates[best.i]!;
      const owner = !ownerMatches(f.owners, gold.owners);
      const date = f.due !== gold.due;
      const task = keywordShare(f.task, gold) < 0.5;
      if (owner) t.owner++;
      if (date) t.date++;
      if (task) t.task++;
      if (owner && !date && !task) t.ownerOnly++;
      if (date && !owner && !task) t.dateOnly++;
      if (task && !owner && !date) t.taskOnly++;
      const ownerIn = cands.owners.some((c) => ownerMatches(c.owners, gold.owners));
      const dateIn = cands.dates.some((c) => c.due === gold.due);
      if (owner && ownerIn) t.ownerInCands++;
      if (date && dateIn) t.dateInCands++;
      if (show.has(set.name)) {
        const w = [owner && `owner${ownerIn ? '' : ' (not in cands)'}`, date && `date${dateIn ? '' : ' (not in cands)'}`, task && 'task'].filter(Boolean).join(', ');
        console.log(`  ${set.name}/${outcome.file} [${w}]\n    gold:  ${gold.owners.join(' + ')} | ${gold.task} | ${gold.due}\n    found: ${f.owners.join(' + ')} | ${f.task} | ${f.due}\n    line:  ${f.quote.slice(0, 160)}`);
        if (owner) console.log(`    owner cands: ${cands.owners.map((c) => c.owners.join('+') + `<${c.source}>`).join(', ')}`);
        if (date) console.log(`    date cands: ${cands.dates.map((c) => `${c.due}<${c.source}>`).join(', ')}`);
      }
    }
  }
  return t;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${'set'.padEnd(18)} missed onLine taken  owner  date  task | only: owner date task | right among cands: owner  date`);
const pool = zero();
for (const set of await devNotesSets(ROOT)) {
  const t = await tally(set);
  for (const k of Object.keys(pool) as (keyof Tally)[]) pool[k] += t[k];
  const row = (name: string, x: Tally) =>
    `${name.padEnd(18)} ${pad(x.missed, 6)} ${pad(x.onLine, 6)} ${pad(x.sharedLine, 5)} ${pad(x.owner, 6)} ${pad(x.date, 5)} ${pad(x.task, 5)} |       ${pad(x.ownerOnly, 5)} ${pad(x.dateOnly, 4)} ${pad(x.taskOnly, 4)} |                ${pad(`${x.ownerInCands}/${x.owner}`, 6)} ${pad(`${x.dateInCands}/${x.date}`, 6)}`;
  console.log(row(set.name, t));
}
console.log(
  `${'pooled'.padEnd(18)} ${pad(pool.missed, 6)} ${pad(pool.onLine, 6)} ${pad(pool.sharedLine, 5)} ${pad(pool.owner, 6)} ${pad(pool.date, 5)} ${pad(pool.task, 5)} |       ${pad(pool.ownerOnly, 5)} ${pad(pool.dateOnly, 4)} ${pad(pool.taskOnly, 4)} |                ${pad(`${pool.ownerInCands}/${pool.owner}`, 6)} ${pad(`${pool.dateInCands}/${pool.date}`, 6)}`,
);
