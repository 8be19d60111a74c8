// The PlanStore seam: what the plan service needs from storage, nothing more. Two implementations
// (Redis, embedded lmdb) pass one contract suite. Every method that changes a plan writes its audit
// entry in the same atomic step.
import { LiaisonError } from '../errors.js';
import { isOpen, type AuditEntry, type Commitment, type ConversationRef, type FeedbackRecord, type Meeting, type Partner, type Plan } from './types.js';
import { hint, hinted, type Hinted } from '../hints.js';

export interface SavePlanChange {
  /** null: create (fails when the label is taken); a number: the version the caller read. */
  expectedVersion: number | null;
  linkAdd?: ConversationRef;
  linkRemove?: ConversationRef;
  audit: AuditEntry;
}

export interface LogMeetingWrite {
  meeting: Meeting;
  commitments: Commitment[];
  /** Keys that identify these notes (message id, normalised text); any one already seen = duplicate. */
  dedupeKeys: string[];
  audit: AuditEntry[];
}

export interface LogMeetingResult {
  duplicate: boolean;
  /** The meeting that holds these notes: the new one, or the one logged before. */
  meetingId: string;
}

export interface PlanStore {
  savePlan(plan: Plan, change: SavePlanChange): Promise<void>;
  getPlan(id: string): Promise<Plan | null>;
  getPlanByLabel(label: string): Promise<Plan | null>;
  getPlanByConversation(ref: ConversationRef): Promise<Plan | null>;
  listPlans(): Promise<Plan[]>;
  /** Removes the plan with its commitments, meetings, audit trail, due-index entries and links. */
  deletePlan(id: string): Promise<boolean>;

  /**
   * Reserves `count` consecutive commitment numbers in the plan and returns the first. Numbers are
   * never reused; a reservation that is not used (the notes were a duplicate) leaves a gap.
   */
  reserveNumbers(planId: string, count: number): Promise<number>;
  /** The meeting already logged under any of these dedupe keys, if one was (a read; logMeeting decides atomically). */
  meetingForKeys(planId: string, dedupeKeys: string[]): Promise<string | null>;
  /** All-or-nothing, idempotent across processes. */
  logMeeting(planId: string, write: LogMeetingWrite): Promise<LogMeetingResult>;
  listMeetings(planId: string): Promise<Meeting[]>;
  getCommitment(id: string): Promise<Commitment | null>;
  listCommitments(planId: string): Promise<Commitment[]>;
  /** CAS on version; keeps the due index in step (only open commitments with a due date are in it). */
  saveCommitment(c: Commitment, expectedVersion: number, audit: AuditEntry): Promise<void>;
  /** Open commitments whose due day begins before `t`, earliest first. O(log n + k). */
  dueBefore(t: Date, limit: number): Promise<Commitment[]>;
  /** Open commitments whose next ping is due at or before `t`, earliest first. O(log n + k). */
  pingsDueBy(t: Date, limit: number): Promise<Commitment[]>;
  listAudit(planId: string): Promise<AuditEntry[]>;

  upsertPartners(partners: Partner[]): Promise<void>;
  getPartner(id: string): Promise<Partner | null>;
  getPartnerByEmail(email: string): Promise<Partner | null>;
  listPartners(): Promise<Partner[]>;

  /** True for the first caller of `key` within ttlMs, across all instances. */
  claimOnce(key: string, ttlMs: number): Promise<boolean>;
  getState<T>(key: string): Promise<T | null>;
  putState(key: string, value: unknown, ttlMs?: number): Promise<void>;
  deleteState(key: string): Promise<void>;
  appendFeedback(record: FeedbackRecord): Promise<void>;
  listFeedback(): Promise<FeedbackRecord[]>;

  close(): Promise<void>;
}

export type ConflictReason = 'version' | 'label' | 'link' | 'missing';

/** A save lost a race or hit a uniqueness rule; the service retries or explains. */
export class StoreConflict extends LiaisonError {
  constructor(
    readonly reason: ConflictReason,
    message: string | Hinted,
    /** For 'link': the plan the conversation is already linked to. */
    readonly otherPlanId?: string,
  ) {
    super('conflict', message);
  }
}

export const linkKey = (ref: ConversationRef) => `${ref.platform}:${ref.id}`;

/** The due-index score of a commitment, or null when it does not belong in the index. */
export const dueIndexScore = (c: Commitment): number | null => (c.dueAt !== null && isOpen(c.status) ? c.dueAt : null);

/** The ping-index score of a commitment (its next ping), or null when it has none. */
export const pingIndexScore = (c: Commitment): number | null => (isOpen(c.status) && typeof c.nextPingAt === 'number' ? c.nextPingAt : null);

export function byDueThenCreated(a: Commitment, b: Commitment): number {
  const da = a.dueAt ?? Number.MAX_SAFE_INTEGER;
  const db = b.dueAt ?? Number.MAX_SAFE_INTEGER;
  return da - db || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

export function conflictFor(reason: ConflictReason, plan: Plan, otherPlanId?: string): StoreConflict {
  switch (reason) {
    case 'label':
      return new StoreConflict('label', `A plan labelled "${plan.label}" already exists. Choose another label (initials plus a number work well, e.g. "${plan.label}-2").`, otherPlanId);
    case 'link':
      return new StoreConflict('link', hinted`This conversation is already linked to another plan. Unlink it there first with ${hint('unlink')}.`, otherPlanId);
    case 'missing':
      return new StoreConflict('missing', `The plan ${plan.label} no longer exists; it may have just been deleted.`);
    default:
      return new StoreConflict('version', `The plan ${plan.label} was changed by someone else at the same time; please try again.`);
  }
}
