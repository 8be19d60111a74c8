// Meetings and commitments inside a plan. The PlanService exposes these; every function asks the
// service's `authorize` (where the access rules live) before reading or writing.
import { randomUUID } from 'node:crypto';
import { badInput, notFound } from '../errors.js';
import type { Clock } from '../clock.js';
import type { ReminderPlanner } from '../reminders/planner.js';
import type { CommitmentView, Mention } from '../messages.js';
import { checkDue, dueAtFor, isOverdue, withDue, withIepService, withOwners, withRemindAgain, withStatus } from './commitments.js';
import { addDays, dateIn, isValidDate } from './dates.js';
import { partnerForActor } from './directory.js';
import { exportJson, exportMarkdown } from './export.js';
import { notesDedupeKeys, notesDigest } from './notes-key.js';
import { ownerLabel, resolveOwner, toCommitmentOwner } from './owners.js';
import { StoreConflict, type PlanStore } from './store.js';
import { isOpen, OUTCOMES, type Actor, type AuditEntry, type Commitment, type CommitmentOwner, type Meeting, type Outcome, type Partner, type Plan } from './types.js';
import type { AccessRule, ListedCommitment, LogMeetingInput, RequestContext } from './service-types.js';
import { hint, hinted } from '../hints.js';

/** The part of PlanService these operations use. */
export interface OpsCore {
  readonly store: PlanStore;
  readonly clock: Clock;
  /** Computes each commitment's next ping, stored with every write (absent: no reminders). */
  readonly reminders?: ReminderPlanner;
  load(planRef: string): Promise<Plan>;
  authorize(plan: Plan, ctx: RequestContext, rule: AccessRule, c?: Commitment): Promise<void>;
  audit(ctx: RequestContext, planId: string, action: string, detail: string): AuditEntry;
}

const who = (a: Actor) => a.name ?? `${a.platform}:${a.userId}`;

function resolveOwners(written: string[], partners: Partner[], plan: Plan, mentions?: readonly Mention[]): { owners: CommitmentOwner[]; timeZone: string } {
  const names = written.map((w) => w.trim()).filter(Boolean);
  if (!names.length) throw badInput('Each item needs an owner. Name who will do it (a name, an agency, or an @mention).');
  const owners = names.map((n) => toCommitmentOwner(resolveOwner(n, partners, plan.members, mentions)));
  const first = owners.find((o) => o.partnerId);
  const tz = (first && partners.find((p) => p.id === first.partnerId)?.timeZone) || plan.timeZone;
  return { owners, timeZone: tz };
}

export interface LoggedMeeting {
  logged: Commitment[];
  /** True when these notes were logged before: `logged` and `meeting` are the earlier ones. */
  duplicate: boolean;
  meeting?: Meeting;
}

export async function logMeeting(core: OpsCore, input: LogMeetingInput): Promise<LoggedMeeting> {
  const plan = await core.load(input.planId);
  await core.authorize(plan, input, 'see');
  if (!isValidDate(input.meetingDate)) throw badInput(`"${input.meetingDate}" is not a meeting date. Use YYYY-MM-DD.`);
  if (!input.items.length) throw badInput('There are no items to log. Add at least one action item (owner, task, due date).');
  const partners = await core.store.listPartners();
  const now = core.clock.now().toISOString();
  const meetingId = randomUUID();
  const commitments: Commitment[] = input.items.map((item) => {
    const task = item.task.trim();
    if (!task) throw badInput('An item has no task. Say what is to be done, or drop the item.');
    const { owners, timeZone } = resolveOwners(item.owners, partners, plan, input.mentions);
    const due = checkDue(item.due);
    return {
      id: randomUUID(),
      planId: plan.id,
      meetingId,
      owners,
      task,
      due,
      dueAt: dueAtFor(due, timeZone),
      timeZone,
      status: 'requested',
      source: {
        meetingDate: input.meetingDate,
        quote: item.quote,
        ...(input.messageId ? { messageId: input.messageId } : {}),
        ...(input.sourceLink ? { link: input.sourceLink } : {}),
      },
      history: [{ at: now, by: who(input.actor), what: 'created', to: 'requested' }],
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
  });
  const meeting: Meeting = {
    id: meetingId,
    planId: plan.id,
    date: input.meetingDate,
    ...(input.messageId ? { messageId: input.messageId } : {}),
    ...(input.sourceLink ? { sourceLink: input.sourceLink } : {}),
    notesDigest: notesDigest(input.notesText),
    commitmentIds: commitments.map((c) => c.id),
    loggedAt: now,
    loggedBy: input.actor,
  };
  // Logging the same notes again as a new meeting is a person's deliberate choice.
  const dedupeKeys = input.again ? [] : notesDedupeKeys(input);
  const seen = await core.store.meetingForKeys(plan.id, dedupeKeys);
  // Numbers are reserved only for notes not seen before (a race can still leave a gap, never a reuse).
  if (!seen) {
    const first = await core.store.reserveNumbers(plan.id, commitments.length);
    commitments.forEach((c, i) => (c.n = first + i));
  }
  if (core.reminders) {
    const byId = new Map(partners.map((p) => [p.id, p]));
    commitments.forEach((c, i) => (commitments[i] = core.reminders!.withNextPing(c, plan, byId)));
  }
  const result = seen
    ? { duplicate: true, meetingId: seen }
    : await core.store.logMeeting(plan.id, {
        meeting,
        commitments,
        dedupeKeys,
        audit: [core.audit(input, plan.id, 'meeting.log', `meeting ${meetingId} on ${input.meetingDate}: ${commitments.length} commitment(s) ${commitments.map((c) => c.id).join(', ')}`)],
      });
  if (!result.duplicate) return { logged: commitments, duplicate: false, meeting };
  // The items logged the first time, in the order they were confirmed.
  const earlier = (await core.store.listMeetings(plan.id)).find((m) => m.id === result.meetingId);
  const byId = new Map((await core.store.listCommitments(plan.id)).map((c) => [c.id, c]));
  const logged = (earlier?.commitmentIds ?? []).map((id) => byId.get(id)).filter((c): c is Commitment => !!c);
  return { logged, duplicate: true, ...(earlier ? { meeting: earlier } : {}) };
}

export async function listed(store: PlanStore, plan: Plan, cs: Commitment[], now: Date): Promise<ListedCommitment[]> {
  const byId = new Map((await store.listPartners()).map((p) => [p.id, p]));
  return cs.map((c) => ({ ...c, overdue: isOverdue(c, now), planLabel: plan.label, ownerNames: c.owners.map((o) => ownerLabel(o, byId)) }));
}

export async function listCommitments(core: OpsCore, planRef: string, scope: 'open' | 'all', ctx: RequestContext): Promise<ListedCommitment[]> {
  const plan = await core.load(planRef);
  await core.authorize(plan, ctx, 'see');
  const all = await core.store.listCommitments(plan.id);
  return listed(core.store, plan, scope === 'open' ? all.filter((c) => isOpen(c.status)) : all, core.clock.now());
}

export type CommitmentChangeKind =
  | { kind: 'done'; outcome?: Outcome; note?: string }
  | { kind: 'cancel'; outcome?: Outcome; note?: string }
  | { kind: 'status'; status: 'accepted' | 'in-progress' | 'on-hold' }
  | { kind: 'snooze'; days?: number; until?: string }
  | { kind: 'due'; due: string | null }
  | { kind: 'reassign'; owners: string[] }
  | { kind: 'remind' }
  | { kind: 'iep'; on: boolean };

export async function changeCommitment(core: OpsCore, id: string, change: CommitmentChangeKind, ctx: RequestContext): Promise<ListedCommitment> {
  for (let attempt = 0; ; attempt++) {
    const c = await core.store.getCommitment(id);
    if (!c) throw notFound(hinted`There is no commitment ${id}. Use ${hint('plan')} to list the open ones.`);
    const plan = await core.load(c.planId);
    await core.authorize(plan, ctx, 'owner', c);
    const now = core.clock.now();
    let next = await apply(core, plan, c, change, who(ctx.actor), now);
    if (core.reminders) next = core.reminders.withNextPing(next, plan, new Map((await core.store.listPartners()).map((p) => [p.id, p])));
    try {
      await core.store.saveCommitment(next, c.version, core.audit(ctx, plan.id, `commitment.${change.kind}`, `commitment ${c.id}: ${describe(next)}`));
      return (await listed(core.store, plan, [next], now))[0]!;
    } catch (err) {
      if (!(err instanceof StoreConflict && err.reason === 'version' && attempt < 5)) throw err;
    }
  }
}

async function apply(core: OpsCore, plan: Plan, c: Commitment, ch: CommitmentChangeKind, by: string, now: Date): Promise<Commitment> {
  switch (ch.kind) {
    case 'done':
    case 'cancel': {
      const outcome = ch.outcome ?? (ch.kind === 'done' ? 'done' : 'no-longer-needed');
      if (!OUTCOMES.includes(outcome)) throw badInput(`"${outcome}" is not an outcome; use one of ${OUTCOMES.join(', ')}.`);
      return withStatus(c, ch.kind === 'done' ? 'completed' : 'cancelled', outcome, by, now, ch.note);
    }
    case 'status':
      return withStatus(c, ch.status, undefined, by, now);
    case 'snooze': {
      if (ch.until) return withDue(c, ch.until, by, now);
      const days = ch.days ?? 7;
      if (!Number.isInteger(days) || days < 1 || days > 365) throw badInput('Snooze by 1 to 365 days, or give a date (YYYY-MM-DD).');
      const from = c.due && c.due > dateIn(c.timeZone, now) ? c.due : dateIn(c.timeZone, now);
      return withDue(c, addDays(from, days), by, now);
    }
    case 'due':
      return withDue(c, ch.due, by, now);
    case 'remind':
      return withRemindAgain(c, dateIn(c.timeZone, now), by, now);
    case 'iep':
      return withIepService(c, ch.on, by, now);
    case 'reassign': {
      const { owners, timeZone } = resolveOwners(ch.owners, await core.store.listPartners(), plan);
      return withOwners(c, owners, timeZone, by, now);
    }
  }
}

const describe = (c: Commitment) => `status ${c.status}${c.outcome ? ` (${c.outcome})` : ''}, due ${c.due ?? 'none'}, owners ${c.owners.map((o) => o.partnerId ?? `"${o.written}" (${o.match})`).join(', ')}`;

/**
 * Gives numbers to commitments stored before numbers existed, in the order they were logged; run
 * once at start-up. Returns how many were numbered.
 */
export async function numberUnnumbered(core: OpsCore): Promise<number> {
  let numbered = 0;
  for (const plan of await core.store.listPlans()) {
    const bare = (await core.store.listCommitments(plan.id)).filter((c) => c.n === undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    if (!bare.length) continue;
    const first = await core.store.reserveNumbers(plan.id, bare.length);
    for (const [i, c] of bare.entries()) {
      const entry = { at: core.clock.now().toISOString(), planId: plan.id, actor: { platform: 'cli' as const, userId: 'liaison' }, action: 'commitment.number', detail: `commitment ${c.id}: #${first + i}` };
      await core.store.saveCommitment({ ...c, n: first + i, version: c.version + 1 }, c.version, entry);
      numbered += 1;
    }
  }
  return numbered;
}

/**
 * Gives open commitments stored before the reminder loop existed their next ping, in both stores;
 * run once at start-up (a commitment that has one is left alone). Returns how many were scheduled.
 */
export async function scheduleUnscheduled(core: OpsCore): Promise<number> {
  if (!core.reminders) return 0;
  const partners = new Map((await core.store.listPartners()).map((p) => [p.id, p]));
  let scheduled = 0;
  for (const plan of await core.store.listPlans()) {
    for (const c of (await core.store.listCommitments(plan.id)).filter((x) => isOpen(x.status) && x.nextPingAt === undefined)) {
      const next = core.reminders.withNextPing({ ...c, version: c.version + 1 }, plan, partners);
      const entry = { at: core.clock.now().toISOString(), planId: plan.id, actor: { platform: 'cli' as const, userId: 'liaison' }, action: 'commitment.schedule', detail: `commitment ${c.id}: next ping ${next.nextPingAt ?? 'none'}` };
      await core.store.saveCommitment(next, c.version, entry);
      scheduled += 1;
    }
  }
  return scheduled;
}

/** A person's open commitments across every plan, for their home view and reminders. */
export async function openCommitmentsFor(core: OpsCore, actor: Actor): Promise<ListedCommitment[]> {
  const me = partnerForActor(actor, await core.store.listPartners());
  if (!me) return [];
  const out: ListedCommitment[] = [];
  for (const plan of await core.store.listPlans()) {
    const mine = (await core.store.listCommitments(plan.id)).filter((c) => isOpen(c.status) && c.owners.some((o) => o.partnerId === me.id));
    out.push(...(await listed(core.store, plan, mine, core.clock.now())));
  }
  return out.sort((a, b) => (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity));
}

export async function exportPlan(core: OpsCore, planRef: string, format: 'md' | 'json', ctx: RequestContext): Promise<string> {
  const plan = await core.load(planRef);
  await core.authorize(plan, ctx, 'team');
  const [partners, meetings, commitments, audit] = await Promise.all([core.store.listPartners(), core.store.listMeetings(plan.id), core.store.listCommitments(plan.id), core.store.listAudit(plan.id)]);
  const inPlan = new Set([...plan.members, ...commitments.flatMap((c) => c.owners.flatMap((o) => [o.partnerId ?? '', ...(o.candidates ?? [])]))]);
  const bundle = { plan, partners: partners.filter((p) => inPlan.has(p.id)), meetings, commitments, audit, exportedAt: core.clock.now().toISOString() };
  return format === 'json' ? exportJson(bundle) : exportMarkdown(bundle);
}

export function toView(c: ListedCommitment): CommitmentView {
  return { id: c.id, n: c.n ?? 0, planId: c.planId, planLabel: c.planLabel, owner: c.ownerNames.join(' and '), task: c.task, due: c.due, status: c.status, overdue: c.overdue };
}
