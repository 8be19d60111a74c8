// `liaison plan <sub>`: shared transition plans from the command line, as the local operator.
import { UsageError, showUsage, type Command } from '../io.js';
import { commitmentSubs } from './commitment.js';
import { logSub } from './log.js';
import { manageSubs } from './manage.js';
import type { PlanSub } from './sub.js';
import { viewSubs } from './view.js';

const SUBS: Record<string, PlanSub> = { ...manageSubs, ...viewSubs, log: logSub, ...commitmentSubs };

const usage = [
  'Usage: liaison plan <command> [arguments]',
  '',
  ...Object.values(SUBS).flatMap((s) => [`  ${s.usage}`, `      ${s.summary}`]),
  '',
  'PLAN is a plan label or id. COMMITMENT is an id or PLAN#n (n = its number in "liaison plan show").',
  'Run "liaison plan <command> --help" for one command.',
].join('\n');

export const planCommand: Command = {
  name: 'plan',
  usage,
  async run(args, io) {
    const [name, ...rest] = args;
    if (!name || name === '--help' || name === '-h' || name === 'help') return showUsage(io, usage);
    const sub = SUBS[name];
    if (!sub) throw new UsageError(`Unknown plan command "${name}".`, usage);
    try {
      return await sub.run(rest, io);
    } catch (err) {
      // Show the one command's usage line, not the whole list.
      if (err instanceof UsageError && err.usage === sub.usage) throw new UsageError(err.message, `Usage: ${sub.usage}\n  ${sub.summary}`);
      throw err;
    }
  },
};

