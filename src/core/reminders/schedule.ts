// Which pings a commitment gets and when, as a pure function of the commitment, its recipients'
// calendars and the clock. A dated commitment: "coming up" two working days before, "due" on the
// day, "overdue" on the 1st and 3rd working days after, then the coordinator on the 5th; after that
// the owner gets no more automatic nudges. An undated one: its owner is asked once for a date. The
// pings of a schedule are ordered; when several are due at once (nothing ran for a while), only the
// latest goes out and the others are passed over, so a "coming up" never arrives after its "due".
import { dateIn } from '../plans/dates.js';
import { isOpen, type Commitment, type PingKind, type ReminderState } from '../plans/types.js';
import type { CalendarKey, WorkCalendar } from './calendar.js';
import type { ReminderPolicy } from './policy.js';

export interface PlannedPing {
  kind: PingKind;
  /** 1 for the first ping of its kind in the schedule, 2 for the second. */
  nudge: number;
  /** When it may go out: on a working day, in working hours, in its recipient's zone. */
  at: Date;
  /** Stable: the same ping has the same key wherever and whenever it is computed. */
  key: string;
  /** The coordinator (escalation) rather than the owner. */
  toCoordinator: boolean;
}

/** Whose calendar and zone the owner's and the coordinator's pings follow. */
export interface Recipients {
  owner: { tz: string; calendar: CalendarKey };
  coordinator: { tz: string; calendar: CalendarKey };
}

export interface ScheduleContext {
  policy: ReminderPolicy;
  calendar: WorkCalendar;
  recipients: Recipients;
}

/** The basis a commitment's schedule counts from today. */
export function basisOf(c: Commitment): string {
  if (c.reminders?.basis.startsWith('remind:')) return c.reminders.basis;
  return c.due ? `due:${c.due}` : 'none';
}

/** The state to keep: the stored one when its basis still holds, else a fresh one (the log carries over). */
export function currentState(c: Commitment): ReminderState {
  const basis = basisOf(c);
  const stored = c.reminders;
  if (stored && stored.basis === basis) return stored;
  return { basis, handled: [], log: stored?.log ?? [] };
}

/** Every ping of the commitment's current schedule, in order. */
export function schedule(c: Commitment, ctx: ScheduleContext): PlannedPing[] {
  const { policy, calendar, recipients } = ctx;
  const basis = basisOf(c);
  const out: PlannedPing[] = [];
  const add = (kind: PingKind, nudge: number, day: string, toCoordinator = false) => {
    const who = toCoordinator ? recipients.coordinator : recipients.owner;
    const at = calendar.nextWorkingMoment(calendar.workStartOn(day, who.tz), who.tz, who.calendar);
    out.push({ kind, nudge, at, key: `${c.id}:${basis}:${kind}:${nudge}`, toCoordinator });
  };
  const owner = recipients.owner.calendar;
  if (basis === 'none') {
    add('ask-date', 1, calendar.addWorkingDays(dateIn(recipients.owner.tz, new Date(c.createdAt)), policy.askDateDays, owner));
    return out;
  }
  const [mode, anchor] = basis.split(':') as ['due' | 'remind', string];
  if (mode === 'due') {
    add('upcoming', 1, calendar.addWorkingDays(anchor, -policy.upcomingDays, owner));
    add('due', 1, anchor);
  } else {
    add('overdue', 0, anchor); // the reminder the coordinator asked for, at once
  }
  policy.overdueDays.forEach((d, i) => add('overdue', i + 1, calendar.addWorkingDays(anchor, d, owner)));
  add('escalation', 1, calendar.addWorkingDays(anchor, policy.escalateDay, recipients.coordinator.calendar), true);
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export interface Decision {
  /** The ping to send now, if any. */
  send?: PlannedPing;
  /** Pings due now that `send` supersedes: handled without going out. */
  passedOver: PlannedPing[];
  /** When the next ping after these is due (epoch ms), or null when none is left. */
  nextAt: number | null;
}

/**
 * What to do for a commitment at `now`. Pings whose moment came before the commitment was logged
 * are not sent (nobody expects a "coming up" for something logged the day before).
 */
export function decide(c: Commitment, ctx: ScheduleContext, now: Date): Decision {
  if (!isOpen(c.status)) return { passedOver: [], nextAt: null };
  const state = currentState(c);
  const created = new Date(c.createdAt).getTime();
  const pending = schedule(c, ctx).filter((p) => !state.handled.includes(p.key) && p.at.getTime() >= created - 60_000);
  const due = pending.filter((p) => p.at <= now);
  const send = due[due.length - 1];
  const later = pending.filter((p) => p.at > now);
  if (send) {
    // A ping that came due while nothing ran waits for its recipient's next working moment.
    const who = send.toCoordinator ? ctx.recipients.coordinator : ctx.recipients.owner;
    const when = ctx.calendar.nextWorkingMoment(now, who.tz, who.calendar);
    if (when.getTime() !== now.getTime()) return { passedOver: [], nextAt: when.getTime() };
  }
  return { ...(send ? { send } : {}), passedOver: due.slice(0, -1), nextAt: later[0]?.at.getTime() ?? null };
}

/** The next ping's moment for a commitment as it stands (what the store indexes). */
export function nextPingAt(c: Commitment, ctx: ScheduleContext): number | null {
  if (!isOpen(c.status)) return null;
  const state = currentState(c);
  const created = new Date(c.createdAt).getTime();
  const pending = schedule(c, ctx).filter((p) => !state.handled.includes(p.key) && p.at.getTime() >= created - 60_000);
  // A ping whose moment has passed is due at once: the next sweep sends it.
  return pending[0]?.at.getTime() ?? null;
}
