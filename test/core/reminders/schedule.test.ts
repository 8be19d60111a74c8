// When pings go out, with a fixed clock: working days, a Friday due date, holidays, time zones across
// a DST change, quiet hours, and a sweep that missed several pings.
import { describe, expect, it } from 'vitest';
import { WorkCalendar } from '../../../src/core/reminders/calendar.js';
import { DEFAULT_POLICY } from '../../../src/core/reminders/policy.js';
import { decide, schedule, type ScheduleContext } from '../../../src/core/reminders/schedule.js';
import { dueAtFor } from '../../../src/core/plans/commitments.js';
import type { Commitment } from '../../../src/core/plans/types.js';

const NY = 'America/New_York';
function commitment(due: string | null, over: Partial<Commitment> = {}): Commitment {
  return {
    id: 'c1', planId: 'p1', meetingId: 'm1', owners: [{ written: 'Dana', partnerId: 'dana', match: 'resolved' }], task: 'send the packet',
    due, dueAt: dueAtFor(due, NY), timeZone: NY, status: 'requested', source: { meetingDate: '2026-11-25', quote: 'Dana will send the packet' },
    history: [], createdAt: '2026-11-25T15:00:00.000Z', updatedAt: '2026-11-25T15:00:00.000Z', version: 1, ...over,
  };
}
const ctx = (holidays: { school?: string[]; public?: string[] } = {}, ownerTz = NY): ScheduleContext => ({
  policy: DEFAULT_POLICY,
  calendar: new WorkCalendar(DEFAULT_POLICY, { school: new Set(holidays.school ?? []), public: new Set(holidays.public ?? []), agencies: new Map() }),
  recipients: { owner: { tz: ownerTz, calendar: { kind: 'agency' } }, coordinator: { tz: NY, calendar: { kind: 'school' } } },
});
const plan = (c: Commitment, x = ctx()) => schedule(c, x).map((p) => `${p.kind}${p.nudge > 1 ? p.nudge : ''} ${p.at.toISOString()}`);

describe('the schedule of a dated commitment', () => {
  it('for a Friday due date: coming up Wednesday, due Friday, overdue Monday and Wednesday, the coordinator the next Friday, all at 08:00 local', () => {
    expect(plan(commitment('2026-12-11'))).toEqual([
      'upcoming 2026-12-09T13:00:00.000Z',
      'due 2026-12-11T13:00:00.000Z',
      'overdue 2026-12-14T13:00:00.000Z',
      'overdue2 2026-12-16T13:00:00.000Z',
      'escalation 2026-12-18T13:00:00.000Z',
    ]);
  });

  it('skips public holidays for an agency owner (and weekends), and keeps 08:00 local across the DST change', () => {
    // DST starts 8 March 2026: 08:00 in New York is 13:00 UTC before and 12:00 UTC after.
    expect(plan(commitment('2026-03-09', { createdAt: '2026-03-01T15:00:00.000Z' }), ctx({ public: ['2026-03-10'] }))).toEqual([
      'upcoming 2026-03-05T13:00:00.000Z',
      'due 2026-03-09T12:00:00.000Z',
      'overdue 2026-03-11T12:00:00.000Z',
      'overdue2 2026-03-13T12:00:00.000Z',
      'escalation 2026-03-16T12:00:00.000Z',
    ]);
  });

  it('sends a due date that falls on a Saturday or a holiday on the next working morning, in the owner’s zone', () => {
    const sat = schedule(commitment('2026-12-12'), ctx({}, 'America/Los_Angeles')).find((p) => p.kind === 'due')!;
    expect(sat.at.toISOString()).toBe('2026-12-14T16:00:00.000Z'); // Monday 08:00 in Los Angeles
    const holiday = schedule(commitment('2026-12-25'), ctx({ public: ['2026-12-25'] })).find((p) => p.kind === 'due')!;
    expect(holiday.at.toISOString()).toBe('2026-12-28T13:00:00.000Z');
  });

  it('asks the owner of an undated commitment once for a date, 5 working days after it was logged', () => {
    expect(plan(commitment(null))).toEqual(['ask-date 2026-12-02T13:00:00.000Z']);
  });
});

describe('deciding at a sweep', () => {
  it('sends nothing before the first ping and says when it is', () => {
    const d = decide(commitment('2026-12-11'), ctx(), new Date('2026-12-09T12:59:00Z'));
    expect(d.send).toBeUndefined();
    expect(new Date(d.nextAt!).toISOString()).toBe('2026-12-09T13:00:00.000Z');
  });

  it('after a long outage sends only the latest ping due: a "coming up" never arrives after its "due"', () => {
    const d = decide(commitment('2026-12-11'), ctx(), new Date('2026-12-15T15:00:00Z'));
    expect(d.send?.kind).toBe('overdue');
    expect(d.passedOver.map((p) => p.kind)).toEqual(['upcoming', 'due']);
    expect(new Date(d.nextAt!).toISOString()).toBe('2026-12-16T13:00:00.000Z');
  });

  it('holds a ping that came due while nothing ran until the recipient’s next working morning (quiet hours)', () => {
    // Friday 19:30 in New York: the "due" of that morning waits for Monday 08:00.
    const d = decide(commitment('2026-12-11'), ctx(), new Date('2026-12-12T00:30:00Z'));
    expect(d.send).toBeUndefined();
    expect(new Date(d.nextAt!).toISOString()).toBe('2026-12-14T13:00:00.000Z');
    expect(decide(commitment('2026-12-11'), ctx(), new Date('2026-12-14T13:00:00Z')).send?.kind).toBe('overdue');
  });

  it('sends no "coming up" for a commitment logged after its moment, and nothing once it is closed', () => {
    const late = commitment('2026-12-11', { createdAt: '2026-12-10T15:00:00.000Z' });
    expect(schedule(late, ctx())[0]!.kind).toBe('upcoming');
    expect(decide(late, ctx(), new Date('2026-12-10T16:00:00Z')).send).toBeUndefined();
    expect(decide(commitment('2026-12-11', { status: 'completed' }), ctx(), new Date('2026-12-15T09:00:00Z'))).toEqual({ passedOver: [], nextAt: null });
  });

  it('starts a new schedule when the due date moves, keeping the pings already sent on record', () => {
    const sent = commitment('2026-12-11', { reminders: { basis: 'due:2026-12-11', handled: ['c1:due:2026-12-11:upcoming:1'], log: [{ key: 'c1:due:2026-12-11:upcoming:1', kind: 'upcoming', at: '2026-12-09T13:00:00.000Z', to: 'dana', status: 'sent' }] } });
    expect(decide(sent, ctx(), new Date('2026-12-09T14:00:00Z')).send).toBeUndefined();
    const snoozed = { ...sent, due: '2026-12-19', dueAt: dueAtFor('2026-12-19', NY) }; // snoozed into a weekend
    const d = decide(snoozed, ctx(), new Date('2026-12-17T14:00:00Z'));
    expect(d.send?.key).toBe('c1:due:2026-12-19:upcoming:1');
    expect(schedule(snoozed, ctx()).find((p) => p.kind === 'due')!.at.toISOString()).toBe('2026-12-21T13:00:00.000Z');
  });
});
