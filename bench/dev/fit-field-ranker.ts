// Dev-only (issue 14, task nrank): fits a ranker over one field's candidates (the due date of
// date-ranker.ts, or the owners of owner-ranker.ts) on the development notes sets and prints item F1 per
// set, pooled, and on the newest writers: rules alone vs rules + ranker, each set measured with weights
// and margin fitted without it (the margin by a nested leave-one-set-out):
//   npx tsx bench/dev/fit-field-ranker.ts [--field date|owner] [--unsure] [--blind] [--show SET[,SET]]
// --unsure ranks only the items the rules were unsure of (no day; no owner or the poster by default);
// --blind hides which candidate the rules picked. The ranker only changes one field of the rules' items,
// so a set is measured exactly by re-scoring the items, without extracting again. Re-run it after the rules change: the items (the examples) are theirs.
// Never reads a sealed folder or set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, statedMeetingDate, type ExtractedItem } from '../../src/core/notes/index.js';
import { findNextMeeting } from '../../src/core/notes/date-find.js';
import { readMentions } from '../../src/core/notes/mentions.js';
import { segment } from '../../src/core/notes/segment.js';
import { plainSpoken } from '../../src/core/notes/spoken.js';
import type { GoldItem } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { keywordShare, microF1, microPrecision, microRecall, scoreNote, type Counts } from '../../src/eval/notes-score.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { dateCandidates } from './date-ranker.js';
import { ownerCandidates } from './owner-ranker.js';
import { devNotesSets } from './notes-model.js';
import { ownerMatches } from './owner-match.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const NEWEST = ['kestrel', 'notes-vetch', 'juniper', 'notes-umber', 'notes-tansy', 'notes-mesa', 'notes-larch'];
const arg = process.argv.indexOf('--show');
const show = new Set(arg >= 0 ? (process.argv[arg + 1] ?? '').split(',') : []);

const fieldArg = process.argv.indexOf('--field');
const FIELD = fieldArg >= 0 ? process.argv[fieldArg + 1] : 'date';
if (FIELD !== 'date' && FIELD !== 'owner') throw new Error('--field date|owner');
/** `--blind`: the ranker does not see which candidate the rules picked (it ranks by shape alone). */
const BLIND = process.argv.includes('--blind');
const isRulesFeature = (f: string) => f === 'rules' || f.startsWith('rules&') || f === 'line:rules-phrase';

/** A value for the field, as the item it would make, its features, and whether it is the gold item's. */
interface Cand {
  item: ExtractedItem;
  features: string[];
  right: boolean;
}
interface Row {
  item: ExtractedItem;
  /** The first is the rules' own pick. */
  cands: Cand[];
  /** The item reads a gold item (the other fields right) whose value is among the candidates. */
  labelled: boolean;
  poster?: string;
}
interface Note {
  rows: Row[];
  gold: GoldItem[];
}

/** The gold item an item reads, the ranked field aside: the other field the same and the most keywords (at least half). */
function goldFor(item: ExtractedItem, gold: GoldItem[]): GoldItem | undefined {
  let best: { g: GoldItem; s: number } | undefined;
  for (const g of gold) {
    if (FIELD === 'date' ? !ownerMatches(item.owners, g.owners) : g.due !== item.due) continue;
    const own = FIELD === 'date' ? g.due === item.due : ownerMatches(item.owners, g.owners);
    const s = keywordShare(item.task, g) + (own ? 0.001 : 0);
    if (s >= 0.5 && (!best || s > best.s)) best = { g, s };
  }
  return best?.g;
}

async function readSet(set: Awaited<ReturnType<typeof devNotesSets>>[number]): Promise<Note[]> {
  const out: Note[] = [];
  const extractor = createExtractor();
  for (const note of set.notes) {
    const [o] = await notesOutcomes(extractor, [note], NOTES_TIME_ZONE);
    const meetingDate = statedMeetingDate(note.text, note.meetingDate) ?? note.meetingDate;
    const text = plainSpoken(readMentions(note.text).text);
    const units = segment(text);
    const nextMeeting = findNextMeeting(text, meetingDate);
    out.push({
      gold: o!.gold,
      rows: o!.found.map((item) => {
        const g = goldFor(item, o!.gold);
        const raw =
          FIELD === 'date'
            ? dateCandidates(item, units, meetingDate, nextMeeting).map((c, k) => ({ item: k === 0 ? item : { ...item, due: c.due }, features: c.features, right: !!g && c.due === g.due }))
            : ownerCandidates(item, units, note.poster).map((c, k) => ({ item: k === 0 ? item : { ...item, owners: c.owners }, features: c.features, right: !!g && ownerMatches(c.owners, g.owners) }));
        const cands = BLIND ? raw.map((c) => ({ ...c, features: c.features.filter((f) => !isRulesFeature(f)) })) : raw;
        return { item, cands, labelled: cands.some((c) => c.right), ...(note.poster ? { poster: note.poster } : {}) };
      }),
    });
  }
  return out;
}

type Weights = Record<string, number>;
const z = (w: Weights, f: string[]) => f.reduce((s, x) => s + (w[x] ?? 0), 0);

/** Only items the rules were unsure of are ranked (`--unsure`), or every item. */
const UNSURE = process.argv.includes('--unsure');
const unsure = (r: Row) => (FIELD === 'date' ? r.item.due === null : r.item.owners.length === 0 || (!!r.poster && r.item.owners.every((o) => o === r.poster)));
const rankable = (r: Row) => !UNSURE || unsure(r);

/** Conditional logit over each labelled item's candidates, by batch gradient descent with L2. */
function fit(notes: Note[], { epochs = 300, rate = 0.5, l2 = 1e-2 } = {}): Weights {
  const rows = notes.flatMap((n) => n.rows).filter((r) => rankable(r) && r.labelled);
  const names = [...new Set(rows.flatMap((r) => r.cands.flatMap((c) => c.features)))];
  const index = new Map(names.map((n, i) => [n, i]));
  const xs = rows.map((r) => r.cands.map((c) => ({ f: c.features.map((f) => index.get(f)!), y: c.right ? 1 : 0 })));
  const w = new Float64Array(names.length);
  for (let e = 0; e < epochs; e++) {
    const grad = new Float64Array(names.length);
    for (const cands of xs) {
      const s = cands.map((c) => c.f.reduce((a, i) => a + w[i]!, 0));
      const m = Math.max(...s);
      const ex = s.map((x) => Math.exp(x - m));
      const sum = ex.reduce((a, b) => a + b, 0);
      cands.forEach((c, k) => {
        const g = ex[k]! / sum - c.y;
        for (const i of c.f) grad[i]! += g;
      });
    }
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - rate * (grad[i]! / Math.max(1, xs.length) + l2 * w[i]!);
  }
  return Object.fromEntries(names.map((n, i) => [n, w[i]!]));
}

/** The item's date as the ranker reads it: another candidate only when it beats the rules' pick by `margin`. */
function ranked(r: Row, w: Weights, margin: number): ExtractedItem {
  if (!rankable(r)) return r.item;
  const rules = z(w, r.cands[0]!.features);
  let best = r.cands[0]!;
  let top = rules;
  for (const c of r.cands.slice(1)) {
    const s = z(w, c.features);
    if (s > top) [best, top] = [c, s];
  }
  if (best === r.cands[0] || top - rules < margin) return r.item;
  return best.item;
}

const counts = (notes: Note[], w: Weights | null, margin = 0): Counts[] =>
  notes.map((n) => scoreNote(n.rows.map((r) => (w ? ranked(r, w, margin) : r.item)), n.gold).withDates);

const MARGINS = [0, 0.5, 1, 2, 3, 5];

/** The margin with the best pooled F1 over `sets`, each scored with weights fitted without it (ties: the larger). */
function chooseMargin(sets: Map<string, Note[]>): number {
  const names = [...sets.keys()];
  const held = new Map(names.map((n) => [n, fit(names.filter((m) => m !== n).flatMap((m) => sets.get(m)!))]));
  let best = { margin: Infinity, f1: microF1(names.flatMap((n) => counts(sets.get(n)!, null))) };
  for (const margin of [...MARGINS].reverse()) {
    const f1 = microF1(names.flatMap((n) => counts(sets.get(n)!, held.get(n)!, margin)));
    if (f1 > best.f1 + 1e-9) best = { margin, f1 };
  }
  return best.margin;
}

const sets = new Map<string, Note[]>();
for (const s of await devNotesSets(ROOT)) sets.set(s.name, await readSet(s));

const fmt = (n: number) => n.toFixed(3);
const prf = (c: Counts[]) => `P ${fmt(microPrecision(c))} R ${fmt(microRecall(c))} F1 ${fmt(microF1(c))}`;
const rulesBy = new Map<string, Counts[]>();
const rankBy = new Map<string, Counts[]>();
console.log(`${'set'.padEnd(18)} items labelled  rules alone                   rules + ranker (LOFO)         margin changed wrong(reachable)`);
for (const [name, notes] of sets) {
  const train = new Map([...sets].filter(([n]) => n !== name));
  const w = fit([...train.values()].flat());
  const margin = chooseMargin(train);
  rulesBy.set(name, counts(notes, null));
  rankBy.set(name, counts(notes, w, margin));
  const rows = notes.flatMap((n) => n.rows);
  const labelledWrong = rows.filter((r) => rankable(r) && r.labelled && !r.cands[0]!.right);
  const reachable = labelledWrong.length;
  const changed = rows.filter((r) => ranked(r, w, margin) !== r.item);
  console.log(`${name.padEnd(18)} ${String(rows.length).padStart(5)} ${String(rows.filter((r) => r.labelled).length).padStart(8)}  ${prf(rulesBy.get(name)!)}   ${prf(rankBy.get(name)!)}   ${String(margin).padStart(6)} ${String(changed.length).padStart(7)} ${reachable}`);
  if (show.has(name))
    for (const r of changed) {
      const to = ranked(r, w, margin);
      console.log(`    ${r.item.owners.join('+')} | ${r.item.task} | ${r.item.due} -> ${to.owners.join('+')} | ${to.due} (${r.cands.find((c) => c.item === to)?.right ? 'right' : 'wrong'})\n      ${r.item.quote.slice(0, 150)}`);
    }
}
const pool = (names: string[], by: Map<string, Counts[]>) => names.filter((n) => by.has(n)).flatMap((n) => by.get(n)!);
const names = [...sets.keys()];
const dev = names.filter((n) => n !== 'starter');
console.log(`${'pooled (17)'.padEnd(18)}                 ${prf(pool(names, rulesBy))}   ${prf(pool(names, rankBy))}`);
console.log(`${'pooled w/o starter'.padEnd(18)}                 ${prf(pool(dev, rulesBy))}   ${prf(pool(dev, rankBy))}`);
console.log(`${'newest writers'.padEnd(18)}                 ${prf(pool(NEWEST, rulesBy))}   ${prf(pool(NEWEST, rankBy))}`);
// Each fixed margin, every set with weights fitted without it: items the ranker puts right and puts wrong.
const held = new Map(names.map((n) => [n, fit(names.filter((m) => m !== n).flatMap((m) => sets.get(m)!))]));
for (const margin of MARGINS) {
  const c = names.flatMap((n) => counts(sets.get(n)!, held.get(n)!, margin));
  const base = names.flatMap((n) => counts(sets.get(n)!, null));
  const tp = (x: Counts[]) => x.reduce((a, b) => a + b.tp, 0);
  const changed = names.reduce((k, n) => k + sets.get(n)!.flatMap((x) => x.rows).filter((r) => ranked(r, held.get(n)!, margin) !== r.item).length, 0);
  console.log(`margin ${margin}: pooled F1 ${fmt(microF1(c))} (rules ${fmt(microF1(base))}), right items ${tp(base)} -> ${tp(c)}, values changed ${changed}`);
}
const all = fit([...sets.values()].flat());
console.log(`fitted on all ${sets.size} sets: margin ${chooseMargin(sets)}`);
console.log(Object.entries(all).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', '));
