// Shared transition plans, as the assistant and channels use them. The ONLY place authorization
// lives: a plan's contents are returned only in a conversation linked to it, or directly (DM, home,
// a reminder button) to its coordinator or members, or to the local operator (the `liaison` command
// and its console chat, run by whoever can read the data folder anyway).
import { randomUUID } from 'node:crypto';
import { badInput, forbidden, LiaisonError, notFound } from '../errors.js';
import type { Clock } from '../clock.js';
import { silentLogger, type Logger } from '../../log.js';
import { changeCommitment, exportPlan, listCommitments, logMeeting, numberUnnumbered, openCommitmentsFor, scheduleUnscheduled, type CommitmentChangeKind } from './commitment-ops.js';
import { isValidDate, isValidTimeZone } from './dates.js';
import { importPartners, partnerForActor } from './directory.js';
import { forgetConversations } from '../llm-memory-keys.js';
import { validateLabel } from './labels.js';
import { resolveOwner, sameAgency, type OwnerResolution } from './owners.js';
import { parsePartnersCsv } from './partners-csv.js';
import type { AccessRule, LogMeetingInput, RequestContext } from './service-types.js';
import { StoreConflict, type PlanStore } from './store.js';
import type { ReminderPlanner } from '../reminders/planner.js';
import type { ReminderPolicy } from '../reminders/policy.js';
import { GOAL_DOMAINS, isOpen, type Actor, type AuditEntry, type Commitment, type Consent, type ConversationRef, type GoalDomain, type Outcome, type Partner, type Plan } from './types.js';
import { hint, hinted } from '../hints.js';
import type { Mention } from '../messages.js';

export type { AccessRule, ListedCommitment, LogMeetingInput, MeetingItem, RequestContext } from './service-types.js';

const MAX_RETRIES = 5;

/** The person at this machine's terminal (`liaison` commands, `liaison chat`): trusted with every plan. */
export const isLocalOperator = (actor: Actor): boolean => actor.platform === 'cli' || actor.platform === 'console';
const ref = (c?: RequestContext['conversation']): ConversationRef | undefined => (c ? { platform: c.platform, id: c.id } : undefined);
const sameConv = (a: ConversationRef, b: ConversationRef) => a.platform === b.platform && a.id === b.id;

export class PlanService {
  readonly store: PlanStore;
  readonly clock: Clock;
  readonly reminders?: ReminderPlanner;
  private readonly defaultTimeZone: string;
  private readonly log: Logger;

  constructor(deps: { store: PlanStore; clock: Clock; reminders?: ReminderPlanner; defaultTimeZone?: string; log?: Logger }) {
    this.store = deps.store;
    this.clock = deps.clock;
    if (deps.reminders) this.reminders = deps.reminders;
    this.defaultTimeZone = deps.defaultTimeZone ?? 'America/New_York';
    this.log = deps.log ?? silentLogger;
  }

  // --- access -------------------------------------------------------------------------------

  private isTeam(plan: Plan, actor: Actor, partners: Partner[]): boolean {
    if (isLocalOperator(actor)) return true;
    if (plan.coordinator.platform === actor.platform && plan.coordinator.userId === actor.userId) return true;
    const me = partnerForActor(actor, partners);
    return !!me && (plan.members.includes(me.id) || plan.coordinator.partnerId === me.id);
  }

  private canSee(plan: Plan, ctx: RequestContext, partners: Partner[]): boolean {
    if (isLocalOperator(ctx.actor)) return true;
    if (ctx.conversation && plan.links.some((l) => sameConv(l, ctx.conversation!))) return true;
    const direct = !ctx.conversation || ctx.conversation.kind === 'dm';
    return direct && this.isTeam(plan, ctx.actor, partners);
  }

  private refuse(plan: Plan): LiaisonError {
    return forbidden(hinted`${plan.label} is not shared with this conversation. Ask its coordinator to link it here with ${hint('link', plan.label)}.`);
  }

  /** Finds a plan by id or label (any case) and checks the caller may see it. */
  async getPlan(planRef: string, ctx: RequestContext): Promise<Plan> {
    const plan = await this.load(planRef);
    await this.authorize(plan, ctx, 'see');
    return plan;
  }

  /** The plans this person may open directly (their own team's, or all for the CLI). */
  async listPlans(ctx: RequestContext): Promise<Plan[]> {
    const partners = await this.store.listPartners();
    return (await this.store.listPlans()).filter((p) => this.isTeam(p, ctx.actor, partners));
  }

  /** The plan linked to a conversation; being linked is what makes it visible there. */
  findPlanForConversation(conversation: ConversationRef): Promise<Plan | null> {
    return this.store.getPlanByConversation({ platform: conversation.platform, id: conversation.id });
  }

  // --- partners -----------------------------------------------------------------------------

  async importPartnersCsv(text: string, fileName?: string): Promise<{ added: Partner[]; updated: Partner[] }> {
    const result = await importPartners(this.store, parsePartnersCsv(text, fileName));
    this.log.info({ added: result.added.length, updated: result.updated.length }, 'partners imported');
    return result;
  }

  listPartners(): Promise<Partner[]> {
    return this.store.listPartners();
  }

  /** Every partner's name and aliases: the people a model may see by name (notes/pseudonyms.ts). */
  async partnerNames(): Promise<string[]> {
    return (await this.store.listPartners()).flatMap((p) => [p.name, ...p.aliases]);
  }

  private async partnerByRef(partnerRef: string): Promise<Partner> {
    const partners = await this.store.listPartners();
    const r = resolveOwner(partnerRef, partners, []);
    if (r.match === 'resolved') return r.partner;
    if (r.match === 'ambiguous') throw badInput(`"${partnerRef}" could be ${r.candidates.map((p) => `${p.name} (${p.email ?? p.id})`).join(' or ')}. Use the email address to say which.`);
    throw notFound(`No partner "${partnerRef}" in the directory. Check the spelling, or add them to the partners CSV and import it again.`);
  }

  // --- plan changes -------------------------------------------------------------------------

  audit(ctx: RequestContext, planId: string, action: string, detail: string): AuditEntry {
    return { at: this.clock.now().toISOString(), planId, actor: ctx.actor, conversation: ref(ctx.conversation), action, detail };
  }

  /** `allowLabel`: keep a label that reads as a name after the person said it is not one. */
  async createPlan(input: { label: string; coordinator?: string; timeZone?: string; allowLabel?: boolean }, ctx: RequestContext): Promise<Plan> {
    const label = await validateLabel(input.label, { allowName: input.allowLabel });
    const tz = input.timeZone ?? this.defaultTimeZone;
    if (!isValidTimeZone(tz)) throw badInput(`"${tz}" is not a time zone; use an IANA name such as America/Chicago.`);
    const coordinatorPartner = input.coordinator ? await this.partnerByRef(input.coordinator) : partnerForActor(ctx.actor, await this.store.listPartners());
    const now = this.clock.now().toISOString();
    const plan: Plan = {
      id: randomUUID(),
      label,
      coordinator: { ...ctx.actor, ...(coordinatorPartner ? { partnerId: coordinatorPartner.id } : {}) },
      members: coordinatorPartner ? [coordinatorPartner.id] : [],
      links: [],
      goals: {},
      consent: null,
      timeZone: tz,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    await this.store.savePlan(plan, { expectedVersion: null, audit: this.audit(ctx, plan.id, 'plan.create', `label ${label}`) });
    return plan;
  }

  async load(planRef: string): Promise<Plan> {
    const plan = (await this.store.getPlan(planRef)) ?? (await this.store.getPlanByLabel(planRef));
    if (!plan) throw notFound(hinted`There is no plan called "${planRef}". Use ${hint('plans')} to list the plans you can see, or ask the coordinator for its label.`);
    return plan;
  }

  /**
   * 'see': the normal access rule; 'team': its coordinator or members (or the CLI), from anywhere;
   * 'coordinator': only its coordinator (or the CLI); 'owner': 'see', or one of `c`'s owners directly.
   */
  async authorize(plan: Plan, ctx: RequestContext, rule: AccessRule, c?: Commitment): Promise<void> {
    const partners = await this.store.listPartners();
    const seen = this.canSee(plan, ctx, partners);
    let ok = seen;
    if (rule === 'team') ok = this.isTeam(plan, ctx.actor, partners);
    if (rule === 'coordinator') {
      const me = partnerForActor(ctx.actor, partners);
      ok = isLocalOperator(ctx.actor) || (plan.coordinator.platform === ctx.actor.platform && plan.coordinator.userId === ctx.actor.userId) || (!!me && me.id === plan.coordinator.partnerId);
    }
    if (rule === 'owner' && !ok && c && (!ctx.conversation || ctx.conversation.kind === 'dm')) {
      const me = partnerForActor(ctx.actor, partners);
      ok = !!me && c.owners.some((o) => o.partnerId === me.id);
    }
    if (ok) return;
    if (seen) throw forbidden(`Only ${plan.label}'s ${rule === 'coordinator' ? 'coordinator' : 'coordinator and team members'} can do that. Ask its coordinator.`);
    throw this.refuse(plan);
  }

  /** Read, check, change, save with the version read; retried when another writer got there first. */
  private async mutate(planRef: string, ctx: RequestContext, action: string, rule: AccessRule, apply: (plan: Plan) => PlanEdit): Promise<Plan> {
    for (let attempt = 0; ; attempt++) {
      const plan = await this.load(planRef);
      await this.authorize(plan, ctx, rule);
      const edit = apply(structuredClone(plan));
      const saved: Plan = { ...edit.plan, version: plan.version + 1, updatedAt: this.clock.now().toISOString() };
      try {
        await this.store.savePlan(saved, { expectedVersion: plan.version, linkAdd: edit.linkAdd, linkRemove: edit.linkRemove, audit: this.audit(ctx, plan.id, action, edit.detail) });
        return saved;
      } catch (err) {
        if (!(err instanceof StoreConflict && err.reason === 'version' && attempt < MAX_RETRIES)) throw err;
      }
    }
  }

  linkConversation(planRef: string, conversation: ConversationRef, ctx: RequestContext): Promise<Plan> {
    const conv = { platform: conversation.platform, id: conversation.id };
    return this.mutate(planRef, ctx, 'plan.link', 'team', (plan) => {
      if (!plan.links.some((l) => sameConv(l, conv))) plan.links.push(conv);
      return { plan, linkAdd: conv, detail: `linked ${conv.platform}:${conv.id}` };
    });
  }

  unlinkConversation(planRef: string, conversation: ConversationRef, ctx: RequestContext): Promise<Plan> {
    const conv = { platform: conversation.platform, id: conversation.id };
    return this.mutate(planRef, ctx, 'plan.unlink', 'team', (plan) => {
      plan.links = plan.links.filter((l) => !sameConv(l, conv));
      return { plan, linkRemove: conv, detail: `unlinked ${conv.platform}:${conv.id}` };
    });
  }

  async addMember(planRef: string, partnerRef: string, ctx: RequestContext): Promise<Plan> {
    const partner = await this.partnerByRef(partnerRef);
    return this.mutate(planRef, ctx, 'plan.member.add', 'team', (plan) => {
      if (!plan.members.includes(partner.id)) plan.members.push(partner.id);
      return { plan, detail: `member ${partner.id}` };
    });
  }

  async removeMember(planRef: string, partnerRef: string, ctx: RequestContext): Promise<Plan> {
    const partner = await this.partnerByRef(partnerRef);
    return this.mutate(planRef, ctx, 'plan.member.remove', 'team', (plan) => {
      plan.members = plan.members.filter((m) => m !== partner.id);
      return { plan, detail: `member ${partner.id}` };
    });
  }

  /**
   * The plan's own reminder settings over the configured ones (null: back to the configured ones);
   * its open commitments' next pings move with them.
   */
  async setReminderPolicy(planRef: string, overrides: Partial<ReminderPolicy> | null, ctx: RequestContext): Promise<Plan> {
    const plan = await this.mutate(planRef, ctx, 'plan.reminders', 'team', (p) => {
      if (overrides && Object.keys(overrides).length) p.reminders = { ...(p.reminders ?? {}), ...overrides };
      else delete p.reminders;
      return { plan: p, detail: `reminder settings ${p.reminders ? JSON.stringify(p.reminders) : 'as configured'}` };
    });
    if (this.reminders) {
      const partners = new Map((await this.store.listPartners()).map((x) => [x.id, x]));
      for (const c of (await this.store.listCommitments(plan.id)).filter((x) => isOpen(x.status))) {
        const next = this.reminders.withNextPing({ ...c, version: c.version + 1 }, plan, partners);
        if (next.nextPingAt !== c.nextPingAt) await this.store.saveCommitment(next, c.version, this.audit(ctx, plan.id, 'commitment.schedule', `commitment ${c.id}: next ping ${next.nextPingAt ?? 'none'}`));
      }
    }
    return plan;
  }

  setGoal(planRef: string, domain: GoalDomain, text: string | null, ctx: RequestContext): Promise<Plan> {
    if (!GOAL_DOMAINS.includes(domain)) throw badInput(`"${domain}" is not a goal domain; use one of ${GOAL_DOMAINS.join(', ')}.`);
    return this.mutate(planRef, ctx, 'plan.goal', 'see', (plan) => {
      if (text?.trim()) plan.goals[domain] = text.trim();
      else delete plan.goals[domain];
      return { plan, detail: `goal ${domain} ${text?.trim() ? 'set' : 'cleared'}` };
    });
  }

  async recordConsent(planRef: string, consent: Omit<Consent, 'recordedAt'>, ctx: RequestContext): Promise<Plan> {
    if (!consent.agencies.length) throw badInput('Name at least one agency the family agreed to share information with.');
    for (const d of [consent.from, consent.until]) {
      if (d !== null && !isValidDate(d)) throw badInput(`"${d}" is not a date. Write consent dates as YYYY-MM-DD.`);
    }
    if (consent.until !== null && consent.until < consent.from) throw badInput(`The consent ends (${consent.until}) before it starts (${consent.from}). Check the dates.`);
    // Consent names agencies as the directory spells them, so reminders can tell who it covers.
    const known = [...new Set((await this.store.listPartners()).map((p) => p.agency).filter((a): a is string => !!a))];
    const unknown = consent.agencies.filter((a) => !known.some((k) => sameAgency(a, k)));
    if (unknown.length) {
      throw badInput(`The partner directory has no agency called ${unknown.map((u) => `"${u}"`).join(' or ')}. Name agencies as the directory spells them${known.length ? `: ${known.join(', ')}` : ' (import the partners CSV first)'}.`);
    }
    return this.mutate(planRef, ctx, 'plan.consent', 'team', (plan) => {
      plan.consent = { ...consent, recordedAt: this.clock.now().toISOString() };
      return { plan, detail: `consent for ${consent.agencies.length} agencies from ${consent.from} until ${consent.until ?? 'open'}` };
    });
  }

  /**
   * Removes the plan with its commitments, meetings, audit trail, due-index entries and links, and
   * what a model was told in its conversations' threads (llm-memory-keys.ts).
   */
  async deletePlan(planRef: string, ctx: RequestContext): Promise<void> {
    const plan = await this.load(planRef);
    await this.authorize(plan, ctx, 'coordinator');
    const threads = await forgetConversations(this.store, plan.links);
    await this.store.deletePlan(plan.id);
    this.log.info({ planId: plan.id, threads, actor: `${ctx.actor.platform}:${ctx.actor.userId}` }, 'plan deleted');
  }

  /** How each written owner name resolves for this plan: what a proposal shows before confirming. */
  async resolveOwners(planRef: string, names: string[], ctx: RequestContext, mentions?: readonly Mention[]): Promise<OwnerResolution[]> {
    const plan = await this.getPlan(planRef, ctx);
    const partners = await this.store.listPartners();
    return names.map((n) => resolveOwner(n, partners, plan.members, mentions));
  }

  // --- meetings and commitments (commitment-ops.ts) ------------------------------------------

  logMeeting(input: LogMeetingInput) {
    return logMeeting(this, input);
  }
  /** Brings plans stored by an earlier Liaison up to date (commitment numbers); run at start-up. */
  async upgrade(): Promise<{ numbered: number; scheduled: number }> {
    return { numbered: await numberUnnumbered(this), scheduled: await scheduleUnscheduled(this) };
  }
  listCommitments(planRef: string, opts: { scope: 'open' | 'all' }, ctx: RequestContext) {
    return listCommitments(this, planRef, opts.scope, ctx);
  }
  /** `note`: why, in the closer's words, kept in the commitment's history. */
  markDone(commitmentId: string, outcome: Outcome | undefined, ctx: RequestContext, note?: string) {
    return changeCommitment(this, commitmentId, { kind: 'done', outcome, note }, ctx);
  }
  cancel(commitmentId: string, outcome: Outcome | undefined, ctx: RequestContext, note?: string) {
    return changeCommitment(this, commitmentId, { kind: 'cancel', outcome, note }, ctx);
  }
  setStatus(commitmentId: string, status: 'accepted' | 'in-progress' | 'on-hold', ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'status', status }, ctx);
  }
  /** Moves the due date by `days` (from the later of today and the current due date) or to `until`. */
  snooze(commitmentId: string, by: { days?: number; until?: string }, ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'snooze', ...by }, ctx);
  }
  changeDue(commitmentId: string, due: string | null, ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'due', due }, ctx);
  }
  reassign(commitmentId: string, owners: string[], ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'reassign', owners }, ctx);
  }
  /** The coordinator's choice after an escalation: remind the owner again, with a fresh schedule from today. */
  remindAgain(commitmentId: string, ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'remind' }, ctx);
  }
  /** Marks a commitment as a transition service written into the IEP (or not, with on = false). */
  setIepService(commitmentId: string, on: boolean, ctx: RequestContext) {
    return changeCommitment(this, commitmentId, { kind: 'iep', on }, ctx);
  }
  changeCommitment(commitmentId: string, change: CommitmentChangeKind, ctx: RequestContext) {
    return changeCommitment(this, commitmentId, change, ctx);
  }
  openCommitmentsFor(actor: Actor) {
    return openCommitmentsFor(this, actor);
  }
  exportPlan(planRef: string, format: 'md' | 'json', ctx: RequestContext) {
    return exportPlan(this, planRef, format, ctx);
  }
}

interface PlanEdit {
  plan: Plan;
  detail: string;
  linkAdd?: ConversationRef;
  linkRemove?: ConversationRef;
}
