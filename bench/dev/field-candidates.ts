// Dev-only (issue 14, task nrank): the owners and dates the readers saw on an item's line and around it,
// for notes-field-misses.ts. Each candidate names where it came from (its `source`).
import { statedMeetingDate, type ExtractedItem } from '../../src/core/notes/index.js';
import { dateExprRe, resolveDate } from '../../src/core/notes/dates.js';
import { findDue, findNextMeeting } from '../../src/core/notes/date-find.js';
import { readMentions } from '../../src/core/notes/mentions.js';
import { isPlausibleOwner, splitOwners } from '../../src/core/notes/owners.js';
import { segment, type Unit } from '../../src/core/notes/segment.js';
import { plainSpoken } from '../../src/core/notes/spoken.js';
import { createExtractor } from '../../src/core/notes/index.js';
import { notesOutcomes, type NoteOutcome } from '../../src/eval/notes-run.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import type { NotesSet } from './notes-model.js';

export interface OwnerCandidate {
  owners: string[];
  source: string;
}
export interface DateCandidate {
  due: string | null;
  source: string;
}
export interface ItemCandidates {
  owners: OwnerCandidate[];
  dates: DateCandidate[];
  unit?: Unit;
}
export interface NoteView {
  outcome: NoteOutcome;
  meetingDate: string;
  poster?: string;
  units: Unit[];
  candidates: ItemCandidates[];
}

const CAPITALISED = /(?:@[\w.-]+|(?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*)?)/g;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** People named in a text: @handles and capitalised names a reader could take as owners. */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.replace(/\*\*|__/g, '').matchAll(CAPITALISED)) {
    for (const o of splitOwners(m[0])) if (o && isPlausibleOwner(o) && !out.includes(o)) out.push(o);
  }
  return out;
}

/** Every resolvable date phrase in a text. */
export function datesIn(text: string, meetingDate: string, nextMeeting?: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(dateExprRe('gi'))) {
    const due = resolveDate(m[0], meetingDate, nextMeeting ? { nextMeeting } : {}).due;
    if (due && !out.includes(due)) out.push(due);
  }
  const found = findDue(text, meetingDate, nextMeeting ? { nextMeeting } : {});
  if (found?.due && !out.includes(found.due)) out.push(found.due);
  return out;
}

function candidatesFor(item: ExtractedItem, units: Unit[], meetingDate: string, poster: string | undefined, nextMeeting: string | undefined): ItemCandidates {
  // A line of several sentences is several units with one quote: the line is the whole quote.
  const k = units.findIndex((u) => squash(u.quote) === squash(item.quote));
  const last = units.findLastIndex((u) => squash(u.quote) === squash(item.quote));
  const unit = k >= 0 ? units[k] : undefined;
  const line = item.quote;
  const owners: OwnerCandidate[] = [{ owners: item.owners, source: 'rules' }];
  const add = (o: string[], source: string) => {
    if (o.length && !owners.some((c) => c.owners.join('|') === o.join('|'))) owners.push({ owners: o, source });
  };
  for (const n of namesIn(line)) add([n], n.startsWith('@') ? 'mention' : 'name');
  if (poster) add([poster], 'poster');
  if (unit?.speaker) add([unit.speaker], 'speaker');
  if (unit?.person) add([unit.person], 'person-heading');
  if (unit?.row?.owner) add(splitOwners(unit.row.owner), 'row-owner');
  if (unit?.parent) for (const n of namesIn(unit.parent)) add([n], 'parent');
  const prev = k > 0 ? units[k - 1] : undefined;
  const next = k >= 0 && last + 1 < units.length ? units[last + 1] : undefined;
  if (prev) for (const n of namesIn(prev.text)) add([n], 'prev-line');
  if (prev?.speaker) add([prev.speaker], 'prev-speaker');
  if (next) for (const n of namesIn(next.text)) add([n], 'next-line');
  const dates: DateCandidate[] = [{ due: item.due, source: 'rules' }];
  const addDate = (d: string | null, source: string) => {
    if (!dates.some((c) => c.due === d)) dates.push({ due: d, source });
  };
  addDate(null, 'none');
  for (const d of datesIn(line, meetingDate, nextMeeting)) addDate(d, 'line');
  if (unit?.due) {
    const d = resolveDate(unit.due, meetingDate).due;
    if (d) addDate(d, 'due-cell');
  }
  if (unit?.row?.due) {
    const d = resolveDate(unit.row.due, meetingDate).due;
    if (d) addDate(d, 'row-due');
  }
  if (unit?.parent) for (const d of datesIn(unit.parent, meetingDate, nextMeeting)) addDate(d, 'parent');
  if (unit?.anchor) for (const d of datesIn(unit.anchor, meetingDate, nextMeeting)) addDate(d, 'anchor');
  if (prev) for (const d of datesIn(prev.text, meetingDate, nextMeeting)) addDate(d, 'prev-line');
  if (next) for (const d of datesIn(next.text, meetingDate, nextMeeting)) addDate(d, 'next-line');
  if (nextMeeting) addDate(nextMeeting, 'next-meeting');
  return { owners, dates, ...(unit ? { unit } : {}) };
}

/** The set's notes read by the rules, each found item with its candidates. */
export async function noteViews(set: NotesSet): Promise<NoteView[]> {
  const extractor = createExtractor();
  const out: NoteView[] = [];
  for (const note of set.notes) {
    const [outcome] = await notesOutcomes(extractor, [note], NOTES_TIME_ZONE);
    const meetingDate = statedMeetingDate(note.text, note.meetingDate) ?? note.meetingDate;
    const text = plainSpoken(readMentions(note.text).text);
    const units = segment(text);
    const nextMeeting = findNextMeeting(text, meetingDate);
    out.push({
      outcome: outcome!,
      meetingDate,
      ...(note.poster ? { poster: note.poster } : {}),
      units,
      candidates: outcome!.found.map((item) => candidatesFor(item, units, meetingDate, note.poster, nextMeeting)),
    });
  }
  return out;
}
