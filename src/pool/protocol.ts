// The messages between the pool (main thread) and its worker threads. Everything in them is plain
// data (structured clone): a question or notes in, an AskResult or ExtractResult out.
import { fixedClock } from '../core/clock.js';
import { LiaisonError, type ErrorCode } from '../core/errors.js';
import type { Hinted } from '../core/hints.js';
import type { ExtractOptions, ExtractResult } from '../core/notes/types.js';
import type { DistrictPlace } from '../core/knowledge/directory/places.js';
import type { ThreadRef } from '../core/llm-memory-keys.js';
import type { AskOptions, AskResult } from '../core/skills/ask.js';
import type { DirectoryAnswer } from '../core/skills/directory.js';

/** What a worker needs to build its own knowledge search and skills (a slice of Config; offline only). */
export interface WorkerSetup {
  indexDir: string;
  abstainThreshold?: number;
  places?: DistrictPlace[];
  logLevel: string;
}

/**
 * AskOptions as they cross to a worker, as plain data: the clock becomes the moment it read (what
 * "open now" is judged against). The partners' names are not sent: the pool answers only offline
 * (services.ts createHeavyWork), where no model sees a name.
 */
export interface WireAskOptions {
  thread?: ThreadRef;
  timeZone?: string;
  /** Epoch ms: the asking thread's clock when it sent the question. */
  at?: number;
}

export function toWireAsk(opts: AskOptions = {}): WireAskOptions {
  return {
    ...(opts.thread ? { thread: opts.thread } : {}),
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    ...(opts.clock ? { at: opts.clock.now().getTime() } : {}),
  };
}

export function fromWireAsk(w: WireAskOptions = {}): AskOptions {
  return {
    ...(w.thread ? { thread: w.thread } : {}),
    ...(w.timeZone ? { timeZone: w.timeZone } : {}),
    ...(w.at !== undefined ? { clock: fixedClock(new Date(w.at)) } : {}),
  };
}

/** One piece of work; the pool numbers it (WorkRequest) to match the response. */
export type WorkCall =
  | { kind: 'ask'; question: string; context?: string; opts: WireAskOptions }
  | { kind: 'more'; question: string; from: number; opts: WireAskOptions }
  | { kind: 'extract'; notes: string; opts: ExtractOptions };

/** `sentAt`: epoch ms (timeOrigin + now, comparable across threads), so the worker can tell how long it waited. */
export type WorkRequest = WorkCall & { id: number; sentAt: number };

/** `waitedMs`: from sending until the thread began the work (it was busy with others meanwhile). */
export type WorkResponse = ({ result: AskResult | DirectoryAnswer | ExtractResult | undefined } | { error: WireError }) & {
  id: number;
  waitedMs: number;
  /** The thread's V8 heap after the work, bytes: what each answer thread keeps, for /metrics. */
  heap?: { used: number; total: number };
};

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
