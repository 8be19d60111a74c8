// The place a question asks about. "What's the number for the River County DD board?" is not
// answered by the Maple County DD Board's line, however well every other word matches: a
// directory names many counties, and an answer about the wrong one sends a family to an office
// that will not serve them.
import { wordnet } from '../lexicon.js';
import { isStopword } from '../text.js';
import { askingPart, storySentences } from './terms.js';

const lexicon = wordnet();

/**
 * Is the word before "County" a county's name? Not a word the tokenizer drops ("each", "your", "the
 * same", "other"), nor a word English uses mostly as another part of speech than a noun ("every",
 * "another", "neighboring", "nearby", "next": WordNet). A name WordNet does not know ("Tolliver") or
 * knows as a noun ("River", "Maple", "Birch") is one, capitalised or typed in lower case. This replaced
 * a hand-set list of 27 such words.
 */
function isCountyName(word: string): boolean {
  const w = word.toLowerCase();
  return !isStopword(w) && (!lexicon.knows(w) || lexicon.isNoun(w));
}

/** The counties a text names, lower case ("river" for "River County", "river county"). */
export function countiesIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b([A-Za-z][a-z]+)\s+county\b/gi)) {
    if (isCountyName(m[1]!)) out.add(m[1]!.toLowerCase());
  }
  return out;
}

/**
 * True when the question names a county, and the quoted units name a county but none of them is the one
 * asked about, or the unit the answer leads with does: the answer would be about another place. A unit's
 * `where` (its source's title, provider and, for a directory entry, service area) counts with its text.
 * The lead unit is read alone because a family acts on it: "Senior exit IEPs must be completed by April
 * 30, 2027" from the Pell County timeline does not answer for Tolliver County schools, though a later
 * unit (an office's hours) is Tolliver County's. Seven development folders, leave-one-folder-out
 * (bench/dev/cand-fit.ts, gate refitted): unanswerable declined 78 -> 79 of 99, answerable unchanged
 * (13 of 364), AUC 0.916 -> 0.924; it fires on no answerable question.
 */
export function otherPlace(question: string, units: { text: string; where: string }[]): boolean {
  const asked = countiesIn(question);
  if (asked.size === 0 || units.length === 0) return false;
  const elsewhere = (named: Set<string>): boolean => named.size > 0 && ![...asked].some((c) => named.has(c));
  const countiesOf = (u: { text: string; where: string }): Set<string> => countiesIn(`${u.text}\n${u.where}`);
  return elsewhere(new Set(units.flatMap((u) => [...countiesOf(u)]))) || elsewhere(countiesOf(units[0]!));
}

/** "there", "that state": the question points at a place named before it ("is there a ..." does not). */
const POINTS_THERE = /(?<!\b(?:is|are|was|were|be)\s)\bthere\b(?!\s+(?:is|are|was|were|be|will|must|a|an|any|some)\b)|\bthat state\b/i;

/**
 * True when the story of a message names a place and the question points at it ("My nephew lives in
 * Nebraska. At what age do his rights transfer there?") and `unknownPlace` says the folder never
 * names that place. Story words otherwise count for little (terms.ts): "We moved here from Texas"
 * is no question about Texas.
 */
export function pointsAtUnknownPlace(message: string, unknownPlace: (word: string) => boolean): boolean {
  if (!POINTS_THERE.test(askingPart(message))) return false;
  return storySentences(message).some((sentence) =>
    (sentence.match(/(?<=\S\s+)[A-Z][a-z]+/g) ?? []).some((word) => unknownPlace(word)),
  );
}

/**
 * True when the message names a county (in its story or its question) that `unknownName` says the
 * folder never names: "fam is moving to Franklin County this summer - which district office will serve
 * them?" asked of a folder that lists its offices' counties without Franklin. Whatever is quoted is about
 * the counties the folder covers. otherPlace cannot tell, since such a quote often names no county at all,
 * and a story's words count for little elsewhere. Eight development folders, leave-one-folder-out
 * (bench/dev/gate3-cand.ts, gate refitted): it fires on 10 unanswerable questions and no answerable one;
 * unanswerable declined 101 -> 102 of 117, answerable unchanged at 12 of 422, AUC 0.930 -> 0.938.
 */
export function namesUnknownCounty(message: string, unknownName: (name: string) => boolean): boolean {
  return [...countiesIn(message)].some(unknownName);
}
