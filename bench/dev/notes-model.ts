// Dev-only (issue 14): would a small logistic model, judging each item the rules read by the shape and
// grammar of its line and by the item itself, carry to unseen note writers better than the rules alone?
// It did not (README, "What notes it reads"), so it stays here and src/ does not use it. Used by
// bench/dev/fit-notes-model.ts. Reads the development notes sets only, never a sealed folder or set.
//
// Examples: every item the rules read, with features from the item (owners, day, task) and from the
// segment() unit whose line it quotes (units read as notes-line-probe.ts reads them; an item quoting no
// unit gets 'no-unit'); label: the bench's own scorer counts it right (owner, task and date) against the
// note's gold. The model only drops items after the note is read, so a threshold is measured exactly by
// re-scoring the kept items, without extracting again.
// Weights: logistic regression by batch gradient descent with L2 (deterministic, well under a second).
// Threshold: the one with the best item F1 pooled over the training sets, each measured with weights
// fitted without it (nested leave-one-set-out: the held-out set is in neither).
import path from 'node:path';
import { createExtractor, statedMeetingDate, type ExtractedItem, type ExtractOptions } from '../../src/core/notes/index.js';
import { findDue } from '../../src/core/notes/date-find.js';
import { readMentions } from '../../src/core/notes/mentions.js';
import { isPlausibleOwner } from '../../src/core/notes/owners.js';
import { segment, type Unit } from '../../src/core/notes/segment.js';
import { plainSpoken } from '../../src/core/notes/spoken.js';
import { firstWord, startsWithTaskVerb, words } from '../../src/core/notes/verbs.js';
import { loadGoldNotes, type GoldItem, type GoldNote } from '../../src/eval/notes-gold.js';
import { notesOutcomes } from '../../src/eval/notes-run.js';
import { microF1, scoreNote, type Counts } from '../../src/eval/notes-score.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';

export interface UnitModel {
  weights: Record<string, number>;
  /** An item scoring below this is dropped (0: none is). */
  drop: number;
  fitted?: string;
}

/** An item the rules read, with the line it came from. */
export interface ItemView {
  item: ExtractedItem;
  unit?: Unit;
  /** How many of the note's items quote the same line. */
  sameLine: number;
  opts: ExtractOptions;
}

const CAPITALISED = /(?:@[\w.-]+|[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*)?)/g;
const FIRST_PERSON_WILL = /\b(?:I|we)\s*(?:'ll|’ll|\s+will|\s+can|\s+am going to|\s+are going to)\b/i;
const MODAL = /\b(?:will|'ll|’ll|to|needs? to|should|must|has to|have to|going to)\s+[a-z]/;
const ASKING = /\b(?:can|could|would) you\b|\bplease\b|\bpls\b/i;
const DONE = /\b(?:done|completed?|finished|already|received|submitted|sent|went|was|were|had|did)\b|✅|✔/i;
const PAST_VERB = /^(?:[A-Z][\w.'’-]*\s+){0,3}[a-z]+ed\b/;
const THANKS = /\b(?:thanks|thank you|thx|great|sounds good|awesome|appreciate|congrats)\b/i;
const MAYBE = /\b(?:maybe|might|could|consider|if|whether|possibly|perhaps)\b/i;
const HEADING = /[:]\s*$|^[A-Z0-9\s&/()'’-]+$/;
const FIRST_PERSON = /\b(?:I|I'm|I’m|my|me|myself)\b/;
const NOT_WORDS = /[[\]|]|\b(?:OPEN|CLOSED|N\/A)\b/;

const bucket = (n: number) => (n <= 3 ? 'short' : n <= 8 ? 'mid' : n <= 16 ? 'long' : 'very-long');

/** The item's features by name, each worth 1 when present. */
export function itemFeatures(view: ItemView): string[] {
  const { item, unit } = view;
  const line = (unit?.text ?? item.quote).replace(/\*\*|__/g, '').trim();
  const f = ['bias'];
  // The item.
  f.push(item.owners.length === 0 ? 'owners:0' : item.owners.length === 1 ? 'owners:1' : 'owners:2+');
  if (item.owners.length && item.owners.every((o) => o === view.opts.poster)) f.push('owner:poster');
  if (item.owners.some((o) => o.startsWith('@'))) f.push('owner:mention');
  if (item.owners.length && !item.owners.every((o) => o.startsWith('@') || isPlausibleOwner(o))) f.push('owner:odd');
  f.push(item.due ? 'due:day' : item.dueFlag ? `due:${item.dueFlag}` : 'due:none');
  if (startsWithTaskVerb(item.task)) f.push('task:verb-first');
  f.push(`task:${bucket(words(item.task).length)}`);
  if (item.task.includes('?')) f.push('task:question');
  if (FIRST_PERSON.test(item.task)) f.push('task:first-person');
  if (NOT_WORDS.test(item.task)) f.push('task:markup');
  if (view.sameLine > 1) f.push('same-line');
  // The line it came from.
  if (startsWithTaskVerb(line)) f.push('verb-first');
  if (FIRST_PERSON_WILL.test(line)) f.push('i-will');
  if (MODAL.test(line)) f.push('modal');
  if (ASKING.test(line)) f.push('asking');
  const due = findDue(line, view.opts.meetingDate);
  if (due) f.push(due.due ? `date:${due.kind ?? 'bare'}` : 'date:vague');
  if (/@[\w.-]/.test(line)) f.push('mention');
  if ([...line.matchAll(CAPITALISED)].some((m) => isPlausibleOwner(m[0]))) f.push('person');
  if (DONE.test(line)) f.push('done-word');
  if (PAST_VERB.test(line)) f.push('past-verb');
  if (THANKS.test(line)) f.push('thanks');
  if (MAYBE.test(line)) f.push('maybe');
  if (line.endsWith('?')) f.push('question');
  if (HEADING.test(line) && words(line).length <= 6) f.push('heading-like');
  if (/^[a-z]/.test(firstWord(line))) f.push('lower-first');
  f.push(`line:${bucket(words(line).length)}`);
  if (!unit) return [...f, 'no-unit'];
  f.push(`section:${unit.section}`);
  if (unit.bullet) f.push('bullet');
  if (unit.checkbox) f.push(`checkbox:${unit.checkbox}`);
  if (unit.row) f.push(unit.row.status ? 'row:status' : 'row');
  if (unit.speaker) f.push('speaker');
  if (unit.person) f.push('person-heading');
  if (unit.parent) f.push('parent');
  if (unit.anchor) f.push('anchor');
  return f;
}

export interface NotesSet {
  name: string;
  notes: GoldNote[];
}

/** One note as the rules read it: each item with its features, and the gold. */
export interface ReadNote {
  items: { item: ExtractedItem; features: string[]; right: boolean }[];
  gold: GoldItem[];
}

/** Every development notes set: the starter's, each non-sealed folder's, each non-sealed notes-only set. */
export async function devNotesSets(root: string): Promise<NotesSet[]> {
  const dirs = [
    ...(await benchFolders(root)).filter((f) => !f.sealed).map((f) => ({ name: f.name, dir: f.notes })),
    ...(await noteSets(root)).filter((s) => !s.sealed).map((s) => ({ name: s.name, dir: s.notes })),
  ];
  return Promise.all(dirs.map(async (d) => ({ name: d.name, notes: await loadGoldNotes(path.resolve(d.dir)) })));
}

/** The set's notes read by the rules alone, every item with its features and whether it is right. */
export async function readNotes(set: NotesSet): Promise<ReadNote[]> {
  const out: ReadNote[] = [];
  const extractor = createExtractor();
  for (const note of set.notes) {
    const [o] = await notesOutcomes(extractor, [note], NOTES_TIME_ZONE);
    const meetingDate = statedMeetingDate(note.text, note.meetingDate) ?? note.meetingDate;
    const opts: ExtractOptions = { meetingDate, ...(note.poster ? { poster: note.poster } : {}) };
    const units = segment(plainSpoken(readMentions(note.text).text));
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    out.push({
      items: o!.found.map((item, i) => {
        const unit = units.find((u) => squash(u.quote) === squash(item.quote));
        const sameLine = o!.found.filter((x) => x.quote === item.quote).length;
        return { item, features: itemFeatures({ item, ...(unit ? { unit } : {}), sameLine, opts }), right: !o!.score.extra.includes(i) };
      }),
      gold: o!.gold,
    });
  }
  return out;
}

/** Logistic regression weights by name. */
export function fitWeights(notes: ReadNote[], opts: FitOptions = {}): Record<string, number> {
  return fitFeatureWeights(notes.flatMap((n) => n.items.map((r) => ({ features: r.features, positive: r.right }))), opts);
}

export interface FitOptions { epochs?: number; rate?: number; l2?: number }

/** Logistic regression over named binary features (no bias term): each feature's weight, rounded to 4 places. */
export function fitFeatureWeights(rows: { features: string[]; positive: boolean }[], { epochs = 400, rate = 1, l2 = 1e-3 }: FitOptions = {}): Record<string, number> {
  const names = [...new Set(rows.flatMap((r) => r.features))].sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const xs = rows.map((r) => r.features.map((f) => index.get(f)!));
  const w = new Float64Array(names.length);
  for (let e = 0; e < epochs; e++) {
    const grad = new Float64Array(names.length);
    xs.forEach((x, k) => {
      let z = 0;
      for (const i of x) z += w[i]!;
      const g = 1 / (1 + Math.exp(-z)) - (rows[k]!.positive ? 1 : 0);
      for (const i of x) grad[i]! += g;
    });
    for (let i = 0; i < w.length; i++) w[i] = w[i]! - rate * (grad[i]! / rows.length + l2 * w[i]!);
  }
  return Object.fromEntries(names.map((n, i) => [n, Math.round(w[i]! * 1e4) / 1e4]));
}

const score = (weights: Record<string, number>, features: string[]) => 1 / (1 + Math.exp(-features.reduce((z, f) => z + (weights[f] ?? 0), 0)));

/** The notes' counts (with dates) keeping the items `model` keeps: exact, since the model only drops. */
export function countsWith(notes: ReadNote[], model: UnitModel | null): Counts[] {
  return notes.map((n) => scoreNote(n.items.filter((i) => !model || model.drop <= 0 || score(model.weights, i.features) >= model.drop).map((i) => i.item), n.gold).withDates);
}

/** Drop thresholds tried (0: never drop). */
export const DROPS = [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];

/** The threshold with the best pooled F1 over `sets`, each scored with weights fitted without it (ties: the lower). */
export function chooseDrop(sets: Map<string, ReadNote[]>): { drop: number; f1: number } {
  const names = [...sets.keys()];
  const held = new Map(names.map((n) => [n, fitWeights(names.filter((m) => m !== n).flatMap((m) => sets.get(m)!))]));
  let best = { drop: 0, f1: -1 };
  for (const drop of DROPS) {
    const f1 = microF1(names.flatMap((n) => countsWith(sets.get(n)!, { weights: held.get(n)!, drop })));
    if (f1 > best.f1 + 1e-9) best = { drop, f1 };
  }
  return best;
}

/** The model fitted on `sets`: weights on all of them, the threshold by their own leave-one-set-out. */
export function fitModel(sets: Map<string, ReadNote[]>): UnitModel {
  return { weights: fitWeights([...sets.values()].flat()), drop: chooseDrop(sets).drop };
}

/** Per set, the model fitted without it (weights and threshold). */
export function lofoModels(sets: Map<string, ReadNote[]>): Map<string, UnitModel> {
  return new Map(
    [...sets.keys()].map((held) => [held, { ...fitModel(new Map([...sets].filter(([n]) => n !== held))), fitted: `without ${held}` }]),
  );
}
