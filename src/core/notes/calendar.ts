// Plain calendar-date arithmetic on YYYY-MM-DD strings (no clock, no time zone: a due date is a day).

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIso(s: string): Ymd | null {
  const m = ISO.exec(s.trim());
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(ymd) ? ymd : null;
}

export function isValid({ y, m, d }: Ymd): boolean {
  if (!Number.isInteger(y) || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function toIso({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromUtc(t: number): Ymd {
  const dt = new Date(t);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const utc = ({ y, m, d }: Ymd) => Date.UTC(y, m - 1, d);

export function addDays(day: Ymd, n: number): Ymd {
  return fromUtc(utc(day) + n * 86_400_000);
}

/** Same day n months later, clamped to the month's last day. */
export function addMonths(day: Ymd, n: number): Ymd {
  const idx = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Monday ... 6 = Sunday. */
export function weekdayIndex(day: Ymd): number {
  return (new Date(utc(day)).getUTCDay() + 6) % 7;
}

export function compare(a: Ymd, b: Ymd): number {
  return utc(a) - utc(b);
}

/** The Monday that starts the (Monday-to-Sunday) week holding `day`. */
export function startOfWeek(day: Ymd): Ymd {
  return addDays(day, -weekdayIndex(day));
}

export function endOfMonth(day: Ymd): Ymd {
  return { y: day.y, m: day.m, d: daysInMonth(day.y, day.m) };
}

/** The first month/day on or after `from`; null when that day never exists (Feb 30). */
export function nextMonthDay(month: number, dayOfMonth: number, from: Ymd): Ymd | null {
  for (let y = from.y; y <= from.y + 4; y++) {
    const cand = { y, m: month, d: dayOfMonth };
    if (isValid(cand) && compare(cand, from) >= 0) return cand;
  }
  return null;
}
