// The reminder loop on Redis: two instances sweep at the same moment through BullMQ, and each ping is
// delivered once (claimed, then one delivery job keyed by the ping); a delivery failing passingly is
// retried by the queue. Real Redis, a unique key prefix, everything removed afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.js';
import { RedisKeys } from '../../../src/core/plans/redis-keys.js';
import { openRedisStore } from '../../../src/core/plans/redis-store.js';
import { PlanService } from '../../../src/core/plans/plan-service.js';
import { startBullmqEngine } from '../../../src/core/reminders/bullmq-engine.js';
import { NO_HOLIDAYS } from '../../../src/core/reminders/calendar.js';
import { Notifiers } from '../../../src/core/reminders/deliver.js';
import type { Delivery, DeliveryResult, Notifier } from '../../../src/core/reminders/notifier.js';
import { ReminderPlanner } from '../../../src/core/reminders/planner.js';
import { DEFAULT_POLICY } from '../../../src/core/reminders/policy.js';
import { silentLogger } from '../../../src/log.js';
import { keysWithPrefix, openTestRedis, redisUnavailableReason, testRedisUrl, uniquePrefix } from '../../helpers/redis.js';

const unavailable = await redisUnavailableReason();

class FlakyOnce implements Notifier {
  readonly platform = 'slack' as const;
  calls = 0;
  sent: Delivery[] = [];
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.calls += 1;
    if (this.calls === 1) return { status: 'retry', reason: 'HTTP 429', retryAfterMs: 50 };
    this.sent.push(d);
    return { status: 'sent' };
  }
}

describe.skipIf(unavailable !== null)(unavailable ? `BullMQ reminders (skipped: ${unavailable})` : 'BullMQ reminders on a real Redis', () => {
  const admin = unavailable ? null : openTestRedis();
  afterAll(async () => {
    await admin?.quit();
  });

  it('delivers each ping once when two instances sweep at the same moment, retrying after Retry-After', async () => {
    const prefix = uniquePrefix('bullmq');
    const clock = fixedClock('2026-12-07T15:00:00Z');
    const planner = new ReminderPlanner(DEFAULT_POLICY, NO_HOLIDAYS);
    const [s1, s2] = await Promise.all([openRedisStore({ url: testRedisUrl, prefix }), openRedisStore({ url: testRedisUrl, prefix })]);
    const plans = new PlanService({ store: s1, clock, reminders: planner });
    await plans.importPartnersCsv('id,name,agency,kind,slack_user_id,time_zone\nrivera,Maria Rivera,School,school,U0RIVERA,America/New_York\nokafor,Tom Okafor,School,school,U0OKAFOR,America/New_York\n');
    const cli = { actor: { platform: 'cli' as const, userId: 'op' } };
    await plans.createPlan({ label: 'JR-2027', coordinator: 'Maria Rivera' }, cli);
    await plans.logMeeting({ planId: 'JR-2027', meetingDate: '2026-12-07', notesText: 'x', items: [{ owners: ['Tom Okafor'], task: 'call the CIL', due: '2026-12-09', quote: 'Tom to call the CIL' }], ...cli });
    const notifier = new FlakyOnce();
    const engines = await Promise.all(
      [s1, s2].map((store) => startBullmqEngine({ store, planner, notifiers: new Notifiers([notifier]), clock, log: silentLogger, everyMs: 3_600_000, redis: { url: testRedisUrl, prefix } })),
    );
    try {
      clock.set('2026-12-09T14:00:00Z');
      const [a, b] = await Promise.all(engines.map((e) => e.runOnce()));
      expect([...a, ...b].filter((r) => r.kind !== 'digest').map((r) => [r.kind, r.status])).toEqual([['due', 'deferred']]);
      const deadline = Date.now() + 10_000;
      let logged: string[] = [];
      while (Date.now() < deadline) {
        const [c] = await s1.listCommitments((await plans.load('JR-2027')).id);
        logged = (c?.reminders?.log ?? []).map((l) => `${l.kind}:${l.status}`);
        if (logged.length) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(logged).toEqual(['due:sent']);
      expect(notifier.sent.filter((d) => !d.key.includes(':digest:'))).toHaveLength(1);
      expect(notifier.calls - notifier.sent.filter((d) => d.key.includes(':digest:')).length).toBe(2); // the 429, then the retry after its Retry-After
    } finally {
      await Promise.all(engines.map((e) => e.stop()));
      await Promise.all([s1.close(), s2.close()]);
      const keys = await keysWithPrefix(admin!, new RedisKeys(prefix).all);
      if (keys.length) await admin!.del(...keys);
    }
  });
});
