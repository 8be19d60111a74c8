// One HSDS service -> the fields a directory question filters on (see ServiceRecord). Read with
// the same tolerant helpers as the service's text, so the card and the text never disagree.
import { age, dayIndexes, formatDate, isRec, names, records, str, type Rec } from '../loaders/hsds-fields.js';
import type { OpenHours, ServiceLocation, ServiceRecord } from '../types.js';
import { agesIn } from './text-ages.js';

export interface RecordInput {
  service: Rec;
  name: string;
  organization?: string;
  phones: string[];
  /** The service's locations with the link (service_at_location) that may carry its own schedules. */
  places: { location: Rec; link?: Rec }[];
  fees?: string;
  hours?: string;
  languages: string[];
}

export function serviceRecord(input: RecordInput): ServiceRecord {
  const { service, places } = input;
  const record: ServiceRecord = {
    name: input.name,
    phones: input.phones,
    areas: names(service.service_areas, ['name', 'description', 'extent']),
    locations: places.map(({ location }) => locationOf(location)).filter((l) => Object.keys(l).length > 0),
    languages: input.languages,
    open: openHours([
      ...records(service.schedules ?? service.regular_schedules),
      ...places.flatMap(({ location, link }) => [...records(link?.schedules), ...records(location.schedules ?? location.regular_schedules)]),
    ]),
  };
  // A description written beside an area's name says where a region is ("Southwest Region": "Tamsen, Larch, Oxbow and 19 other counties").
  const notes = records(service.service_areas).flatMap((a) => (str(a.name) && str(a.description) ? [str(a.description)!] : []));
  if (notes.length > 0) record.areaNotes = notes;
  if (input.organization) record.organization = input.organization;
  // An export that leaves the age fields empty often says the ages in words.
  const said = age(service.minimum_age) === undefined && age(service.maximum_age) === undefined
    ? (agesIn(str(service.eligibility_description) ?? str(service.eligibility)) ?? agesIn(str(service.description)))
    : undefined;
  const min = age(service.minimum_age) ?? said?.min;
  const max = age(service.maximum_age) ?? said?.max;
  if (min !== undefined) record.minAge = min;
  if (max !== undefined) record.maxAge = max;
  const eligibility = str(service.eligibility_description) ?? str(service.eligibility);
  if (eligibility) record.eligibility = eligibility;
  if (input.fees) record.fees = input.fees;
  const free = isFree(service, input.fees);
  if (free !== undefined) record.free = free;
  if (input.hours) record.hours = input.hours;
  const verified = formatDate(service.assured_date) ?? formatDate(service.last_modified);
  if (verified) record.verified = verified;
  const status = str(service.status);
  if (status && !/^active$/i.test(status)) record.status = status;
  return record;
}

function locationOf(location: Rec): ServiceLocation {
  const all = [...records(location.addresses), ...records(location.physical_addresses), ...records(location.address)];
  const address = all.find((a) => (str(a.address_type) ?? 'physical') === 'physical') ?? all.find((a) => str(a.address_type) !== 'virtual');
  const out: ServiceLocation = {};
  if (address) {
    const line = [str(address.address_1), str(address.city)].filter(Boolean).join(', ');
    if (line) out.address = line;
    const city = str(address.city);
    if (city) out.city = city;
    const region = str(address.region);
    if (region && /\b(?:county|parish|borough)$/i.test(region)) out.county = region;
    const state = str(address.state_province) ?? (out.county ? undefined : region);
    if (state) out.state = state;
    const zip = str(address.postal_code);
    if (zip) out.zip = zip.slice(0, 5);
  }
  const lat = coordinate(location.latitude, 90);
  const lon = coordinate(location.longitude, 180);
  if (lat !== undefined && lon !== undefined) {
    out.lat = lat;
    out.lon = lon;
  }
  return out;
}

function coordinate(v: unknown, limit: number): number | undefined {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() ? Number(v) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= limit && n !== 0 ? n : undefined;
}

const FREE_WORDS = /\b(?:free|no (?:cost|charge|fee)s?|without (?:cost|charge)|at no cost)\b/i;
const PAID_WORDS = /\$\s?[1-9]|\b(?:sliding(?: fee| scale)?|co-?pay|cost share|per (?:session|hour|visit|month|day))\b/i;

/** True when nothing is charged, false when something is, undefined when the entry does not say. */
function isFree(service: Rec, fees: string | undefined): boolean | undefined {
  const amounts = records(service.cost_options)
    .map((c) => (typeof c.amount === 'number' ? c.amount : typeof c.amount === 'string' && c.amount.trim() ? Number(c.amount) : NaN))
    .filter((n) => Number.isFinite(n));
  if (amounts.length > 0 && amounts.some((n) => n > 0)) return false;
  const described = str(service.fees_description) ?? str(service.fees);
  if (described && PAID_WORDS.test(described) && !/^\s*free\b/i.test(described)) return false;
  if (amounts.length > 0 || (fees && FREE_WORDS.test(fees))) return true;
  return undefined;
}

const TIME = /^(\d{1,2}):(\d{2})/;

function minutes(v: unknown): number | undefined {
  const m = TIME.exec(str(v) ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** The hours a service is open, from schedules with days and opening times (others say nothing checkable). */
function openHours(schedules: Rec[]): OpenHours[] {
  const out: OpenHours[] = [];
  for (const s of schedules) {
    if (!isRec(s)) continue;
    const opens = minutes(s.opens_at);
    const closes = minutes(s.closes_at);
    if (opens === undefined || closes === undefined) continue;
    const listed = dayIndexes(s.byday ?? s.weekday ?? s.days);
    out.push({ days: listed.length > 0 ? listed : [0, 1, 2, 3, 4, 5, 6], opens, closes });
  }
  return out;
}
