// PlanStore on lmdb in <dataDir>/plans: the default when no Redis is configured. LMDB write
// transactions hold a file lock, so several processes on one folder stay consistent; each change
// (with its audit entry) is one transaction, conditional writes are checked inside it.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Key, RootDatabase } from 'lmdb';
import type { Clock } from '../clock.js';
import { LiaisonError } from '../errors.js';
import { byDueThenCreated, conflictFor, dueIndexScore, linkKey, pingIndexScore, StoreConflict, type LogMeetingResult, type LogMeetingWrite, type PlanStore, type SavePlanChange } from './store.js';
import type { AuditEntry, Commitment, ConversationRef, FeedbackRecord, Meeting, Partner, Plan } from './types.js';
import { labelKey } from './labels.js';

const END = '\uffff';
type Expiring = { v: unknown; exp: number | null };

/** `clock` decides when state and claims expire (their TTLs), like Redis's own clock does for the Redis store. */
export async function openEmbeddedStore(opts: { dataDir: string; clock: Clock }): Promise<EmbeddedPlanStore> {
  const dir = path.join(opts.dataDir, 'plans');
  let lmdb: typeof import('lmdb');
  try {
    lmdb = await import('lmdb');
  } catch (err) {
    throw new LiaisonError('store_unavailable', 'The embedded store needs the "lmdb" package: run `npm install lmdb`, or set REDIS_URL to use Redis.', { cause: err });
  }
  try {
    mkdirSync(dir, { recursive: true });
    return new EmbeddedPlanStore(lmdb.open({ path: dir, encoding: 'json' }), opts.clock);
  } catch (err) {
    throw new LiaisonError('store_unavailable', `Cannot open the plan store in ${dir}. Check that the folder is writable, or set LIAISON_DATA_DIR.`, { cause: err });
  }
}

export class EmbeddedPlanStore implements PlanStore {
  constructor(
    private readonly db: RootDatabase,
    private readonly clock: Clock,
  ) {}

  private nowMs(): number {
    return this.clock.now().getTime();
  }

  private values<T>(prefix: Key[]): T[] {
    return [...this.db.getRange({ start: prefix, end: [...prefix, END] })].map((e) => e.value as T);
  }

  private keysOf(prefix: Key[]): Key[] {
    return [...this.db.getKeys({ start: prefix, end: [...prefix, END] })];
  }

  /** Appends an audit entry; call inside a transaction. */
  private audit(entry: AuditEntry): void {
    const last = [...this.db.getKeys({ start: ['a', entry.planId, END], end: ['a', entry.planId], reverse: true, limit: 1 })][0];
    const seq = Array.isArray(last) ? Number(last[2]) + 1 : 0;
    this.db.put(['a', entry.planId, seq], entry);
  }

  async savePlan(plan: Plan, change: SavePlanChange): Promise<void> {
    this.db.transactionSync(() => {
      const current = this.db.get(['plan', plan.id]) as Plan | undefined;
      const lk = labelKey(plan.label);
      if (change.expectedVersion === null) {
        if (current) throw conflictFor('version', plan);
        const owner = this.db.get(['label', lk]) as string | undefined;
        if (owner) throw conflictFor('label', plan, owner);
      } else {
        if (!current) throw conflictFor('missing', plan);
        if (current.version !== change.expectedVersion) throw conflictFor('version', plan);
      }
      if (change.linkAdd) {
        const other = this.db.get(['link', linkKey(change.linkAdd)]) as string | undefined;
        if (other && other !== plan.id) throw conflictFor('link', plan, other);
        this.db.put(['link', linkKey(change.linkAdd)], plan.id);
      }
      if (change.linkRemove && this.db.get(['link', linkKey(change.linkRemove)]) === plan.id) {
        this.db.remove(['link', linkKey(change.linkRemove)]);
      }
      this.db.put(['label', lk], plan.id);
      this.db.put(['plan', plan.id], plan);
      this.audit(change.audit);
    });
  }

  async getPlan(id: string): Promise<Plan | null> {
    return (this.db.get(['plan', id]) as Plan | undefined) ?? null;
  }

  async getPlanByLabel(label: string): Promise<Plan | null> {
    const id = this.db.get(['label', labelKey(label)]) as string | undefined;
    return id ? this.getPlan(id) : null;
  }

  async getPlanByConversation(ref: ConversationRef): Promise<Plan | null> {
    const id = this.db.get(['link', linkKey(ref)]) as string | undefined;
    return id ? this.getPlan(id) : null;
  }

  async listPlans(): Promise<Plan[]> {
    return this.values<Plan>(['plan']).sort((a, b) => a.label.localeCompare(b.label));
  }

  async deletePlan(id: string): Promise<boolean> {
    return this.db.transactionSync(() => {
      const plan = this.db.get(['plan', id]) as Plan | undefined;
      if (!plan) return false;
      for (const link of plan.links) {
        if (this.db.get(['link', linkKey(link)]) === id) this.db.remove(['link', linkKey(link)]);
      }
      if (this.db.get(['label', labelKey(plan.label)]) === id) this.db.remove(['label', labelKey(plan.label)]);
      for (const c of this.values<Commitment>(['c', id])) {
        const score = dueIndexScore(c);
        if (score !== null) this.db.remove(['due', score, c.id]);
        const ping = pingIndexScore(c);
        if (ping !== null) this.db.remove(['ping', ping, c.id]);
        this.db.remove(['cp', c.id]);
      }
      for (const prefix of [['c', id], ['m', id], ['d', id], ['a', id]]) {
        for (const key of this.keysOf(prefix)) this.db.remove(key);
      }
      this.db.remove(['seq', id]);
      this.db.remove(['plan', id]);
      return true;
    });
  }

  async meetingForKeys(planId: string, dedupeKeys: string[]): Promise<string | null> {
    for (const key of dedupeKeys) {
      const seen = this.db.get(['d', planId, key]) as string | undefined;
      if (seen) return seen;
    }
    return null;
  }

  async reserveNumbers(planId: string, count: number): Promise<number> {
    return this.db.transactionSync(() => {
      const last = (this.db.get(['seq', planId]) as number | undefined) ?? 0;
      this.db.put(['seq', planId], last + count);
      return last + 1;
    });
  }

  async logMeeting(planId: string, write: LogMeetingWrite): Promise<LogMeetingResult> {
    return this.db.transactionSync(() => {
      if (this.db.get(['plan', planId]) === undefined) throw new StoreConflict('missing', 'That plan no longer exists; it may have just been deleted.');
      for (const key of write.dedupeKeys) {
        const seen = this.db.get(['d', planId, key]) as string | undefined;
        if (seen) return { duplicate: true, meetingId: seen };
      }
      for (const key of write.dedupeKeys) this.db.put(['d', planId, key], write.meeting.id);
      for (const c of write.commitments) {
        this.db.put(['c', planId, c.id], c);
        this.db.put(['cp', c.id], planId);
        const score = dueIndexScore(c);
        if (score !== null) this.db.put(['due', score, c.id], planId);
        const ping = pingIndexScore(c);
        if (ping !== null) this.db.put(['ping', ping, c.id], planId);
      }
      for (const entry of write.audit) this.audit(entry);
      this.db.put(['m', planId, write.meeting.id], write.meeting);
      return { duplicate: false, meetingId: write.meeting.id };
    });
  }

  async listMeetings(planId: string): Promise<Meeting[]> {
    return this.values<Meeting>(['m', planId]).sort((a, b) => a.date.localeCompare(b.date) || a.loggedAt.localeCompare(b.loggedAt));
  }

  async getCommitment(id: string): Promise<Commitment | null> {
    const planId = this.db.get(['cp', id]) as string | undefined;
    return planId ? ((this.db.get(['c', planId, id]) as Commitment | undefined) ?? null) : null;
  }

  async listCommitments(planId: string): Promise<Commitment[]> {
    return this.values<Commitment>(['c', planId]).sort(byDueThenCreated);
  }

  async saveCommitment(c: Commitment, expectedVersion: number, audit: AuditEntry): Promise<void> {
    this.db.transactionSync(() => {
      const current = this.db.get(['c', c.planId, c.id]) as Commitment | undefined;
      if (!current) throw new StoreConflict('missing', 'That commitment no longer exists.');
      if (current.version !== expectedVersion) throw new StoreConflict('version', 'That commitment was changed by someone else at the same time; please try again.');
      const before = dueIndexScore(current);
      if (before !== null) this.db.remove(['due', before, c.id]);
      const after = dueIndexScore(c);
      if (after !== null) this.db.put(['due', after, c.id], c.planId);
      const pingBefore = pingIndexScore(current);
      if (pingBefore !== null) this.db.remove(['ping', pingBefore, c.id]);
      const pingAfter = pingIndexScore(c);
      if (pingAfter !== null) this.db.put(['ping', pingAfter, c.id], c.planId);
      this.db.put(['c', c.planId, c.id], c);
      this.audit(audit);
    });
  }

  async dueBefore(t: Date, limit: number): Promise<Commitment[]> {
    const out: Commitment[] = [];
    for (const { key, value } of this.db.getRange({ start: ['due', -Infinity], end: ['due', t.getTime()], limit })) {
      const c = this.db.get(['c', value as string, (key as Key[])[2] as string]) as Commitment | undefined;
      if (c) out.push(c);
    }
    return out;
  }

  async pingsDueBy(t: Date, limit: number): Promise<Commitment[]> {
    const out: Commitment[] = [];
    for (const { key, value } of this.db.getRange({ start: ['ping', -Infinity], end: ['ping', t.getTime(), END], limit })) {
      const c = this.db.get(['c', value as string, (key as Key[])[2] as string]) as Commitment | undefined;
      if (c) out.push(c);
    }
    return out;
  }

  async listAudit(planId: string): Promise<AuditEntry[]> {
    return this.values<AuditEntry>(['a', planId]);
  }

  async upsertPartners(partners: Partner[]): Promise<void> {
    this.db.transactionSync(() => {
      for (const p of partners) {
        const old = this.db.get(['partner', p.id]) as Partner | undefined;
        if (old?.email && old.email.toLowerCase() !== p.email?.toLowerCase()) this.db.remove(['pemail', old.email.toLowerCase()]);
        this.db.put(['partner', p.id], p);
        if (p.email) this.db.put(['pemail', p.email.toLowerCase()], p.id);
      }
    });
  }

  async getPartner(id: string): Promise<Partner | null> {
    return (this.db.get(['partner', id]) as Partner | undefined) ?? null;
  }

  async getPartnerByEmail(email: string): Promise<Partner | null> {
    const id = this.db.get(['pemail', email.toLowerCase()]) as string | undefined;
    return id ? this.getPartner(id) : null;
  }

  async listPartners(): Promise<Partner[]> {
    return this.values<Partner>(['partner']).sort((a, b) => a.name.localeCompare(b.name));
  }

  // The writes on a chat request's path (the retry dedupe, answers' state, Teams conversation
  // references) commit asynchronously: the callback still runs inside one write transaction (atomic),
  // but the commit and its disk flush happen off the event loop, so a burst's acknowledgements are
  // not held behind them. The promise resolves once the write is durable.
  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return this.db.transaction(() => {
      const exp = this.db.get(['claim', key]) as number | undefined;
      const now = this.nowMs();
      if (exp !== undefined && exp > now) return false;
      this.db.put(['claim', key], now + ttlMs);
      return true;
    });
  }

  async getState<T>(key: string): Promise<T | null> {
    const entry = this.db.get(['state', key]) as Expiring | undefined;
    if (!entry) return null;
    if (entry.exp !== null && entry.exp <= this.nowMs()) {
      this.db.transactionSync(() => {
        const again = this.db.get(['state', key]) as Expiring | undefined;
        if (again && again.exp !== null && again.exp <= this.nowMs()) this.db.remove(['state', key]);
      });
      return null;
    }
    return entry.v as T;
  }

  async putState(key: string, value: unknown, ttlMs?: number): Promise<void> {
    await this.db.transaction(() => {
      this.db.put(['state', key], { v: value, exp: ttlMs === undefined ? null : this.nowMs() + ttlMs } satisfies Expiring);
    });
  }

  async deleteState(key: string): Promise<void> {
    await this.db.transaction(() => this.db.remove(['state', key]));
  }

  async appendFeedback(record: FeedbackRecord): Promise<void> {
    this.db.transactionSync(() => {
      const last = [...this.db.getKeys({ start: ['fb', END], end: ['fb'], reverse: true, limit: 1 })][0];
      this.db.put(['fb', Array.isArray(last) ? Number(last[1]) + 1 : 0], record);
    });
  }

  async listFeedback(): Promise<FeedbackRecord[]> {
    return this.values<FeedbackRecord>(['fb']);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
