// What the offline embedder learns from the folder it indexes: which words the folder uses
// together. Each word is linked to the few words that appear near it far more often than chance
// (positive pointwise mutual information over a small window, counted across the whole folder),
// so "mileage" in a question also reaches a passage that says "reimbursed per mile", in the
// folder's own way of writing rather than a thesaurus's. Fitted at ingest, stored with the index,
// and used to embed both the passages and the questions asked of them.
import { tokenize } from './text.js';

/** Words linked to each word, with how strongly (the weights of one word's links sum to at most 1). */
export interface Vocabulary {
  readonly version: 1;
  /** How many texts it was fitted on. */
  readonly texts: number;
  readonly related: Readonly<Record<string, readonly (readonly [string, number])[]>>;
}

/** Words this many tokens apart or closer count as used together. */
const WINDOW = 4;
/** A word links to at most this many others. */
const LINKS = 4;
/** A pair must be seen this often to count: once is chance. */
const MIN_PAIR = 2;
/** Context counts are smoothed by this power (rare contexts otherwise get inflated PMI). */
const SMOOTH = 0.75;

/** A word in more than this share of the texts is too common to say what a text is about. */
const COMMON = 0.2;
/** At most this many texts are read, evenly spread: word links settle long before a 10,000-service directory's end. */
const SAMPLE = 4000;

const NUMBERISH = /\d/;

/** Learns the word links of a folder from its texts (a passage each). */
export function fitVocabulary(texts: readonly string[]): Vocabulary {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const idOf = (w: string) => {
    let id = ids.get(w);
    if (id === undefined) {
      ids.set(w, (id = names.length));
      names.push(w);
    }
    return id;
  };
  // Document frequency decides which words are worth linking: a word in one text only has no
  // reliable company, and a word in most texts ("student") links to everything.
  const df = new Map<number, number>();
  const docs: number[][] = [];
  const step = Math.max(1, texts.length / SAMPLE);
  for (let i = 0; i < texts.length; i += step) {
    const text = texts[Math.floor(i)]!;
    const toks = tokenize(text)
      .filter((t) => !NUMBERISH.test(t))
      .map(idOf);
    docs.push(toks);
    for (const id of new Set(toks)) df.set(id, (df.get(id) ?? 0) + 1);
  }
  const n = docs.length;
  const useful = (id: number) => {
    const d = df.get(id) ?? 0;
    return d >= 2 && d <= Math.max(2, n * COMMON);
  };
  const pairs = new Map<number, number>();
  const count = new Map<number, number>();
  let total = 0;
  const stride = names.length + 1;
  for (const toks of docs) {
    for (let i = 0; i < toks.length; i++) {
      const a = toks[i]!;
      if (!useful(a)) continue;
      for (let j = i + 1; j <= i + WINDOW && j < toks.length; j++) {
        const b = toks[j]!;
        if (b === a || !useful(b)) continue;
        const [x, y] = a < b ? [a, b] : [b, a];
        const key = x * stride + y;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
        count.set(a, (count.get(a) ?? 0) + 1);
        count.set(b, (count.get(b) ?? 0) + 1);
        total += 2;
      }
    }
  }
  let smoothedTotal = 0;
  for (const c of count.values()) smoothedTotal += c ** SMOOTH;
  const links = new Map<number, [number, number][]>();
  for (const [key, c] of pairs) {
    if (c < MIN_PAIR) continue;
    const x = Math.floor(key / stride);
    const y = key % stride;
    const pxy = c / (total / 2);
    const px = count.get(x)! / total;
    const py = count.get(y)! / total;
    const cx = count.get(x)! ** SMOOTH / smoothedTotal;
    const cy = count.get(y)! ** SMOOTH / smoothedTotal;
    const xy = Math.log(pxy / (px * cy));
    const yx = Math.log(pxy / (py * cx));
    if (xy > 0) (links.get(x) ?? links.set(x, []).get(x)!).push([y, xy]);
    if (yx > 0) (links.get(y) ?? links.set(y, []).get(y)!).push([x, yx]);
  }
  const related: Record<string, [string, number][]> = {};
  for (const [id, list] of links) {
    const best = list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, LINKS);
    const sum = best.reduce((s, [, w]) => s + w, 0);
    // Weights relative to the word's strongest links, so a word with many strong partners spreads its weight.
    related[names[id]!] = best.map(([other, w]) => [names[other]!, Math.round((w / Math.max(sum, 1)) * 1000) / 1000]);
  }
  return { version: 1, texts: n, related };
}
