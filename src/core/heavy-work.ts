// The assistant's CPU-heavy work behind one seam: answering a question (knowledge search, passages,
// the answerer with its LLM path) and extracting action items from notes. The assistant depends on
// this interface only, so the same work runs in this thread (CLI, console, tests, LIAISON_WORKERS=0)
// or in a pool of worker threads (the server: src/pool/), without the assistant knowing which.
import type { Answerer } from './knowledge/answer/types.js';
import type { KnowledgeSearch } from './knowledge/live.js';
import type { ExtractOptions, ExtractResult, Extractor } from './notes/types.js';
import { ask, type AskResult } from './skills/ask.js';

export interface HeavyWork extends Extractor {
  /** Answers a question; `context` is the question that started the thread (for short follow-ups). */
  ask(question: string, context?: string): Promise<AskResult>;
  extract(notes: string, opts: ExtractOptions): Promise<ExtractResult>;
  /** Stops what the work started (a pool's threads); in-process work has nothing to stop. */
  close(): Promise<void>;
}

export interface InProcessParts {
  knowledge: KnowledgeSearch;
  answerer: Answerer;
  extractor: Extractor;
}

/** The work done right here, on the caller's thread. */
export function inProcessWork(parts: InProcessParts): HeavyWork {
  return {
    ask: (question, context) => ask(parts.knowledge, parts.answerer, question, context),
    extract: (notes, opts) => parts.extractor.extract(notes, opts),
    close: async () => {},
  };
}
