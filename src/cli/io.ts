// What every command gets: its streams, its settings, the time and the local user, so tests can
// run commands in-process with their own streams and environment.
import type { Config } from '../config.js';

export interface CliIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Reads and validates the settings (config.ts); throws ConfigError naming the bad variable. */
  loadConfig(): Config;
  now(): Date;
  /** The local operator's name: the actor of plan changes made from the command line. */
  user: string;
}

/** Bad arguments: the boundary prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface Command {
  name: string;
  usage: string;
  /** Returns the exit code. */
  run(args: string[], io: CliIO): Promise<number>;
}

export const println = (io: CliIO, text = '') => io.stdout.write(`${text}\n`);
export const eprintln = (io: CliIO, text = '') => io.stderr.write(`${text}\n`);
export const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** For --help: prints the usage on stdout; exit code 0. */
export function showUsage(io: CliIO, usage: string): number {
  println(io, usage);
  return 0;
}
