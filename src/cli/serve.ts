// `liaison serve`: the same server as `npm start`; runs until interrupted.
import { createLogger } from '../log.js';
import { serve } from '../main.js';
import { parse } from './args.js';
import { showUsage, type Command } from './io.js';
import { cliClock } from './with-services.js';

const usage = `Usage: liaison serve

Starts the Liaison server (health, metrics, Slack when configured), like "npm start".
Stops on Ctrl-C (SIGINT) or SIGTERM.`;

export const serveCommand: Command = {
  name: 'serve',
  usage,
  async run(args, io) {
    if (!parse(args, {}, usage, { max: 0 })) return showUsage(io, usage);
    const config = io.loadConfig();
    const log = createLogger(config.logLevel, io.stderr);
    const running = await serve(config, log, cliClock(io));
    const signal = await new Promise<string>((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    });
    log.info({ signal }, 'shutting down');
    await running.stop();
    return 0;
  },
};
