import path from 'node:path';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { chunkDoc } from '../../../src/core/knowledge/chunk.js';
import { decodeKeywordIndex, encodeKeywordIndex } from '../../../src/core/knowledge/keyword-file.js';
import { analyseForSearch, LexicalIndex, MINISEARCH_OPTIONS, miniSearchOf } from '../../../src/core/knowledge/lexical-index.js';
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
  let entries: { label: number; chunk: Chunk }[];
  let saved: Uint8Array;
  beforeAll(async () => {
    const { docs } = await loadFolder([KNOWLEDGE], { root: KNOWLEDGE });
    chunks = docs.flatMap((d) => chunkDoc(d));
    entries = chunks.map((chunk, label) => ({ label, chunk }));
    saved = LexicalIndex.build(entries).toBinary();
  });

  it('finds the same chunks as MiniSearch, with the same scores, in the same order', () => {
    // MiniSearch as a server once loaded it: from its saved JSON.
    const ms = MiniSearch.loadJSON(JSON.stringify(miniSearchOf(entries)), MINISEARCH_OPTIONS);
    const index = LexicalIndex.fromBinary(saved);
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
    const index = LexicalIndex.fromBinary(saved);
    expect(index.documentCount).toBe(chunks.length);
    for (const term of analyseForSearch('paratransit VR services travel training')) {
      const holding = chunks.filter((c) => analyseForSearch(`${c.title} ${c.headings.join(' / ')} ${c.text}`).includes(term)).length;
      expect(holding, term).toBeGreaterThan(0);
      expect(index.docFrequency(term), term).toBe(holding);
      expect(index.idf('qqqzzz')).toBeGreaterThan(index.idf(term));
    }
    expect(index.docFrequency('qqqzzz')).toBe(0);
  });

  it('reads back every term and array as saved, odd terms and an unaligned buffer included', () => {
    const { parts, chunks: n } = decodeKeywordIndex(saved);
    const odd = { ...parts, terms: parts.terms.map((t, i) => (i === 0 ? 'say "hi"\\ ]}' : i === 1 ? 'café' : t)), fields: parts.fields.map((f) => ({ ...f, boost: 1 })) };
    const copy = new Uint8Array(encodeKeywordIndex(odd, n).length + 3);
    copy.set(encodeKeywordIndex(odd, n), 3);
    const back = decodeKeywordIndex(copy.subarray(3));
    expect(back.chunks).toBe(chunks.length);
    expect(back.parts.terms.slice(0, 2)).toEqual(['say "hi"\\ ]}', 'café']);
    expect(back.parts.terms.slice(2)).toEqual(parts.terms.slice(2));
    for (const a of ['idOf', 'start', 'docs', 'tfs', 'df', 'fieldLength'] as const) expect(Array.from(back.parts[a]), a).toEqual(Array.from(parts[a]));
    expect(back.parts.avgFieldLength).toEqual(parts.avgFieldLength);
  });

  it('refuses a file that is not a keyword index, or is cut short, saying which', () => {
    expect(() => LexicalIndex.fromBinary(new TextEncoder().encode('{"minisearch":{}}'))).toThrow(/not a keyword index/);
    expect(() => LexicalIndex.fromBinary(saved.subarray(0, saved.length - 100))).toThrow(/ends before its arrays/);
  });
});
