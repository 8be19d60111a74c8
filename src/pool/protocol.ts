// The messages between the pool (main thread) and its worker threads. Everything in them is plain
// data (structured clone): a question or notes in, an AskResult or ExtractResult out.
import { LiaisonError, type ErrorCode } from '../core/errors.js';
import type { Hinted } from '../core/hints.js';
import type { LlmConfig } from '../core/llm-config.js';
import type { ExtractOptions, ExtractResult } from '../core/notes/types.js';
import type { AskResult } from '../core/skills/ask.js';

/** What a worker needs to build its own knowledge search and skills (a slice of Config). */
export interface WorkerSetup {
  indexDir: string;
  llm?: LlmConfig;
  abstainThreshold?: number;
  logLevel: string;
}

/** One piece of work; the pool numbers it (WorkRequest) to match the response. */
export type WorkCall = { kind: 'ask'; question: string; context?: string } | { kind: 'extract'; notes: string; opts: ExtractOptions };

/** `sentAt`: epoch ms (timeOrigin + now, comparable across threads), so the worker can tell how long it waited. */
export type WorkRequest = WorkCall & { id: number; sentAt: number };

/** `waitedMs`: from sending until the thread began the work (it was busy with others meanwhile). */
export type WorkResponse = ({ result: AskResult | ExtractResult } | { error: WireError }) & { id: number; waitedMs: number };

/** Now as epoch ms with sub-ms precision, on the same scale in every thread (a duration's ends only). */
export const threadNow = (): number => performance.timeOrigin + performance.now();

/** An error as it crosses the thread boundary: a LiaisonError keeps its code and its words for the person. */
export interface WireError {
  message: string;
  code?: ErrorCode;
  said?: Hinted;
}

export function toWire(err: unknown): WireError {
  if (err instanceof LiaisonError) return { message: err.message, code: err.code, said: err.said };
  return { message: err instanceof Error ? err.message : String(err) };
}

export function fromWire(e: WireError): Error {
  return e.code && e.said ? new LiaisonError(e.code, e.said) : new Error(e.message);
}
