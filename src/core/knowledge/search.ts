// Hybrid search over a loaded index: vector kNN (over-fetched) and BM25, fused into one score in
// [0, 1] made of weighted parts: how much of the question (terms weighted by rarity) the hit covers,
// its cosine similarity on a fixed scale, and its standing against this question's other hits by
// BM25 and by vector similarity. The weights are fitted leave-one-folder-out (FUSION_WEIGHTS); the
// cosine part is absolute, so the best score still says something from one question to the next. Normalised score fusion measured better
// than reciprocal-rank fusion on paraphrased questions (MRR 0.89 vs 0.81), so it is the default.
import { LiaisonError } from '../errors.js';
import { analyseForSearch, type LexicalIndex } from './lexical-index.js';
import { tokenize } from './text.js';
import type { Chunk, Embedder, Hit } from './types.js';
import type { VectorIndex } from './vector-index.js';

export type SearchMode = 'hybrid' | 'bm25' | 'vector';
export type Fusion = 'score' | 'rrf';

export interface SearchOptions {
  mode?: SearchMode;
  /** How vector and BM25 ranks are combined (default 'score': normalised score fusion). */
  fusion?: Fusion;
  /** Most chunks one source may contribute (default 2); distinct sources come first. */
  perSource?: number;
  /** The hybrid score's weights (default FUSION_WEIGHTS); the bench's fitting tool tries others. */
  weights?: FusionWeights;
  /** How close a document restating the best hit, a directory entry, must score to go first (default ENTRY_CUT; 0: never); the bench's fitting tool tries others. */
  entryCut?: number;
}

/**
 * Weights of the parts of the hybrid score (they sum to 1): question coverage, cosine similarity,
 * and the standing against this question's other hits by BM25 and by vector similarity.
 */
export interface FusionWeights {
  coverage: number;
  similarity: number;
  lexical: number;
  vector: number;
}

interface Candidate {
  label: number;
  vector?: number;
  bm25?: number;
  /** Question terms the chunk contains (from the keyword index). */
  terms?: string[];
}

const RRF_K = 60;
/**
 * The hybrid score's weights, fitted by bench/dev/fit-fusion.ts on the pooled development folders
 * (right source first + MRR + the top score's AUC between answerable and unanswerable questions).
 * Leave-one-folder-out, search alone: right source first 0.845, MRR 0.909 (the hand-set
 * { coverage 0.5, similarity 0.35, relative 0.15 } it replaces: see the README's bench table).
 * Question coverage got no weight: BM25's standing already rewards it, and the gate reads coverage
 * itself (grounding.ts).
 */
export const FUSION_WEIGHTS: FusionWeights = { coverage: 0, similarity: 0.5, lexical: 0.5, vector: 0 };
/**
 * A directory entry sums a service up in a few dense lines under its name: short, so BM25's length
 * normalisation lifts it, and named in its title, which the keyword index boosts. Where the folder also
 * has a document about that very service (its page, the minutes that changed it), the entry ranked
 * first over the document that holds the fact asked in 20 of the 88 misses of lupine, marigold, nettle
 * and orchid (bench/dev/miss-class.ts), and vectors alone put the document first in 13 of them. So when
 * hybrid search finds such an entry best and a document that restates it scores within ENTRY_CUT of it,
 * the best document passage goes first (documentOverRestated). Search alone, twelve development folders
 * (bench/dev/entry-cut.ts): right source first 505 -> 522 of 663, MRR 0.854 -> 0.867, no folder lower;
 * leave-one-folder-out 522 (0.5 chosen in eleven folds, 0.4 with juniper held out); 0.4 is kept because
 * 0.5 put three more of the starter folder's entries (never fitted on) second (81 -> 77; 0.4: 80).
 * Through ask, LOFO: 533 -> 541 (cedar-211 +1, lupine +2, marigold +2, nettle +1, orchid +2), needed
 * fact and declines unchanged, starter unchanged. Lowering every entry by a cut gained more on the
 * development folders (545 through ask) but lost the starter's entries (83 -> 77), and so did lowering
 * every entry a document names (the starter's guides name "Pre-Employment Transition Services").
 */
export const ENTRY_CUT = 0.4;
/** How many of the best document passages are read for the entries they name. */
const RESTATED_DEPTH = 20;
/** Cosine similarities below `low` say nothing; at `high` and above the texts are about the same thing. */
const COSINE = { low: 0.1, high: 0.5 };

/**
 * How the whole folder uses a term, for the answer layer: `df` chunks of `n` hold it. Terms are the
 * lexical index's own (stems from text.ts tokenize, concept tokens `c:...` from the thesaurus, read
 * from title, headings and text as the keyword index reads them), so "a word the folder never
 * mentions" means what it means to search. Counted once per loaded index, on first use; a lookup is
 * a map read.
 */
export interface CorpusStats {
  /** Number of chunks in the index. */
  readonly n: number;
  termStats(term: string): { df: number; n: number };
  /** The signs the folder writes with a number ("$1.25", "50%", "#3"; see numberSigns), read once on first use. */
  numberSigns?(): ReadonlySet<string>;
  /** The words of the folder's file and folder names ("services", "directory"), read once on first use. */
  sourceWords?(): ReadonlySet<string>;
}

/**
 * The words of the chunks' file and folder names, as the answerer's tokenizer reads them: a person asking
 * about "the services directory" names "18_larkspur_transition_services_directory.json", though its
 * entries never call themselves a directory. A directory entry's id after "#" is no name.
 */
export function sourceWordsOf(chunks: readonly Chunk[]): ReadonlySet<string> {
  const words = new Set<string>();
  for (const source of new Set(chunks.map((c) => c.source.split('#')[0] ?? ''))) for (const w of tokenize(source)) words.add(w);
  return words;
}

/** A sign written with a number: "$" or "#" before it, "%" or "¢" after it. */
const NUMBER_SIGN = /([$#])\s?\d|\d\s?([%¢])/g;

/** The signs (`$`, `%`, `#`, `¢`) some chunk writes with a number: the tokenizer drops them, so term counts cannot tell. */
export function numberSignsOf(chunks: readonly Chunk[]): ReadonlySet<string> {
  const signs = new Set<string>();
  for (const c of chunks) for (const m of c.text.matchAll(NUMBER_SIGN)) signs.add(m[1] ?? m[2]!);
  return signs;
}

export function corpusStatsOf(chunks: readonly Chunk[]): CorpusStats {
  let df: Map<string, number> | undefined;
  const count = (): Map<string, number> => {
    const m = new Map<string, number>();
    for (const c of chunks) {
      for (const t of new Set(analyseForSearch(`${c.title} ${c.headings.join(' / ')} ${c.text}`))) m.set(t, (m.get(t) ?? 0) + 1);
    }
    return m;
  };
  const n = chunks.length;
  let signs: ReadonlySet<string> | undefined;
  let named: ReadonlySet<string> | undefined;
  return { n, termStats: (term) => ({ df: (df ??= count()).get(term) ?? 0, n }), numberSigns: () => (signs ??= numberSignsOf(chunks)), sourceWords: () => (named ??= sourceWordsOf(chunks)) };
}

function lexicalStats(lexical: LexicalIndex, chunks: readonly Chunk[]): CorpusStats {
  const n = lexical.documentCount;
  let signs: ReadonlySet<string> | undefined;
  let named: ReadonlySet<string> | undefined;
  return { n, termStats: (term) => ({ df: lexical.docFrequency(term), n }), numberSigns: () => (signs ??= numberSignsOf(chunks)), sourceWords: () => (named ??= sourceWordsOf(chunks)) };
}

export class KnowledgeIndex {
  /** Corpus document frequencies (see CorpusStats). */
  readonly corpus: CorpusStats;

  constructor(
    readonly chunks: Chunk[],
    private readonly vectors: VectorIndex,
    private readonly lexical: LexicalIndex,
    private readonly embedder: Embedder,
    readonly info: { buildId: string; embedder: string; createdAt: string },
  ) {
    // The keyword index counted these at ingest from the same text with the same analyser; counting
    // again here cost a pass over every chunk (seconds and a second map for a 10,000-service directory).
    this.corpus = lexical.documentCount === chunks.length ? lexicalStats(lexical, chunks) : corpusStatsOf(chunks);
  }

  /** Chunks by source, built on first use. */
  private bySource?: Map<string, Chunk[]>;

  /** The chunks of one source, in reading order. */
  chunksOf(source: string): readonly Chunk[] {
    if (!this.bySource) {
      this.bySource = new Map();
      for (const c of this.chunks) {
        const list = this.bySource.get(c.source) ?? [];
        list.push(c);
        this.bySource.set(c.source, list);
      }
    }
    return this.bySource.get(source) ?? [];
  }

  get size(): number {
    return this.chunks.length;
  }

  async search(query: string, k = 5, opts: SearchOptions = {}): Promise<Hit[]> {
    const mode = opts.mode ?? 'hybrid';
    const qTokens = [...new Set(analyseForSearch(query))];
    if (qTokens.length === 0 || this.chunks.length === 0 || k <= 0) return [];
    const over = Math.max(50, k * 10);

    const byLabel = new Map<number, Candidate>();
    const get = (label: number) => {
      let c = byLabel.get(label);
      if (!c) byLabel.set(label, (c = { label }));
      return c;
    };
    let vectorRanks: number[] = [];
    let lexRanks: number[] = [];
    if (mode !== 'bm25') {
      const qv = await this.queryVector(query);
      if (qv?.some((x) => x !== 0)) {
        const matches = this.vectors.search(qv, over);
        vectorRanks = matches.map((m) => m.label);
        for (const m of matches) get(m.label).vector = m.similarity;
      }
    }
    // Keyword matches are always looked up: they tell how much of the question each chunk covers.
    const lexAll = this.lexical.search(query);
    const lexTerms = new Map(lexAll.map((m) => [m.label, m.terms]));
    if (mode !== 'vector') {
      const matches = lexAll.slice(0, over);
      lexRanks = matches.map((m) => m.label);
      for (const m of matches) get(m.label).bm25 = m.bm25;
    }
    for (const c of byLabel.values()) c.terms = lexTerms.get(c.label);
    if (byLabel.size === 0) return [];

    const W = opts.weights ?? FUSION_WEIGHTS;
    const relative = this.relativeScores([...byLabel.values()], vectorRanks, lexRanks, mode, opts.fusion ?? 'score', W);
    const totalIdf = qTokens.reduce((s, t) => s + this.lexical.idf(t), 0);
    const hits: Hit[] = [];
    for (const c of byLabel.values()) {
      const covered = (c.terms ?? []).reduce((sum, t) => sum + this.lexical.idf(t), 0);
      const coverage = totalIdf > 0 ? Math.min(1, covered / totalIdf) : 0;
      const similarity = c.vector === undefined ? 0 : Math.min(1, Math.max(0, (c.vector - COSINE.low) / (COSINE.high - COSINE.low)));
      const score = relative.get(c.label)! + W.coverage * coverage + W.similarity * similarity;
      hits.push({ chunk: this.chunks[c.label]!, score: round(score), bm25: c.bm25, vector: c.vector });
    }
    // Single modes rank by their own signal alone (for the benchmark); hybrid ranks by the fused score,
    // with a close document that restates a best directory entry first.
    const key = (h: Hit) => (mode === 'vector' ? (h.vector ?? -1) : mode === 'bm25' ? (h.bm25 ?? 0) : h.score);
    hits.sort((a, b) => key(b) - key(a) || b.score - a.score);
    const cut = mode === 'hybrid' ? (opts.entryCut ?? ENTRY_CUT) : 0;
    return diversify(cut ? documentOverRestated(hits, cut, (source) => this.chunksOf(source)) : hits, k, opts.perSource ?? 2);
  }

  /**
   * The question's embedding, or undefined while the embedding service fails: the question is then
   * matched by its keywords alone, so the person still gets an answer from the sources (the answer
   * says when the AI service did not answer) rather than an error.
   */
  private async queryVector(query: string): Promise<Float32Array | undefined> {
    try {
      return Float32Array.from(await this.embedder.embedQuery(query));
    } catch (err) {
      if (err instanceof LiaisonError && err.code === 'llm_failed') return undefined;
      throw err;
    }
  }

  /** Each candidate's standing among this question's candidates, weighted (at most W.lexical + W.vector). */
  private relativeScores(cands: Candidate[], vRanks: number[], lRanks: number[], mode: SearchMode, fusion: Fusion, W: FusionWeights): Map<number, number> {
    const out = new Map<number, number>();
    const maxV = Math.max(1e-9, ...cands.map((c) => c.vector ?? 0));
    const maxB = Math.max(1e-9, ...cands.map((c) => c.bm25 ?? 0));
    const vPos = new Map(vRanks.map((l, i) => [l, i]));
    const lPos = new Map(lRanks.map((l, i) => [l, i]));
    const both = W.lexical + W.vector;
    for (const c of cands) {
      if (fusion === 'rrf') {
        const v = vPos.has(c.label) ? 1 / (RRF_K + vPos.get(c.label)!) : 0;
        const l = lPos.has(c.label) ? 1 / (RRF_K + lPos.get(c.label)!) : 0;
        out.set(c.label, mode === 'hybrid' ? (W.vector * v + W.lexical * l) * RRF_K : (v + l) * RRF_K * both);
      } else {
        const v = Math.max(0, c.vector ?? 0) / maxV;
        const l = (c.bm25 ?? 0) / maxB;
        out.set(c.label, mode === 'hybrid' ? W.vector * v + W.lexical * l : (mode === 'vector' ? v : l) * both);
      }
    }
    return out;
  }
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 10000) / 10000;
}

/** Digits of a phone number that name it (the last seven: area codes are written or left out). */
const PHONE_DIGITS = 7;

/**
 * The hits, best first; when the best is a directory entry that a close document restates, the best
 * document passage goes first and the rest keep their order (the entry right after it). A document
 * restates an entry when one of its passages among the best RESTATED_DEPTH scores within `reach`
 * (ENTRY_CUT) of the entry, names it (every word of its title), and the document gives the entry's
 * phone number or e-mail, so it is about that very service, not the kind of service a federal guide
 * explains; the best document passage must score within `reach` too. The scores keep their places: the
 * order changes, the best score stays the best.
 */
export function documentOverRestated(hits: Hit[], reach: number, chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const top = hits[0];
  const contact = top?.chunk.contact;
  if (!top?.chunk.serviceId || !contact) return hits;
  const name = tokenize(top.chunk.title);
  const phones = (contact.phones ?? []).map((p) => p.replace(/\D/g, '').slice(-PHONE_DIGITS)).filter((p) => p.length === PHONE_DIGITS);
  const email = contact.email?.toLowerCase();
  if (name.length === 0 || (phones.length === 0 && !email)) return hits;
  // Whether a source gives the entry's phone or e-mail, read once per source (its passages come in several hits).
  const gives = new Map<string, boolean>();
  const givesContact = (source: string): boolean => {
    let said = gives.get(source);
    if (said === undefined) {
      const whole = chunksOf(source).map((c) => c.text).join('\n');
      const digits = whole.replace(/\D/g, '');
      said = phones.some((p) => digits.includes(p)) || (!!email && whole.toLowerCase().includes(email));
      gives.set(source, said);
    }
    return said;
  };
  const restates = (h: Hit): boolean => {
    const words = new Set(tokenize(`${h.chunk.title} ${h.chunk.headings.join(' ')} ${h.chunk.text}`));
    return name.every((w) => words.has(w)) && givesContact(h.chunk.source);
  };
  const docs = hits.map((h, i) => ({ h, i })).filter(({ h }) => !h.chunk.serviceId).slice(0, RESTATED_DEPTH);
  if (!docs.some(({ h }) => h.score >= top.score - reach && restates(h))) return hits;
  const best = docs[0]!;
  if (best.h.score < top.score - reach) return hits;
  return [{ ...best.h, score: top.score }, ...hits.slice(0, best.i).map((h, j) => ({ ...h, score: hits[j + 1]!.score })), ...hits.slice(best.i + 1)];
}

/** Best chunk of each source first; further chunks of a source only after, and at most `perSource`. */
export function diversify(sorted: Hit[], k: number, perSource: number): Hit[] {
  const out: Hit[] = [];
  const seen = new Map<string, number>();
  const rest: Hit[] = [];
  for (const h of sorted) {
    if (out.length >= k) break;
    if (seen.has(h.chunk.source)) rest.push(h);
    else {
      seen.set(h.chunk.source, 1);
      out.push(h);
    }
  }
  for (const h of rest) {
    if (out.length >= k) break;
    const n = seen.get(h.chunk.source) ?? 0;
    if (n < perSource) {
      seen.set(h.chunk.source, n + 1);
      out.push(h);
    }
  }
  return out;
}
