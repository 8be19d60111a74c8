// The shared transition plan: one student (named only by a label), the partners around them, and
// the commitments they made to each other. Plain JSON-safe data, so both stores keep it as-is.
import type { Platform } from '../messages.js';
import type { ReminderPolicy } from '../reminders/policy.js';

/** Where a plan may be shown: a Slack channel or DM, a Teams chat or channel. */
export interface ConversationRef {
  platform: Platform;
  id: string;
}

/** Who made a request: a platform user. `cli` is the local operator and is trusted. */
export interface Actor {
  platform: Platform;
  userId: string;
  name?: string;
  email?: string;
}

export type PreferredPlatform = 'slack' | 'teams' | 'email';

/** Who a partner works for: the school (follows the district calendar), an outside agency, the family. */
export type PartnerKind = 'school' | 'agency' | 'family';
export const PARTNER_KINDS: readonly PartnerKind[] = ['school', 'agency', 'family'];

export interface Partner {
  id: string;
  name: string;
  aliases: string[];
  agency?: string;
  role?: string;
  email?: string;
  slackUserId?: string;
  teamsUserId?: string;
  /** IANA time zone; due dates are read in it. */
  timeZone?: string;
  preferredPlatform?: PreferredPlatform;
  kind?: PartnerKind;
  /** Teams: the tenant of the partner's account, for starting a 1:1 chat. */
  teamsTenantId?: string;
}

export type GoalDomain = 'employment' | 'education' | 'independent-living';
export const GOAL_DOMAINS: readonly GoalDomain[] = ['employment', 'education', 'independent-living'];

export interface Consent {
  /** Agencies the family or adult student agreed to share information with. */
  agencies: string[];
  /** Who gave it: the parent or the adult student. */
  givenBy: 'parent' | 'adult-student';
  from: string; // YYYY-MM-DD
  until: string | null; // YYYY-MM-DD, null when open-ended
  recordedAt: string; // ISO time
}

export interface Plan {
  id: string;
  /** The coordinator's label for the student: initials or a local id, never a full name. */
  label: string;
  coordinator: Actor & { partnerId?: string };
  /** Partner ids. */
  members: string[];
  links: ConversationRef[];
  goals: Partial<Record<GoalDomain, string>>;
  consent: Consent | null;
  /** Default time zone for due dates whose owner has none. */
  timeZone: string;
  /** This plan's own reminder settings, over the configured ones (see core/reminders/policy.ts). */
  reminders?: Partial<ReminderPolicy>;
  createdAt: string;
  updatedAt: string;
  /** Bumped on every save; stores refuse a save whose expected version is stale. */
  version: number;
}

export interface Meeting {
  id: string;
  planId: string;
  date: string; // YYYY-MM-DD
  messageId?: string;
  sourceLink?: string;
  /** sha256 of the normalised notes: the notes themselves are not kept. */
  notesDigest: string;
  commitmentIds: string[];
  loggedAt: string;
  loggedBy: Actor;
}

/** FHIR Task states (without `failed`: a commitment that cannot happen is cancelled with an outcome). */
export type CommitmentStatus = 'requested' | 'accepted' | 'in-progress' | 'on-hold' | 'completed' | 'cancelled';
export const OPEN_STATUSES: readonly CommitmentStatus[] = ['requested', 'accepted', 'in-progress', 'on-hold'];
export const isOpen = (s: CommitmentStatus) => OPEN_STATUSES.includes(s);

export type Outcome = 'done' | 'not-eligible' | 'no-capacity' | 'couldnt-contact' | 'no-longer-needed';
export const OUTCOMES: readonly Outcome[] = ['done', 'not-eligible', 'no-capacity', 'couldnt-contact', 'no-longer-needed'];

export interface CommitmentOwner {
  /** The name exactly as written in the notes. */
  written: string;
  partnerId?: string;
  /** resolved: a partner; ambiguous: several candidates, none chosen; unresolved: kept as written. */
  match: 'resolved' | 'ambiguous' | 'unresolved';
  candidates?: string[];
}

export interface CommitmentChange {
  at: string;
  by: string;
  what: 'created' | 'status' | 'due' | 'owners' | 'task' | 'reminder' | 'iep';
  from?: string | null;
  to?: string | null;
  /** Why, in the words of whoever closed it ("Can't do it": the waitlist is closed until March). */
  note?: string;
}

export interface Commitment {
  id: string;
  planId: string;
  /**
   * Its number in the plan (PLAN#n), given once when it is logged and never changed, like an issue
   * number: closing #2 leaves #4 as #4. Absent only on commitments stored before numbers existed,
   * until the store numbers them on its next start.
   */
  n?: number;
  meetingId: string;
  owners: CommitmentOwner[];
  task: string;
  due: string | null; // YYYY-MM-DD in timeZone
  /** Epoch ms at which the due day begins in timeZone; the due index scores by it. */
  dueAt: number | null;
  timeZone: string;
  status: CommitmentStatus;
  outcome?: Outcome;
  source: { meetingDate: string; messageId?: string; link?: string; quote: string };
  history: CommitmentChange[];
  /** Marked as a transition service written into the IEP (34 CFR 300.320(b)(2)): changes what an escalation says. */
  iepService?: boolean;
  /** What the reminder loop did for it (core/reminders/schedule.ts). */
  reminders?: ReminderState;
  /** Epoch ms of its next ping, or null when none is due (closed, escalated, nudges spent); the store indexes it. */
  nextPingAt?: number | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export type PingKind = 'upcoming' | 'due' | 'overdue' | 'escalation' | 'ask-date';

/** The reminder loop's record on a commitment. */
export interface ReminderState {
  /**
   * What the schedule counts from: `due:YYYY-MM-DD`, `none` (undated) or `remind:YYYY-MM-DD` (a
   * coordinator asked for the owner to be reminded again). A new basis starts a new schedule.
   */
  basis: string;
  /** Keys of the pings of this basis already handled: sent, or passed over by a later one. */
  handled: string[];
  /** Every ping that went out or failed, for the escalation's "already tried" and the digest. */
  log: { key: string; kind: PingKind; at: string; to: string; status: 'sent' | 'failed' | 'redirected' }[];
}

export interface AuditEntry {
  at: string;
  planId: string;
  actor: Actor;
  conversation?: ConversationRef;
  /** A verb such as plan.create, meeting.log, commitment.done. */
  action: string;
  /** Ids and field names; never the notes themselves. */
  detail: string;
}

export interface FeedbackRecord {
  at: string;
  rating: 'up' | 'down';
  question: string;
  sources: string[];
  conversation?: ConversationRef;
  actor?: Actor;
}
