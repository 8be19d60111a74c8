// BM25 keyword search over title, headings and text, with our tokenizer and the thesaurus, plus
// document frequencies so a hit's coverage of the question can be measured. MiniSearch builds the
// index at ingest (lexical.json is its saved form); a loaded index is searched from compact arrays
// that score exactly as MiniSearch does (keyword-postings.ts).
import MiniSearch from 'minisearch';
import { readSavedLexical } from './keyword-json.js';
import { KeywordPostings } from './keyword-postings.js';
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

/** The saved keyword index of `entries` (lexical.json): MiniSearch's own form, and document frequencies. */
export function lexicalJson(entries: { label: number; chunk: Chunk }[]): string {
  const ms = new MiniSearch<LexDoc>(MINISEARCH_OPTIONS);
  const df = new Map<string, number>();
  ms.addAll(
    entries.map(({ label, chunk }) => {
      const headings = chunk.headings.join(' / ');
      for (const t of new Set(analyse(`${chunk.title} ${headings} ${chunk.text}`))) df.set(t, (df.get(t) ?? 0) + 1);
      return { id: label, title: chunk.title, headings, text: chunk.text };
    }),
  );
  const saved = { minisearch: ms.toJSON(), df: Object.fromEntries(df), docs: entries.length };
  return JSON.stringify(saved);
}

export class LexicalIndex {
  private constructor(
    private readonly postings: KeywordPostings,
    private readonly docs: number,
  ) {}

  static build(entries: { label: number; chunk: Chunk }[]): LexicalIndex {
    return LexicalIndex.fromJSON(lexicalJson(entries));
  }

  static fromJSON(json: string): LexicalIndex {
    const saved = readSavedLexical(json);
    return new LexicalIndex(KeywordPostings.fromSaved(saved.minisearch, saved.postings, saved.df, MINISEARCH_OPTIONS.searchOptions.boost), saved.docs);
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
