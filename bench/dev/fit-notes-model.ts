// Dev-only (issue 14): fits the item model of notes-model.ts on the development notes sets and prints
// its leave-one-set-out item figures beside the rules alone, per set, pooled, and on the newest writers:
//   npx tsx bench/dev/fit-notes-model.ts [--skip SET[,SET]]
// Each set is measured with weights and a threshold fitted without it. Ends with the model fitted on
// every set (its threshold and weights), for reading; nothing is written. Never reads a sealed folder or
// set. Re-run it after the rules change: the items, and so the examples, are the rules' own.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { microF1, microPrecision, microRecall, type Counts } from '../../src/eval/notes-score.js';
import { countsWith, devNotesSets, fitModel, lofoModels, readNotes, type ReadNote } from './notes-model.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The writers seen last: where an unseen writer's notes show. */
const NEWEST = ['kestrel', 'notes-vetch', 'juniper', 'notes-umber', 'notes-tansy', 'notes-mesa', 'notes-larch'];

const arg = process.argv.indexOf('--skip');
const skip = new Set(arg >= 0 ? (process.argv[arg + 1] ?? '').split(',') : []);
const sets = new Map<string, ReadNote[]>();
for (const s of await devNotesSets(ROOT)) if (!skip.has(s.name)) sets.set(s.name, await readNotes(s));
const models = lofoModels(sets);

const fmt = (n: number) => n.toFixed(3);
const prf = (c: Counts[]) => `P ${fmt(microPrecision(c))} R ${fmt(microRecall(c))} F1 ${fmt(microF1(c))}`;
const rules = new Map<string, Counts[]>();
const model = new Map<string, Counts[]>();
console.log(`${'set'.padEnd(18)} items  right   rules alone                   rules + model (LOFO)          drop  dropped`);
for (const [name, notes] of sets) {
  const m = models.get(name)!;
  rules.set(name, countsWith(notes, null));
  model.set(name, countsWith(notes, m));
  const items = notes.flatMap((n) => n.items);
  const kept = model.get(name)!.reduce((k, c) => k + c.tp + c.fp, 0);
  console.log(`${name.padEnd(18)} ${String(items.length).padStart(5)} ${String(items.filter((i) => i.right).length).padStart(6)}   ${prf(rules.get(name)!)}   ${prf(model.get(name)!)}   ${m.drop.toFixed(2)}  ${items.length - kept}`);
}
const pool = (names: string[], by: Map<string, Counts[]>) => names.filter((n) => by.has(n)).flatMap((n) => by.get(n)!);
const names = [...sets.keys()];
console.log(`${'pooled'.padEnd(18)} ${' '.repeat(12)}   ${prf(pool(names, rules))}   ${prf(pool(names, model))}`);
console.log(`${'newest writers'.padEnd(18)} ${' '.repeat(12)}   ${prf(pool(NEWEST, rules))}   ${prf(pool(NEWEST, model))}`);

const all = fitModel(sets);
console.log(`fitted on ${sets.size} sets, ${[...sets.values()].flat().flatMap((n) => n.items).length} items: drop below ${all.drop}`);
console.log(Object.entries(all.weights).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
