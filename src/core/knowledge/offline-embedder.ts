// An embedder that needs no network and no downloaded model: signed feature hashing of stemmed
// words, thesaurus concepts, word bigrams and character n-grams into a fixed-size vector.
// It also learns from the folder it indexes which words that folder uses together
// (folder-vocabulary.ts), so a word lends a little weight to its usual company. Deterministic: a
// chunk's vector depends only on its own text and that vocabulary, which ingest keeps while the
// folder changes little, so re-ingesting only the changed chunks gives the index a rebuild with the
// same vocabulary would.
import { createHash } from 'node:crypto';
import { Embeddings } from '@langchain/core/embeddings';
import { STOPWORDS, tokenize } from './text.js';
import { CONCEPTS, findConcepts } from './thesaurus.js';
import { fitVocabulary, type Vocabulary } from './folder-vocabulary.js';
import type { LearningEmbedder } from './types.js';

export interface OfflineEmbedderOptions {
  dimensions?: number;
  /** What it learned from the folder it indexes (word links); none embeds each text by its own words alone. */
  vocabulary?: Vocabulary;
  /** The share of a word's weight lent to its links (default REACH; the fitting tool tries others). */
  reach?: number;
}

/** Relative weights of the feature kinds. */
const WEIGHT = { word: 1, concept: 1.6, bigram: 0.45, gram: 0.25 } as const;
/**
 * The share of a word's weight lent to the words the folder uses with it. Chosen leave-one-folder-out
 * on the development folders by bench/dev/vocab-probe.ts (search alone: right source first, MRR and
 * the top score's separation of answerable from unanswerable questions).
 */
const REACH = 0.3;
const VERSION = 2;

/**
 * A fingerprint of everything that shapes a vector besides the text: the weights, the thesaurus,
 * the stopwords and the tokenizer's behaviour on a probe sentence. It is part of the id, so changing
 * any of them marks existing indexes stale (the server rebuilds; `liaison ask` says to re-ingest)
 * instead of mixing vectors from two versions.
 */
const PROBE = 'Students receiving SSI checks applied to Vocational Rehabilitation; ages 14-21, $9,730 (34 CFR 361.42).';
const FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ WEIGHT, REACH, CONCEPTS, stopwords: [...STOPWORDS].sort(), probe: tokenize(PROBE) }))
  .digest('hex')
  .slice(0, 8);

/** FNV-1a, 32 bit. */
function hash32(s: string, seed: number): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function addCount(m: Map<string, number>, key: string, by = 1): void {
  m.set(key, (m.get(key) ?? 0) + by);
}

/**
 * The weighted features of a text, with sublinear term frequency (1 + ln tf). With a folder's
 * vocabulary, each word also lends a share of its weight to the words that folder uses with it.
 */
export function features(text: string, vocabulary?: Vocabulary, reach = REACH): Map<string, number> {
  const toks = tokenize(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    addCount(counts, `w|${t}`);
    if (i + 1 < toks.length) addCount(counts, `b|${t} ${toks[i + 1]}`);
    if (t.length >= 4 && !/\d/.test(t)) {
      const padded = `<${t}>`;
      const grams: string[] = [];
      for (let n = 3; n <= 5; n++) for (let j = 0; j + n <= padded.length; j++) grams.push(padded.slice(j, j + n));
      // A word's n-grams share one unit of weight, so long words do not drown short ones.
      for (const g of grams) addCount(counts, `g|${g}`, 1 / Math.sqrt(grams.length));
    }
  }
  for (const c of findConcepts(toks)) addCount(counts, `c|${c}`);
  const out = new Map<string, number>();
  for (const [key, tf] of counts) {
    const kind = key[0] === 'w' ? WEIGHT.word : key[0] === 'c' ? WEIGHT.concept : key[0] === 'b' ? WEIGHT.bigram : WEIGHT.gram;
    out.set(key, kind * (tf >= 1 ? 1 + Math.log(tf) : tf));
  }
  if (vocabulary) {
    for (const [key, weight] of [...out]) {
      if (!key.startsWith('w|')) continue;
      for (const [other, link] of vocabulary.related[key.slice(2)] ?? []) addCount(out, `w|${other}`, weight * reach * link);
    }
  }
  return out;
}

/** LangChain `Embeddings` computed from the text and the folder's word links: no network, no model weights. */
export class OfflineEmbedder extends Embeddings implements LearningEmbedder {
  readonly id: string;
  readonly dimensions: number;
  private readonly vocabulary?: Vocabulary;
  private readonly reach: number;

  constructor(opts: OfflineEmbedderOptions = {}) {
    super({});
    this.dimensions = opts.dimensions ?? 768;
    this.vocabulary = opts.vocabulary;
    this.reach = opts.reach ?? REACH;
    // The vocabulary is not part of the id: it is stored with the index, which embeds its questions with it.
    this.id = `offline-hash-v${VERSION}-${this.dimensions}-${FINGERPRINT}${this.reach === REACH ? '' : `-reach${this.reach}`}`;
  }

  learn(texts: readonly string[]): Vocabulary {
    return fitVocabulary(texts);
  }

  withVocabulary(vocabulary: Vocabulary): OfflineEmbedder {
    return new OfflineEmbedder({ dimensions: this.dimensions, vocabulary, reach: this.reach });
  }

  embed(text: string): Float32Array {
    const v = new Float32Array(this.dimensions);
    for (const [key, weight] of features(text, this.vocabulary, this.reach)) {
      const h = hash32(key, 0);
      const sign = hash32(key, 0x9e3779b9) & 1 ? 1 : -1;
      v[h % this.dimensions]! += sign * weight;
    }
    let norm = 0;
    for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = 0; i < v.length; i++) v[i]! *= inv;
    }
    return v;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.embed(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.embed(text));
  }
}
