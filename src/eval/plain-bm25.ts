// The baseline beside Liaison: plain BM25 (MiniSearch with its default tokenizer, no stemming,
// synonyms or vectors) over the same chunks, the top passage as the answer, never declining.
import MiniSearch from 'minisearch';
import type { Chunk } from '../core/knowledge/types.js';
import { outcomeOf, type Outcome } from './outcome.js';
import type { EvalQuestion } from './questions.js';

const DEPTH = 20;

export function plainBm25(chunks: readonly Chunk[]): (question: string) => Chunk[] {
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  search.addAll(chunks.map((c, id) => ({ id, text: [c.title, ...c.headings, c.text].join('\n') })));
  return (question) => search.search(question).slice(0, DEPTH).map((r) => chunks[r.id as number]!);
}

export function bm25Outcomes(chunks: readonly Chunk[], questions: EvalQuestion[]): Outcome[] {
  const find = plainBm25(chunks);
  return questions.map((q) => {
    const found = find(q.question);
    return outcomeOf(q, { sources: found.map((c) => c.source), text: found[0]?.text ?? '', declined: false });
  });
}
