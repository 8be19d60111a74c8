// The reminder loop on Redis: BullMQ runs the sweep from one job scheduler (one instance takes each
// tick) and each delivery as its own job, whose id is the ping's key (a duplicate is ignored), retried
// with exponential backoff or after the platform's Retry-After; a delivery still failing after its
// last try is recorded on the commitment (and shown in the digest) and kept in the failed set.
import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '../../log.js';
import { RedisKeys } from '../plans/redis-keys.js';
import { recordDelivery, sweepAll, type QueuedDelivery, type SweepDeps } from './sweep.js';
import type { ReminderEngine } from './timer-engine.js';

const QUEUE = 'reminders';
const SCHEDULER = 'reminder-sweep';
const ATTEMPTS = 6;
const BACKOFF_MS = 30_000;

/** BullMQ job ids may not hold ":" nor be all digits. */
export const jobIdFor = (key: string): string => `ping-${key.replace(/:/g, '_')}`;

export async function startBullmqEngine(deps: SweepDeps & { everyMs: number; redis: { url: string; prefix: string }; log: Logger }): Promise<ReminderEngine> {
  const prefix = new RedisKeys(deps.redis.prefix).bullmq;
  // BullMQ's connections must wait for Redis rather than fail requests (maxRetriesPerRequest: null).
  const connection = () => new Redis(deps.redis.url, { maxRetriesPerRequest: null });
  const queueConn = connection();
  const queue = new Queue(QUEUE, { connection: queueConn, prefix });
  const enqueue = async (items: QueuedDelivery[]) => {
    await queue.addBulk(
      items.map((item) => ({
        name: 'deliver',
        data: item,
        opts: { jobId: jobIdFor(item.delivery.key), attempts: ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS }, removeOnComplete: 1000, removeOnFail: false },
      })),
    );
  };
  const sweepDeps: SweepDeps = { ...deps, enqueue };
  const workerConn = connection();
  const worker = new Worker(
    QUEUE,
    async (job: Job, token?: string) => {
      if (job.name === 'sweep') return { pings: (await sweepAll(sweepDeps)).length };
      const item = job.data as QueuedDelivery;
      const result = await deps.notifiers.deliverOnce(item.delivery);
      if (result.status === 'sent') return void (await recordDelivery(deps.store, deps.clock, item, 'sent'));
      if (result.status === 'unreachable') return void (await recordDelivery(deps.store, deps.clock, item, 'failed', result.reason));
      if (result.retryAfterMs !== undefined && job.attemptsMade + 1 < ATTEMPTS) {
        await job.moveToDelayed(Date.now() + result.retryAfterMs, token);
        throw new DelayedError();
      }
      throw new Error(result.reason);
    },
    { connection: workerConn, prefix, concurrency: 4 },
  );
  worker.on('failed', (job, err) => {
    if (!job || job.name !== 'deliver' || job.attemptsMade < ATTEMPTS) return;
    deps.log.warn({ job: job.id, err: err.message }, 'reminder delivery failed after every retry');
    void recordDelivery(deps.store, deps.clock, job.data as QueuedDelivery, 'failed', err.message).catch((e: unknown) => deps.log.error({ err: e }, 'could not record a failed delivery'));
  });
  worker.on('error', (err) => deps.log.warn({ err: err.message }, 'reminder worker error'));
  await queue.upsertJobScheduler(SCHEDULER, { every: deps.everyMs }, { name: 'sweep', opts: { removeOnComplete: 100, removeOnFail: 100 } });
  return {
    runOnce: (opts) => sweepAll(sweepDeps, opts),
    async stop() {
      await worker.close();
      await queue.close();
      queueConn.disconnect();
      workerConn.disconnect();
    },
  };
}
