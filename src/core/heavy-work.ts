// The assistant's CPU-heavy work behind one seam: answering a question (knowledge search, passages,
// the directory's fields, the answerer with its LLM path), the next page of a directory answer, and
// extracting action items from notes. The assistant depends on this interface only, so the same work
// runs in this thread (CLI, console, tests, LIAISON_WORKERS=0, or a model configured) or in a pool of
// worker threads (the server, offline: src/pool/), without the assistant knowing which.
import type { Answerer } from './knowledge/answer/types.js';
import type { KnowledgeSearch } from './knowledge/live.js';
import type { ExtractOptions, ExtractResult, Extractor } from './notes/types.js';
import type { DirectoryAnswer } from './skills/directory.js';
import { ask, moreDirectory, type AskOptions, type AskResult } from './skills/ask.js';

export interface HeavyWork extends Extractor {
  /** Answers a question; `context` is the question that started the thread (for short follow-ups). */
  ask(question: string, context?: string, opts?: AskOptions): Promise<AskResult>;
  /** "Show more" on a directory answer: the services that fit `question` from the `from`-th on. */
  moreServices(question: string, from: number, opts?: AskOptions): Promise<DirectoryAnswer | undefined>;
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
    ask: (question, context, opts) => ask(parts.knowledge, parts.answerer, question, context, opts),
    moreServices: (question, from, opts) => moreDirectory(parts.knowledge, question, from, opts),
    extract: (notes, opts) => parts.extractor.extract(notes, opts),
    close: async () => {},
  };
}
