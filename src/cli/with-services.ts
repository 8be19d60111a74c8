// The services for plan, partner and chat commands, built exactly as the server builds them.
import path from 'node:path';
import type { Clock } from '../core/clock.js';
import type { RequestContext } from '../core/plans/plan-service.js';
import { buildServices, type Services } from '../services.js';
import { openContext, type CliContext } from './context.js';
import type { CliIO } from './io.js';

/** Runs `fn` with the services and always closes the plan store afterwards. `indexDir` overrides the settings' index. */
export async function withServices<T>(io: CliIO, fn: (s: Services, cx: CliContext) => Promise<T>, opts: { indexDir?: string } = {}): Promise<T> {
  const opened = openContext(io);
  const cx = opts.indexDir ? { ...opened, config: { ...opened.config, indexDir: path.resolve(opts.indexDir) } } : opened;
  const services = await buildServices(cx.config, cx.log, { clock: cliClock(io) });
  try {
    return await fn(services, cx);
  } finally {
    await services.close();
  }
}

/** The CLI's clock is the one its composition root (cli.ts, or a test) handed it. */
export const cliClock = (io: CliIO): Clock => ({ now: () => io.now() });

/** The command line is the local operator, whom the plan service trusts. */
export function cliCtx(io: CliIO): RequestContext {
  return { actor: { platform: 'cli', userId: io.user, name: io.user } };
}

