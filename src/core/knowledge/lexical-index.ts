// BM25 keyword search over title, headings and text, with our tokenizer and the thesaurus, plus
// document frequencies so a hit's coverage of the question can be measured. MiniSearch builds the
// index at ingest; it is searched from compact arrays that score exactly as MiniSearch does
// (keyword-postings.ts), saved as they are (lexical.bin, keyword-file.ts).
import MiniSearch from 'minisearch';
import { decodeKeywordIndex, encodeKeywordIndex } from './keyword-file.js';
import { KeywordPostings, postingsOf } from './keyword-postings.js';
import { tokenize } from './text.js';
import { expandTokens } from './thesaurus.js';
import type { Chunk } from './types.js';

interface LexDoc {
  id: number;
  title: string;
  headings: string;
  text: string;
}

export interface LexicalMatch {
  label: number;
  bm25: number;
  /** The (analysed) question terms this chunk contains. */
  terms: string[];
}

const analyse = (text: string): string[] => expandTokens(tokenize(text));

/** MiniSearch's options: the fields, the analyser and the search settings the postings reproduce. */
export const MINISEARCH_OPTIONS = {
  fields: ['title', 'headings', 'text'],
  idField: 'id',
  tokenize: analyse,
  processTerm: (term: string) => term,
  searchOptions: { boost: { title: 2, headings: 1.5, text: 1 }, combineWith: 'OR' as const, prefix: false, fuzzy: false },
};

/** MiniSearch's index of `entries`, as ingest builds it. */
export function miniSearchOf(entries: { label: number; chunk: Chunk }[]): MiniSearch<LexDoc> {
  const ms = new MiniSearch<LexDoc>(MINISEARCH_OPTIONS);
  ms.addAll(entries.map(({ label, chunk }) => ({ id: label, title: chunk.title, headings: chunk.headings.join(' / '), text: chunk.text })));
  return ms;
}

export class LexicalIndex {
  private constructor(
    private readonly postings: KeywordPostings,
    private readonly docs: number,
  ) {}

  /** The keyword index of `entries`: MiniSearch's postings, and per term the chunks holding it. */
  static build(entries: { label: number; chunk: Chunk }[]): LexicalIndex {
    const df = new Map<string, number>();
    for (const { chunk } of entries) {
      for (const t of new Set(analyse(`${chunk.title} ${chunk.headings.join(' / ')} ${chunk.text}`))) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const saved = miniSearchOf(entries).toJSON();
    const postings = KeywordPostings.fromSaved(saved, postingsOf(saved.index), Object.fromEntries(df), MINISEARCH_OPTIONS.searchOptions.boost);
    return new LexicalIndex(postings, entries.length);
  }

  /** The index as saved (lexical.bin). */
  toBinary(): Uint8Array {
    return encodeKeywordIndex(this.postings.parts(), this.docs);
  }

  /** The index saved by toBinary; its arrays are views on `bytes`. */
  static fromBinary(bytes: Uint8Array): LexicalIndex {
    const { parts, chunks } = decodeKeywordIndex(bytes);
    return new LexicalIndex(KeywordPostings.fromParts(parts, MINISEARCH_OPTIONS.searchOptions.boost), chunks);
  }

  /** Every chunk that shares a term with the question, best first. */
  search(query: string): LexicalMatch[] {
    // As MiniSearch reads a query: the analysed terms, repeats kept, empty ones dropped.
    const terms = analyse(query).filter((t) => !!t);
    return this.postings.search(terms).map((r) => ({ label: r.id, bm25: r.score, terms: r.queryTerms }));
  }

  /** Chunks holding the term (counted at build from title, headings and text, as search reads them). */
  docFrequency(term: string): number {
    return this.postings.docFrequency(term);
  }

  get documentCount(): number {
    return this.docs;
  }

  /** Inverse document frequency; a term no chunk mentions gets the highest weight. */
  idf(term: string): number {
    const n = this.postings.docFrequency(term);
    return Math.log(1 + (this.docs - n + 0.5) / (n + 0.5));
  }
}

export { analyse as analyseForSearch };
