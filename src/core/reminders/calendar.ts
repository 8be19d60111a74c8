// Working days and hours, per recipient: weekends and holidays are not working days (school
// partners follow the district calendar, agency partners the public holidays unless their agency
// has its own), and a ping is sent only inside working hours in the recipient's time zone.
import { addDays, dateIn, startOfDay } from '../plans/dates.js';
import type { ReminderPolicy } from './policy.js';

/** Which calendar a person follows. */
export interface CalendarKey {
  kind: 'school' | 'agency' | 'family';
  agency?: string;
}

/** Holiday dates (YYYY-MM-DD) by calendar: the district's, the public one, and any agency's own. */
export interface Holidays {
  school: ReadonlySet<string>;
  public: ReadonlySet<string>;
  agencies: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NO_HOLIDAYS: Holidays = { school: new Set(), public: new Set(), agencies: new Map() };

/** ISO weekday of a calendar date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T12:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export class WorkCalendar {
  constructor(
    private readonly policy: ReminderPolicy,
    private readonly holidays: Holidays = NO_HOLIDAYS,
  ) {}

  private holidaysFor(key: CalendarKey): ReadonlySet<string> {
    if (key.kind === 'school') return this.holidays.school;
    const own = key.agency ? this.holidays.agencies.get(key.agency.toLowerCase()) : undefined;
    return own ?? this.holidays.public;
  }

  isWorkingDay(date: string, key: CalendarKey): boolean {
    return this.policy.workDays.includes(isoWeekday(date)) && !this.holidaysFor(key).has(date);
  }

  /** The working day `n` working days after (n > 0) or before (n < 0) `date`. */
  addWorkingDays(date: string, n: number, key: CalendarKey): string {
    let d = date;
    let left = Math.abs(n);
    const step = n >= 0 ? 1 : -1;
    while (left > 0) {
      d = addDays(d, step);
      if (this.isWorkingDay(d, key)) left -= 1;
    }
    return d;
  }

  /** The start of working hours on `date` in `tz`. */
  workStartOn(date: string, tz: string): Date {
    return new Date(startOfDay(date, tz) + this.policy.workStart * 60_000);
  }

  /** `at` itself when it falls in working hours on a working day, else the next working morning. */
  nextWorkingMoment(at: Date, tz: string, key: CalendarKey): Date {
    const day = dateIn(tz, at);
    const minutes = Math.round((at.getTime() - startOfDay(day, tz)) / 60_000);
    if (this.isWorkingDay(day, key)) {
      if (minutes < this.policy.workStart) return this.workStartOn(day, tz);
      if (minutes < this.policy.workEnd) return at;
    }
    let next = addDays(day, 1);
    while (!this.isWorkingDay(next, key)) next = addDays(next, 1);
    return this.workStartOn(next, tz);
  }
}
