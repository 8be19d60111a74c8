// Does the answer that would be given mention what was asked? The gate's other signals look at the
// passages search returned; this one looks at the sentences the extractive answer would quote. The
// question's focus is its most specific content words (highest inverse document frequency over the
// whole folder, after padding and fillers are dropped, read through the thesaurus), plus the kind of
// fact asked for (asked.ts). A near miss quotes sentences about the topic ("each state sets a lifetime
// cap") that never name the specific thing asked, or name it without the amount, age or date asked.
// The gate (grounding.ts) acts on the asked kind only: focus words the quote lacks are reported for
// logs, but cutting confidence for them measured worse on dev (paraphrase words are rare as well).
import type { CorpusStats } from '../search.js';
import { askedFor, holdsAsked, holdsKind, OF_ONE, ofAskedYear, withoutRules, yearsAsked, type Asked, type AskedKind } from './asked.js';
import { askedParts, askingPart, covers, namesSubject, passageKeys, questionTerms, type Term } from './terms.js';

/** How many of the question's most specific words make its focus. */
export const FOCUS_SIZE = 2;

export interface FocusCheck {
  /** The focus terms (canonical keys), most specific first. */
  focus: string[];
  /** Focus terms none of the quoted sentences holds. */
  missing: string[];
  /** The kind of fact asked for, when no quoted sentence naming a focus term holds one. */
  kindMissing?: AskedKind;
}

/**
 * The question's most specific words: rare in the folder but present in it (a df = 0 word is judged
 * elsewhere). `df` counts the chunks holding the term or one of its concepts. Without corpus
 * statistics there is no focus, and any quoted sentence holding the asked kind counts.
 */
export function focusTerms(specific: Term[], corpus: CorpusStats | undefined, df: (t: Term) => number, size = FOCUS_SIZE): Term[] {
  const candidates = specific.filter((t) => !t.padding && namesSubject(t));
  if (!corpus) return [];
  const n = Math.max(1, corpus.n);
  const idf = new Map(candidates.map((t) => [t, df(t)] as const));
  return candidates
    .filter((t) => idf.get(t)! > 0)
    .map((t) => ({ t, w: Math.log(n / idf.get(t)!) }))
    .sort((a, b) => b.w - a.w)
    .slice(0, size)
    .map((x) => x.t);
}

/** A quoted unit: its text, the keys it holds (with its source's title and headings), and its whole passage's keys. */
export interface FocusUnit {
  text: string;
  keys: Set<string>;
  passage?: Set<string>;
  /** Its source's title and headings ("Work Incentives Quick Sheet 2026"). */
  where?: string;
  /** The name of its source's file ("tallgrass-employment-partners-ticket-to-work.html"). */
  file?: string;
}

/** Checks the quoted units against the focus and the asked kind of fact. */
export function checkFocus(question: string, focus: Term[], units: FocusUnit[]): FocusCheck {
  const all = new Set<string>();
  for (const u of units) for (const k of u.keys) all.add(k);
  const missing = focus.filter((t) => !covers(t, all)).map((t) => t.key);
  const out: FocusCheck = { focus: focus.map((t) => t.key), missing };
  const asked = askedFor(question);
  if (!asked) return out;
  // A message whose parts ask two kinds of fact, read as one ("whens the app due? and how many kids do
  // they take"), is answered when the quote holds the kind one of its parts asks.
  const parts = askedParts(question);
  const asks = parts.length > 1 ? parts.flatMap((part) => [askedFor(part)].filter((a) => a !== undefined).map((a) => ({ part, a }))) : [];
  const answered = asks.length > 1 ? asks.some(({ part, a }) => holdsAskedKind(part, a, focus, units)) : holdsAskedKind(question, asked, focus, units);
  if (!answered) out.kindMissing = asked.kind;
  return out;
}

/** Does a quoted unit about the focus hold the fact `asked` asks for (of the year and thing asked)? */
function holdsAskedKind(question: string, asked: Asked, focus: Term[], units: FocusUnit[]): boolean {
  // "How many hours", "how long": the unit says what is counted, so any quoted count of it answers.
  // "A TTY number for the Riverton office": the line kind asked for is what is checked, not what it is about.
  const subject = asked.line ? focus.filter((t) => !asked.line!.test(t.key)) : focus;
  // A sentence is read in its passage: "Application deadline: Friday, April 24." under the flyer's
  // "Summer Work Experience" line is about that program, though the sentence never names it.
  const about = (u: FocusUnit): boolean =>
    asked.unit !== undefined || subject.length === 0 || subject.some((t) => covers(t, u.keys) || (u.passage !== undefined && !(OF_ONE[asked.kind] && u.text.includes(' | ')) && covers(t, u.passage)));
  // A year the story gives ("drives the kid to a job shadow in oct 2026 - what's the mileage rate?") is
  // no year asked: only the asking part's years must stand beside the fact.
  const asking = askingPart(question);
  const askedYear = ofAskedYear(asking);
  // A clause naming no year holds for the year its source's title or headings name: "up to $2,410 a
  // month" in the 2026 quick sheet is the 2026 limit.
  const ofYear = (c: string, u: FocusUnit): boolean => askedYear(c) || (yearsAsked(c).length === 0 && u.where !== undefined && askedYear(u.where));
  // In a quoted list ("Yearly cap: in 2026, $9,730; Monthly limit: in 2025, $2,350 a month") the year
  // and the figure must sit in the same item.
  const itemwise = yearsAsked(asking).length > 0 || asked.period !== undefined;
  const clauses = (u: { text: string }): string[] => (itemwise ? u.text.split(/(?<=[.;])\s+/) : [u.text]);
  // An amount is the amount of the thing asked only when a word of the thing is said beside it: in its
  // clause, the title, headings or file name it sits under, or, for a table row, its table ("Fees: Free" of
  // a legal clinic is no court filing fee, "$19,000 per year" no "dollar limit for extra contributions"). A cap or limit
  // that is no price may be a count, said in the same clause as the thing: "Enrollment is capped at 24
  // students" answers "what is the enrollment cap".
  const thing = asked.thing ? questionTerms(asked.thing).filter((t) => t.kind !== 'concept' && t.kind !== 'number') : [];
  const says = (keys: Set<string>): boolean => thing.some((t) => covers(t, keys));
  const saysThing = (c: string, u: FocusUnit): boolean =>
    thing.length === 0 || says(passageKeys(`${c}\n${u.where ?? ''}\n${u.file ?? ''}`)) || (u.passage !== undefined && u.text.includes(' | ') && says(u.passage));
  const counted = (c: string): boolean => asked.kind === 'money' && thing.length > 0 && !asked.cost && !asked.period && holdsKind('quantity', withoutRules(c)) && says(passageKeys(c));
  const holds = (c: string, u: FocusUnit): boolean => (holdsAsked(asked, c) && saysThing(c, u)) || counted(c);
  return units.some((u) => about(u) && clauses(u).some((c) => holds(c, u) && ofYear(c, u)));
}
