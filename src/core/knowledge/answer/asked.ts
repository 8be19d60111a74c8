// What kind of fact a question asks for ("how much" -> an amount, "what number" -> a phone number),
// and whether a sentence holds one. A passage that talks about the question's subject but holds no
// such fact does not answer it: "each state sets a lifetime cap" is no answer to "what is the cap".

export type AskedKind = 'money' | 'quantity' | 'phone' | 'date' | 'name';

const ASKS: [AskedKind, RegExp][] = [
  ['phone', /\b(?:phone|telephone|fax|what(?:'s| is)? (?:the |their |a )?number|which number|number (?:do|should|can) (?:i|we) (?:call|use|dial)|number for)\b/i],
  ['name', /\b(?:(?:what(?:'s| is) the |the )name of|who(?:'s| is) (?:the|their|our) (?:director|executive|head|coordinator|counselor|counsellor|manager|supervisor|contact person|president|principal))\b/i],
  ['money', /\b(?:how much|what(?:'s| is| are| was) (?:the |a )?(?:[\w()]+ ){0,3}(?:cost|fee|price|charge|amount|rate|limit|cap|threshold|payment|check|benefit)|what does .{1,40} (?:cost|charge|pay)|per hour|hourly)\b/i],
  ['quantity', /\b(?:how (?:many|long|soon|old|often|far ahead|far in advance)|(?:at |by )?what age|which ages?|age limit)\b/i],
  ['date', /\b(?:by when|what date|which date|deadline|due date|what day|which days?|what time)\b/i],
];

export interface Asked {
  kind: AskedKind;
  /** For money: the question asks what something costs, so "free" answers it. */
  cost?: boolean;
  /** What is counted, for "how many days/hours/students" and "how long" (a unit of time). */
  unit?: RegExp;
}

const TIME_UNIT = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few|many)[\s-]+(?:\S+\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|terms?|semesters?)\b|\b(?:weeks|months|years)\b/i;

/** The kind of fact the question asks for, or undefined for "how does", "can I", "what is" questions. */
export function askedFor(question: string): Asked | undefined {
  for (const [kind, re] of ASKS) {
    if (!re.test(question)) continue;
    if (kind === 'money') return ASKS_COST.test(question) ? { kind, cost: true } : { kind };
    if (kind !== 'quantity') return { kind };
    const many = /\bhow many ([a-z]+)/i.exec(question)?.[1];
    if (many) {
      // "how many days" is answered by "30 days", not by any number in the passage.
      const stem = many.toLowerCase().replace(/(?:ies|es|s)$/, '');
      return { kind, unit: new RegExp(`(?<![-\\d.])\\b(?:\\d[\\d,.]*|${NUMBER_WORD.source.slice(5, -3)})[\\s-]+(?:\\S+\\s+)?${stem}`, 'i') };
    }
    if (/\bhow (?:long|soon)\b/i.test(question)) return { kind, unit: TIME_UNIT };
    return { kind };
  }
  return undefined;
}

export function askedKind(question: string): AskedKind | undefined {
  return askedFor(question)?.kind;
}

/** True when the text holds a fact of the kind (and unit) asked for. */
export function holdsAsked(asked: Asked, text: string): boolean {
  if (asked.unit) return asked.unit.test(text);
  if (asked.cost && FREE.test(text)) return true;
  return holdsKind(asked.kind, text);
}

const MONEY = /\$\s?\d|\b\d+(?:\.\d+)?\s*(?:%|percent)|\bhalf\b/i;
/** "Free" answers what something costs, not how much someone earns or gets. */
const FREE = /\bfree\b|\bno (?:cost|charge|fee)\b/i;
const ASKS_COST = /\b(?:cost|costs|fee|fees|charge|charges|price|pay for|free)\b/i;
const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|sixty|ninety|several|few|half|once|twice|majority)\b/i;
const QUANTITY = new RegExp(`\\d|${NUMBER_WORD.source}`, 'i');
const PHONE = /\b\d{3}[\s.-]\d{4}\b|\b\d-\d-\d\b|\b\d{3}\b(?=\s*\(?(?:national|crisis|line))/i;
const DATE =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekdays?|weekends?|each (?:term|year|semester)|before|after)\b/i;
// A person's name: a title and a capitalised word, or two capitalised words with an initial between.
const PERSON = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+[A-Z]\.\s+[A-Z][a-z]+/;

/** True when the text holds a fact of the kind asked for. */
export function holdsKind(kind: AskedKind, text: string): boolean {
  switch (kind) {
    case 'money':
      return MONEY.test(text);
    case 'quantity':
      return QUANTITY.test(text);
    case 'phone':
      return PHONE.test(text);
    case 'date':
      return DATE.test(text);
    case 'name':
      return PERSON.test(text);
  }
}
