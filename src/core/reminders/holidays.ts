// Holiday calendars. The district's comes from LIAISON_HOLIDAYS: an .ics file (read with ical.js,
// all-day events and multi-day breaks, recurring ones expanded) or a list of dates; public holidays
// come from date-holidays for the configured region; an agency may have its own .ics or list.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import Holidays from 'date-holidays';
import { addDays, isValidDate } from '../plans/dates.js';
import type { Holidays as HolidaySets } from './calendar.js';

/** Years of public holidays computed around now: enough for any ping a sweep could schedule. */
const YEARS_AROUND = 2;

/** Dates from "2026-12-24,2026-12-25 2026-12-31" or an .ics file; throws naming what could not be read. */
export function readHolidaySpec(spec: string, readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): Set<string> {
  const trimmed = spec.trim();
  if (!trimmed) return new Set();
  if (/\.ics$/i.test(trimmed)) return datesFromIcs(readFile(trimmed), trimmed);
  const out = new Set<string>();
  for (const d of trimmed.split(/[\s,;]+/).filter(Boolean)) {
    if (!isValidDate(d)) throw new Error(`"${d}" is not a date (YYYY-MM-DD), nor is "${trimmed}" an .ics file`);
    out.add(d);
  }
  return out;
}

/** Every day an all-day (or any) event of the calendar covers, recurring events expanded over a few years. */
export function datesFromIcs(text: string, name = 'the calendar'): Set<string> {
  let comp: ICAL.Component;
  try {
    comp = new ICAL.Component(ICAL.parse(text));
  } catch (err) {
    throw new Error(`${name} is not a readable iCalendar file (${err instanceof Error ? err.message : String(err)})`);
  }
  const out = new Set<string>();
  const addSpan = (start: ICAL.Time, end: ICAL.Time | null) => {
    const day0 = ymd(start);
    // DTEND of an all-day event is exclusive; a missing one means one day.
    const last = end ? (end.isDate ? addDays(ymd(end), -1) : ymd(end)) : day0;
    for (let d = day0; d <= last; d = addDays(d, 1)) out.add(d);
  };
  for (const v of comp.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(v);
    if (!event.startDate) continue;
    if (!event.isRecurring()) {
      addSpan(event.startDate, event.endDate ?? null);
      continue;
    }
    const it = event.iterator();
    const stopYear = event.startDate.year + YEARS_AROUND * 2;
    for (let next = it.next(), n = 0; next && next.year <= stopYear && n < 500; next = it.next(), n++) {
      const occ = event.getOccurrenceDetails(next);
      addSpan(occ.startDate, occ.endDate);
    }
  }
  return out;
}

/** The calendar date an iCalendar time names (its own wall-clock date). */
const ymd = (t: ICAL.Time): string => `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;

/** Public holidays for a region ("US", "US-CO") in the years around `year`. */
export function publicHolidays(region: string, year: number): Set<string> {
  const [country, state] = region.split('-');
  const hd = state ? new Holidays(country!, state) : new Holidays(country!);
  const out = new Set<string>();
  for (let y = year - 1; y <= year + YEARS_AROUND; y++) {
    for (const h of hd.getHolidays(y) || []) if (h.type === 'public') out.add(h.date.slice(0, 10));
  }
  return out;
}

/** Whether date-holidays knows a region code. */
export function isKnownRegion(region: string): boolean {
  const [country, state] = region.split('-');
  const countries = new Holidays().getCountries() as Record<string, string>;
  if (!country || !countries[country]) return false;
  if (!state) return true;
  const states = (new Holidays().getStates(country) ?? {}) as Record<string, string>;
  return !!states[state];
}

export function holidaySets(opts: { district?: Set<string>; region: string; agencies?: Map<string, Set<string>>; year: number }): HolidaySets {
  return {
    school: opts.district ?? new Set(),
    public: publicHolidays(opts.region, opts.year),
    agencies: new Map([...(opts.agencies ?? new Map()).entries()].map(([k, v]) => [k.toLowerCase(), v])),
  };
}
