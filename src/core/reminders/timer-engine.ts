// The reminder loop on the embedded store: an in-process timer runs the sweep (never two at once in
// one process); the store's claims keep several processes on one data folder from sending a ping twice.
import type { Logger } from '../../log.js';
import { sweepAll, type PingRecord, type SweepDeps } from './sweep.js';

export interface ReminderEngine {
  /** One sweep now (or as if the clock read `at`); what it did, one record per ping. */
  runOnce(opts?: { at?: Date; dryRun?: boolean }): Promise<PingRecord[]>;
  stop(): Promise<void>;
}

export function startTimerEngine(deps: SweepDeps & { everyMs: number; log: Logger }): ReminderEngine {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    running = sweepAll(deps)
      .catch((err: unknown) => deps.log.error({ err }, 'reminder sweep failed; the next one will try again'))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, deps.everyMs);
  timer.unref();
  setImmediate(tick);
  return {
    runOnce: (opts) => sweepAll(deps, opts),
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
