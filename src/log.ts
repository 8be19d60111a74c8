// Structured logging. Message bodies (student data) are never logged at info level: log ids and
// sizes at info, and put text only behind `debug`.
import { destination as pinoDestination, pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { app: 'liaison' },
      redact: { paths: ['*.token', '*.apiKey', '*.authorization', 'headers.authorization'], remove: true },
    },
    destination ?? pinoDestination({ dest: 2, sync: true }),
  );
}

/** A logger that drops everything; for tests and library callers that pass none. */
export const silentLogger: Logger = pino({ level: 'silent' });
