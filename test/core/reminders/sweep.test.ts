// The reminder loop end to end in core, with a fixed clock, the embedded store and a notifier that
// records what it is asked to deliver: who gets each ping, once, and what the commitment keeps.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.js';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { PlanService, type RequestContext } from '../../../src/core/plans/plan-service.js';
import { NO_HOLIDAYS } from '../../../src/core/reminders/calendar.js';
import { Notifiers } from '../../../src/core/reminders/deliver.js';
import type { Delivery, DeliveryResult, Notifier } from '../../../src/core/reminders/notifier.js';
import { ReminderPlanner } from '../../../src/core/reminders/planner.js';
import { DEFAULT_POLICY } from '../../../src/core/reminders/policy.js';
import { HAND_OFF_MS, IN_FLIGHT_MS, sweep, type SweepDeps } from '../../../src/core/reminders/sweep.js';
import type { PlanStore } from '../../../src/core/plans/store.js';

const PARTNERS = `id,name,agency,kind,email,slack_user_id,time_zone,preferred_platform
rivera,Maria Rivera,Maple County Schools,school,mrivera@example.org,U0RIVERA,America/New_York,slack
alvarez,Dana Alvarez,DVR,agency,dalvarez@example.org,U0ALVAREZ,America/New_York,slack
okafor,Tom Okafor,Maple County Schools,school,tokafor@example.org,U0OKAFOR,America/Chicago,slack
`;

class RecordingNotifier implements Notifier {
  readonly platform = 'slack' as const;
  sent: Delivery[] = [];
  failNext: DeliveryResult[] = [];
  async deliver(d: Delivery): Promise<DeliveryResult> {
    const planned = this.failNext.shift();
    if (planned) return planned;
    this.sent.push(d);
    return { status: 'sent' };
  }
}

const coordinator: RequestContext = { actor: { platform: 'slack', userId: 'U0RIVERA', name: 'Maria Rivera' }, conversation: { platform: 'slack', id: 'C1', kind: 'channel' } };
let dir: string;
let store: PlanStore;
let plans: PlanService;
let clock: ReturnType<typeof fixedClock>;
let slack: RecordingNotifier;
let deps: SweepDeps;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'liaison-sweep-'));
  clock = fixedClock('2026-12-07T15:00:00Z'); // Monday
  store = await openEmbeddedStore({ dataDir: dir, clock });
  const planner = new ReminderPlanner(DEFAULT_POLICY, NO_HOLIDAYS);
  plans = new PlanService({ store, clock, reminders: planner, defaultTimeZone: 'America/New_York' });
  await plans.importPartnersCsv(PARTNERS);
  await plans.createPlan({ label: 'JR-2027', coordinator: 'Maria Rivera' }, coordinator);
  for (const m of ['Dana Alvarez', 'Tom Okafor']) await plans.addMember('JR-2027', m, coordinator);
  await plans.linkConversation('JR-2027', { platform: 'slack', id: 'C1' }, coordinator);
  await plans.recordConsent('JR-2027', { agencies: ['DVR'], givenBy: 'parent', from: '2026-09-01', until: '2027-08-31' }, coordinator);
  slack = new RecordingNotifier();
  deps = { store, planner, notifiers: new Notifiers([slack], { attempts: 3, baseMs: 1, maxWaitMs: 1 }, async () => {}), clock };
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const log = (items: { owners: string[]; task: string; due: string | null }[], again = false) =>
  plans.logMeeting({ planId: 'JR-2027', meetingDate: '2026-12-07', notesText: items.map((i) => i.task).join('\n') + String(again), items: items.map((i) => ({ ...i, quote: `${i.owners[0]} will ${i.task}` })), again, ...coordinator });

describe('the reminder sweep', () => {
  it('pings the owner on their platform when a ping is due, once, even with two sweepers at once', async () => {
    await log([{ owners: ['Dana Alvarez'], task: 'send the VR packet', due: '2026-12-11' }]);
    expect(await sweep(deps)).toEqual([]); // Monday: the "coming up" is Wednesday 08:00
    clock.set('2026-12-09T13:30:00Z');
    const [a, b] = await Promise.all([sweep(deps), sweep(deps)]);
    expect([...a, ...b].map((r) => [r.kind, r.to, r.status])).toEqual([['upcoming', { partner: 'alvarez', platform: 'slack' }, 'sent']]);
    expect(slack.sent).toHaveLength(1);
    expect(slack.sent[0]!.to).toMatchObject({ platform: 'slack', userId: 'U0ALVAREZ' });
    expect(slack.sent[0]!.reply.text).toMatch(/^\*\*Coming up on JR-2027\*\*: send the VR packet, due Fri 2026-12-11\./);
    expect(slack.sent[0]!.reply.actions?.map((x) => x.id)).toEqual(['commitment.done', 'commitment.snooze', 'commitment.snooze', 'commitment.cannot', 'commitment.reassign']);
    expect(await sweep(deps)).toEqual([]); // run again at the same moment: nothing new
  });

  it('holds a ping due during quiet hours until the owner’s working morning, without rewriting the commitment every sweep', async () => {
    const { logged } = await log([{ owners: ['Dana Alvarez'], task: 'send the VR packet', due: '2026-12-11' }]);
    clock.set('2026-12-10T03:00:00Z'); // 22:00 in New York, after the "coming up" moment
    expect(await sweep(deps)).toEqual([]);
    const audits = (await store.listAudit(logged[0]!.planId)).length;
    clock.advance(5 * 60_000);
    expect(await sweep(deps)).toEqual([]);
    expect((await store.listAudit(logged[0]!.planId)).length).toBe(audits);
    clock.set('2026-12-10T13:00:00Z'); // 08:00
    expect((await sweep(deps)).map((r) => r.kind)).toEqual(['upcoming']);
  });

  it('gives a commitment closed before the sweep no ping', async () => {
    const { logged } = await log([{ owners: ['Dana Alvarez'], task: 'send the VR packet', due: '2026-12-11' }]);
    await plans.markDone(logged[0]!.id, 'done', coordinator);
    clock.set('2026-12-14T14:00:00Z');
    expect(await sweep(deps)).toEqual([]);
    expect(slack.sent).toEqual([]);
  });

  it('tells the coordinator on the 5th working day overdue, with what was tried and the IEP rule for an agency’s IEP service', async () => {
    const { logged } = await log([{ owners: ['Dana Alvarez'], task: 'start the job coaching', due: '2026-12-11' }]);
    await plans.setIepService(logged[0]!.id, true, coordinator);
    for (const at of ['2026-12-09T14:00:00Z', '2026-12-11T14:00:00Z', '2026-12-14T14:00:00Z', '2026-12-16T14:00:00Z', '2026-12-18T14:00:00Z']) {
      clock.set(at);
      await sweep(deps);
    }
    expect(slack.sent.map((d) => [d.to.userId, d.reply.text.split(':')[0]])).toEqual([
      ['U0ALVAREZ', '**Coming up on JR-2027**'],
      ['U0ALVAREZ', '**Due today on JR-2027**'],
      ['U0ALVAREZ', '**Overdue on JR-2027**'],
      ['U0ALVAREZ', '**Overdue on JR-2027**'],
      ['U0RIVERA', '**Still overdue on JR-2027**'],
    ]);
    const escalation = slack.sent[4]!.reply;
    expect(escalation.text).toMatch(/Dana Alvarez \(DVR\) owes "start the job coaching"/);
    expect(escalation.text).toMatch(/Already tried: upcoming reminder on 2026-12-09 to Dana Alvarez/);
    expect(escalation.text).toMatch(/34 CFR 300\.324\(c\)\(1\)/);
    expect(escalation.actions?.map((x) => x.id)).toEqual(['commitment.remind', 'commitment.reassign', 'commitment.close', 'commitment.reconvene']);
    clock.set('2026-12-28T14:00:00Z');
    expect(await sweep(deps)).toEqual([]); // after the escalation the owner gets no more automatic nudges
    await plans.remindAgain(logged[0]!.id, coordinator);
    const again = await sweep(deps);
    expect(again.map((r) => [r.kind, r.to.partner])).toEqual([['overdue', 'alvarez']]);
  });

  it('sends an agency’s ping to the coordinator when consent does not cover it, and an unmatched owner’s too, saying why', async () => {
    await plans.recordConsent('JR-2027', { agencies: ['DVR'], givenBy: 'parent', from: '2026-01-01', until: '2026-11-30' }, coordinator);
    await log([
      { owners: ['Dana Alvarez'], task: 'send the VR packet', due: '2026-12-09' },
      { owners: ['Coach Bell'], task: 'book the gym', due: '2026-12-09' },
    ]);
    clock.set('2026-12-09T14:00:00Z');
    const records = await sweep(deps);
    expect(records.map((r) => [r.to.partner, r.status])).toEqual([['rivera', 'sent'], ['rivera', 'sent']]);
    expect(slack.sent.map((d) => d.reply.text.split('\n')[0]).sort()).toEqual([
      '_This is for Coach Bell; it came to you because Coach Bell is not in the partner directory._',
      '_This is for Dana Alvarez; it came to you because the consent to share with DVR is not in date (2026-01-01 to 2026-11-30)._',
    ]);
  });

  it('retries a failed send with backoff, and records one still failing instead of losing it', async () => {
    await log([{ owners: ['Tom Okafor'], task: 'call the CIL', due: '2026-12-09' }]);
    await log([{ owners: ['Tom Okafor'], task: 'call the school nurse', due: '2026-12-10' }]);
    clock.set('2026-12-09T15:00:00Z');
    slack.failNext = [{ status: 'retry', reason: 'HTTP 503' }, { status: 'retry', reason: 'HTTP 429', retryAfterMs: 5 }];
    expect((await sweep(deps)).map((r) => [r.kind, r.status]).sort()).toEqual([['due', 'sent'], ['upcoming', 'sent']]);
    clock.set('2026-12-10T15:00:00Z');
    slack.failNext = [0, 1, 2].map(() => ({ status: 'retry' as const, reason: 'HTTP 500' }));
    const records = await sweep(deps);
    const failed = records.filter((r) => r.status === 'failed');
    expect(failed.map((r) => r.reason)).toEqual(['HTTP 500']);
    const c = await store.getCommitment(failed[0]!.commitment);
    expect(c?.reminders?.log.at(-1)).toMatchObject({ key: failed[0]!.key, status: 'failed' });
  });

  it('retries a ping whose sender died between claiming and sending, once the claim lapses', async () => {
    await log([{ owners: ['Tom Okafor'], task: 'call the CIL', due: '2026-12-09' }]);
    clock.set('2026-12-09T15:00:00Z');
    const [c] = await store.pingsDueBy(clock.now(), 10);
    // A sweeper claimed the ping and died before sending it.
    expect(await store.claimOnce(`ping:${c!.id}:due:2026-12-09:due:1`, IN_FLIGHT_MS)).toBe(true);
    expect(await sweep(deps)).toEqual([]);
    clock.advance(IN_FLIGHT_MS + 1000);
    expect((await sweep(deps)).map((r) => [r.kind, r.status])).toEqual([['due', 'sent']]);
  });

  it('hands a ping to the queue at the next sweep when the sweeper died handing it off', async () => {
    await log([{ owners: ['Tom Okafor'], task: 'call the CIL', due: '2026-12-09' }]);
    clock.set('2026-12-09T15:00:00Z');
    const handed: string[] = [];
    let dies = true;
    const queued: SweepDeps = {
      ...deps,
      enqueue: async (items) => {
        if (dies) throw new Error('killed before the queue had it');
        handed.push(...items.map((i) => i.delivery.key));
      },
    };
    await expect(sweep(queued)).rejects.toThrow('killed');
    dies = false;
    expect(await sweep(queued)).toEqual([]); // its claim still stands for a moment
    clock.advance(HAND_OFF_MS + 1000);
    expect((await sweep(queued)).map((r) => [r.kind, r.status])).toEqual([['due', 'deferred']]);
    expect(handed).toHaveLength(1);
  });
});
