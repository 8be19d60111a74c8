// Retrieval quality: for each search mode, where the first correct source ranks among the top 10.
import type { KnowledgeIndex, SearchMode } from '../src/core/knowledge/search.js';
import { sourceMatches, type BenchQuestion } from './questions.js';
import { ratio } from './stats.js';

export const RANK_DEPTH = 10;

export interface RetrievalMiss {
  id: string;
  question: string;
  expected: string[];
  /** Top-ranked source, and the rank of the first correct one (null: not in the top 10). */
  got: string | null;
  rank: number | null;
}

export interface ModeFigures {
  mode: SearchMode;
  questions: number;
  top1: number;
  top5: number;
  mrr: number;
  /** Questions whose top source is wrong. */
  misses: RetrievalMiss[];
}

/** 1-based rank of the first hit from a gold source, or null. */
export function firstCorrectRank(hitSources: string[], gold: string[]): number | null {
  const i = hitSources.findIndex((s) => gold.some((g) => sourceMatches(s, g)));
  return i < 0 ? null : i + 1;
}

export async function retrievalQuality(index: KnowledgeIndex, questions: BenchQuestion[], mode: SearchMode): Promise<ModeFigures> {
  const scored = questions.filter((q) => q.answerable && q.sources.length > 0);
  let top1 = 0;
  let top5 = 0;
  let rr = 0;
  const misses: RetrievalMiss[] = [];
  for (const q of scored) {
    const hits = await index.search(q.question, RANK_DEPTH, { mode });
    const sources = hits.map((h) => h.chunk.source);
    const rank = firstCorrectRank(sources, q.sources);
    if (rank === 1) top1 += 1;
    if (rank !== null && rank <= 5) top5 += 1;
    if (rank !== null) rr += 1 / rank;
    if (rank !== 1) misses.push({ id: q.id, question: q.question, expected: q.sources, got: sources[0] ?? null, rank });
  }
  return {
    mode,
    questions: scored.length,
    top1: ratio(top1, scored.length),
    top5: ratio(top5, scored.length),
    mrr: ratio(rr, scored.length),
    misses,
  };
}
