// `liaison chat`: the console chat over the same assistant Slack and Teams use.
import { runRepl } from '../channels/console/repl.js';
import { ensureIndex } from '../services.js';
import { parse } from './args.js';
import { cliClock, withServices } from './with-services.js';
import { eprintln, showUsage, type Command } from './io.js';

const usage = `Usage: liaison chat

Chat with Liaison in the terminal: questions, meeting notes (/notes), plan commands (/help).
Builds the knowledge index first when there is none.`;

export const chatCommand: Command = {
  name: 'chat',
  usage,
  async run(args, io) {
    if (!parse(args, {}, usage, { max: 0 })) return showUsage(io, usage);
    return withServices(io, async (services, { config, log }) => {
      const built = await ensureIndex(config, services.embedder, log, cliClock(io));
      if (built) eprintln(io, `Built the knowledge index: ${built.documents} documents, ${built.chunks} chunks.`);
      await runRepl({ assistant: services.assistant, clock: cliClock(io), user: io.user, input: io.stdin, output: io.stdout });
      return 0;
    });
  },
};
