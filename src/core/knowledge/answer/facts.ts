// Money figures and age limits change by year and by rule, so an answer quotes them with the year
// or the rule they come from. When a sentence lacks both, the passage usually has one nearby.
import type { Chunk } from '../types.js';

const MONEY = /\$\s?\d/;
const AGE =
  /\b(?:ages?|aged)\s+\d{1,2}\b|\b\d{1,2}\s*(?:-year-old|years? old|years? of age|or older|or younger|and older|and up)\b|\b(?:under|before|over|through|until|up to|younger than|older than)\s+(?:age\s+)?\d{1,2}\b(?!\s*(?:days?|weeks?|months?|hours?|percent|%|,\d))/i;
const YEAR = /\b(?:19|20)\d{2}\b/;
const RULE = /\b\d+\s+(?:CFR|U\.?S\.?C\.?)\s+[\d.]+(?:\([a-z0-9]+\))*|§\s*[\d.]+(?:\([a-z0-9]+\))*|\bsection\s+\d+[a-z]?\b/i;

export function hasMoney(s: string): boolean {
  return MONEY.test(s);
}

export function hasAge(s: string): boolean {
  return AGE.test(s);
}

/** The year a passage's figures apply to: chunk.asOf first, else the first year written in it. */
export function figureYear(chunk: Pick<Chunk, 'asOf' | 'text' | 'title' | 'headings'>): string | undefined {
  const fromAsOf = chunk.asOf ? YEAR.exec(chunk.asOf)?.[0] : undefined;
  return fromAsOf ?? YEAR.exec([chunk.title, ...chunk.headings, chunk.text].join(' '))?.[0];
}

/** The first rule citation in a passage ("34 CFR 361.5(c)(51)"). */
export function ruleCited(text: string): string | undefined {
  return RULE.exec(text)?.[0].replace(/\s+/g, ' ');
}

/**
 * Adds "(2026 figure)" or "(34 CFR ...)" to a sentence holding a money figure or an age limit
 * when the sentence itself names neither a year nor a rule. Money prefers the year, ages the rule.
 */
export function annotateFigures(sentence: string, chunk: Pick<Chunk, 'asOf' | 'text' | 'title' | 'headings'>): string {
  const money = hasMoney(sentence);
  const age = hasAge(sentence);
  if (!money && !age) return sentence;
  if (YEAR.test(sentence) || RULE.test(sentence)) return sentence;
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
