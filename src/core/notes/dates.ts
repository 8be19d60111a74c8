// Resolving a date phrase from meeting notes to a calendar day, by one published convention.
import {
  addDays, addMonths, compare, endOfMonth, isValid, nextMonthDay, parseIso, startOfWeek, toIso, weekdayIndex,
  type Ymd,
} from './calendar.js';
import { DATE_EXPR_RE, MONTHS, NUMBER_WORDS, ordinalSuffix, VAGUE_RE, WEEK_OF, WEEKDAYS } from '../date-words.js';
import type { DueFlag } from './types.js';

export const DATE_CONVENTION =
  'How Liaison reads dates in notes: every date is read from the meeting date. A date without a year ' +
  '("Dec 1", "12/5") is the next one on or after the meeting; a bare weekday ("Friday") is the next one ' +
  'strictly after the meeting; "next Friday" is the Friday of the following Monday-to-Sunday week; ' +
  '"end of the week" (EOW) is that week\'s Friday; "end of the month" (EOM) is the last day of the ' +
  'meeting\'s month; "in two weeks" is 14 days after the meeting; "before X" means by X. Vague timing ' +
  '("ASAP", "soon", "before winter break", "in January", "next semester", "the week of the 20th", "ongoing") ' +
  'gets no due date rather than an invented one, and a date Liaison cannot read is flagged so a person can fix it.';

export interface ResolvedDate {
  due: string | null;
  flag?: DueFlag;
}

export interface DateContext {
  /** The next meeting's date when the notes state it, for "by our next meeting". */
  nextMeeting?: string;
}

/** An expression that names one day, anywhere in a text. */
export const dateExprRe = (flags = 'i') => new RegExp(`\\b(?:${DATE_EXPR_RE})\\b`, flags);
const vagueRe = () => new RegExp(`\\b(?:${VAGUE_RE})\\b`, 'i');
const weekOf = () => new RegExp(`\\b${WEEK_OF}\\b`);
/** "Next meeting", "following IEP meeting", "next contact": the meeting after this one. */
export const nextMeetingRe = (flags = 'i') =>
  new RegExp(String.raw`\b(?:next|following)\s+(?:team\s+|iep\s+|transition\s+)?(?:meeting|mtg|contact|visit|session|appointment)\b`, flags);

/** Resolves a phrase such as "by next Friday" or "before the Dec 9 interview" against the meeting date. */
export function resolveDate(phrase: string, meetingDate: string, ctx: DateContext = {}): ResolvedDate {
  const meeting = parseIso(meetingDate);
  if (!meeting) throw new RangeError(`meetingDate must be YYYY-MM-DD, got "${meetingDate}"`);
  const text = phrase.toLowerCase().trim();
  if (weekOf().test(text)) return { due: null, flag: 'vague' };
  const m = dateExprRe().exec(text);
  if (m) {
    const day = resolveExpression(m[0], meeting);
    return day ? { due: toIso(day) } : { due: null, flag: 'unparsed' };
  }
  if (ctx.nextMeeting && nextMeetingRe().test(text)) return { due: ctx.nextMeeting };
  if (vagueRe().test(text)) return { due: null, flag: 'vague' };
  return { due: null, flag: 'unparsed' };
}

/** How far ahead a date written without a year may land before the proposal asks about it. */
const FAR_MONTHS = 10;

/**
 * A date written without a year lands on or after the meeting by the convention, so a date just past
 * ("by 12/5" posted on 6 December) is read as next year's. Such a date more than ten months ahead is
 * kept (the convention is published) but flagged, so the person confirming can fix it.
 */
export function farDateWarning(dueText: string | undefined, due: string | null, meetingDate: string): string | undefined {
  const meeting = parseIso(meetingDate);
  const day = due ? parseIso(due) : null;
  const expr = dueText ? dateExprRe().exec(dueText.toLowerCase())?.[0] : undefined;
  if (!meeting || !day || !expr || !namesMonthDay(expr)) return undefined;
  if (toIso(day) <= toIso(addMonths(meeting, FAR_MONTHS))) return undefined;
  const written = dueText!.slice(dueText!.toLowerCase().indexOf(expr), dueText!.toLowerCase().indexOf(expr) + expr.length);
  return `${written} read as ${day.d} ${new Date(Date.UTC(day.y, day.m - 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' })} ${day.y}: did you mean a date just past?`;
}

/** Words that make a line a header that dates the meeting ("Meeting 12/4", "IEP notes (Dec 4)"). */
const HEADER_WORDS = /\b(?:meeting|mtg|notes|minutes|recap|call|ard|iep|session|check-?in|date)\b/i;
const HEADER_LINES = 3;
/** How far back a date stated in the notes' header may lie from the day they are posted. */
const HEADER_MAX_DAYS = 60;

/**
 * The meeting date the notes state in their first lines ("Meeting 12/4", "(Dec 4)", "Tue, March 4,
 * 2026"), if any: one of the first three lines that reads as a header. A date without a
 * year is the latest such day on or before the day the notes were posted; a date after that day or
 * more than 60 days before it is not taken as the meeting's.
 */
export function statedMeetingDate(notes: string, postedOn: string): string | undefined {
  const posted = parseIso(postedOn);
  if (!posted) return undefined;
  const lines = notes.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEADER_LINES);
  for (const line of lines) {
    const expr = dateExprRe().exec(line.toLowerCase())?.[0];
    if (!expr || !(namesMonthDay(expr) || yearWritten(expr))) continue;
    // A header: it says it is one, or it is little more than the date ("(Dec 4)", "Tue, March 4").
    // Weekday names and clock times ("10:00 AM - 10:45 AM" in a Teams recap header) are part of a date line.
    const rest = (line.toLowerCase().replace(expr, ' ').match(/[a-z]{2,}/g) ?? []).filter(
      (w) => WEEKDAYS[w] === undefined && w !== 'am' && w !== 'pm',
    );
    if (!(HEADER_WORDS.test(line) || rest.length <= 1)) continue;
    // Read it from a year before the posting day, so a yearless date lands on or before that day.
    let day = resolveExpression(expr, addMonths(posted, -12));
    if (day && !yearWritten(expr)) while (compare(addMonths(day, 12), posted) <= 0) day = addMonths(day, 12);
    if (!day || compare(day, posted) > 0 || compare(day, addDays(posted, -HEADER_MAX_DAYS)) < 0) continue;
    return toIso(day);
  }
  return undefined;
}

/** A word of digits only ("12", "2026"). */
const numeral = (w: string): boolean => w.length > 0 && [...w].every((c) => c >= '0' && c <= '9');

/** "5", "05", "5th", "21st": a day of the month written in figures. */
function dayNumber(w: string): number | undefined {
  const figures = numeral(w) ? w : w.slice(0, -2);
  const n = Number(figures);
  if (!numeral(figures) || figures.length > 2 || (figures !== w && w !== `${n}${ordinalSuffix(n)}`)) return undefined;
  return n;
}

type Unit = 'day' | 'week' | 'month';
/** The units a span is counted in, with the shorthand of chat ("2 wks", "6 mos"). */
const UNITS: Record<string, Unit> = { day: 'day', week: 'week', wk: 'week', month: 'month', mo: 'month' };

/**
 * What a date expression names, word by word: a month, a day and a year in any order ("fri, dec 5th
 * 2026", "the 5th of dec", "12/5/26"), a weekday and which week ("next friday"), a count of days,
 * weeks or months ("in a couple of weeks"), or the end of one ("the end of next week"). Month and
 * weekday names come from the platform's calendar (date-words.ts).
 */
interface DateWords {
  mon?: number;
  day?: number;
  year?: string;
  weekday?: number;
  /** "next", "following": the week after the meeting's; "this": the meeting's own. */
  week?: 'this' | 'next';
  the?: boolean;
  end?: boolean;
  /** "a week from Friday": a span counted from the day named. */
  from?: boolean;
  /** "the Friday after next": the one after the coming one. */
  after?: boolean;
  count?: number;
  unit?: Unit;
}

/** "today" ends today; "this week" is due by its Friday; "tomorrow" is a day after the meeting. */
const SHORT: Record<string, string> = {
  today: 'end of day', tonight: 'end of day', eod: 'end of day', eow: 'end of week', eom: 'end of month',
  'this week': 'end of this week', tomorrow: 'a day', tmrw: 'a day', tmr: 'a day',
};

function dateWords(expr: string): DateWords {
  const e = expr.toLowerCase().trim();
  const words = (SHORT[e] ?? e).split(/[\s,]+/).map((w) => (w.endsWith('.') ? w.slice(0, -1) : w)).filter(Boolean);
  const parts: DateWords = {};
  for (const w of words) {
    const slash = w.split('/');
    const unit = UNITS[w.endsWith('s') ? w.slice(0, -1) : w];
    if (slash.length > 1) {
      if (!slash.every(numeral)) continue;
      parts.mon = Number(slash[0]);
      parts.day = Number(slash[1]);
      if (slash[2]) parts.year = slash[2];
    } else if (MONTHS[w] !== undefined) parts.mon = MONTHS[w];
    else if (WEEKDAYS[w] !== undefined) parts.weekday = WEEKDAYS[w];
    else if (dayNumber(w) !== undefined) parts.day = dayNumber(w);
    else if (numeral(w)) parts.year = w;
    else if (w === 'next' || w === 'following') parts.week = 'next';
    else if (w === 'this') parts.week = 'this';
    else if (w === 'the') parts.the = true;
    else if (w === 'end') parts.end = true;
    else if (w === 'from') parts.from = true;
    else if (w === 'after') parts.after = true;
    else if (unit) parts.unit = unit;
    else if (NUMBER_WORDS[w] !== undefined) parts.count = Math.max(parts.count ?? 0, NUMBER_WORDS[w]!);
  }
  return parts;
}

/** "12/5", "Dec 5", "5th of December": a day of a month, written without a year. */
function namesMonthDay(expr: string): boolean {
  const { mon, day, year } = dateWords(expr);
  return mon !== undefined && day !== undefined && year === undefined;
}

/** "2026", "12/5/26": the expression writes its year. */
const yearWritten = (expr: string): boolean => parseIso(expr.trim()) !== null || dateWords(expr).year !== undefined;

function strictlyAfter(meeting: Ymd, wd: number): Ymd {
  return addDays(meeting, (wd - weekdayIndex(meeting) + 7) % 7 || 7);
}

function fridayOf(meeting: Ymd, weeksAhead: number): Ymd {
  const friday = addDays(startOfWeek(meeting), 4 + 7 * weeksAhead);
  // A weekend meeting has already passed its week's Friday: take the coming one.
  return weeksAhead === 0 && weekdayIndex(meeting) > 4 ? addDays(friday, 7) : friday;
}

function withYear(y: string | undefined, m: number, d: number, meeting: Ymd): Ymd | null {
  if (!y) return nextMonthDay(m, d, meeting);
  const year = y.length === 2 ? 2000 + Number(y) : Number(y);
  const day = { y: year, m, d };
  return y.length === 3 || !isValid(day) ? null : day;
}

/** One matched expression to a day, or null when it names a day that does not exist. */
export function resolveExpression(expr: string, meeting: Ymd): Ymd | null {
  const iso = parseIso(expr.trim());
  if (iso) return iso;
  const { mon, day, year, weekday, week, the, end, count, unit, from, after } = dateWords(expr);
  if (mon !== undefined && day !== undefined) return withYear(year, mon, day, meeting);
  if (unit && end) {
    // "today", "EOW", "end of the month", "the end of next week": the end of a day, week or month.
    const ahead = week === 'next' ? 1 : 0;
    if (unit === 'day') return addDays(meeting, ahead);
    if (unit === 'week') return fridayOf(meeting, ahead);
    return endOfMonth(addMonths({ ...meeting, d: 1 }, ahead));
  }
  // "Wednesday next week" is "next Wednesday".
  if (unit === 'week' && weekday !== undefined && week === 'next' && count === undefined && day === undefined) return addDays(startOfWeek(meeting), 7 + weekday);
  if (unit) {
    // "in two weeks", "3 days from today", "in a couple of weeks", "a week from Friday" (from the coming Friday).
    const n = count ?? day;
    if (n === undefined) return null;
    const start = from && weekday !== undefined ? strictlyAfter(meeting, weekday) : meeting;
    if (unit === 'month') return addMonths(start, n);
    return addDays(start, unit === 'week' ? 7 * n : n);
  }
  // "the 20th", "Wed the 11th" (the weekday only says which day of the week it falls on): the next 20th
  // of a month, within the next three months.
  if (day !== undefined && the) {
    for (let i = 0; i < 3; i++) {
      const first = addMonths({ y: meeting.y, m: meeting.m, d: 1 }, i);
      const cand = nextMonthDay(first.m, day, i === 0 ? meeting : first);
      if (cand && cand.y === first.y && cand.m === first.m) return cand;
    }
    return null;
  }
  if (weekday !== undefined && day === undefined) {
    // "the Friday after next": the one after the coming one.
    if (after && week === 'next') return addDays(strictlyAfter(meeting, weekday), 7);
    if (week === 'this') return weekday >= weekdayIndex(meeting) ? addDays(startOfWeek(meeting), weekday) : strictlyAfter(meeting, weekday);
    if (week === 'next') return addDays(startOfWeek(meeting), 7 + weekday);
    return strictlyAfter(meeting, weekday);
  }
  return null;
}
