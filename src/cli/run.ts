// The dispatcher and the CLI's one error boundary: bad arguments and settings exit 2, our own
// errors print their message (no stack) and exit 1, anything else a short message and exit 1.
import { ConfigError } from '../config.js';
import { LiaisonError } from '../core/errors.js';
import { wordHints } from '../core/hints.js';
import { cliWording } from './hints.js';
import { eprintln, println, UsageError, type CliIO, type Command } from './io.js';

/** The commands, each loaded only when used so a command starts without the others' modules. */
export const COMMANDS: { name: string; summary: string; load(): Promise<Command> }[] = [
  { name: 'ingest', summary: 'build or update the knowledge index from the knowledge folder', load: async () => (await import('./ingest.js')).ingestCommand },
  { name: 'ask', summary: 'answer a question (or one per line of standard input) from the knowledge index', load: async () => (await import('./ask.js')).askCommand },
  { name: 'eval', summary: 'measure answers (and notes) on your own questions, beside plain BM25', load: async () => (await import('./eval.js')).evalCommand },
  { name: 'notes', summary: 'show the action items found in meeting notes, without logging them', load: async () => (await import('./notes.js')).notesCommand },
  { name: 'partners', summary: 'import the partner directory from a CSV, or list it', load: async () => (await import('./partners.js')).partnersCommand },
  { name: 'plan', summary: 'create and manage shared transition plans, log notes, close commitments', load: async () => (await import('./plan/index.js')).planCommand },
  { name: 'remind', summary: 'run the reminder loop once, or list the next ping of each commitment', load: async () => (await import('./remind.js')).remindCommand },
  { name: 'chat', summary: 'chat with Liaison in the terminal (builds the index first if needed)', load: async () => (await import('./chat.js')).chatCommand },
  { name: 'serve', summary: 'run the server (same as npm start)', load: async () => (await import('./serve.js')).serveCommand },
];

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
    println(io, topic ? (await topic.load()).usage : overview());
    return name === 'help' && args[0] && !topic ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    eprintln(io, `Unknown command "${name}".\n\n${overview()}`);
    return 2;
  }
  try {
    const command = await entry.load();
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
      eprintln(io, wordHints(err.said.text, err.said.hints, cliWording));
      return 1;
    }
    eprintln(io, `liaison ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}
