// Builders for plan-store tests, with overrides.
import { randomUUID } from 'node:crypto';
import type { AuditEntry, Commitment, Meeting, Partner, Plan } from '../../../src/core/plans/types.js';

export const cliActor = { platform: 'cli' as const, userId: 'operator' };

export function makePlan(over: Partial<Plan> = {}): Plan {
  const now = '2026-03-01T12:00:00.000Z';
  return {
    id: randomUUID(),
    label: `JS-${Math.floor(Math.random() * 1e6)}`,
    coordinator: { platform: 'slack', userId: 'UCOORD' },
    members: [],
    links: [],
    goals: {},
    consent: null,
    timeZone: 'America/Chicago',
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...over,
  };
}

export function audit(planId: string, action: string, detail = ''): AuditEntry {
  return { at: new Date().toISOString(), planId, actor: cliActor, action, detail };
}

export function makeCommitment(planId: string, meetingId: string, over: Partial<Commitment> = {}): Commitment {
  const now = '2026-03-01T12:00:00.000Z';
  return {
    id: randomUUID(),
    planId,
    meetingId,
    owners: [{ written: 'Ms. Alvarez', partnerId: 'p-alvarez', match: 'resolved' }],
    task: 'Send the Pre-ETS referral',
    due: null,
    dueAt: null,
    timeZone: 'America/Chicago',
    status: 'requested',
    source: { meetingDate: '2026-03-01', quote: 'Alvarez will send the referral' },
    history: [{ at: now, by: 'operator', what: 'created', to: 'requested' }],
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...over,
  };
}

/** A meeting write with commitments due at the given epoch ms (null = undated). */
export function meetingWrite(planId: string, dueAts: (number | null)[], dedupeKeys: string[] = [`msg:${randomUUID()}`]) {
  const meetingId = randomUUID();
  const commitments = dueAts.map((dueAt, i) =>
    makeCommitment(planId, meetingId, { dueAt, due: dueAt === null ? null : new Date(dueAt).toISOString().slice(0, 10), task: `task ${i + 1}` }),
  );
  const meeting: Meeting = {
    id: meetingId,
    planId,
    date: '2026-03-01',
    notesDigest: 'abc',
    commitmentIds: commitments.map((c) => c.id),
    loggedAt: new Date().toISOString(),
    loggedBy: cliActor,
  };
  return { meeting, commitments, dedupeKeys, audit: [audit(planId, 'meeting.log', meetingId)] };
}

export function makePartner(over: Partial<Partner> & { id: string; name: string }): Partner {
  return { aliases: [], ...over };
}
