// The period check: a question about a month or season of a year ("the Cooking on a Budget series in
// April 2027", "the priority date for fall 2027") whose quote names that year only for other months or
// terms ("January 19 ... February 9, 2027", "Spring 2027 | January 19, 2027"): the folder gives the
// dates or prices of another run of the series, not the one asked. The year check (year.ts) passes such
// a quote, since it names the year.
// Seven development folders, leave-one-folder-out (bench/dev/cand-fit.ts, gate refitted): it fires on 2
// unanswerable questions and no answerable one.
import { MONTH_RE } from '../../date-words.js';

/** A season or school term: "summer", "fall", "autumn". */
const SEASON = 'spring|summer|fall|autumn|winter';

/** A month or season and the year after it: "April 2027", "summer 2027", "fall of 2026". */
const PERIOD = new RegExp(`\\b(${MONTH_RE}|${SEASON})\\s*(?:of\\s+)?((?:19|20)\\d\\d)\\b`, 'gi');

/**
 * A month or season as a quote writes it, a whole word ("Summer", "Sept.", "April"; not "Summit" nor
 * "Marketplace"), and the rest of its clause: the year it belongs to follows it before a sentence stop,
 * a line, a table cell or a list item ends ("April 9, 2027", "Summer Work Experience 2027", "Fall 2026 |").
 */
const PERIOD_CLAUSE = new RegExp(`\\b(${MONTH_RE}|${SEASON})(?![a-z])(?=([^.\\n|;]*))`, 'gi');

/** The months or seasons a question asks about, each with its year: [["apr", "2027"]]; a month by its first three letters. */
export function periodsAsked(asking: string): [string, string][] {
  return [...asking.matchAll(PERIOD)].map((m) => [m[1]!.toLowerCase().slice(0, 3), m[2]!]);
}

/**
 * Does the text write the month or season (its first three letters) with the year later in its clause?
 * Every month or season written is read on its own: "Spring 2027, Summer 2027" names both. Reading any
 * word starting with the same three letters within 15 characters of the year instead took "Youth
 * Leadership Summit 2027" for summer 2027 and missed "SUMMER WORK EXPERIENCE 2027"; eight development
 * folders, leave-one-folder-out (bench/dev/gate3-cand.ts, gate refitted): unanswerable declined 99 -> 101
 * of 117, answerable unchanged at 12 of 422.
 */
function namesPeriod(text: string, start: string, year: string): boolean {
  const inClause = new RegExp(`\\b${year}\\b`);
  for (const m of text.matchAll(PERIOD_CLAUSE)) if (m[1]!.toLowerCase().slice(0, 3) === start && inClause.test(m[2]!)) return true;
  return false;
}

/**
 * True when the asking part names a month or season of a year and the quoted units (with their source's
 * title and headings) name that year but never with that month or season.
 */
export function periodMissing(asking: string, units: { text: string; where: string }[]): boolean {
  const asked = periodsAsked(asking);
  if (!asked.length || !units.length) return false;
  const quoted = units.map((u) => `${u.text}\n${u.where}`).join('\n');
  return asked.every(([start, year]) => quoted.includes(year) && !namesPeriod(quoted, start, year));
}
