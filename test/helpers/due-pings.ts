// Commitments whose reminder is due now, for servers running on the real clock in their own processes:
// a plan whose settings make every hour of every day a working one (the suite runs on any date, at
// any hour), and N owners each with one commitment overdue since yesterday, each owner reachable by Slack DM only.
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/log.js';
import { buildServices } from '../../src/services.js';
import type { FakeSlack } from './fake-slack.js';

export const DUE_PLAN = 'FT-2027';
const TZ = 'America/New_York';
const cli = { actor: { platform: 'cli' as const, userId: 'fault-test' } };

/** The Slack user id of owner `i`; the fake Slack opens DM channel `D` + that id. */
export const ownerUser = (i: number) => `UOWN${String(i).padStart(4, '0')}`;

/** Seeds the store the servers will use (the same settings they get), through the one services factory. */
export interface SeedOptions {
  /** The plan's label (default FT-2027); a second batch needs a plan of its own. */
  plan?: string;
  /** The first owner's number, so batches have owners of their own. */
  first?: number;
  /** A Slack channel linked to the plan, where meeting notes can be logged. */
  linkChannel?: string;
}

export async function seedDuePings(env: Record<string, string>, count: number, opts: SeedOptions = {}): Promise<void> {
  const label = opts.plan ?? DUE_PLAN;
  const first = opts.first ?? 0;
  // The servers read this machine's clock (faked or not). The meeting is logged two days ago: a
  // nudge whose moment came before its commitment was logged would be passed over.
  const now = new Date();
  const loggedAt = new Date(now.getTime() - 2 * 24 * 3600_000);
  const services = await buildServices(loadConfig({ ...env, LIAISON_TIMEZONE: TZ }), silentLogger, { clock: fixedClock(loggedAt.toISOString()) });
  try {
    const owners = Array.from({ length: count }, (_, i) => first + i);
    const rows = owners.map((i) => `o${i},Owner ${i},Maple County Schools,school,${ownerUser(i)},${TZ},slack`);
    await services.plans.importPartnersCsv(`id,name,agency,kind,slack_user_id,time_zone,preferred_platform\ncoord,Coordinator,Maple County Schools,school,UCOORD,${TZ},slack\n${rows.join('\n')}\n`);
    await services.plans.createPlan({ label, coordinator: 'coord' }, cli);
    if (opts.linkChannel) await services.plans.linkConversation(label, { platform: 'slack', id: opts.linkChannel }, cli);
    await services.plans.setReminderPolicy(label, { workDays: [1, 2, 3, 4, 5, 6, 7], workStart: 0, workEnd: 24 * 60 }, cli);
    // Due yesterday: the first overdue nudge (one working day after) is due since midnight.
    const day = (ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: TZ }).format(new Date(ms));
    const yesterday = day(now.getTime() - 24 * 3600_000);
    const items = owners.map((i) => ({ owners: [`o${i}`], task: `send the intake form ${i}`, due: yesterday, quote: '' }));
    await services.plans.logMeeting({ planId: label, meetingDate: day(loggedAt.getTime()), notesText: `fault test ${now.toISOString()}`, items, ...cli });
  } finally {
    await services.close();
  }
}

/** Reminder DMs each owner received (the coordinator's digest is not counted). */
export function pingsPerOwner(slack: FakeSlack, count: number, first = 0): number[] {
  const posted = slack.callsTo('chat.postMessage').filter((c) => !c.failed);
  return Array.from({ length: count }, (_, i) => posted.filter((c) => c.args.channel === `D${ownerUser(first + i)}`).length);
}

/** The commitments of a plan, read through the one services factory (for "nothing half-written"). */
export async function commitmentTasks(env: Record<string, string>, plan = DUE_PLAN): Promise<string[]> {
  const services = await buildServices(loadConfig(env), silentLogger, { clock: fixedClock(new Date().toISOString()) });
  try {
    return (await services.plans.listCommitments(plan, { scope: 'all' }, cli)).map((c) => c.task);
  } finally {
    await services.close();
  }
}
