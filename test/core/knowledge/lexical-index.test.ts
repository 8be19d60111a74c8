import path from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDoc } from '../../../src/core/knowledge/chunk.js';
import { readSavedLexical } from '../../../src/core/knowledge/keyword-json.js';
import { analyseForSearch, LexicalIndex, lexicalJson, MINISEARCH_OPTIONS } from '../../../src/core/knowledge/lexical-index.js';
import { loadFolder } from '../../../src/core/knowledge/load-folder.js';
import type { Chunk } from '../../../src/core/knowledge/types.js';

const KNOWLEDGE = path.resolve(import.meta.dirname, '../../../knowledge');

// The starter folder's own chunks (guides and the sample HSDS directory), and questions the way
// teachers type them: the keyword search must rank and score exactly as MiniSearch, which the
// answer gate and the directory search were fitted on.
const QUESTIONS = [
  'who do I call about VR services?',
  'my student is 17 and needs travel training in pine ridge, spanish speaking, free',
  'ssi ssi ssi at 18 what changes',
  'IEP mtg next week - voc rehab referral?? and also paratransit for a wheelchair user',
  'job coaching',
  'zzz nothing here qqq',
  '',
];

describe('the keyword index read from its saved form', () => {
  let chunks: Chunk[];
  let json: string;
  beforeAll(async () => {
    const { docs } = await loadFolder([KNOWLEDGE], { root: KNOWLEDGE });
    chunks = docs.flatMap((d) => chunkDoc(d));
    json = lexicalJson(chunks.map((chunk, label) => ({ label, chunk })));
  });

  it('finds the same chunks as MiniSearch, with the same scores, in the same order', () => {
    const saved = JSON.parse(json) as { minisearch: Parameters<typeof MiniSearch.loadJS>[0] };
    const ms = MiniSearch.loadJS(saved.minisearch, MINISEARCH_OPTIONS);
    const index = LexicalIndex.fromJSON(json);
    const questions = [...QUESTIONS, ...chunks.slice(0, 80).map((c) => `${c.title} ${c.text.slice(0, 120)}`)];
    let compared = 0;
    for (const q of questions) {
      const theirs = ms.search(q).map((r) => ({ label: r.id as number, bm25: r.score, terms: r.queryTerms }));
      expect(index.search(q), q).toEqual(theirs);
      compared += theirs.length;
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('counts the chunks holding a term, and gives a word no chunk uses the highest weight', () => {
    const index = LexicalIndex.fromJSON(json);
    expect(index.documentCount).toBe(chunks.length);
    for (const term of analyseForSearch('paratransit VR services travel training')) {
      const holding = chunks.filter((c) => analyseForSearch(`${c.title} ${c.headings.join(' / ')} ${c.text}`).includes(term)).length;
      expect(holding, term).toBeGreaterThan(0);
      expect(index.docFrequency(term), term).toBe(holding);
      expect(index.idf('qqqzzz')).toBeGreaterThan(index.idf(term));
    }
    expect(index.docFrequency('qqqzzz')).toBe(0);
  });

  it('reads the saved postings from the text as JSON.parse reads them, odd terms included', () => {
    const saved = JSON.parse(json) as { minisearch: { index: [string, Record<string, Record<string, number>>][] } };
    saved.minisearch.index.push(['say "hi"\\ ]}', { '2': { '0': 1, '3': 12 } }], ['café', { '0': { '1': 2 }, '2': { '1': 1 } }]);
    const text = JSON.stringify(saved);
    const seen: [string, number, number, number][] = [];
    let term = '';
    readSavedLexical(text).postings.scan({ term: (t) => (term = t), posting: (f, d, tf) => seen.push([term, f, d, tf]) });
    const expected = saved.minisearch.index.flatMap(([t, fields]) => Object.entries(fields).flatMap(([f, docs]) => Object.entries(docs).map(([d, tf]) => [t, Number(f), Number(d), tf])));
    expect(seen).toEqual(expected);
    expect(() => readSavedLexical(text.slice(0, text.length / 2))).toThrow();
  });

  it('says which version it reads when the saved index is of another', () => {
    const old = JSON.parse(json) as { minisearch: { serializationVersion: number } };
    old.minisearch.serializationVersion = 1;
    expect(() => LexicalIndex.fromJSON(JSON.stringify(old))).toThrow(/version 1.*reads 2/);
  });
});
