// `liaison chat`: the console chat over the same assistant Slack and Teams use.
import { runRepl } from '../channels/console/repl.js';
import { ensureIndex } from '../services.js';
import { parse } from './args.js';
import { cliClock, withServices } from './with-services.js';
import { eprintln, showUsage, type Command } from './io.js';

const usage = `Usage: liaison chat [--index DIR]

Chat with Liaison in the terminal: questions, meeting notes (/notes), plan commands (/help).
Reads a terminal or a pipe (one message per line; a notes block ends with a line holding a single
"."), and stops at the end of its input. Builds the knowledge index first when there is none.

  --index DIR  the index to answer from (default: LIAISON_INDEX_DIR, or <data dir>/index)`;

export const chatCommand: Command = {
  name: 'chat',
  usage,
  async run(args, io) {
    const parsed = parse(args, { index: { type: 'string' } }, usage, { max: 0 });
    if (!parsed) return showUsage(io, usage);
    const index = parsed.str('index');
    return withServices(io, async (services, { config, log }) => {
      // A given index is used as it is (like `liaison ask --index`); the default one is built when missing.
      const built = index ? null : await ensureIndex(config, services.embedder, log, cliClock(io));
      if (built) eprintln(io, `Built the knowledge index: ${built.documents} documents, ${built.chunks} chunks.`);
      await runRepl({ assistant: services.assistant, clock: cliClock(io), user: io.user, input: io.stdin, output: io.stdout });
      return 0;
    }, index ? { indexDir: index } : {});
  },
};
