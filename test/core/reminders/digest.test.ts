// The weekly digest: sections by due date, grouped by agency, the on-time rate against the original
// due dates, and an outside agency's items hidden where consent does not cover it.
import { describe, expect, it } from 'vitest';
import { digestReply, digestWeek, onTimeRate } from '../../../src/core/reminders/digest.js';
import { DEFAULT_POLICY } from '../../../src/core/reminders/policy.js';
import type { Commitment, Partner, Plan } from '../../../src/core/plans/types.js';

const plan: Plan = {
  id: 'p1', label: 'JR-2027', coordinator: { platform: 'slack', userId: 'U1' }, members: [], links: [], goals: {}, timeZone: 'America/New_York',
  consent: { agencies: ['DVR'], givenBy: 'parent', from: '2026-01-01', until: '2026-12-31', recordedAt: '2026-01-01T00:00:00Z' }, createdAt: '', updatedAt: '', version: 1,
};
const partners = new Map<string, Partner>([
  ['dana', { id: 'dana', name: 'Dana Alvarez', aliases: [], agency: 'DVR', kind: 'agency' }],
  ['kim', { id: 'kim', name: 'Daniel Kim', aliases: [], agency: 'County DD', kind: 'agency' }],
  ['tom', { id: 'tom', name: 'Tom Okafor', aliases: [], agency: 'Maple Schools', kind: 'school' }],
]);
let n = 0;
function c(owner: string, due: string | null, over: Partial<Commitment> = {}): Commitment {
  n += 1;
  return {
    id: `c${n}`, n, planId: 'p1', meetingId: 'm', owners: [{ written: owner, partnerId: owner, match: 'resolved' }], task: `task ${n}`, due, dueAt: null, timeZone: 'America/New_York',
    status: 'requested', source: { meetingDate: '2026-11-01', quote: '' }, history: [], createdAt: '2026-11-01T12:00:00Z', updatedAt: '', version: 1, ...over,
  };
}

describe('the weekly digest', () => {
  it('is due from Monday 08:00 in the plan’s zone, once a week', () => {
    expect(digestWeek(plan, DEFAULT_POLICY, new Date('2026-12-07T12:59:00Z'))).toEqual({ week: '2026-12-07', due: false });
    expect(digestWeek(plan, DEFAULT_POLICY, new Date('2026-12-07T13:00:00Z'))).toEqual({ week: '2026-12-07', due: true });
    expect(digestWeek(plan, DEFAULT_POLICY, new Date('2026-12-12T20:00:00Z'))).toEqual({ week: '2026-12-07', due: true });
  });

  it('counts on time against the original due date: a snooze does not make a late item on time', () => {
    const late = c('tom', '2026-12-10', { status: 'completed', history: [{ at: '2026-11-20T10:00:00Z', by: 'x', what: 'due', from: '2026-11-20', to: '2026-12-10' }, { at: '2026-12-01T10:00:00Z', by: 'x', what: 'status', from: 'requested', to: 'completed (done)' }] });
    const onTime = c('tom', '2026-11-25', { status: 'completed', history: [{ at: '2026-11-24T10:00:00Z', by: 'x', what: 'status', from: 'requested', to: 'completed (done)' }] });
    const open = c('tom', '2026-11-30');
    expect(onTimeRate([late, onTime, open, c('tom', null)], '2026-12-07')).toEqual({ onTime: 1, of: 3 });
  });

  it('groups by agency and hides an agency’s items where consent does not cover it', () => {
    const reply = digestReply(plan, [c('dana', '2026-12-01'), c('kim', '2026-12-09'), c('tom', null)], partners, new Date('2026-12-07T14:00:00Z'));
    expect(reply.text).toMatch(/\*\*Weekly update for JR-2027\*\* \(week of 2026-12-07\): 3 open: 1 overdue, 1 due this week, 1 no date yet, 0 later\./);
    expect(reply.text).toMatch(/\*\*DVR\*\*\n- #\d+ task \d+ \(Dana Alvarez; overdue, 2026-12-01\)/);
    expect(reply.text).toMatch(/\*\*County DD\*\*\n- 1 item not shown here: the plan has no consent on file to share with County DD\./);
    expect(reply.text).not.toMatch(/Daniel Kim/);
    expect(reply.text).toMatch(/\*\*Maple Schools\*\*\n- #\d+ task \d+ \(Tom Okafor; no date yet\)/);
  });

  it('lists what an owner could not do in the last week, with the reason they gave, where consent covers the agency', () => {
    const closed = (by: string, at: string, outcome: Commitment['outcome'], note?: string): Partial<Commitment> => ({
      status: 'cancelled', outcome, history: [{ at, by, what: 'status', from: 'requested', to: `cancelled (${outcome})`, ...(note ? { note } : {}) }],
    });
    const full = c('dana', '2026-12-04', closed('Dana Alvarez', '2026-12-03T15:00:00Z', 'no-capacity', 'Caseloads are full until February'));
    const hidden = c('kim', '2026-12-04', closed('Daniel Kim', '2026-12-03T15:00:00Z', 'not-eligible', 'He is over the age limit'));
    const old = c('tom', '2026-11-10', closed('Tom Okafor', '2026-11-20T15:00:00Z', 'couldnt-contact'));
    const dropped = c('tom', '2026-12-04', closed('Tom Okafor', '2026-12-04T15:00:00Z', 'no-longer-needed'));
    const reply = digestReply(plan, [full, hidden, old, dropped], partners, new Date('2026-12-07T14:00:00Z'));
    expect(reply.text).toContain(`**Could not be done (closed in the last 7 days)**\n- #${full.n} ${full.task} (no capacity, closed by Dana Alvarez on 2026-12-03): "Caseloads are full until February"`);
    expect(reply.text).not.toMatch(/over the age limit|Daniel Kim/);
    expect(reply.text).not.toContain(old.task + ' (');
    expect(reply.text).not.toContain(`${dropped.task} (no longer needed`);
  });
});
