// Finding the due-date phrase inside a line of notes, so it can be resolved and cut out of the task.
import { addMonths, compare, isValid, parseIso, toIso, weekdayIndex } from './calendar.js';
import { DATE_EXPR_RE, NOT_MODIFYING, VAGUE_RE, WEEK_OF, WEEKDAY_RE, WEEKDAYS } from '../date-words.js';
import { dateExprRe, nextMeetingRe, resolveDate, type DateContext } from './dates.js';
import { LOOSE_ENDS } from './task.js';
import type { DueFlag, ExtractedItem } from './types.js';

export interface FoundDue {
  due: string | null;
  dueText: string;
  dueFlag?: DueFlag;
  start: number;
  end: number;
  /** "by Friday", "due 3/5": a deadline; "on 5/3", "for the April 29 meeting": a day that may name the event, not the deadline. */
  kind?: 'deadline' | 'event';
}

const STRONG_PREP = '(?:by|before|no later than|on or before|due(?:\\s+(?:by|on|date))?:?|until|prior to|deadline:?)';
const WEAK_PREP = '(?:on|for|at|this|around)';
const FILLER = '(?:(?:the|our|next|team|iep|transition|meeting|interview|appointment|on|of|cob|eod|end|day)\\s+){0,4}';
const SUFFIX = '(?:\\s+(?:team\\s+)?(?:meeting|interview|appointment|visit|tour|deadline|hearing|iep(?:\\s+meeting)?))?';

/**
 * Date phrases from the most telling to the least: a date after "by", "before" or "due"; "the week of
 * the 20th" (a span: timing to flag, not a day, as dates.ts reads it); a date set apart at the end of
 * a line ("confirm the rooms for the Oct 17 summit - 5/15": the line's due-date column, while a date
 * inside the task names the event it is for); a date after "on" or "for"; a number after "by"
 * (flagged when it does not read) or any date; vague timing. A phrase of an earlier tier beats every
 * phrase of a later one; within a tier the later phrase in the line wins.
 */
// Each pattern's phrase is the whole match, or its first group when it has one ("- 5/15" is "5/15").
// A bare date that does not read ("2/30") is not worth flagging (quiet); a number after "by" is.
const TIERS: { re: RegExp; quiet?: true; kind?: FoundDue['kind'] }[][] = [
  [{ re: new RegExp(`\\b${STRONG_PREP}\\s+${FILLER}(?:${DATE_EXPR_RE})\\b${SUFFIX}`, 'gi'), kind: 'deadline' }],
  [{ re: new RegExp(`\\b(?:the\\s+)?${WEEK_OF}\\s+(?:the\\s+)?(?:${DATE_EXPR_RE})\\b`, 'gi') }],
  [{ re: new RegExp(`\\s[-–—]+\\s*(${DATE_EXPR_RE})\\s*[.)]?\\s*$`, 'gi') }],
  [{ re: new RegExp(`\\b${WEAK_PREP}\\s+${FILLER}(?:${DATE_EXPR_RE})\\b${SUFFIX}`, 'gi'), kind: 'event' }],
  [{ re: new RegExp(`\\b(?:by|due(?:\\s+by)?:?|before|no later than)\\s+(?:[a-z]+\\.?\\s+)?\\d[\\w/.-]*`, 'gi') }, { re: dateExprRe('gi'), quiet: true }],
  [{ re: new RegExp(`\\b(?:${VAGUE_RE})\\b${NOT_MODIFYING}`, 'gi') }],
];

/** The most telling date phrase in `text` (a "by ..." beats a bare date; the later one wins a tie). */
export function findDue(text: string, meetingDate: string, ctx: DateContext = {}): FoundDue | null {
  for (const tier of TIERS) {
    let best: FoundDue | null = null;
    for (const { re, quiet, kind } of tier) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const phrase = (m[1] ?? m[0]).replace(LOOSE_ENDS, '');
        if (best && m.index < best.start) continue;
        const r = resolveDate(phrase, meetingDate, ctx);
        if (quiet && r.flag === 'unparsed') continue;
        best = { due: r.due, dueText: phrase, start: m.index, end: m.index + m[0].length, ...(r.flag ? { dueFlag: r.flag } : {}), ...(kind ? { kind } : {}) };
      }
    }
    if (best) return restated(best, text, meetingDate, ctx);
  }
  return null;
}

/**
 * "(the 25th)", "(11/25)" a few words after a date phrase: the writer saying its day exactly (group 1;
 * group 2 is the day of the month when only that is written).
 */
const RESTATED = /^[^().!?]{0,30}?\(\s*((?:the\s+)?(\d{1,2})(?:st|nd|rd|th)|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)\s*\)/i;

/**
 * "by the Wednesday before Thanksgiving (the 25th)": the day in brackets is the day meant; a day of the
 * month restating a weekday is the first such day that falls on it.
 */
function restated(found: FoundDue, text: string, meetingDate: string, ctx: DateContext): FoundDue {
  const m = RESTATED.exec(text.slice(found.end));
  const from = parseIso(meetingDate);
  if (!m || !from) return found;
  let due = resolveDate(m[1]!, meetingDate, ctx).due;
  const weekday = new RegExp(`\\b(${WEEKDAY_RE})`, 'i').exec(found.dueText)?.[1];
  const dayOfMonth = m[2];
  if (weekday && dayOfMonth) {
    const wanted = WEEKDAYS[weekday.toLowerCase().replace('.', '')];
    due = null;
    for (let k = 0; k < MONTHS_AHEAD && !due; k++) {
      const month = addMonths({ ...from, d: 1 }, k);
      const cand = { ...month, d: Number(dayOfMonth) };
      if (isValid(cand) && compare(cand, from) >= 0 && weekdayIndex(cand) === wanted) due = toIso(cand);
    }
  }
  return due ? { ...found, due, dueText: `${found.dueText} (${m[1]})`, end: found.end + m[0].length } : found;
}

/** How far ahead a weekday restated as a day of the month is looked for. */
const MONTHS_AHEAD = 12;

/** How far after "next meeting" its date may be written on the same line ("Next meeting: Thursday, Jan 14"). */
const NEXT_MEETING_REACH = 40;

/** The date of the next meeting when the notes state it ("Next meeting: Jan 14"). */
export function findNextMeeting(notes: string, meetingDate: string): string | undefined {
  // "provide the letter at the next contact. ... Next contact 02/16/2027": the mention that states a date.
  for (const m of notes.matchAll(nextMeetingRe('gi'))) {
    const date = dateExprRe().exec(notes.slice(m.index + m[0].length).split('\n')[0]!);
    if (!date || date.index > NEXT_MEETING_REACH) continue;
    const due = resolveDate(date[0], meetingDate).due;
    if (due) return due;
  }
  return undefined;
}

/**
 * The day an invitation asks to ("When: Thursday, February 26, 2026 10:00 AM", a calendar export's start)
 * when it is after the day the notes were posted: the day of "the meeting" its asks prepare for. The
 * notes' first "When:" line, opening with the day ("WHEN: by 4/30" on a form is a due field).
 */
export function findInvitedDay(notes: string, meetingDate: string): string | undefined {
  const when = notes.split('\n').map((l) => l.trim()).find((l) => l.toLowerCase().startsWith(WHEN));
  const value = when?.slice(WHEN.length).trim() ?? '';
  const day = dateExprRe().exec(value);
  if (!day || day.index > 0) return undefined;
  const due = resolveDate(day[0], meetingDate).due;
  return due && due > meetingDate ? due : undefined;
}

const WHEN = 'when:';

/** The item with the date found for it (or none). */
export function withDue(base: Omit<ExtractedItem, 'due'>, due: FoundDue | null): ExtractedItem {
  if (!due) return { ...base, due: null };
  const item: ExtractedItem = { ...base, due: due.due, dueText: due.dueText };
  if (due.dueFlag) item.dueFlag = due.dueFlag;
  return item;
}
