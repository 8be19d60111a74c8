// Binds the schedule to a plan and its people: whose calendar and time zone each ping follows.
import type { Commitment, Partner, Plan } from '../plans/types.js';
import { WorkCalendar, type CalendarKey, type Holidays } from './calendar.js';
import { policyFor, type ReminderPolicy } from './policy.js';
import { nextPingAt, type Recipients, type ScheduleContext } from './schedule.js';

export class ReminderPlanner {
  constructor(
    readonly policy: ReminderPolicy,
    readonly holidays: Holidays,
  ) {}

  private calendarKey(p: Partner | undefined, fallback: CalendarKey['kind']): CalendarKey {
    return { kind: p?.kind ?? fallback, ...(p?.agency ? { agency: p.agency } : {}) };
  }

  /** The owner is the first owner found in the directory; without one, pings go to the coordinator. */
  recipients(c: Commitment, plan: Plan, partners: ReadonlyMap<string, Partner>): Recipients {
    const coordinatorPartner = plan.coordinator.partnerId ? partners.get(plan.coordinator.partnerId) : undefined;
    const coordinator = { tz: coordinatorPartner?.timeZone ?? plan.timeZone, calendar: this.calendarKey(coordinatorPartner, 'school') };
    const ownerPartner = c.owners.map((o) => (o.partnerId ? partners.get(o.partnerId) : undefined)).find(Boolean);
    const owner = ownerPartner ? { tz: ownerPartner.timeZone ?? c.timeZone, calendar: this.calendarKey(ownerPartner, 'agency') } : coordinator;
    return { owner, coordinator };
  }

  context(c: Commitment, plan: Plan, partners: ReadonlyMap<string, Partner>): ScheduleContext {
    const policy = policyFor(this.policy, plan.reminders);
    return { policy, calendar: new WorkCalendar(policy, this.holidays), recipients: this.recipients(c, plan, partners) };
  }

  /** The commitment with its next ping computed: what every write of a commitment stores. */
  withNextPing(c: Commitment, plan: Plan, partners: ReadonlyMap<string, Partner>): Commitment {
    return { ...c, nextPingAt: nextPingAt(c, this.context(c, plan, partners)) };
  }
}
