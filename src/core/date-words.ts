// Vocabulary and regular-expression pieces for date phrases: shared by the notes reader (resolving and locating
// due dates) and the answerer (months and periods asked, a document's own date).

/** Each name's prefixes of three letters or more ("sep", "sept", "september"), numbered from `first`. */
function prefixes(names: string[], first: number): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((name, i) => {
    for (let k = 3; k <= name.length; k++) out[name.slice(0, k).toLowerCase()] = first + i;
  });
  return out;
}

/** Names from the platform's calendar in a language: `days` counted from 1 January 2024 (a Monday). */
export const calendarNames = (locale: string, options: Intl.DateTimeFormatOptions, days: number[]): string[] =>
  days.map((d) => new Date(Date.UTC(2024, 0, d)).toLocaleString(locale, { ...options, timeZone: 'UTC' }));
/** A day in each month of 2024 (the 1st, 32nd, 63rd... day of the year), and the days of its first week, Monday first. */
export const MONTH_DAYS = Array.from({ length: 12 }, (_, m) => 1 + 31 * m);
export const WEEK_DAYS = Array.from({ length: 7 }, (_, d) => 1 + d);
const english = (options: Intl.DateTimeFormatOptions, days: number[]) => calendarNames('en-US', options, days);

/** "jan", "sept", "december": 1-12. */
export const MONTHS = prefixes(english({ month: 'long' }, MONTH_DAYS), 1);

/** "mon", "tues", "thurs", "friday": 0 = Monday ... 6 = Sunday (1 January 2024 was a Monday). */
export const WEEKDAYS = prefixes(english({ weekday: 'long' }, WEEK_DAYS), 0);

const ORDINAL = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIX: Record<Intl.LDMLPluralRule, string> = { zero: 'th', one: 'st', two: 'nd', few: 'rd', many: 'th', other: 'th' };
/** "st" for 1, 21 and 31, "nd" for 2, "th" for 11...: the platform's English ordinal rules. */
export const ordinalSuffix = (n: number): string => ORDINAL_SUFFIX[ORDINAL.select(n)];

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  couple: 2, 'a couple of': 2,
};

/** Alternatives of a pattern, longest first, from words of letters. */
const either = (words: string[]): string => `(?:${[...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length).join('|')})`;

const LONG_MONTHS = english({ month: 'long' }, MONTH_DAYS);
/** "Jan", "Sept" (British English shortens September so), "Dec": the calendar's short month names that are not whole names ("May" is). */
export const MONTH_ABBREVIATIONS = [...new Set([...english({ month: 'short' }, MONTH_DAYS), ...calendarNames('en-GB', { month: 'short' }, MONTH_DAYS)])].filter(
  (m) => !LONG_MONTHS.includes(m),
);
/** "jan", "sept", "december": the calendar's month names, whole or short. */
export const MONTH_RE = `${either([...LONG_MONTHS, ...MONTH_ABBREVIATIONS])}\\.?`;
/** "monday" ... "sunday". */
export const WEEKDAY_FULL_RE = either(english({ weekday: 'long' }, WEEK_DAYS));
/** "mon", "tues", "thurs", "friday": a weekday name or its start, as WEEKDAYS reads them. */
export const WEEKDAY_RE = `${either(Object.keys(WEEKDAYS))}\\.?`;
const ORD = '(?:st|nd|rd|th)?';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a couple of)';
/** Days, weeks and months, with the shorthand of chat ("2 wks", "6 mos"). */
const UNIT = '(?:days?|weeks?|wks?|months?|mos?)';
/** "the week of the 20th", "wk of 3/8". */
export const WEEK_OF = '(?:week|wk)\\s+of';

/**
 * Not followed by a noun it modifies: "Friday pickup times", "the 2nd rotation" and "during the summer
 * program" name no timing. Words
 * that can follow a date in a sentence (prepositions, conjunctions, times of day) and the events a date
 * phrase may name ("before the Tuesday meeting") are fine.
 */
export const NOT_MODIFYING =
  '(?!\\s+(?!(?:and|or|to|for|with|about|from|of|into|through|during|regarding|re|via|per|over|around|so|because|if|then|at|in|on|by|but|as|when|while|after|before|since|until|unless|once|first|morning|afternoon|evening|night|noon|am|pm|meeting|interview|appointment|visit|tour|deadline|hearing|iep|team|is|was|will|the|a|an|we|i|he|she|they|you|it|if|please|pls|plz)\\b)[a-z])';

/** Explicit and relative dates that resolve to a single day. */
export const DATE_EXPR_RE = [
  `(?:${WEEKDAY_RE},?\\s+)?${MONTH_RE}\\s+\\d{1,2}${ORD}(?:,?\\s+\\d{4})?`,
  `(?:${WEEKDAY_RE},?\\s+)?(?:the\\s+)?\\d{1,2}${ORD}\\s+(?:of\\s+)?${MONTH_RE}(?:,?\\s+\\d{4})?`,
  `(?:${WEEKDAY_RE},?\\s+)?\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?`,
  '\\d{4}-\\d{2}-\\d{2}',
  // "Wed the 11th": a weekday before the day of the month it falls on.
  `${WEEKDAY_RE},?\\s+the\\s+\\d{1,2}(?:st|nd|rd|th)${NOT_MODIFYING}`,
  // "Wednesday next week", "Friday of next week": that weekday of the following week, as "next Wednesday".
  `${WEEKDAY_FULL_RE},?\\s+(?:of\\s+)?next\\s+week`,
  // "the Friday after next": the one after the coming one.
  `(?:the\\s+)?${WEEKDAY_FULL_RE}\\s+after\\s+next`,
  `(?:(?:next|this|the following|following)\\s+)?${WEEKDAY_FULL_RE}${NOT_MODIFYING}`,
  // "end of day Thursday" is that Thursday, read as the weekday alone.
  `tomorrow|tmrw|tmr|today|tonight|eod|eow|eom|end of (?:the )?day(?!,?\\s+(?:on\\s+)?${WEEKDAY_RE})`,
  '(?:the\\s+)?end of (?:the |this |next )?(?:week|month)',
  'this week',
  `(?:in|within)\\s+${COUNT}\\s+${UNIT}`,
  // "two weeks from today", "a week from Friday" (counted from the coming Friday).
  `${COUNT}\\s+${UNIT}\\s+from\\s+(?:today|now|the meeting|${WEEKDAY_FULL_RE})`,
  `the\\s+\\d{1,2}(?:st|nd|rd|th)${NOT_MODIFYING}`,
  `(?:(?:next|this)\\s+)?(?:mon|tues?|wed|thu(?:rs?)?|fri)\\.?(?![\\w])`,
].join('|');

/** Timing that names no single day: we refuse to invent one. */
export const VAGUE_RE = [
  'asap',
  'as soon as possible',
  'soon',
  'ongoing',
  'tbd',
  'when(?:ever)? possible',
  'at some point',
  'later(?: this (?:year|month|semester|spring|fall))?',
  `(?:before|by|over|during|after)\\s+(?:the\\s+)?(?:winter|spring|summer|fall|thanksgiving|holiday|christmas)\\s+break`,
  '(?:over|during|by|in|before|after)\\s+(?:the\\s+)?(?:summer|winter|spring|fall)',
  '(?:next|this|the coming|the next)\\s+(?:semester|school year|year|quarter|spring|summer|fall|winter|term|month|week)',
  `(?:in|by|during|before|early|mid|late)[\\s-]+(?:early\\s+|mid-?\\s*|late\\s+)?${MONTH_RE}(?![\\w\\s]*\\d)`,
  '(?:in|over|during) the (?:coming|next few|next couple of|next (?:two|three|four|\\d)) (?:days|weeks|months)',
  '(?:before|by|after)\\s+graduation',
  // "at the next contact" in a case note is its next meeting with the family.
  '(?:by|before|at)\\s+(?:(?:the|our)\\s+)?next\\s+(?:team\\s+|iep\\s+|transition\\s+)?(?:meeting|mtg|contact|visit|session|appointment)',
].join('|');
