// One sweep of the reminder loop: read the commitments whose next ping is due (the store's ping
// index: O(log n + k)), decide each one's ping, claim it so no other instance sends it too, deliver
// it to its people, and record what happened on the commitment with its next ping, in one write.
import type { Clock } from '../clock.js';
import type { Logger } from '../../log.js';
import { silentLogger } from '../../log.js';
import type { PlanStore } from '../plans/store.js';
import { isOpen, type Commitment, type Partner, type PingKind, type Plan, type PreferredPlatform, type ReminderState } from '../plans/types.js';
import { StoreConflict } from '../plans/store.js';
import type { Notifiers } from './deliver.js';
import type { Delivery } from './notifier.js';
import { pingReply } from './ping-reply.js';
import type { ReminderPlanner } from './planner.js';
import { addressees, coordinatorOf } from './recipients.js';
import { digestReply, digestWeek } from './digest.js';
import { policyFor } from './policy.js';
import { currentState, decide, type PlannedPing } from './schedule.js';

/** How long a claimed ping waits for its sender: a process that died holding it frees it after this. */
export const IN_FLIGHT_MS = 10 * 60_000;
/**
 * With a queue, the claim covers only the hand-off (claim, enqueue, record: milliseconds); the job id
 * (the ping's key) already keeps a ping to one delivery. A sweeper killed mid-hand-off must not hold
 * its ping for ten minutes, so the claim lapses sooner.
 */
export const HAND_OFF_MS = 30_000;
const BATCH = 500;

export interface PingRecord {
  key: string;
  kind: PingKind | 'digest';
  commitment: string;
  plan: string;
  to: { partner: string | null; platform: string | null };
  text: string;
  status: 'sent' | 'deferred' | 'failed' | 'dry-run';
  reason?: string;
}

export interface SweepDeps {
  store: PlanStore;
  planner: ReminderPlanner;
  notifiers: Notifiers;
  clock: Clock;
  log?: Logger;
  /**
   * Hands a claimed ping's deliveries to a queue instead of sending them now (BullMQ: one job per
   * delivery, retried there); the sweep then records them as deferred. Absent: sent in the sweep.
   */
  enqueue?: (deliveries: QueuedDelivery[]) => Promise<void>;
}

/** A delivery handed to a queue, with what its processor needs to record the outcome. */
export interface QueuedDelivery {
  delivery: Delivery;
  commitmentId: string;
  kind: PingKind;
  to: string;
}

export async function sweep(deps: SweepDeps, opts: { at?: Date; dryRun?: boolean } = {}): Promise<PingRecord[]> {
  const log = deps.log ?? silentLogger;
  const now = opts.at ?? deps.clock.now();
  const partners = new Map((await deps.store.listPartners()).map((p) => [p.id, p]));
  const plans = new Map<string, Plan | null>();
  const records: PingRecord[] = [];
  for (const c of await deps.store.pingsDueBy(now, BATCH)) {
    if (!plans.has(c.planId)) plans.set(c.planId, await deps.store.getPlan(c.planId));
    const plan = plans.get(c.planId);
    if (!plan) continue;
    const decision = decide(c, deps.planner.context(c, plan, partners), now);
    if (!decision.send) {
      // Nothing to send now (quiet hours, or the index ran ahead): keep the moment it is due at.
      if (!opts.dryRun && decision.nextAt !== (c.nextPingAt ?? null)) await record(deps, c.id, plan, partners, decision.passedOver, [], undefined, decision.nextAt);
      continue;
    }
    const ping = decision.send;
    if (opts.dryRun) {
      records.push(...planned(c, plan, partners, deps, ping, now).map((r) => ({ ...r.record, status: 'dry-run' as const })));
      continue;
    }
    if (!(await deps.store.claimOnce(`ping:${ping.key}`, deps.enqueue ? HAND_OFF_MS : IN_FLIGHT_MS))) continue; // another instance has it
    const fresh = await deps.store.getCommitment(c.id);
    if (!fresh || !isOpen(fresh.status)) continue; // closed while we looked
    const sent: PingRecord[] = [];
    const queued: QueuedDelivery[] = [];
    for (const r of planned(fresh, plan, partners, deps, ping, now)) {
      if (!r.delivery) {
        sent.push({ ...r.record, status: 'failed', reason: 'nobody on this plan can be reached for it (no coordinator address either)' });
      } else if (deps.enqueue) {
        queued.push({ delivery: r.delivery, commitmentId: c.id, kind: ping.kind, to: r.record.to.partner ?? 'nobody' });
        sent.push({ ...r.record, status: 'deferred' });
      } else {
        const outcome = await deps.notifiers.deliver(r.delivery);
        sent.push(outcome.status === 'sent' ? { ...r.record, status: 'sent' } : { ...r.record, status: 'failed', reason: outcome.reason });
      }
    }
    if (queued.length) await deps.enqueue!(queued);
    await record(deps, c.id, plan, partners, decision.passedOver, sent, ping);
    for (const s of sent) log.info({ key: s.key, kind: s.kind, status: s.status, platform: s.to.platform }, 'reminder ping');
    records.push(...sent);
  }
  return records;
}

/** One tick of the loop: the pings due, then the weekly digests due. */
export async function sweepAll(deps: SweepDeps, opts: { at?: Date; dryRun?: boolean } = {}): Promise<PingRecord[]> {
  return [...(await sweep(deps, opts)), ...(await sendDigests(deps, opts))];
}

/** The weekly digest of each plan whose digest moment has come this week and has not gone out. */
export async function sendDigests(deps: SweepDeps, opts: { at?: Date; dryRun?: boolean } = {}): Promise<PingRecord[]> {
  const now = opts.at ?? deps.clock.now();
  const dryRun = !!opts.dryRun;
  const partners = new Map((await deps.store.listPartners()).map((p) => [p.id, p]));
  const out: PingRecord[] = [];
  for (const plan of await deps.store.listPlans()) {
    const { week, due } = digestWeek(plan, policyFor(deps.planner.policy, plan.reminders), now);
    if (!due || (await deps.store.getState<string>(`digest-sent:${plan.id}`)) === week) continue;
    const key = `${plan.id}:digest:${week}`;
    if (!dryRun && !(await deps.store.claimOnce(`ping:${key}`, IN_FLIGHT_MS))) continue;
    const reply = digestReply(plan, await deps.store.listCommitments(plan.id), partners, now);
    const links = plan.links.filter((l) => deps.notifiers.platforms.has(l.platform as PreferredPlatform));
    const base = { key, kind: 'digest' as const, commitment: '', plan: plan.label, text: reply.text };
    if (dryRun) {
      out.push(...(links.length ? links : [{ platform: 'coordinator', id: '' }]).map((l) => ({ ...base, to: { partner: l.id || null, platform: l.platform }, status: 'dry-run' as const })));
      continue;
    }
    let reached = false;
    for (const l of links) {
      const outcome = await deps.notifiers.deliver({ key: `${key}:${l.id}`, to: { platform: l.platform as PreferredPlatform, conversationId: l.id }, reply });
      reached ||= outcome.status === 'sent';
      out.push({ ...base, to: { partner: l.id, platform: l.platform }, status: outcome.status, ...(outcome.status === 'failed' ? { reason: outcome.reason } : {}) });
    }
    if (!reached) {
      // Liaison is not in any linked conversation it can post to: the coordinator gets it instead.
      const coordinator = coordinatorOf(plan, partners, deps.notifiers.platforms);
      const note = { ...reply, text: `_This weekly update could not be posted in ${plan.links.length ? 'the conversations linked to the plan (is Liaison a member there?)' : 'any conversation: none is linked to the plan'}, so it came to you._\n\n${reply.text}` };
      const outcome = coordinator ? await deps.notifiers.deliver({ key: `${key}:coordinator`, to: coordinator, reply: note }) : { status: 'failed' as const, reason: 'no coordinator address either' };
      out.push({ ...base, to: { partner: coordinator?.partnerId ?? coordinator?.userId ?? null, platform: coordinator?.platform ?? null }, status: outcome.status, ...(outcome.status === 'failed' ? { reason: outcome.reason } : {}) });
    }
    await deps.store.putState(`digest-sent:${plan.id}`, week, 14 * 24 * 3600_000);
  }
  return out;
}

interface Planned {
  record: Omit<PingRecord, 'status'>;
  delivery?: Delivery;
}

/** The ping as it goes to each of its people (one delivery each), or a record that nobody can be reached. */
function planned(c: Commitment, plan: Plan, partners: ReadonlyMap<string, Partner>, deps: SweepDeps, ping: PlannedPing, now: Date): Planned[] {
  const state = currentState(c);
  const tried = state.log.filter((l) => l.status !== 'failed').map((l) => `${l.kind} reminder on ${l.at.slice(0, 10)} to ${partners.get(l.to)?.name ?? l.to}`);
  const people = addressees(c, plan, partners, deps.notifiers.platforms, ping.toCoordinator, now);
  const base = { key: ping.key, kind: ping.kind, commitment: c.id, plan: plan.label };
  const coordinatorPartner = plan.coordinator.partnerId ? partners.get(plan.coordinator.partnerId) : undefined;
  const coordinator = { name: coordinatorPartner?.name ?? plan.coordinator.name, email: coordinatorPartner?.email };
  if (!people.length) {
    const reply = pingReply({ ping, c, plan, partners, tried });
    return [{ record: { ...base, to: { partner: null, platform: null }, text: reply.text } }];
  }
  return people.map((a) => {
    const reply = pingReply({ ping, c, plan, partners, tried, coordinator, ...(a.redirected ? { redirected: a.redirected } : {}) });
    return {
      record: { ...base, to: { partner: a.to.partnerId ?? a.to.userId ?? null, platform: a.to.platform }, text: reply.text },
      delivery: { key: people.length > 1 ? `${ping.key}:${a.to.partnerId ?? a.to.userId ?? a.to.email}` : ping.key, to: a.to, reply },
    };
  });
}

/** Records the outcome of a queued delivery on its commitment (the queue's processor calls it). */
export async function recordDelivery(store: PlanStore, clock: Clock, q: QueuedDelivery, status: 'sent' | 'failed', reason?: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const c = await store.getCommitment(q.commitmentId);
    if (!c) return;
    const state = currentState(c);
    const at = clock.now().toISOString();
    const reminders: ReminderState = { ...state, log: [...state.log, { key: q.delivery.key, kind: q.kind, at, to: q.to, status }] };
    try {
      await store.saveCommitment({ ...c, reminders, version: c.version + 1 }, c.version, {
        at,
        planId: c.planId,
        actor: { platform: 'cli', userId: 'liaison-reminders' },
        action: 'reminder.delivery',
        detail: `commitment ${c.id}: ${q.kind} ping ${status} to ${q.to}${reason ? ` (${reason})` : ''}`,
      });
      return;
    } catch (err) {
      if (!(err instanceof StoreConflict && err.reason === 'version')) throw err;
    }
  }
}

/** Writes what the sweep did onto the commitment, with its next ping; retried when it changed meanwhile. */
async function record(deps: SweepDeps, id: string, plan: Plan, partners: ReadonlyMap<string, Partner>, passedOver: PlannedPing[], sent: PingRecord[], ping: PlannedPing | undefined, nextAt?: number | null): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const c = await deps.store.getCommitment(id);
    if (!c) return;
    const state: ReminderState = currentState(c);
    const handled = [...state.handled, ...passedOver.map((p) => p.key), ...(ping ? [ping.key] : [])];
    const at = deps.clock.now().toISOString();
    // A deferred (queued) delivery is logged by its queue when it is sent or finally fails.
    const log = [...state.log, ...sent.filter((s) => s.status !== 'deferred' && s.kind !== 'digest').map((s) => ({ key: s.key, kind: s.kind as PingKind, at, to: s.to.partner ?? 'nobody', status: s.status === 'sent' ? ('sent' as const) : ('failed' as const) }))];
    const scheduled = deps.planner.withNextPing({ ...c, reminders: { basis: state.basis, handled: [...new Set(handled)], log }, version: c.version + 1 }, plan, partners);
    const next = nextAt === undefined ? scheduled : { ...scheduled, nextPingAt: nextAt };
    const detail = ping ? `commitment ${c.id}: ${ping.kind} ping ${sent.map((s) => `${s.status} to ${s.to.partner ?? 'nobody'}`).join(', ') || 'none'}` : `commitment ${c.id}: next ping rescheduled`;
    try {
      await deps.store.saveCommitment(next, c.version, { at, planId: plan.id, actor: { platform: 'cli', userId: 'liaison-reminders' }, action: 'reminder.ping', detail });
      return;
    } catch (err) {
      if (!(err instanceof StoreConflict && err.reason === 'version')) throw err;
    }
  }
}
