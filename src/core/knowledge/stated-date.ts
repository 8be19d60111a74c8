// The date a document states for itself: "revised February 2026" under a title, "Updated January 5,
// 2026" at the head of a sheet, the Date: line of an email, a year in its file name ("rider-guide-2024").
// Folders keep old documents beside the ones that correct them (a 2024 rider guide and the 2026 fares
// page, a 2025 benefits guide and the 2026 figures), and search finds both about equally well; the date
// tells which one is current. Read from the file name, the title and the head of the text only: dates
// further down are what the document is about (an event, a deadline), not when it was written.
import { MONTH_RE, MONTHS } from '../date-words.js';
import type { Chunk } from './types.js';

/** A document's own date: its year, and its month (1-12) when it says. */
export interface StatedDate {
  year: number;
  month?: number;
}

/** How much of the text's start is its head. */
export const HEAD_CHARS = 400;

const YEAR = '((?:19|20)\\d\\d)';
/** "February 2026", "January 5, 2026", "5 Jan 2027", "Sept. 17, 2026". */
const MONTH_YEAR = new RegExp(`\\b(${MONTH_RE})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?${YEAR}\\b|\\b\\d{1,2}\\s+(${MONTH_RE})\\s+${YEAR}\\b`, 'gi');
/** "2026-09-17", "2026-12". */
const ISO = new RegExp(`\\b${YEAR}-(\\d\\d)(?:-\\d\\d)?\\b`, 'g');
/** "09/08/2026", "9/2/2026", "08/2026". */
const SLASHED = new RegExp(`\\b(\\d{1,2})/(?:\\d{1,2}/)?${YEAR}\\b`, 'g');
/** A year alone. */
const BARE_YEAR = new RegExp(`(?<![\\d/])${YEAR}(?![\\d/])`, 'g');
/** A span of years ("2026-27", "2025-2028"): the document is of its first year. */
const SPAN = new RegExp(`\\b${YEAR}\\s*[-–/]\\s*((?:19|20)?\\d\\d)\\b(?![-/]\\d)`, 'g');
/**
 * The end of a period ("July 1, 2026 – June 30, 2027", "through September 30, 2028"): a term's end is
 * not when the document was written, so it is left out.
 */
const PERIOD_END = new RegExp(`(?:\\s*[–—]\\s*|\\s+-\\s+|\\s+(?:through|thru|until|to)\\s+)(?:${MONTH_RE})\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:19|20)\\d\\d\\b`, 'gi');

/** A month's number from its name as written ("Sept.", "February"): the platform calendar's names (date-words.ts). */
const monthOf = (name: string): number | undefined => MONTHS[name.toLowerCase().slice(0, 3)];

/** Every date a piece of text writes, with its month when written with one. */
export function datesIn(text: string): StatedDate[] {
  const out: StatedDate[] = [];
  // "2026-27" is a span; "2026-12" (the second number not after the first year) is a month.
  text = text.replace(PERIOD_END, ' ').replace(SPAN, (all, first: string, second: string) => (Number(second.slice(-2)) > Number(first.slice(-2)) ? first : all));
  let rest = text;
  for (const m of text.matchAll(MONTH_YEAR)) {
    const month = monthOf(m[1] ?? m[3]!);
    out.push({ year: Number(m[2] ?? m[4]), ...(month ? { month } : {}) });
  }
  rest = rest.replace(MONTH_YEAR, ' ');
  for (const m of rest.matchAll(ISO)) {
    const month = Number(m[2]);
    out.push({ year: Number(m[1]), ...(month >= 1 && month <= 12 ? { month } : {}) });
  }
  rest = rest.replace(ISO, ' ');
  for (const m of rest.matchAll(SLASHED)) {
    const month = Number(m[1]);
    out.push({ year: Number(m[2]), ...(month >= 1 && month <= 12 ? { month } : {}) });
  }
  rest = rest.replace(SLASHED, ' ');
  for (const m of rest.matchAll(BARE_YEAR)) out.push({ year: Number(m[1]) });
  return out;
}

/** Negative when a is older than b, positive when newer, 0 when they cannot be told apart (same year, a month missing). */
export function compareDates(a: StatedDate, b: StatedDate): number {
  if (a.year !== b.year) return a.year - b.year;
  if (a.month === undefined || b.month === undefined) return 0;
  return a.month - b.month;
}

/**
 * The document's date: the latest date its file name, title and head write (a guide "effective
 * January 1, 2024" that says fares are "current as of January 2024" is of January 2024), or
 * undefined when they write none.
 */
export function statedDate(source: string, title: string, head: string): StatedDate | undefined {
  const name = source.split('#')[0]!.split('/').pop() ?? '';
  const dates = [...datesIn(name.replace(/[_.]/g, ' ')), ...datesIn(title), ...datesIn(head.slice(0, HEAD_CHARS))];
  let best: StatedDate | undefined;
  for (const d of dates) {
    if (!best || compareDates(d, best) > 0 || (d.year === best.year && best.month === undefined && d.month !== undefined)) best = d;
  }
  return best;
}

/**
 * The head of a source as its chunks hold it: each chunk's headings not read before it, then its text,
 * in reading order, up to HEAD_CHARS. A flyer's date is often a heading ("THURSDAY, NOVEMBER 5, 2026").
 */
export function headOf(chunks: readonly Pick<Chunk, 'headings' | 'text'>[]): string {
  const seen = new Set<string>();
  let head = '';
  for (const c of chunks) {
    for (const h of c.headings) {
      if (seen.has(h)) continue;
      seen.add(h);
      head += `${h}\n`;
    }
    head += `${c.text}\n`;
    if (head.length >= HEAD_CHARS) break;
  }
  return head.slice(0, HEAD_CHARS);
}
