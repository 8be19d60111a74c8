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
 * names it; or when the unit the answer leads with names other years only ("the 2027 fair" answered
 * with "Thursday, October 15, 2026" from the 2026 flyer, while a later unit mentions 2027 in passing).
 */
export function yearMissing(question: string, units: Pick<QuotedUnit, 'text' | 'where'>[]): boolean {
  const years = yearsNamed(question);
  if (!years.length || !units.length) return false;
  const named = units.map((u) => `${u.text}\n${u.where}`);
  const names = (text: string): boolean => years.some((y) => namesYear(y, text));
  return !named.some(names);
}

/** "When is ...", "when are ... due": a question asking for a date without saying "what date". */
const ASKS_WHEN = /\bwhen\b/i;

/**
 * The year-other check: a question asking when something happens in a year ("When is the 2027 fair?")
 * whose answer would lead with a unit naming other years only ("Thursday, October 15, 2026", from the
 * 2026 flyer). The year check passes it when any later unit names the year in passing (another event's
 * "Thu Jan 21 2027"); the date the answer opens with is what a family would act on. `asksDate` says the
 * question asks for a date (asked.ts); a "when" question counts too. Only the question's asking part is read.
 * Six development folders, leave-one-folder-out (bench/dev/fit-gate.ts): unanswerable declined 60 -> 61
 * of 82 (two more year near misses declined, one question at the threshold's edge answered), answerable
 * declined unchanged at 12 of 307, AUC 0.860 -> 0.874. Firing for any question naming a year, not only
 * one asking when, also doubted "does the mileage rate change in 2027? to what", answered by the 2025
 * rate and then the 2027 one: 13 answerable declined.
 */
export function yearOther(question: string, units: Pick<QuotedUnit, 'text' | 'where'>[], asksDate: boolean): boolean {
  const years = yearsNamed(question);
  if (!years.length || !units.length || !(asksDate || ASKS_WHEN.test(question))) return false;
  const lead = `${units[0]!.text}\n${units[0]!.where}`;
  return yearsNamed(lead).length > 0 && !years.some((y) => namesYear(y, lead));
}
