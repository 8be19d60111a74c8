// Every Redis key Liaison uses is built here, under one explicit prefix. (No ioredis keyPrefix: it
// is not applied to SCAN patterns, so a cleanup by pattern would miss or over-reach.)

export class RedisKeys {
  constructor(readonly prefix: string) {
    if (!prefix) throw new Error('RedisKeys needs a non-empty prefix, e.g. "liaison:"');
  }

  /** hash planId -> Plan JSON */
  get plans() {
    return `${this.prefix}plans`;
  }
  /** hash lower-case label -> planId */
  get labels() {
    return `${this.prefix}plan-labels`;
  }
  /** hash "platform:conversationId" -> planId */
  get links() {
    return `${this.prefix}plan-links`;
  }
  /** hash commitmentId -> planId */
  get commitmentPlans() {
    return `${this.prefix}commitment-plans`;
  }
  /** sorted set commitmentId scored by the epoch ms its due day begins (open commitments only) */
  get due() {
    return `${this.prefix}due`;
  }
  /** sorted set commitmentId scored by the epoch ms of its next ping (open commitments with one only) */
  get pings() {
    return `${this.prefix}pings`;
  }
  /** hash partnerId -> Partner JSON */
  get partners() {
    return `${this.prefix}partners`;
  }
  /** hash lower-case email -> partnerId */
  get partnerEmails() {
    return `${this.prefix}partner-emails`;
  }
  /** list of FeedbackRecord JSON */
  get feedback() {
    return `${this.prefix}feedback`;
  }

  /** hash commitmentId -> Commitment JSON */
  planCommitments(planId: string) {
    return `${this.prefix}plan:${planId}:commitments`;
  }
  /** hash meetingId -> Meeting JSON */
  planMeetings(planId: string) {
    return `${this.prefix}plan:${planId}:meetings`;
  }
  /** hash dedupe key -> meetingId */
  planDedupe(planId: string) {
    return `${this.prefix}plan:${planId}:dedupe`;
  }
  /** integer: the last commitment number given in the plan */
  planSeq(planId: string) {
    return `${this.prefix}plan:${planId}:seq`;
  }
  /** list of AuditEntry JSON, append-only */
  planAudit(planId: string) {
    return `${this.prefix}plan:${planId}:audit`;
  }

  /** BullMQ's own key prefix for Liaison's queues (BullMQ builds the keys under it). */
  get bullmq() {
    return `${this.prefix}bullmq`;
  }

  claim(key: string) {
    return `${this.prefix}claim:${key}`;
  }
  state(key: string) {
    return `${this.prefix}state:${key}`;
  }

  /** A SCAN MATCH pattern for every key under this prefix (glob characters in the prefix escaped). */
  get all() {
    return `${this.prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
  }
}
