// Settings, a stderr logger and notes input: what the light commands share.
import { readFile, stat } from 'node:fs/promises';
import type { Config } from '../config.js';
import { LiaisonError } from '../core/errors.js';
import { MAX_NOTES_BYTES } from '../core/notes/index.js';
import { createLogger, type Logger } from '../log.js';
import type { CliIO } from './io.js';

export interface CliContext {
  config: Config;
  log: Logger;
}

export function openContext(io: CliIO): CliContext {
  const config = io.loadConfig();
  return { config, log: createLogger(config.cliLogLevel, io.stderr) };
}

export async function readStdin(io: CliIO): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of io.stdin) parts.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(parts).toString('utf8');
}

/** Meeting notes from a file, or standard input for `-` or no file. A file over 64 KB is refused unread. */
export async function readNotes(io: CliIO, file: string | undefined): Promise<{ text: string; fromStdin: boolean }> {
  if (!file || file === '-') {
    if (io.stdin.isTTY) io.stderr.write('Paste the meeting notes, then press Ctrl-D on a new line.\n');
    return { text: await readStdin(io), fromStdin: true };
  }
  const info = await stat(file).catch(() => {
    throw new LiaisonError('not_found', `Cannot read ${file}: no such file. Check the path.`);
  });
  if (info.size > MAX_NOTES_BYTES) {
    throw new LiaisonError('too_large', `${file} is ${Math.ceil(info.size / 1024)} KB; the limit is ${MAX_NOTES_BYTES / 1024} KB. Split the notes into parts and log each.`);
  }
  return { text: await readFile(file, 'utf8'), fromStdin: false };
}
