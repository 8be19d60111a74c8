// The reminder loop's costs (`npm run bench`), on the real Redis store when one answers:
// - sweep cost with 100k and with 1M open commitments in the ping index, the same 200 due now: the
//   sweep reads the index (O(log n + k)), so the ratio should stay near 1. The commitments not due
//   are index entries only: a sweep never reads their bodies, so they are not written.
// - 10,000 pings due at once, delivered through the local Slack Web API server by two sweepers at once
//   over the same store: every ping once, none lost, none doubled, and how long it takes.
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { createSlackNotifier } from '../src/channels/slack/notifier.js';
import { fixedClock } from '../src/core/clock.js';
import { RedisKeys } from '../src/core/plans/redis-keys.js';
import { openRedisStore, type RedisPlanStore } from '../src/core/plans/redis-store.js';
import { PlanService } from '../src/core/plans/plan-service.js';
import { NO_HOLIDAYS } from '../src/core/reminders/calendar.js';
import { Notifiers } from '../src/core/reminders/deliver.js';
import { ReminderPlanner } from '../src/core/reminders/planner.js';
import { DEFAULT_POLICY } from '../src/core/reminders/policy.js';
import { sweep } from '../src/core/reminders/sweep.js';
import { silentLogger } from '../src/log.js';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { percentile } from './stats.js';

const URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface ReminderFigures {
  ran: boolean;
  reason?: string;
  sweepMs?: { n: number; p50: number }[];
  ratio?: number;
  delivered?: { pings: number; seconds: number; perSecond: number; doubled: number; lost: number };
}

async function clear(admin: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await admin.scan(cursor, 'MATCH', new RedisKeys(prefix).all, 'COUNT', 5000);
    if (keys.length) await admin.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

async function planWithDue(store: RedisPlanStore, clock: ReturnType<typeof fixedClock>, planner: ReminderPlanner, count: number, due: string): Promise<PlanService> {
  const plans = new PlanService({ store, clock, reminders: planner });
  const rows = Array.from({ length: count }, (_, i) => `p${i},Partner ${i},Agency,school,U${String(i).padStart(7, '0')},America/New_York`);
  await plans.importPartnersCsv(`id,name,agency,kind,slack_user_id,time_zone\n${rows.join('\n')}\n`);
  const cli = { actor: { platform: 'cli' as const, userId: 'bench' } };
  await plans.createPlan({ label: 'BENCH-1', coordinator: 'p0' }, cli);
  for (let i = 0; i < count; i += 100) {
    const items = Array.from({ length: Math.min(100, count - i) }, (_, j) => ({ owners: [`p${i + j}`], task: `task ${i + j}`, due, quote: '' }));
    await plans.logMeeting({ planId: 'BENCH-1', meetingDate: '2026-12-01', notesText: `batch ${i}`, items, ...cli });
  }
  return plans;
}

export async function reminderSection(): Promise<ReminderFigures> {
  const admin = new Redis(URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  admin.on('error', () => undefined);
  try {
    await admin.connect();
  } catch (err) {
    return { ran: false, reason: `no Redis at ${URL} (${(err as Error).message})` };
  }
  const prefix = `liaison-bench:${process.pid}:`;
  const planner = new ReminderPlanner(DEFAULT_POLICY, NO_HOLIDAYS);
  const slack = await startFakeSlack();
  try {
    // Sweep cost: 200 due now, plus N index entries far in the future.
    const clock = fixedClock('2026-12-01T15:00:00Z');
    const store = await openRedisStore({ url: URL, prefix });
    await planWithDue(store, clock, planner, 200, '2026-12-02');
    clock.set('2026-12-02T15:00:00Z');
    const keys = new RedisKeys(prefix);
    const far = Date.parse('2030-01-01T00:00:00Z');
    const notifiers = new Notifiers([createSlackNotifier({ botToken: 'xoxb-bench', apiUrl: slack.apiUrl, log: silentLogger })]);
    const sweepMs: { n: number; p50: number }[] = [];
    let filled = 0;
    for (const n of [100_000, 1_000_000]) {
      for (; filled < n; filled += 10_000) {
        const args: (string | number)[] = [];
        for (let i = filled; i < filled + 10_000; i++) args.push(far + i, `idle-${i}`);
        await admin.zadd(keys.pings, ...args);
      }
      const times: number[] = [];
      for (let r = 0; r < 7; r++) {
        const t = performance.now();
        const recs = await sweep({ store, planner, notifiers, clock }, { dryRun: true });
        times.push(performance.now() - t);
        if (recs.length !== 200) throw new Error(`expected 200 pings due, got ${recs.length}`);
      }
      sweepMs.push({ n, p50: percentile(times, 50) });
    }
    await store.close();
    await clear(admin, prefix);

    // Throughput: 10,000 pings due at once (each to its own DM, so Slack's per-channel limit of about
    // one message a second never binds; a 429 would be honoured through Retry-After), two sweepers on
    // one Redis, delivered to the local Slack server.
    const pings = 10_000;
    const clock2 = fixedClock('2026-12-01T15:00:00Z');
    const [a, b] = await Promise.all([openRedisStore({ url: URL, prefix }), openRedisStore({ url: URL, prefix })]);
    await planWithDue(a, clock2, planner, pings, '2026-12-02');
    clock2.set('2026-12-02T15:00:00Z');
    const before = slack.callsTo('chat.postMessage').length;
    const t = performance.now();
    let total = 0;
    for (;;) {
      const [ra, rb] = await Promise.all([sweep({ store: a, planner, notifiers, clock: clock2 }), sweep({ store: b, planner, notifiers, clock: clock2 })]);
      total += ra.length + rb.length;
      if (!ra.length && !rb.length) break;
    }
    const seconds = (performance.now() - t) / 1000;
    const posted = slack.callsTo('chat.postMessage').slice(before);
    const channels = new Set(posted.map((c) => String(c.args.channel)));
    await Promise.all([a.close(), b.close()]);
    return {
      ran: true,
      sweepMs,
      ratio: sweepMs[1]!.p50 / sweepMs[0]!.p50,
      delivered: { pings: total, seconds, perSecond: total / seconds, doubled: posted.length - channels.size, lost: pings - channels.size },
    };
  } catch (err) {
    return { ran: false, reason: (err as Error).message.split('\n')[0]! };
  } finally {
    await clear(admin, prefix).catch(() => undefined);
    await slack.close();
    admin.disconnect();
  }
}
