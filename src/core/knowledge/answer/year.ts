// The year check: a question about a year ("the 2027 fair", "rates for 2027-28") that no quoted unit,
// nor its source's title or headings, names: the folder gives another year's figures or dates. A school
// year is a span of two years, and a span asked ("2027-28") is named only by the same span, however it
// is written ("2027–2028", "2027/28"): "2026–2027" holds 2027 but is another school year, and the 2027
// found in it answered "the tuition cap for 2027-28" with the 2026-27 one. A single year asked is named
// by that year or by a span starting or ending in it (the 2026-2027 handbook covers 2027).
// Five development folders, leave-one-folder-out (bench/dev/fit-gate.ts): unanswerable declined 39 -> 41
// of 68, answerable unchanged at 14 of 261, AUC 0.798 -> 0.801. Asking instead that the year stand in the
// same clause as, or within a few words of, one of the question's words declined no more unanswerable
// questions, and with the question's two rarest words it declined three more answerable ones: deleted.
import { YEAR } from './asked.js';
import type { QuotedUnit } from './quote.js';

/** A span of two years: "2027-28", "2026–2027", "2026/27". */
const SPAN = /\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)\b/g;

/** A year's last two digits ("27" for 2027), as a span writes its second year. */
const lastTwo = (year: string): string => year.slice(-2);

/** The years a text names: a span as "2027-28" (its first year and the last two digits of its second), a year alone as "2027". */
export function yearsNamed(text: string): string[] {
  const spans = [...text.matchAll(SPAN)].map((m) => `${m[1]}-${lastTwo(m[2]!)}`);
  return [...spans, ...(text.replace(SPAN, ' ').match(YEAR) ?? [])];
}

/** Does the text name the year asked? A span asked needs the same span; a single year, itself or a span starting or ending in it. */
export function namesYear(asked: string, text: string): boolean {
  const named = yearsNamed(text);
  if (asked.includes('-')) return named.includes(asked);
  return named.some((y) => y === asked || (y.includes('-') && (y.startsWith(`${asked}-`) || y === `${Number(asked) - 1}-${lastTwo(asked)}`)));
}

/**
 * True when the question asks about a year and no quoted unit, nor its source's title and headings,
 * names it. (A check of the unit the answer leads with, naming other years only while a later unit names
 * the year asked in passing, was deleted: it no longer changed any leave-one-folder-out figure; grounding.ts.)
 */
export function yearMissing(question: string, units: Pick<QuotedUnit, 'text' | 'where'>[]): boolean {
  const years = yearsNamed(question);
  if (!years.length || !units.length) return false;
  const named = units.map((u) => `${u.text}\n${u.where}`);
  const names = (text: string): boolean => years.some((y) => namesYear(y, text));
  return !named.some(names);
}
