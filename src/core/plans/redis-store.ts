// PlanStore on Redis (ioredis): production, several instances. Keys come from RedisKeys; every
// multi-key change is one Lua script; due dates live in a sorted set.
import { Redis } from 'ioredis';
import { LiaisonError } from '../errors.js';
import { silentLogger, type Logger } from '../../log.js';
import { RedisKeys } from './redis-keys.js';
import { DELETE_PLAN, LOG_MEETING, SAVE_COMMITMENT, SAVE_PLAN } from './redis-scripts.js';
import { byDueThenCreated, conflictFor as conflict, dueIndexScore, linkKey, pingIndexScore, StoreConflict, type ConflictReason, type LogMeetingResult, type LogMeetingWrite, type PlanStore, type SavePlanChange } from './store.js';
import type { AuditEntry, Commitment, ConversationRef, FeedbackRecord, Meeting, Partner, Plan } from './types.js';
import { labelKey } from './labels.js';

const parse = <T>(s: string | null | undefined): T | null => (s == null ? null : (JSON.parse(s) as T));

/** The URL without its password, for messages and logs. */
export function safeRedisUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'an invalid REDIS_URL';
  }
}

export async function openRedisStore(opts: { url: string; prefix: string; log?: Logger }): Promise<RedisPlanStore> {
  const log = opts.log ?? silentLogger;
  // rediss:// turns TLS on inside ioredis; no keyPrefix on purpose (see RedisKeys). This client serves
  // requests: while Redis is away its commands fail at once (no offline queue, a short timeout), so a
  // person is told rather than left waiting; ioredis keeps reconnecting in the background.
  const client = new Redis(opts.url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, commandTimeout: 3_000 });
  client.on('error', (err: Error) => log.warn({ err: err.message }, 'redis connection error'));
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    client.disconnect();
    throw new LiaisonError(
      'store_unavailable',
      `Cannot reach Redis at ${safeRedisUrl(opts.url)}. Start Redis or fix REDIS_URL; unset REDIS_URL to use the embedded store.`,
      { cause: err },
    );
  }
  return failingClearly(new RedisPlanStore(client, new RedisKeys(opts.prefix)), opts.url);
}

/** What ioredis throws while Redis is unreachable (refused, reset, timed out, not connected). */
export function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; name?: string; message?: string };
  if (e?.code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN'].includes(e.code)) return true;
  return /enableOfflineQueue|Connection is closed|Command timed out|Stream isn't writeable|Reached the max retries/i.test(e?.message ?? '');
}

/** The store with every connection failure turned into store_unavailable, which says what to do. */
function failingClearly(store: RedisPlanStore, url: string): RedisPlanStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || prop === 'constructor') return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (err) {
          if (!isConnectionError(err)) throw err;
          throw new LiaisonError('store_unavailable', `Plans are briefly unavailable: Liaison cannot reach its store (${safeRedisUrl(url)}). Nothing was changed; try again in a minute. Questions still work.`, { cause: err });
        }
      };
    },
  });
}

export class RedisPlanStore implements PlanStore {
  constructor(
    private readonly redis: Redis,
    readonly keys: RedisKeys,
  ) {}

  async savePlan(plan: Plan, change: SavePlanChange): Promise<void> {
    const k = this.keys;
    const res = (await this.redis.eval(
      SAVE_PLAN,
      4,
      k.plans,
      k.labels,
      k.links,
      k.planAudit(plan.id),
      plan.id,
      change.expectedVersion === null ? '' : String(change.expectedVersion),
      JSON.stringify(plan),
      labelKey(plan.label),
      change.linkAdd ? linkKey(change.linkAdd) : '',
      change.linkRemove ? linkKey(change.linkRemove) : '',
      JSON.stringify(change.audit),
    )) as string[];
    if (res[0] === 'conflict') throw conflict(res[1] as ConflictReason, plan, res[2]);
  }

  async getPlan(id: string): Promise<Plan | null> {
    return parse<Plan>(await this.redis.hget(this.keys.plans, id));
  }

  async getPlanByLabel(label: string): Promise<Plan | null> {
    const id = await this.redis.hget(this.keys.labels, labelKey(label));
    return id ? this.getPlan(id) : null;
  }

  async getPlanByConversation(ref: ConversationRef): Promise<Plan | null> {
    const id = await this.redis.hget(this.keys.links, linkKey(ref));
    return id ? this.getPlan(id) : null;
  }

  async listPlans(): Promise<Plan[]> {
    const all = await this.redis.hvals(this.keys.plans);
    return all.map((s) => JSON.parse(s) as Plan).sort((a, b) => a.label.localeCompare(b.label));
  }

  async deletePlan(id: string): Promise<boolean> {
    const plan = await this.getPlan(id);
    if (!plan) return false;
    const k = this.keys;
    const n = await this.redis.eval(
      DELETE_PLAN,
      11,
      k.plans,
      k.labels,
      k.links,
      k.commitmentPlans,
      k.due,
      k.planCommitments(id),
      k.planMeetings(id),
      k.planDedupe(id),
      k.planAudit(id),
      k.planSeq(id),
      k.pings,
      id,
      labelKey(plan.label),
    );
    return n === 1;
  }

  async meetingForKeys(planId: string, dedupeKeys: string[]): Promise<string | null> {
    if (!dedupeKeys.length) return null;
    return (await this.redis.hmget(this.keys.planDedupe(planId), ...dedupeKeys)).find((v) => v) ?? null;
  }

  async reserveNumbers(planId: string, count: number): Promise<number> {
    return (await this.redis.incrby(this.keys.planSeq(planId), count)) - count + 1;
  }

  async logMeeting(planId: string, write: LogMeetingWrite): Promise<LogMeetingResult> {
    const k = this.keys;
    const args: string[] = [planId, write.meeting.id, JSON.stringify(write.meeting), String(write.dedupeKeys.length), ...write.dedupeKeys];
    args.push(String(write.commitments.length));
    for (const c of write.commitments) args.push(c.id, JSON.stringify(c), dueScore(c), score(pingIndexScore(c)));
    args.push(String(write.audit.length), ...write.audit.map((a) => JSON.stringify(a)));
    const res = (await this.redis.eval(
      LOG_MEETING,
      8,
      k.plans,
      k.planCommitments(planId),
      k.planMeetings(planId),
      k.planDedupe(planId),
      k.planAudit(planId),
      k.commitmentPlans,
      k.due,
      k.pings,
      ...args,
    )) as string[];
    if (res[0] === 'missing') throw new StoreConflict('missing', 'That plan no longer exists; it may have just been deleted.');
    return { duplicate: res[0] === 'dup', meetingId: res[1] as string };
  }

  async listMeetings(planId: string): Promise<Meeting[]> {
    const all = await this.redis.hvals(this.keys.planMeetings(planId));
    return all.map((s) => JSON.parse(s) as Meeting).sort((a, b) => a.date.localeCompare(b.date) || a.loggedAt.localeCompare(b.loggedAt));
  }

  async getCommitment(id: string): Promise<Commitment | null> {
    const planId = await this.redis.hget(this.keys.commitmentPlans, id);
    return planId ? parse<Commitment>(await this.redis.hget(this.keys.planCommitments(planId), id)) : null;
  }

  async listCommitments(planId: string): Promise<Commitment[]> {
    const all = await this.redis.hvals(this.keys.planCommitments(planId));
    return all.map((s) => JSON.parse(s) as Commitment).sort(byDueThenCreated);
  }

  async saveCommitment(c: Commitment, expectedVersion: number, audit: AuditEntry): Promise<void> {
    const k = this.keys;
    const res = (await this.redis.eval(
      SAVE_COMMITMENT,
      4,
      k.planCommitments(c.planId),
      k.due,
      k.planAudit(c.planId),
      k.pings,
      c.id,
      String(expectedVersion),
      JSON.stringify(c),
      dueScore(c),
      JSON.stringify(audit),
      score(pingIndexScore(c)),
    )) as string[];
    if (res[0] === 'conflict') {
      const reason = res[1] as ConflictReason;
      throw new StoreConflict(reason, reason === 'missing' ? 'That commitment no longer exists.' : 'That commitment was changed by someone else at the same time; please try again.');
    }
  }

  async dueBefore(t: Date, limit: number): Promise<Commitment[]> {
    return this.byIds(await this.redis.zrangebyscore(this.keys.due, '-inf', `(${t.getTime()}`, 'LIMIT', 0, limit));
  }

  async pingsDueBy(t: Date, limit: number): Promise<Commitment[]> {
    return this.byIds(await this.redis.zrangebyscore(this.keys.pings, '-inf', String(t.getTime()), 'LIMIT', 0, limit));
  }

  private async byIds(ids: string[]): Promise<Commitment[]> {
    if (!ids.length) return [];
    const planIds = await this.redis.hmget(this.keys.commitmentPlans, ...ids);
    const pipe = this.redis.pipeline();
    ids.forEach((id, i) => pipe.hget(this.keys.planCommitments(planIds[i] ?? ''), id));
    const rows = (await pipe.exec()) ?? [];
    return rows.map(([, v]) => parse<Commitment>(v as string | null)).filter((c): c is Commitment => c !== null);
  }

  async listAudit(planId: string): Promise<AuditEntry[]> {
    return (await this.redis.lrange(this.keys.planAudit(planId), 0, -1)).map((s) => JSON.parse(s) as AuditEntry);
  }

  async upsertPartners(partners: Partner[]): Promise<void> {
    if (!partners.length) return;
    const k = this.keys;
    const before = await this.redis.hmget(k.partners, ...partners.map((p) => p.id));
    const tx = this.redis.multi();
    partners.forEach((p, i) => {
      const old = parse<Partner>(before[i]);
      if (old?.email && old.email.toLowerCase() !== p.email?.toLowerCase()) tx.hdel(k.partnerEmails, old.email.toLowerCase());
      tx.hset(k.partners, p.id, JSON.stringify(p));
      if (p.email) tx.hset(k.partnerEmails, p.email.toLowerCase(), p.id);
    });
    await tx.exec();
  }

  async getPartner(id: string): Promise<Partner | null> {
    return parse<Partner>(await this.redis.hget(this.keys.partners, id));
  }

  async getPartnerByEmail(email: string): Promise<Partner | null> {
    const id = await this.redis.hget(this.keys.partnerEmails, email.toLowerCase());
    return id ? this.getPartner(id) : null;
  }

  async listPartners(): Promise<Partner[]> {
    const all = await this.redis.hvals(this.keys.partners);
    return all.map((s) => JSON.parse(s) as Partner).sort((a, b) => a.name.localeCompare(b.name));
  }

  async claimOnce(key: string, ttlMs: number): Promise<boolean> {
    return (await this.redis.set(this.keys.claim(key), '1', 'PX', Math.max(1, Math.round(ttlMs)), 'NX')) === 'OK';
  }

  async getState<T>(key: string): Promise<T | null> {
    return parse<T>(await this.redis.get(this.keys.state(key)));
  }

  async putState(key: string, value: unknown, ttlMs?: number): Promise<void> {
    const json = JSON.stringify(value);
    if (ttlMs !== undefined) await this.redis.set(this.keys.state(key), json, 'PX', Math.max(1, Math.round(ttlMs)));
    else await this.redis.set(this.keys.state(key), json);
  }

  async deleteState(key: string): Promise<void> {
    await this.redis.del(this.keys.state(key));
  }

  async appendFeedback(record: FeedbackRecord): Promise<void> {
    await this.redis.rpush(this.keys.feedback, JSON.stringify(record));
  }

  async listFeedback(): Promise<FeedbackRecord[]> {
    return (await this.redis.lrange(this.keys.feedback, 0, -1)).map((s) => JSON.parse(s) as FeedbackRecord);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

const score = (at: number | null): string => (at === null ? '' : String(at));
const dueScore = (c: Commitment): string => score(dueIndexScore(c));
