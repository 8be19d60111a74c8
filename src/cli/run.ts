// The dispatcher and the CLI's one error boundary: bad arguments and settings exit 2, our own
// errors print their message (no stack) and exit 1, anything else a short message and exit 1.
import { ConfigError } from '../config.js';
import { LiaisonError } from '../core/errors.js';
import { askCommand } from './ask.js';
import { chatCommand } from './chat.js';
import { ingestCommand } from './ingest.js';
import { eprintln, println, UsageError, type CliIO, type Command } from './io.js';
import { notesCommand } from './notes.js';
import { partnersCommand } from './partners.js';
import { planCommand } from './plan/index.js';
import { serveCommand } from './serve.js';

export const COMMANDS: Command[] = [ingestCommand, askCommand, notesCommand, partnersCommand, planCommand, chatCommand, serveCommand];

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    'Usage: liaison <command> [arguments]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}this list, or "liaison help <command>" for one command`,
    '',
    'Settings come from the environment or a .env file (see .env.example).',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === args[0]) : undefined;
    println(io, topic ? topic.usage : overview());
    return name === 'help' && args[0] && !topic ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    eprintln(io, `Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      eprintln(io, `${err.message}\n\n${err.usage}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      eprintln(io, err.message);
      return 2;
    }
    if (err instanceof LiaisonError) {
      eprintln(io, err.message);
      return 1;
    }
    eprintln(io, `liaison ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
