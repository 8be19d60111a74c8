// When Liaison nudges: the defaults the issue set (each configurable in config.ts and per plan).
// Days are working days in the recipient's calendar; times are minutes after midnight in their zone.

export interface ReminderPolicy {
  /** Working days before the due date for the "coming up" nudge. */
  upcomingDays: number;
  /** Working days after the due date for each overdue nudge. */
  overdueDays: number[];
  /** Working day after the due date on which the coordinator is told; the owner's nudges stop there. */
  escalateDay: number;
  /** Working days after logging before the owner of an undated commitment is asked once for a date. */
  askDateDays: number;
  /** Working hours, minutes after midnight in the recipient's time zone. */
  workStart: number;
  workEnd: number;
  /** Working weekdays, 1 = Monday ... 7 = Sunday. */
  workDays: number[];
  /** The weekly digest: weekday (1 = Monday) and time, in the plan's time zone. */
  digestDay: number;
  digestTime: number;
}

export const DEFAULT_POLICY: ReminderPolicy = {
  upcomingDays: 2,
  overdueDays: [1, 3],
  escalateDay: 5,
  askDateDays: 5,
  workStart: 8 * 60,
  workEnd: 17 * 60,
  workDays: [1, 2, 3, 4, 5],
  digestDay: 1,
  digestTime: 8 * 60,
};

/** The policy for a plan: the configured one with the plan's own overrides. */
export function policyFor(base: ReminderPolicy, overrides?: Partial<ReminderPolicy>): ReminderPolicy {
  return overrides ? { ...base, ...overrides } : base;
}

/** "08:00-17:00" as minutes after midnight; undefined unless it is HH:MM-HH:MM with the end after the start. */
export function parseWorkHours(text: string): { workStart: number; workEnd: number } | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) return undefined;
  const workStart = Number(m[1]) * 60 + Number(m[2]);
  const workEnd = Number(m[3]) * 60 + Number(m[4]);
  return workEnd > workStart ? { workStart, workEnd } : undefined;
}
