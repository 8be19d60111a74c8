// Text normalisation and the tokenizer shared by the lexical index, the offline embedder and the
// thesaurus: lowercase, accents folded, English stopwords dropped, a light suffix stemmer, and
// numbers kept whole where they carry meaning (361.42, $9,730 -> 9730, 18-64 -> 18-64 + 18 + 64).

export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all am an and any are aren as at be because been before being below ' +
    'between both but by can cannot could couldn did didn do does doesn doing don down during each few for from ' +
    'further had hadn has hasn have haven having he her here hers herself him himself his how i if in into is ' +
    'isn it its itself just let lets me more most mustn my myself nor of off on once only or other ought our ours ' +
    'ourselves out over own same shan she should shouldn so some such than that the their theirs them themselves ' +
    'then there these they this those through to too under until up very was wasn we were weren what when where ' +
    'which while who whom why will with won would wouldn you your yours yourself yourselves also get got may might ' +
    'must shall us s t d ll m re ve im ive id youre theyre whats hows thats does doe tell know please need want ' +
    'anyone someone something thing things like go going'
  ).split(' '),
);

/** Lowercase, fold accents (é -> e), unify quotes and dashes. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

// Number-ish first (with $, thousands commas, decimals, a range), then words (apostrophes inside).
const TOKEN_RE = /\$?\d[\d,]*(?:\.\d+)*(?:\s?-\s?\d[\d,]*(?:\.\d+)*)?|[a-z0-9]+(?:'[a-z]+)?/g;

/** The endings cut off the word they are joined to: a possessive and the shortened will, would, had, are, have, am. */
const CLITIC = /'(?:s|ll|d|re|ve|m)$/;

/** Words and numbers of the text, normalised, before stopwords and stemming. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(TOKEN_RE)) {
    const raw = m[0];
    if (/^\$?\d/.test(raw)) {
      pushNumber(raw, out);
      continue;
    }
    const apo = raw.indexOf("'");
    // "Maria's" is Maria, "he'll" and "we'd" are he and we (not "hell", "wed"); "don't" stays "dont".
    const w = apo < 0 ? raw : CLITIC.test(raw) ? raw.slice(0, apo) : raw.replace("'", '');
    if (w) out.push(w);
  }
  return out;
}

function cleanNumber(n: string): string {
  const s = n.replace(/^\$/, '').replace(/,/g, '').replace(/\.$/, '');
  return s.replace(/\.0+$/, '');
}

function pushNumber(raw: string, out: string[]): void {
  const range = raw.split(/\s?-\s?/);
  if (range.length === 2) {
    const [a, b] = range.map(cleanNumber) as [string, string];
    out.push(`${a}-${b}`, a, b);
  } else {
    out.push(cleanNumber(raw));
  }
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

const VOWEL = /[aeiouy]/;

/** Undo doubled final consonants (plann -> plan) and drop a final silent e (coordinate -> coordinat). */
function tidy(stem: string): string {
  const n = stem.length;
  if (n > 3 && stem[n - 1] === stem[n - 2] && !/[aeiouslz]/.test(stem[n - 1]!)) return stem.slice(0, -1);
  if (n > 4 && stem.endsWith('e')) return stem.slice(0, -1);
  return stem;
}

// Suffixes removed once, longest first: [suffix, replacement, shortest stem allowed]. The stem that
// remains must keep a vowel. A second pass removes -able/-ible/-ize from what is left.
const SUFFIXES: [string, string, number][] = [
  ['ibilities', 'ible', 3],
  ['abilities', 'able', 3],
  ['ibility', 'ible', 3],
  ['ability', 'able', 3],
  ['ational', 'at', 3],
  ['ization', 'ize', 3],
  ['ations', 'at', 3],
  ['ation', 'at', 3],
  ['ating', 'at', 3],
  ['ated', 'at', 3],
  ['ates', 'at', 3],
  ['ate', 'at', 3],
  ['ments', '', 3],
  ['ment', '', 3],
  ['ness', '', 3],
  ['ities', '', 3],
  ['ity', '', 3],
  ['ence', 'ent', 3],
  ['ance', 'ant', 3],
  ['ingly', '', 3],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ied', 'y', 3],
  ['ed', '', 3],
  ['ers', '', 3],
  ['er', '', 3],
  ['ors', '', 4],
  ['or', '', 4],
  ['ly', '', 4],
  ['ive', '', 4],
];

const SECOND: [string, string, number][] = [
  ['able', '', 4],
  ['ible', '', 4],
  ['ize', '', 4],
];

function stripOnce(word: string, rules: [string, string, number][]): string {
  for (const [suffix, repl, min] of rules) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length >= min && VOWEL.test(stem) && !(suffix === 'ly' && stem.endsWith('p'))) return stem + repl;
  }
  return word;
}

/**
 * Stems already computed. Ingest stems each word of a chunk three times (embedding, term counts,
 * keyword index) and a 10,000-service directory repeats a small vocabulary, so most calls are a map
 * read. Cleared when it grows past a bound, so an unusual corpus cannot make it grow without end.
 */
const STEMS = new Map<string, string>();
const STEMS_MAX = 200_000;

/** A light English suffix stemmer: plurals, -ing/-ed/-er/-ly/-ment/-ness/-ity/-ation/-able. */
export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  if (STEMS.size >= STEMS_MAX) STEMS.clear();
  const out = stemOnce(word);
  STEMS.set(word, out);
  return out;
}

function stemOnce(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  const first = stripOnce(w, SUFFIXES);
  const second = stripOnce(first, SECOND);
  return tidy(second);
}

/** Tokens for indexing and queries: words minus stopwords and one-letter words, stemmed. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  // A plural acronym is its acronym: "SCs" and "CILs" are the folder's "SC" and "CIL".
  for (const w of words(text.replace(/\b([A-Z]{2,})s\b/g, '$1'))) {
    if (STOPWORDS.has(w)) continue;
    if (w.length === 1 && !/\d/.test(w)) continue;
    out.push(stem(w));
  }
  return out;
}
