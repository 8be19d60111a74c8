// The answering seam: search hits in, a cited answer (or an honest "I don't know") out.
import type { Citation } from '../../messages.js';
import type { GateVerdict } from './gate.js';
import type { CorpusStats } from '../search.js';
import type { Chunk, Hit } from '../types.js';
import type { ThreadRef } from '../../llm-memory-keys.js';

export interface Answer {
  /** Markdown with [n] markers that match `citations`. */
  text: string;
  /** Numbered 1..n in the order first cited in `text`. Empty when declining. */
  citations: Citation[];
  /** False when Liaison declined because the knowledge folder does not answer the question. */
  grounded: boolean;
  mode: 'extractive' | 'llm';
  /** Set when the LLM path could not be used and the answer came from the extractive path. */
  fallback?: string;
  /** When declining: the nearest sources, listed for the curious, never presented as an answer. */
  closest?: Citation[];
  /** Why the grounding gate answered or declined (`liaison ask --explain` shows it). */
  gate?: GateVerdict;
}

/** What the answerer may know beyond the hits: how the whole folder uses each word. */
export interface AnswerContext {
  corpus?: CorpusStats;
  /** The thread the question was asked in: a model remembers its earlier turns there. */
  thread?: ThreadRef;
  /** Names of the directory's partners (and the asker): the only names a model may see. Read only when a model is asked. */
  partners?: () => Promise<string[]>;
  /** Every chunk of a source, in reading order: the answer may quote the best source's other sections. */
  chunksOf?: (source: string) => readonly Chunk[];
}

export interface Answerer {
  answer(question: string, hits: Hit[], ctx?: AnswerContext): Promise<Answer>;
}

export const DECLINE_TEXT =
  "I don't know: the knowledge folder has nothing that answers that. Your team's transition coordinator may know; " +
  'if they find the answer, add it to the knowledge folder so I can share it next time.';

export const FALLBACK_NOTE = 'The AI service did not answer, so this is a direct quote from the sources.';
export const UNCITED_NOTE = 'The AI answer named no sources, so this is a direct quote from the sources instead.';
