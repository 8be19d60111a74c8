// Finding the due-date phrase inside a line of notes, so it can be resolved and cut out of the task.
import { DATE_EXPR_RE, NOT_MODIFYING, VAGUE_RE } from './date-words.js';
import { resolveDate, type DateContext } from './dates.js';
import type { DueFlag } from './types.js';

export interface FoundDue {
  due: string | null;
  dueText: string;
  dueFlag?: DueFlag;
  start: number;
  end: number;
}

const STRONG_PREP = '(?:by|before|no later than|on or before|due(?:\\s+(?:by|on|date))?:?|until|prior to|deadline:?)';
const WEAK_PREP = '(?:on|for|at|this|around)';
const FILLER = '(?:(?:the|our|next|team|iep|transition|meeting|interview|appointment|on|of|cob|eod)\\s+){0,4}';
const SUFFIX = '(?:\\s+(?:team\\s+)?(?:meeting|interview|appointment|visit|tour|deadline|hearing|iep(?:\\s+meeting)?))?';

interface Pattern {
  re: RegExp;
  weight: number;
}

const PATTERNS: Pattern[] = [
  // A date set apart at the end of a line ("confirm the rooms for the Oct 17 summit - 5/15") is the
  // line's due-date column; a date inside the task names the event the task is for.
  { re: new RegExp(`\\s[-–—]+\\s*(?:${DATE_EXPR_RE})\\s*[.)]?\\s*$`, 'gi'), weight: 3.5 },
  // "the week of the 20th" spans a week: it is timing to flag, not a day (dates.ts reads it as vague).
  { re: new RegExp(`\\b(?:the\\s+)?week\\s+of\\s+(?:the\\s+)?(?:${DATE_EXPR_RE})\\b`, 'gi'), weight: 3.6 },
  { re: new RegExp(`\\b${STRONG_PREP}\\s+${FILLER}(?:${DATE_EXPR_RE})\\b${SUFFIX}`, 'gi'), weight: 4 },
  { re: new RegExp(`\\b${STRONG_PREP}\\s+(?:${VAGUE_RE})\\b${NOT_MODIFYING}`, 'gi'), weight: 3 },
  { re: new RegExp(`\\b${WEAK_PREP}\\s+${FILLER}(?:${DATE_EXPR_RE})\\b${SUFFIX}`, 'gi'), weight: 3 },
  { re: new RegExp(`\\b(?:by|due(?:\\s+by)?:?|before|no later than)\\s+(?:[a-z]+\\.?\\s+)?\\d[\\w/.-]*`, 'gi'), weight: 2 },
  { re: new RegExp(`(?:[-–—(\\[]\\s*)(?:${DATE_EXPR_RE})\\b`, 'gi'), weight: 2.5 },
  { re: new RegExp(`\\b(?:${DATE_EXPR_RE})\\b`, 'gi'), weight: 2 },
  { re: new RegExp(`\\b(?:${VAGUE_RE})\\b${NOT_MODIFYING}`, 'gi'), weight: 1 },
];

const BARE_ABBREVIATION = /^(?:(?:next|this)\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri)\.?$/i;

/** The most telling date phrase in `text` (a "by ..." beats a bare date; the later one wins a tie). */
export function findDue(text: string, meetingDate: string, ctx: DateContext = {}): FoundDue | null {
  let best: (FoundDue & { weight: number }) | null = null;
  for (const { re, weight } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const phrase = m[0].trim().replace(/^[-–—(\[]+\s*/, '').replace(/[.)]$/, '').trim();
      if (weight === 2 && BARE_ABBREVIATION.test(phrase)) continue;
      if (best && (weight < best.weight || (weight === best.weight && m.index < best.start))) continue;
      const r = resolveDate(phrase, meetingDate, ctx);
      // A bare number-ish phrase that does not resolve is not worth flagging unless it follows "by"/"due".
      if (weight === 2 && r.flag === 'unparsed' && !/^(?:by|due|before|no later)/i.test(phrase)) continue;
      best = { due: r.due, dueText: phrase, dueFlag: r.flag, start: m.index, end: m.index + m[0].length, weight };
    }
  }
  if (!best) return null;
  const { weight: _w, ...found } = best;
  return found.dueFlag ? found : { due: found.due, dueText: found.dueText, start: found.start, end: found.end };
}

/** The date of the next meeting when the notes state it ("Next meeting: Jan 14"). */
export function findNextMeeting(notes: string, meetingDate: string): string | undefined {
  const re = new RegExp(`\\bnext\\s+(?:team\\s+|iep\\s+|transition\\s+)?meeting\\b[^\\n]{0,40}?\\b(${DATE_EXPR_RE})\\b`, 'i');
  const m = re.exec(notes);
  if (!m) return undefined;
  return resolveDate(m[1]!, meetingDate).due ?? undefined;
}
