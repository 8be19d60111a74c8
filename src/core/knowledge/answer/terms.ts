// Question and passage terms for grounding and sentence choice, built on the search's own
// tokenizer and thesaurus (text.ts, thesaurus.ts) so "job" meets "employment" and "VR" meets
// "vocational rehabilitation" here exactly as it does in retrieval. Numbers and names weigh more.
import { MONTHS } from '../../date-words.js';
import { tokenize } from '../text.js';
import { CONCEPTS, conceptToken, findConcepts } from '../thesaurus.js';
import { hasAge, hasMoney } from './facts.js';
import { askedFor } from './asked.js';
import { dropFillers, isPadding } from './padding.js';
import { CAPITALISED } from './sentences.js';

/** Words (stemmed) in almost every passage of this domain: they count, but little. */
const GENERIC = new Set(
  tokenize('student students disability disabilities service services help program person people provide support agency'),
);

/**
 * Thesaurus concepts that say what kind of answer is wanted rather than what it is about: they
 * weigh little. Every other concept names the topic (SSI, guardianship, paratransit) and weighs
 * most: a passage that lacks the question's topic does not answer it, however many words match.
 */
const INTENT_CONCEPTS = new Set(
  ['contact', 'cost', 'timeline', 'eligibility', 'apply', 'documents', 'meeting', 'employment', 'benefits', 'earnings', 'language']
    .map(conceptToken),
);

let phrases: Map<string, string[][]> | undefined;

/** The tokenized phrases of a concept ("waiting list" -> [wait, list] for c:oos). */
function conceptPhrases(concept: string): string[][] {
  if (!phrases) {
    phrases = new Map();
    for (const [name, list] of Object.entries(CONCEPTS)) phrases.set(conceptToken(name), list.map((p) => tokenize(p)));
  }
  return phrases.get(concept) ?? [];
}

/** Tokens of the question that belong to a phrase of the concept, where the phrase occurs. */
function spanOf(concept: string, tokens: string[]): Set<string> {
  const out = new Set<string>();
  for (const phrase of conceptPhrases(concept)) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((p, j) => tokens[i + j] === p)) for (const p of phrase) out.add(p);
    }
  }
  return out;
}

/** Padding words count for almost nothing: the question is about the rest. */
const PADDING_WEIGHT = 0.1;
/** A name, a number or a topic concept says what the question is about: it weighs most. */
const SUBJECT_WEIGHT = 2;
/** A part naming fewer content words than this leans on the rest of the message (askingPart, partReadings). */
const FEW_WORDS = 2;

/** Question words that ask for a kind of fact, answered by a passage holding that kind of fact. */
const FACT_WORDS: Record<string, 'age' | 'money'> = { old: 'age', age: 'age', cost: 'money', much: 'money', amount: 'money' };

export interface Term {
  /** A stemmed token, or a thesaurus concept (`c:vr`). */
  key: string;
  kind: 'word' | 'number' | 'entity' | 'concept';
  /** For concepts: true when it names the topic (SSI, guardianship), false for intents (contact, cost). */
  topic?: boolean;
  /** Contribution to coverage: entities and numbers weigh more, generic domain and padding words less. */
  weight: number;
  /** A word of personal padding or casual filler ("my boy", "honestly", "right now"); see padding.ts. */
  padding?: boolean;
  /** Concepts this single word belongs to: the word is covered when the passage has one of them. */
  alt: string[];
  /** For a word inside a topic phrase of the question ("waiting list"): that topic concept. */
  within?: string[];
}

/** Stemmed tokens of the capitalised words that are not sentence-initial, and of acronyms. */
function entityTokens(question: string): Set<string> {
  const out = new Set<string>();
  const words = question.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  words.forEach((w, i) => {
    const sentenceStart = i === 0 || new RegExp(`[.?!]\\s+${w}`).test(question);
    if ((CAPITALISED.test(w) && !sentenceStart) || /^[A-Z]{2,}$/.test(w)) for (const t of tokenize(w)) out.add(t);
  });
  return out;
}

/**
 * A message split at sentence ends, roughly: enough to tell questions from the story around them. A
 * spaced dash also ends one ("drives him to a job shadow in oct - what's the rate?"): chat writes it
 * where prose puts a full stop. An initial's full stop ("A.M.", "J. Smith") ends none; a clipped word's
 * does ("her 15 y/o. how long ...").
 */
function messageSentences(message: string): string[] {
  return message.split(/(?<=[.!?])(?<!(?:^|[\s.(])[A-Za-z]\.)\s+|\s+[-–—]+\s+/).map((p) => p.trim()).filter(Boolean);
}

/**
 * A sentence that asks: it ends with a question mark, or (chat often drops it: "what does it pay this
 * yr") it opens with a question word or an auxiliary verb, the way English questions open.
 */
function isAsking(sentence: string): boolean {
  return /\?["”’)]*$/.test(sentence) || QUESTION_OPENER.test(sentence);
}

/**
 * How an English question opens: a wh-word, an auxiliary or modal verb, or "any(one)", after a
 * conjunction when it is a message's second question ("... in person or zoom? and what date").
 * Closed-class words only.
 */
const QUESTION_OPENER =
  /^["“(]*(?:(?:and|or|also|plus|but)\s+)?(?:who|whom|whose|what|whats|which|when|where|why|how|is|are|was|were|isn'?t|aren'?t|do|does|did|don'?t|doesn'?t|can|could|can'?t|will|would|won'?t|should|shall|may|might|must|has|have|any|anyone|anybody)\b/i;

/** A stemmed year ("2026"). */
export const YEAR_KEY = /^(?:19|20)\d\d$/;
/**
 * Month names in a question are usually the story ("it's now December", "a job shadow in oct"), not
 * what is asked: a stemmed key that begins a month's name from the platform's calendar (core/date-words.ts).
 */
const isMonth = (key: string): boolean => Object.hasOwn(MONTHS, key);

/**
 * Does the term say what the question is about? Numbers only as years ("2019"), since ages and
 * amounts are often given in ranges, and never a month name.
 */
export function namesSubject(t: Term): boolean {
  return (t.kind !== 'number' || YEAR_KEY.test(t.key)) && !isMonth(t.key);
}

/**
 * The sentences of a message that tell the story rather than ask. Teachers and parents often write
 * "Our son is 23 and lives in River County. He just had his first episode. Is there a program for
 * young adults, and who do we call?": search reads all of it, but what must be answered is the
 * question sentences. Empty when the message has no question mark or is all questions.
 */
export function storySentences(question: string): string[] {
  const parts = messageSentences(question);
  const story = parts.filter((p) => !isAsking(p));
  return story.length === parts.length ? [] : story;
}

/** The asking part of a message: its question sentences, or all of it when it has no story. */
export function askingPart(question: string): string {
  if (storySentences(question).length === 0) return question;
  const asking = messageSentences(question).filter(isAsking).join(' ');
  // "... and nobody ever came. What are we supposed to do?": the question leans on the story.
  return contentWords(asking) < FEW_WORDS ? question : asking;
}

/** Where a sentence starts a second question: "..., and at what balance ...", "... + when do apps open". */
const SECOND_QUESTION =
  /,?\s+(?:and|or|also|plus|\+|&)\s+(?=(?:[\w'’]+\s+){0,2}(?:who|what|whats|what's|when|where|which|how|is|are|does|do|can|could|will)\b)/i;

/** The words of a part that say what it is about (not padding). */
function contentWords(part: string): number {
  return tokenize(part).filter((t) => !isPadding(t)).length;
}

/**
 * The separate questions of a message: its asking sentences, each split where a conjunction starts
 * another question ("yearly contribution limit for 2026, and at what balance does SSI stop?", "when
 * is the app due and what does it pay"). A piece is a part when it names something or asks for a
 * kind of fact ("how much?"). One part, the message, when it asks one thing.
 */
export function askedParts(question: string): string[] {
  // A sentence asks when it reads as a question, or when a conjunction starts a question inside it
  // ("kessler county student: who is the liaison, and when are walk-in hours").
  const pieces = messageSentences(question)
    .map((s) => s.split(SECOND_QUESTION))
    .filter((split, i, all) => split.length > 1 || isAsking(all[i]![0]!))
    .flat()
    .map((s) => s.trim().replace(/^(?:and|or|also|plus)\s+/i, ''));
  const parts = pieces.filter((p) => contentWords(p) > 0 || askedFor(p) !== undefined);
  return parts.length > 1 ? parts : [question];
}

/**
 * A part that points back at an earlier one: it ends on "it", "them" or "there" ("does insurance
 * pay for it?") or says "those students". Dev sets: read with the part before, two more unanswerable
 * messages are declined ("a service dog, and does insurance pay for it?"), none falsely. "Does the
 * CIL do that" is left alone: it also cost an answer.
 */
const REFERS_BACK = /\b(?:it|them|there)\s*\?*$|\b(?:those|these)\s+[a-z]+/i;

/**
 * Any pronoun that points back ("how often would they meet?", "does the CIL do that"): a part saying
 * one is searched with the part before it, since search cannot tell what "they" are.
 */
export const POINTS_BACK = /\b(?:it|its|they|them|their|that|those|these)\b/i;

/**
 * Each asked part of a message as it is read on its own: with the story before it, and with the part
 * it points back to ("..., and does insurance pay for it?"). One reading, the message, when it asks
 * one thing. The gate judges each reading, search finds passages for each, and the quote chooses
 * sentences for each.
 */
export function partReadings(question: string, refersBack: RegExp = REFERS_BACK, fewWords = FEW_WORDS, alone = true): string[] {
  const parts = askedParts(question);
  if (parts.length < 2) return [question];
  const story = storySentences(question).join(' ');
  // "..., and how much?" or "? and what date" names little: like "..., and does insurance pay for it?" it is about the part before.
  const leans = (part: string): boolean => refersBack.test(part) || contentWords(part) < fewWords;
  const leaning = parts.map((part, i) => i > 0 && leans(part));
  // Not `alone`: a part the next one leans on with a pronoun ("who coordinates the Bridge Certificate,
  // and what's their email") is read only with it: the folder naming the coordinator does not answer
  // the message. A part the next leans on without one ("which fridays and how much?") is still read
  // alone: "how much" there asks about the club, not about the fridays.
  const pointedAt = (i: number): boolean => !alone && leaning[i + 1] === true && POINTS_BACK.test(parts[i + 1]!);
  const readings = parts.map((part, i) => (leaning[i] ? `${parts[i - 1]} ${part}` : part)).filter((_, i) => !pointedAt(i));
  return readings.map((part) => (story ? `${story} ${part}` : part));
}

/** The content terms of a question (deduplicated), with weights. Words only the story holds count as padding. */
export function questionTerms(rawQuestion: string): Term[] {
  const question = dropFillers(rawQuestion);
  const tokens = tokenize(question);
  const askingTokens = tokenize(askingPart(question));
  const asking = new Set(askingTokens);
  const storyOnly = (t: string): boolean => asking.size > 0 && !asking.has(t);
  const entities = entityTokens(question);
  const terms = new Map<string, Term>();
  for (const t of tokens) {
    if (terms.has(t)) continue;
    const number = /^\d/.test(t);
    const kind = number ? 'number' : entities.has(t) ? 'entity' : 'word';
    if (storyOnly(t)) {
      terms.set(t, { key: t, kind, weight: PADDING_WEIGHT, padding: true, alt: number ? [] : findConcepts([t]) });
      continue;
    }
    const padding = kind === 'word' && isPadding(t);
    const weight = kind === 'word' ? (padding ? PADDING_WEIGHT : GENERIC.has(t) ? 0.4 : 1) : SUBJECT_WEIGHT;
    const term: Term = { key: t, kind, weight, alt: number ? [] : findConcepts([t]) };
    if (padding) term.padding = true;
    terms.set(t, term);
  }
  const topics: string[] = [];
  const asked = new Set(findConcepts(askingTokens));
  for (const c of new Set(findConcepts(tokens))) {
    if (terms.has(c)) continue;
    if (asking.size > 0 && !asked.has(c)) {
      terms.set(c, { key: c, kind: 'concept', weight: PADDING_WEIGHT, padding: true, alt: [], topic: false });
      continue;
    }
    const intent = INTENT_CONCEPTS.has(c);
    if (!intent) topics.push(c);
    terms.set(c, { key: c, kind: 'concept', weight: intent ? 0.5 : SUBJECT_WEIGHT, alt: [], topic: !intent });
  }
  for (const c of topics) {
    for (const w of spanOf(c, tokens)) {
      const t = terms.get(w);
      if (t && t.kind !== 'concept') t.within = [...(t.within ?? []), c];
    }
  }
  return [...terms.values()];
}

/** The tokens, concepts and fact kinds a passage holds, for coverage checks. */
export function passageKeys(text: string): Set<string> {
  const tokens = tokenize(text);
  const keys = new Set<string>(tokens);
  for (const c of findConcepts(tokens)) keys.add(c);
  if (hasAge(text)) keys.add('fact:age');
  if (hasMoney(text)) keys.add('fact:money');
  return keys;
}

export function covers(term: Term, keys: Set<string>): boolean {
  if (keys.has(term.key) || term.alt.some((c) => keys.has(c))) return true;
  if (term.within?.some((c) => keys.has(c))) return true;
  const fact = FACT_WORDS[term.key];
  return fact !== undefined && keys.has(`fact:${fact}`);
}

/** Weighted share of the terms a passage covers, in [0, 1]. */
export function coverage(terms: Term[], keys: Set<string>): number {
  const total = terms.reduce((s, t) => s + t.weight, 0);
  if (total === 0) return 0;
  const hit = terms.reduce((s, t) => s + (covers(t, keys) ? t.weight : 0), 0);
  return hit / total;
}
