// Money figures and age limits change by year and by rule, so an answer quotes them with the year
// or the rule they come from. When a sentence lacks both, the passage usually has one nearby.
import type { Chunk } from '../types.js';
import { DOLLARS, RULE_REF, YEAR } from './asked.js';
import { SPACES } from './sentences.js';

const AGE =
  /\b(?:ages?|aged)\s+\d{1,2}\b|\b\d{1,2}\s*(?:-year-old|years? old|years? of age|or older|or younger|and older|and up)\b|\b(?:under|before|over|through|until|up to|younger than|older than)\s+(?:age\s+)?\d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|percent|%|,\d))/i;

/**
 * A year written as the time a figure applies to: "in 2026", "as of 2026", "FY 2026", "January 1,
 * 2026", "2026 rate", "2025-26 school year". A bare four-digit number is not one: it may be part of
 * a phone number (555-1987), an id (svc-1987) or a name ("Route 1987 Riders"), which once tagged a
 * fee "(1987 figure)". The number must stand alone: no digit, hyphen, slash or letter joined to it.
 */
const Y = String.raw`(?<![\w/#.-])((?:19|20)\d{2})(?![\w/#]|[-.]\d{3,})`;
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const YEAR_IN_CONTEXT = [
  new RegExp(String.raw`\b(?:in|for|as of|since|during|effective|starting|beginning|from|through|until|fy|fiscal year|calendar year|school year|program year|plan year)\s+${Y}`, 'gi'),
  new RegExp(String.raw`\b(?:${MONTHS})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?${Y}`, 'gi'),
  new RegExp(
    String.raw`${Y}(?:[-–/]\d{2,4})?\s+(?:rates?|figures?|fees?|amounts?|limits?|levels?|guidelines?|schedules?|budget|costs?|prices?|standards?|tables?|school year|program year|plan year|fiscal year|sga|cola|poverty)\b`,
    'gi',
  ),
];

/** The years a text gives as the time its figures apply to, in the order written (see YEAR_IN_CONTEXT). */
export function yearsInContext(text: string): string[] {
  const found: { at: number; year: string }[] = [];
  for (const re of YEAR_IN_CONTEXT) for (const m of text.matchAll(re)) found.push({ at: m.index + m[0].indexOf(m[1]!), year: m[1]! });
  return found.sort((a, b) => a.at - b.at).map((f) => f.year);
}

export function hasMoney(s: string): boolean {
  return DOLLARS.test(s);
}

export function hasAge(s: string): boolean {
  return AGE.test(s);
}

/**
 * The year a passage's figures apply to: chunk.asOf first, else the first year its headings or text
 * give as a figure's time. Never the title: a title is a name ("Club 1987 Respite").
 */
export function figureYear(chunk: Pick<Chunk, 'asOf' | 'text' | 'title' | 'headings'>): string | undefined {
  const fromAsOf = chunk.asOf?.match(YEAR)?.[0];
  return fromAsOf ?? yearsInContext([...chunk.headings, chunk.text].join('\n'))[0];
}

/** The first rule citation in a passage ("34 CFR 361.5(c)(51)"). */
export function ruleCited(text: string): string | undefined {
  return text.match(RULE_REF)?.[0].replace(SPACES, ' ');
}

/**
 * Adds "(2026 figure)" or "(34 CFR ...)" to a sentence holding a money figure or an age limit
 * when the sentence itself names neither a year nor a rule. Money prefers the year, ages the rule.
 */
export function annotateFigures(sentence: string, chunk: Pick<Chunk, 'asOf' | 'text' | 'title' | 'headings'>): string {
  const money = hasMoney(sentence);
  const age = hasAge(sentence);
  if (!money && !age) return sentence;
  // A sentence that writes any year of its own ("(2026 fare)") is left as it is; only a year added from elsewhere needs a context.
  if (new RegExp(Y).test(sentence) || sentence.search(RULE_REF) >= 0) return sentence;
  const year = figureYear(chunk);
  const rule = ruleCited(chunk.text);
  const yearNote = year ? `${year} figure` : undefined;
  const note = money ? (yearNote ?? rule) : (rule ?? yearNote);
  if (!note) return sentence;
  const m = /^(.*?)([.!?;:]?["”’)]*)$/s.exec(sentence);
  const body = m?.[1] ?? sentence;
  const end = m?.[2] ?? '';
  return `${body} (${note})${end}`;
}
