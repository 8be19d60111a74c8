// BM25 keyword search (minisearch) over title, headings and text, with our tokenizer and the
// thesaurus, plus document frequencies so a hit's coverage of the question can be measured.
import MiniSearch from 'minisearch';
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

const OPTIONS = {
  fields: ['title', 'headings', 'text'],
  idField: 'id',
  tokenize: analyse,
  processTerm: (term: string) => term,
  searchOptions: { boost: { title: 2, headings: 1.5, text: 1 }, combineWith: 'OR' as const, prefix: false, fuzzy: false },
};

interface Saved {
  minisearch: unknown;
  df: Record<string, number>;
  docs: number;
}

export class LexicalIndex {
  private constructor(
    private readonly ms: MiniSearch<LexDoc>,
    private readonly df: Map<string, number>,
    private docs: number,
  ) {}

  static build(entries: { label: number; chunk: Chunk }[]): LexicalIndex {
    const ms = new MiniSearch<LexDoc>(OPTIONS);
    const df = new Map<string, number>();
    ms.addAll(
      entries.map(({ label, chunk }) => {
        const headings = chunk.headings.join(' / ');
        for (const t of new Set(analyse(`${chunk.title} ${headings} ${chunk.text}`))) df.set(t, (df.get(t) ?? 0) + 1);
        return { id: label, title: chunk.title, headings, text: chunk.text };
      }),
    );
    return new LexicalIndex(ms, df, entries.length);
  }

  static fromJSON(json: string): LexicalIndex {
    const saved = JSON.parse(json) as Saved;
    // loadJS takes the object already parsed: loadJSON would stringify and parse it a second time.
    const ms = MiniSearch.loadJS<LexDoc>(saved.minisearch as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return new LexicalIndex(ms, new Map(Object.entries(saved.df)), saved.docs);
  }

  serialize(): string {
    const saved: Saved = { minisearch: this.ms.toJSON(), df: Object.fromEntries(this.df), docs: this.docs };
    return JSON.stringify(saved);
  }

  /** Every chunk that shares a term with the question, best first. */
  search(query: string): LexicalMatch[] {
    return this.ms.search(query).map((r) => ({ label: r.id as number, bm25: r.score, terms: r.queryTerms }));
  }

  /** Chunks holding the term (counted at build from title, headings and text, as search reads them). */
  docFrequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  get documentCount(): number {
    return this.docs;
  }

  /** Inverse document frequency; a term no chunk mentions gets the highest weight. */
  idf(term: string): number {
    const n = this.df.get(term) ?? 0;
    return Math.log(1 + (this.docs - n + 0.5) / (n + 0.5));
  }
}

export { analyse as analyseForSearch };
