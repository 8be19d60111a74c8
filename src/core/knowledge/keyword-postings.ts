// The keyword index as it is searched: MiniSearch's index, built at ingest, read into a few flat
// typed arrays, and scored exactly as MiniSearch 7 scores an OR query without prefix or fuzzy
// matching: BM25+ (k 1.2, b 0.7, d 0.5) per field, times the field's boost, summed over fields, then
// over the query's terms (a repeated term counts again), times the number of distinct query terms
// matched; best first, ties in the order MiniSearch meets the chunks. So a search returns the same
// chunks with the same scores, in the same order. The arrays are what the index folder keeps
// (keyword-file.ts): loading them is reading one buffer.
//
// Why: loaded into MiniSearch, a 10,000-service directory's keyword index took 55 MB of JavaScript
// objects in every answer thread (a Map of chunk -> count per term and field), and each search made a
// result object, a match object and arrays for every chunk sharing a word with the question. Here the
// index is ~8 MB of arrays and a search allocates a few arrays the size of the corpus. Saved as
// MiniSearch's JSON, reading those arrays back cost ~0.5 s of CPU per thread for that directory.

/** The parts of MiniSearch's serialised form (serializationVersion 2) a search reads. */
export interface SavedMiniSearch {
  documentCount: number;
  documentIds: Record<string, number>;
  fieldIds: Record<string, number>;
  fieldLength: Record<string, number[]>;
  averageFieldLength: number[];
  index: [string, Record<string, Record<string, number>>][];
  serializationVersion: number;
}

/** The saved index's postings, read in the order written. */
export interface PostingSource {
  /** Visits each term in order, and after each term its postings: field id, short id, count. */
  scan(visit: { term(term: string): void; posting(fieldId: number, shortId: number, tf: number): void }): void;
}

/** MiniSearch's saved postings, `[term, {fieldId: {shortId: tf}}]`, in the order toJSON writes them (short ids ascending). */
export function postingsOf(index: SavedMiniSearch['index']): PostingSource {
  return {
    scan(visit) {
      for (const [term, byField] of index) {
        visit.term(term);
        for (const f of Object.keys(byField)) {
          const docs = byField[f]!;
          const fieldId = Number(f);
          for (const d of Object.keys(docs)) visit.posting(fieldId, Number(d), docs[d]!);
        }
      }
    },
  };
}

/** A searched field: its name, MiniSearch's id for it, and its boost. */
export interface PostingField {
  name: string;
  id: number;
  boost: number;
}

/** Everything a KeywordPostings holds, as flat arrays (what keyword-file.ts writes and reads). */
export interface PostingParts {
  /** The terms, by row. */
  terms: string[];
  /** The searched fields in the order MiniSearch visits them; a row has one slot per field. */
  fields: PostingField[];
  /** A row's postings for slot f are docs/tfs[start[row * F + f] .. start[row * F + f + 1]). */
  start: Uint32Array;
  docs: Uint32Array;
  tfs: Uint32Array;
  /** Per row: the chunks holding the term (counted at ingest over title, headings and text). */
  df: Uint32Array;
  /** Field lengths by short id * fieldCount + field id. */
  fieldLength: Uint32Array;
  fieldCount: number;
  avgFieldLength: number[];
  /** Short id -> the id the document was indexed under (NaN: removed). */
  idOf: Float64Array;
  documentCount: number;
}

/** The parts as saved: the fields without their boosts (the searcher's settings give those). */
export type SavedPostings = Omit<PostingParts, 'fields'> & { fields: Omit<PostingField, 'boost'>[] };

export interface PostingMatch {
  /** The document's id as it was indexed (a chunk's label). */
  id: number;
  score: number;
  /** The distinct query terms the document holds, in the query's order. */
  queryTerms: string[];
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class KeywordPostings {
  private constructor(
    /** Term -> row; a row's postings for field slot f are docs/tfs[start[row * F + f] .. start[row * F + f + 1]). */
    private readonly rowOf: Map<string, number>,
    private readonly start: Uint32Array,
    private readonly docs: Uint32Array,
    private readonly tfs: Uint32Array,
    /** Per row: the chunks holding the term (counted at ingest over title, headings and text). */
    private readonly df: Uint32Array,
    /** The searched fields' ids and boosts, in the order MiniSearch visits them. */
    private readonly fields: PostingField[],
    /** Field lengths by short id * fieldCount + field id. */
    private readonly fieldLength: Uint32Array,
    private readonly fieldCount: number,
    private readonly avgFieldLength: number[],
    /** Short id -> the id the document was indexed under (NaN: removed). */
    private readonly idOf: Float64Array,
    readonly documentCount: number,
  ) {}

  /**
   * Reads MiniSearch's saved index (`saved`, its postings from `postings`) and the per-term chunk
   * counts (`df`), for the fields in `boosts` (their order is the order MiniSearch searched them in:
   * the order of its `fields` option).
   */
  static fromSaved(saved: Omit<SavedMiniSearch, 'index'>, postings: PostingSource, df: Record<string, number>, boosts: Record<string, number>): KeywordPostings {
    if (saved.serializationVersion !== 2) throw new Error(`the keyword index has serialization version ${saved.serializationVersion}; this Liaison reads 2`);
    const fields = Object.entries(boosts).map(([name, boost]) => {
      const id = saved.fieldIds[name];
      if (id === undefined) throw new Error(`the keyword index has no field "${name}"`);
      return { name, id, boost };
    });
    const F = fields.length;
    const slotOf = new Map(fields.map((f, slot) => [f.id, slot]));
    const fieldCount = Math.max(0, ...Object.values(saved.fieldIds)) + 1;
    let maxShortId = -1;
    for (const k of Object.keys(saved.documentIds)) maxShortId = Math.max(maxShortId, Number.parseInt(k, 10));
    const idOf = new Float64Array(maxShortId + 1).fill(Number.NaN);
    for (const k of Object.keys(saved.documentIds)) idOf[Number.parseInt(k, 10)] = saved.documentIds[k]!;
    const fieldLength = new Uint32Array(idOf.length * fieldCount);
    for (const [k, lengths] of Object.entries(saved.fieldLength)) {
      const at = Number.parseInt(k, 10) * fieldCount;
      if (at < fieldLength.length) lengths.forEach((n, f) => (fieldLength[at + f] = n));
    }
    const present = (shortId: number) => !Number.isNaN(idOf[shortId] ?? Number.NaN);

    // Two passes over the postings: count them per term and field, then fill them in, in MiniSearch's
    // order (ascending short id, as it writes and reads them).
    const rowOf = new Map<string, number>();
    const counted: number[] = [];
    let row = -1;
    postings.scan({
      term: (term) => {
        row = rowOf.get(term) ?? rowOf.size;
        rowOf.set(term, row);
      },
      posting: (fieldId, shortId) => {
        const slot = slotOf.get(fieldId);
        if (slot !== undefined && present(shortId)) counted[row * F + slot] = (counted[row * F + slot] ?? 0) + 1;
      },
    });
    for (const term of Object.keys(df)) if (!rowOf.has(term)) rowOf.set(term, rowOf.size);
    const start = new Uint32Array(rowOf.size * F + 1);
    for (let i = 0; i < rowOf.size * F; i++) start[i + 1] = start[i]! + (counted[i] ?? 0);
    const docs = new Uint32Array(start[rowOf.size * F]!);
    const tfs = new Uint32Array(docs.length);
    const next = start.slice(0, rowOf.size * F);
    postings.scan({
      term: (term) => {
        row = rowOf.get(term)!;
      },
      posting: (fieldId, shortId, tf) => {
        const slot = slotOf.get(fieldId);
        if (slot === undefined || !present(shortId)) return;
        const at = next[row * F + slot]!++;
        docs[at] = shortId;
        tfs[at] = tf;
      },
    });
    const dfs = new Uint32Array(rowOf.size);
    for (const [term, n] of Object.entries(df)) dfs[rowOf.get(term)!] = n;
    return new KeywordPostings(rowOf, start, docs, tfs, dfs, fields, fieldLength, fieldCount, saved.averageFieldLength, idOf, saved.documentCount);
  }

  /** The arrays, to be saved (keyword-file.ts); the terms by row. */
  parts(): PostingParts {
    return {
      terms: [...this.rowOf.keys()],
      fields: this.fields,
      start: this.start,
      docs: this.docs,
      tfs: this.tfs,
      df: this.df,
      fieldLength: this.fieldLength,
      fieldCount: this.fieldCount,
      avgFieldLength: this.avgFieldLength,
      idOf: this.idOf,
      documentCount: this.documentCount,
    };
  }

  /**
   * The postings saved as `parts`, searched with `boosts` (by field name, in the order MiniSearch
   * searched them). The fields must be the ones saved, in that order: the slots of a row follow them.
   */
  static fromParts(p: SavedPostings, boosts: Record<string, number>): KeywordPostings {
    const names = Object.keys(boosts);
    if (names.join('\n') !== p.fields.map((f) => f.name).join('\n')) {
      throw new Error(`the keyword index searches the fields ${p.fields.map((f) => f.name).join(', ')}; this Liaison searches ${names.join(', ')}`);
    }
    const F = names.length;
    const rows = p.terms.length;
    if (p.start.length !== rows * F + 1 || p.df.length !== rows || p.docs.length !== p.start[rows * F] || p.tfs.length !== p.docs.length || p.fieldLength.length !== p.idOf.length * p.fieldCount) {
      throw new Error('the keyword index\'s arrays do not fit together');
    }
    const rowOf = new Map<string, number>();
    for (let row = 0; row < rows; row++) rowOf.set(p.terms[row]!, row);
    const fields = p.fields.map((f) => ({ name: f.name, id: f.id, boost: boosts[f.name]! }));
    return new KeywordPostings(rowOf, p.start, p.docs, p.tfs, p.df, fields, p.fieldLength, p.fieldCount, p.avgFieldLength, p.idOf, p.documentCount);
  }

  docFrequency(term: string): number {
    const row = this.rowOf.get(term);
    return row === undefined ? 0 : this.df[row]!;
  }

  /** Every document holding one of `terms` (analysed, repeats kept), best first. */
  search(terms: readonly string[]): PostingMatch[] {
    const n = this.idOf.length;
    const F = this.fields.length;
    const total = new Float64Array(n);
    const termScore = new Float64Array(n);
    /** The last query term (by position + 1) that touched each document. */
    const touchedBy = new Uint32Array(n);
    const queryTerms: (string[] | undefined)[] = new Array(n);
    const order: number[] = [];
    const touched: number[] = [];
    terms.forEach((term, t) => {
      const row = this.rowOf.get(term);
      if (row === undefined) return;
      touched.length = 0;
      for (let slot = 0; slot < F; slot++) {
        const { id: field, boost } = this.fields[slot]!;
        const from = this.start[row * F + slot]!;
        const to = this.start[row * F + slot + 1]!;
        const matching = to - from;
        const avg = this.avgFieldLength[field]!;
        for (let j = from; j < to; j++) {
          const doc = this.docs[j]!;
          const weighted = boost * bm25(this.tfs[j]!, matching, this.documentCount, this.fieldLength[doc * this.fieldCount + field]!, avg);
          if (touchedBy[doc] !== t + 1) {
            touchedBy[doc] = t + 1;
            termScore[doc] = weighted;
            touched.push(doc);
          } else termScore[doc] += weighted;
        }
      }
      for (const doc of touched) {
        const seen = queryTerms[doc];
        if (!seen) {
          total[doc] = termScore[doc]!;
          queryTerms[doc] = [term];
          order.push(doc);
        } else {
          total[doc] = total[doc]! + termScore[doc]!;
          if (!seen.includes(term)) seen.push(term);
        }
      }
    });
    const out = order.map((doc) => {
      const matched = queryTerms[doc]!;
      return { id: this.idOf[doc]!, score: total[doc]! * (matched.length || 1), queryTerms: matched };
    });
    // Array.prototype.sort is stable: ties keep the order the documents were met in, as in MiniSearch.
    return out.sort((a, b) => b.score - a.score);
  }
}

function bm25(termFreq: number, matchingCount: number, totalCount: number, fieldLength: number, avgFieldLength: number): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
}
