// Tolerant readers and formatters for HSDS fields: values may be strings, numbers, objects or
// arrays of either, and any of them may be missing. Covers HSDS 3.0 names and common 2.x ones.
import { collapse } from './text-utils.js';

export type Rec = Record<string, unknown>;

export function isRec(v: unknown): v is Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A non-empty trimmed string from a string, number or boolean; undefined otherwise. */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') {
    const t = collapse(v);
    return t ? t : undefined;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  return undefined;
}

/** Objects from an array, a single object, or nothing. */
export function records(v: unknown): Rec[] {
  if (Array.isArray(v)) return v.filter(isRec);
  return isRec(v) ? [v] : [];
}

/** Display names from strings or objects (first of `keys` that is set), de-duplicated. */
export function names(v: unknown, keys: string[]): string[] {
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  const out: string[] = [];
  for (const item of list) {
    const name = isRec(item) ? keys.map((k) => str(item[k])).find((s) => s) : str(item);
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

export function formatPhone(phone: Rec | string): string | undefined {
  if (typeof phone === 'string') return str(phone);
  const number = str(phone.number);
  if (!number) return undefined;
  const ext = str(phone.extension);
  const label = str(phone.description) ?? str(phone.type);
  return `${number}${ext ? ` ext. ${ext}` : ''}${label ? ` (${label})` : ''}`;
}

export function phoneList(...sources: unknown[]): string[] {
  const out: string[] = [];
  for (const source of sources) {
    const list = Array.isArray(source) ? source : source ? [source] : [];
    for (const p of list) {
      const formatted = isRec(p) || typeof p === 'string' ? formatPhone(p) : undefined;
      if (formatted && !out.includes(formatted)) out.push(formatted);
    }
  }
  return out;
}

/** The location's street address (physical preferred over postal), or undefined. */
export function formatAddress(location: Rec): string | undefined {
  const all = [...records(location.addresses), ...records(location.physical_addresses), ...records(location.address)];
  const physical = all.filter((a) => (str(a.address_type) ?? 'physical') === 'physical');
  const address = physical[0] ?? all.find((a) => str(a.address_type) !== 'virtual');
  if (!address) return undefined;
  const region = [str(address.state_province) ?? str(address.region), str(address.postal_code)].filter(Boolean).join(' ');
  // "Maple Community College, Student Center Room 140": where in the building, when the location's name says it.
  const name = str(location.name);
  const where = name && IN_BUILDING.test(name) ? name : undefined;
  const parts = [where, str(address.address_1), str(address.address_2), str(address.city), region].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

const IN_BUILDING = /\b(?:room|rm|suite|ste|floor|building|bldg|wing)\b\.?\s*[\w-]+/i;

export function formatAges(min: unknown, max: unknown): string | undefined {
  const lo = age(min);
  const hi = age(max);
  if (lo !== undefined && hi !== undefined) return `${lo} to ${hi}`;
  if (lo !== undefined) return `from ${lo}`;
  if (hi !== undefined) return `up to ${hi}`;
  return undefined;
}

export function age(v: unknown): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const DAY_CODES: Record<string, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };

/** Weekdays (0 = Monday) from HSDS byday/weekday values: "MO,TU", ["Monday"], 1-7. */
export function dayIndexes(v: unknown): number[] {
  const tokens = Array.isArray(v) ? v.map((x) => String(x)) : typeof v === 'string' || typeof v === 'number' ? String(v).split(/[\s,;]+/) : [];
  const out: number[] = [];
  for (const raw of tokens) {
    const t = raw.trim().toLowerCase().replace(/^[+-]?\d+(?=[a-z])/, '');
    if (!t) continue;
    const idx = /^[1-7]$/.test(t) ? Number(t) - 1 : DAY_CODES[t.slice(0, 2)];
    if (idx !== undefined && !out.includes(idx)) out.push(idx);
  }
  return out.sort((a, b) => a - b);
}

function time(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  return m ? `${Number(m[1])}:${m[2]}` : s;
}

/** "Mon-Fri 8:00-17:00; Sat 9:00-12:00", from byday/weekday + opens_at/closes_at, then the schedules' descriptions and notes. */
export function formatSchedules(schedules: Rec[]): string | undefined {
  const byHours = new Map<string, Set<number>>();
  const notes: string[] = [];
  for (const s of schedules) {
    const days = dayIndexes(s.byday ?? s.weekday ?? s.days);
    const opens = time(s.opens_at);
    const closes = time(s.closes_at);
    const hours = opens && closes ? `${opens}-${closes}` : undefined;
    if (hours) {
      const set = byHours.get(hours) ?? new Set<number>();
      (days.length > 0 ? days : DAYS.map((_, i) => i)).forEach((d) => set.add(d));
      byHours.set(hours, set);
    }
    // "Walk-in group orientation every Tuesday 1-3 pm" says what the hours are for: kept with them.
    for (const note of [str(s.description), str(s.notes)]) if (note && !notes.includes(note)) notes.push(note);
  }
  const parts = [...byHours.entries()]
    .map(([hours, set]) => ({ first: Math.min(...set), text: `${dayRanges([...set].sort((a, b) => a - b))} ${hours}` }))
    .sort((a, b) => a.first - b.first)
    .map((p) => p.text);
  const all = [...parts, ...notes];
  return all.length > 0 ? all.join('; ') : undefined;
}

function dayRanges(days: number[]): string {
  if (days.length === 7) return 'Daily';
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .map((r) => (r.length >= 3 ? `${DAYS[r[0]!]}-${DAYS[r[r.length - 1]!]}` : r.map((d) => DAYS[d]).join(', ')))
    .join(', ');
}

/** "2025-03-14" from an ISO date-time; other strings unchanged. */
export function formatDate(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$/.exec(s);
  return m ? m[1] : s;
}
