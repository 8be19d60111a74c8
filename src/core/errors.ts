// Typed errors with a stable code. Core throws them; each channel has exactly one boundary that
// turns them into a helpful message for the person and a structured log line.
import { randomBytes } from 'node:crypto';
import { plainWording, wordHints, type Hint, type Hinted } from './hints.js';

export type ErrorCode =
  | 'bad_input'
  | 'too_large'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'index_missing'
  | 'index_stale'
  | 'llm_failed'
  | 'store_unavailable'
  | 'internal';

export class LiaisonError extends Error {
  /** The message with `{{hint:N}}` placeholders for what the person can do; each channel words them. */
  readonly said: Hinted;

  constructor(
    readonly code: ErrorCode,
    /** Safe to show to the person: says what was wrong and what to do (with hints, see hints.ts). */
    message: string | Hinted,
    options?: { cause?: unknown },
  ) {
    const said = typeof message === 'string' ? { text: message, hints: [] as Hint[] } : message;
    super(wordHints(said.text, said.hints, plainWording), options);
    this.said = said;
    this.name = 'LiaisonError';
  }
}

export const badInput = (message: string | Hinted) => new LiaisonError('bad_input', message);
export const notFound = (message: string | Hinted) => new LiaisonError('not_found', message);
export const forbidden = (message: string | Hinted) => new LiaisonError('forbidden', message);

/** A short reference id shown to the person and written to the log, to find one in the other. */
export function newRef(): string {
  return `LSN-${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** What the person sees for any error: the error's own message (and hints) when it is ours, else a generic one. */
export function describeError(err: unknown, ref: string): Hinted {
  if (err instanceof LiaisonError && err.code !== 'internal') return { text: `${err.said.text} (ref ${ref})`, hints: err.said.hints };
  return {
    text: `Sorry, something went wrong on my side and I could not finish that. Please try again; if it keeps happening, give your administrator the reference ${ref}.`,
    hints: [],
  };
}
