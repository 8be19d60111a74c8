// The ages a service takes, read from its words when minimum_age and maximum_age are empty, as
// many 211 exports leave them: "ages 16-21", "youth 8-18", "16 and older", "Ages 14 and up",
// "up to age 21", "birth to 26". A range needs a word that says it is about age (ages, youth,
// teens, years old...), so "6-12 weeks" or "the 18-21 program" is not read as one.

export interface TextAges {
  min?: number;
  max?: number;
}

const WHO = String.raw`(?:ages?|aged|youth|young (?:people|adults)|teens?|teenagers|students|children|kids|adults|individuals|people)`;
const UNITS = String.raw`(?!\s*(?:weeks?|months?|days?|hours?|hrs?|minutes?|miles?|%|percent|pm|am|\$))`;
const RULES: { re: RegExp; ages: (m: RegExpExecArray) => TextAges }[] = [
  { re: new RegExp(String.raw`\bbirth (?:to|through|-)\s*(?:age\s+)?(\d{1,2})\b`, 'i'), ages: (m) => ({ min: 0, max: Number(m[1]) }) },
  { re: new RegExp(String.raw`\b${WHO}\s+(?:of\s+)?(?:ages?\s+)?(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\b${UNITS}`, 'i'), ages: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { re: new RegExp(String.raw`\b(\d{1,2})\s*(?:-|–|to|through)\s*(\d{1,2})\s*(?:years?[- ]olds?|yrs?\.?(?: old)?|y\/?o)\b`, 'i'), ages: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { re: new RegExp(String.raw`\b(?:${WHO}\s+)?(?:age\s+)?(\d{1,2})\s*(?:\+|years? (?:and|or) (?:older|over|up)|(?:and|or) (?:older|over|up|above))`, 'i'), ages: (m) => ({ min: Number(m[1]) }) },
  { re: /\b(?:up to|to|through|under)\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,2})\b/i, ages: (m) => ({ max: Number(m[1]) }) },
];

/** The ages `text` says a service takes, or undefined when it says none. */
export function agesIn(text: string | undefined): TextAges | undefined {
  if (!text) return undefined;
  for (const { re, ages } of RULES) {
    const m = re.exec(text);
    if (!m) continue;
    const a = ages(m);
    if ((a.min ?? 0) <= (a.max ?? 99) && (a.max ?? 0) <= 99) return a;
  }
  return undefined;
}
