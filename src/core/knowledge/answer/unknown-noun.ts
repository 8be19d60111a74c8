// The unknown-noun check: the question names something the knowledge folder never names. Asked "does
// harbor house charge more on holidays?", "what is the mileage rate?" or "the service plan dollar
// limit", the folder talks about respite, summer jobs and waivers without ever saying "holiday",
// "mileage" or "dollar": whatever it would quote is about the topic, not about the thing asked.
// A word counts when no chunk of the folder holds it (nor, through the thesaurus, a concept it belongs
// to), English uses it mostly as a noun (WordNet), and none of its synonyms is in the folder ("pupil"
// is a student, "grown-up" an adult: a paraphrase, not a missing thing).
// It replaces the unknown-thing check, which took only concrete nouns ("laptop", "dentist") and so
// missed events and abstract nouns. Five development folders, leave-one-folder-out
// (bench/dev/fit-gate.ts), gate refitted: unanswerable declined 41 -> 44 of 68, answerable declined
// 14 -> 8 of 261 (AUC 0.800 both). A noun entry is read as a noun even when a verb inflects to it
// ("grooming", "filing": lexicon.ts isNoun); comparing with the verb "groom" instead gave 44 and 10.
// The next broader word no longer makes a paraphrase: "homecoming" is a return, "weather" a condition,
// "football" a game, and a folder saying "return", "conditions" or "games" says nothing about them.
// Six development folders, leave-one-folder-out: unanswerable declined 56 -> 60 of 82, answerable
// declined unchanged at 12 of 307, AUC 0.853 -> 0.860.
import type { CorpusStats } from '../search.js';
import { wordnet, type Lexicon } from '../lexicon.js';
import { tokenize } from '../text.js';

/**
 * Chat clips a noun to four letters or fewer ("apts", "acct", "mods", "appt") and writes "can't" as
 * "cant": a word that short is no evidence. On the development folders every answerable question the
 * check fired on for a noun of four letters was one of these (or "rule", which the folder calls a
 * policy); the unanswerable ones were all longer ("holidays", "mileage", "dollar", "password").
 */
export const CLIPPED = 4;

/**
 * Is a word the folder never uses a paraphrase of one it does use? True when WordNet does not know
 * the word (slang, a misspelling: no evidence either way) or gives a synonym whose every token some
 * chunk holds. A one-word synonym counts only when English uses it mostly as a noun: "homecoming" shares
 * a sense with "return", but a folder writing "return the signed form" uses the verb and says nothing
 * of a homecoming ("handout" and "release" alike). Six development folders, pooled leave-one-folder-out
 * (gate refitted): unanswerable declined 69 -> 70 of 82 (district-handbook 11 -> 12), answerable declined
 * 9 -> 10 of 307 ("need two numbers for a family handout": its needed fact was missed already), needed
 * fact unchanged at 246, AUC 0.922 -> 0.923. Reading only a word's most common sense instead of two
 * gave 66 of 82 and 10 of 307.
 */
export function isParaphrase(word: string, corpus: CorpusStats, lexicon: Lexicon = wordnet()): boolean {
  if (!lexicon.knows(word)) return true;
  return lexicon.related(word).some((phrase) => {
    const tokens = tokenize(phrase);
    return tokens.length > 0 && tokens.every((k) => corpus.termStats(k).df > 0) && (phrase.includes(' ') || lexicon.isNoun(phrase));
  });
}

/**
 * True when a question word (as written) that no chunk of the folder holds names a thing the folder
 * never names: longer than a clipped chat word, mostly a noun, and no paraphrase.
 */
export function isUnknownNoun(word: string, corpus: CorpusStats, lexicon: Lexicon = wordnet()): boolean {
  return word.length > CLIPPED && lexicon.isNoun(word) && !writtenAsSign(word, corpus) && !isParaphrase(word, corpus, lexicon);
}

/**
 * The words a folder writes as a sign beside a number: "is dial-a-ride a dollar?" asked of a fares
 * page that says "$1.25" names something the page does name. The tokenizer drops the signs, so a
 * folder writing only "$1.25" never holds the word "dollar".
 */
const SIGN_WORDS: Readonly<Record<string, string>> = {
  dollar: '$',
  dollars: '$',
  percent: '%',
  percentage: '%',
  percentages: '%',
  cent: '¢',
  cents: '¢',
  number: '#',
  numbers: '#',
};

/** True when `word` names a sign the folder writes with a number ("dollar" and "$1.25", "percent" and "50%"). */
export function writtenAsSign(word: string, corpus: CorpusStats): boolean {
  const sign = SIGN_WORDS[word.toLowerCase()];
  return sign !== undefined && (corpus.numberSigns?.().has(sign) ?? false);
}
