// The places a directory question can name, and where they are. Known from the directory itself
// (cities and ZIPs in location addresses, the names in service_areas), from the district's places
// file (town, county, ZIP) and, for distances when the data has no coordinates, from an offline
// ZIP gazetteer (zip-gazetteer.ts), used only where its city and state agree with the data.
import { parse } from 'csv-parse/sync';
import type { ServiceLocation, ServiceRecord } from '../types.js';
import { isStopword } from '../text.js';
import { lookupZip } from './zip-gazetteer.js';

/** One row of the district's places file. */
export interface DistrictPlace {
  town: string;
  county?: string;
  /** The town's ZIPs: a town may have several. */
  zips?: string[];
  lat?: number;
  lon?: number;
}

export interface Place {
  name: string;
  kind: 'town' | 'county' | 'zip' | 'area';
  /** For a town or ZIP: its county when known. For a county: its towns. */
  county?: string;
  towns: string[];
  zips: string[];
  lat?: number;
  lon?: number;
}

export interface PlaceBook {
  /** The place a question names (the longest name found), with the words it was named by. */
  find(question: string): { place: Place; said: string } | undefined;
  /**
   * The place a service area's text names, an area's own words included ("Call to ask" names itself,
   * the area of the services that say it): how a service's area is read, never a question.
   */
  findArea(text: string): { place: Place; said: string } | undefined;
  /** Languages the directory's services list. */
  readonly languages: readonly string[];
  /** A town or county by name. */
  get(name: string): Place | undefined;
}

/** A string matched literally inside a regular expression. */
export function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const key = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
const COUNTY = /^(.+?)\s+(?:county|parish|borough)$/i;

/** Builds the places of one directory (its service records) and the district's file. */
export function placeBook(records: readonly ServiceRecord[], district: readonly DistrictPlace[] = []): PlaceBook {
  const places = new Map<string, Place>();
  const add = (name: string, kind: Place['kind']): Place => {
    const k = key(name);
    let p = places.get(k);
    if (!p) places.set(k, (p = { name, kind, towns: [], zips: [] }));
    else if (p.kind === 'area' && kind !== 'area') p.kind = kind;
    return p;
  };
  const sums = new Map<Place, { lat: number; lon: number; n: number }>();
  const addPoint = (p: Place, lat: number, lon: number): void => {
    const s = sums.get(p) ?? { lat: 0, lon: 0, n: 0 };
    sums.set(p, { lat: s.lat + lat, lon: s.lon + lon, n: s.n + 1 });
  };
  const languages = new Set<string>();
  // Areas written as a phrase rather than a name ("Call to ask", "Within city limits"): areas, but no
  // place a question names ("who can I call to ask about respite in Vosburg?" asks about Vosburg).
  const phrases = new Set<Place>();

  for (const row of district) {
    const town = add(row.town, 'town');
    if (row.county) {
      const countyName = COUNTY.test(row.county) ? row.county : `${row.county} County`;
      town.county = countyName;
      const county = add(countyName, 'county');
      if (!county.towns.includes(town.name)) county.towns.push(town.name);
    }
    for (const code of row.zips ?? []) {
      if (!town.zips.includes(code)) town.zips.push(code);
      const zip = add(code, 'zip');
      zip.towns = [town.name];
      if (town.county) zip.county = town.county;
    }
    if (row.lat !== undefined && row.lon !== undefined) addPoint(town, row.lat, row.lon);
  }
  for (const r of records) {
    for (const l of r.languages) languages.add(l);
    for (const loc of r.locations) {
      const point = pointOf(loc);
      if (loc.city) {
        const town = add(loc.city, 'town');
        if (loc.zip && !town.zips.includes(loc.zip)) town.zips.push(loc.zip);
        if (loc.county && !town.county) {
          town.county = loc.county;
          const county = add(loc.county, 'county');
          if (!county.towns.includes(town.name)) county.towns.push(town.name);
        }
        if (point) addPoint(town, point.lat, point.lon);
      }
      if (loc.zip) {
        const zip = add(loc.zip, 'zip');
        if (loc.city && !zip.towns.includes(loc.city)) zip.towns.push(loc.city);
        if (point) addPoint(zip, point.lat, point.lon);
      }
    }
    for (const area of r.areas) {
      // A county named in an area's words ("All of Maple County", "Maple County residents") is a place.
      for (const name of countiesIn(spellCounties(area))) add(name, 'county');
      // A short area name ("Pine Ridge", "Maple County") is a place; a sentence is read when matched.
      if (area.split(/\s+/).length > 4 || /^(?:all|entire|whole|statewide|county-?wide)\b/i.test(area)) continue;
      const p = add(area, COUNTY.test(area) ? 'county' : 'area');
      if (p.kind === 'area' && !namelike(area)) phrases.add(p);
    }
  }
  // A town's county, when the district file does not say: the county most services located there
  // name as their area, alone ("Maple County", "All of Maple County", "Maple County residents").
  const countyNames = [...places.values()].filter((p) => p.kind === 'county').map((p) => ({ p, re: new RegExp(String.raw`(?<![\w-])${escape(p.name)}(?![\w-])`, 'i') }));
  const votes = new Map<Place, Map<Place, number>>();
  for (const r of records) {
    const counties = [...new Set(r.areas.map(spellCounties).flatMap((a) => countyNames.filter((c) => c.re.test(a)).map((c) => c.p)))];
    if (counties.length !== 1) continue;
    for (const loc of r.locations) {
      const town = loc.city ? places.get(key(loc.city)) : undefined;
      if (!town || town.county) continue;
      const v = votes.get(town) ?? new Map<Place, number>();
      v.set(counties[0]!, (v.get(counties[0]!) ?? 0) + 1);
      votes.set(town, v);
    }
  }
  const settle = (v: Map<Place, Map<Place, number>>) => {
    for (const [town, counts] of v) {
      const county = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      town.county = county.name;
      if (!county.towns.includes(town.name)) county.towns.push(town.name);
    }
  };
  settle(votes);
  // A town still without a county, listed in an area beside towns whose county is known ("Alder
  // Creek, Sawyer and Pinon Ridge"): the county those towns share.
  const towns = [...places.values()].filter((p) => p.kind === 'town').sort((a, b) => b.name.length - a.name.length);
  if (towns.some((t) => !t.county) && towns.some((t) => t.county)) {
    const anyTown = new RegExp(String.raw`(?<![\w-])(?:${towns.map((t) => escape(t.name)).join('|')})(?![\w-])`, 'gi');
    const listed = new Map<Place, Map<Place, number>>();
    for (const area of new Set(records.flatMap((r) => r.areas))) {
      const named = [...new Set([...area.matchAll(anyTown)].map((m) => places.get(key(m[0]))!))];
      const counties = new Set(named.map((t) => t.county).filter(Boolean));
      if (counties.size !== 1) continue;
      const county = places.get(key([...counties][0]!));
      if (county?.kind !== 'county') continue;
      for (const t of named.filter((x) => !x.county)) {
        const v = listed.get(t) ?? new Map<Place, number>();
        v.set(county, (v.get(county) ?? 0) + 1);
        listed.set(t, v);
      }
    }
    settle(listed);
  }
  // A place named only as a service area ("Rusk Prairie", no address there): the county where the
  // offices of the services that serve it stand, when they agree on one.
  const areaVotes = new Map<Place, Map<string, number>>();
  for (const r of records) {
    const offices = new Set(r.locations.map((l) => l.county ?? (l.city ? places.get(key(l.city))?.county : undefined)).filter((c): c is string => Boolean(c)));
    if (offices.size !== 1) continue;
    const [office] = offices;
    for (const a of r.areas) {
      const p = places.get(key(a));
      if (!p || p.kind !== 'area' || p.county) continue;
      const v = areaVotes.get(p) ?? new Map<string, number>();
      v.set(office!, (v.get(office!) ?? 0) + 1);
      areaVotes.set(p, v);
    }
  }
  for (const [p, v] of areaVotes) {
    if (v.size !== 1) continue;
    const [name] = [...v.keys()];
    const county = places.get(key(name!));
    if (county?.kind !== 'county') continue;
    p.county = county.name;
  }
  for (const [p, s] of sums) {
    p.lat = s.lat / s.n;
    p.lon = s.lon / s.n;
  }
  const names = [...places.values()].sort((a, b) => b.name.length - a.name.length);
  // "Lake Co." and "Lake Cty" are how people shorten a county's name.
  const spelled = (p: Place) => (p.kind === 'county' && COUNTY.test(p.name) ? `${escape(COUNTY.exec(p.name)![1]!)}\\s+(?:county|co\\.?|cty\\.?)` : escape(p.name));
  const patterns = names.map((p) => ({ p, re: new RegExp(String.raw`(?<![\w-])${spelled(p)}(?![\w-])`, 'i') }));
  const named = patterns.filter(({ p }) => !phrases.has(p) || p.kind !== 'area');
  const first = (list: typeof patterns, text: string): { place: Place; said: string } | undefined => {
    for (const { p, re } of list) {
      const m = re.exec(text);
      if (m) return { place: p, said: m[0] };
    }
    // A ZIP the directory does not list is still a place the gazetteer may know.
    const zip = /\b(\d{5})(?:-\d{4})?\b/.exec(text);
    const known = zip ? lookupZip(zip[1]!) : undefined;
    if (zip && known) return { place: { name: zip[1]!, kind: 'zip', towns: [known.city], zips: [zip[1]!], lat: known.latitude, lon: known.longitude }, said: zip[0] };
    return undefined;
  };

  return {
    languages: [...languages],
    get: (name) => places.get(key(name)),
    findArea: (text) => first(patterns, text),
    find: (question) => first(named, question),
  };
}

/** Written as a name: every word but the small joining ones ("of", "and") opens with a capital or a digit. */
function namelike(area: string): boolean {
  return area.split(/[\s,;/]+/).filter(Boolean).every((w) => /^[A-Z0-9]/.test(w) || isStopword(w));
}

/** Names in capitals, listed with commas, "and", "or" or "&" before one plural ("Hemlock, Tamarack and Flambeau counties"). */
const NAME = String.raw`[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*`;
const COUNTY_LIST = new RegExp(String.raw`(${NAME}(?:\s*(?:,|;|&|\band\b|\bor\b)\s*(?:and\s+|or\s+)?${NAME})+)(\s*,?\s+(?:and|plus)\s+\w+\s+other)?\s+(counties|parishes|boroughs)\b`, 'g');
const SINGULAR: Record<string, string> = { counties: 'County', parishes: 'Parish', boroughs: 'Borough' };

/**
 * An area's words with a list of counties named once ("Hemlock, Tamarack and Flambeau counties")
 * spelled as each county's own name ("Hemlock County, Tamarack County and Flambeau County"), so the
 * area is read as naming each of them.
 */
export function spellCounties(area: string): string {
  return area.replace(COUNTY_LIST, (_, list: string, others: string | undefined, plural: string) => {
    const one = SINGULAR[plural.toLowerCase()]!;
    const spelled = list.replace(new RegExp(String.raw`(${NAME})(?=\s*(?:,|;|&|\band\b|\bor\b|$))`, 'g'), (name: string) => `${name} ${one}`);
    // "Tamsen, Larch, Oxbow and 19 other counties": the list names three, and says it is not all.
    return others ? `${spelled}${others} ${plural}` : spelled;
  });
}

/** Words that open an area's sentence before the county's own name ("All of", "Serves the entire"). */
const LEAD = /^(?:(?:all|of|the|entire|whole|serves?|serving|residents?|in|within|throughout|and)\s+)+/i;

/** The counties an area's words name, capitalised as names are: "All of Maple County" gives "Maple County". */
function countiesIn(area: string): string[] {
  const out: string[] = [];
  for (const m of area.matchAll(/((?:[A-Z][\w'.-]*\s+){1,3})(County|Parish|Borough)\b/g)) {
    const name = m[1]!.replace(LEAD, '').trim();
    if (name) out.push(`${name} ${m[2]}`);
  }
  return out;
}

/** A location's coordinates: its own, else its ZIP's from the gazetteer when the gazetteer's city and state agree with the address. */
export function pointOf(loc: ServiceLocation): { lat: number; lon: number } | undefined {
  if (loc.lat !== undefined && loc.lon !== undefined) return { lat: loc.lat, lon: loc.lon };
  if (!loc.zip) return undefined;
  const z = lookupZip(loc.zip);
  if (!z || (loc.state && key(z.state) !== key(loc.state)) || (loc.city && key(z.city) !== key(loc.city))) return undefined;
  return { lat: z.latitude, lon: z.longitude };
}

/** Great-circle distance in miles. */
export function miles(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 3958.8 * 2 * Math.asin(Math.sqrt(h));
}

/**
 * Reads a district places file: CSV with a header naming town (or city), and any of county, zip
 * (or zips: a town's several ZIPs, separated by spaces, commas or semicolons), lat, lon.
 */
export function parsePlaces(text: string): DistrictPlace[] {
  const rows = parse(text, { skip_empty_lines: true, trim: true, comment: '#', relax_column_count: true }) as string[][];
  const header = (rows.shift() ?? []).map((h) => key(h));
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const town = col('town', 'city');
  if (town < 0) throw new Error(`the first line must name the columns, with "town" among them (found: ${header.join(', ') || 'nothing'})`);
  const [county, zip, lat, lon] = [col('county'), col('zip', 'zips', 'zip code', 'zip codes', 'postal_code', 'postal_codes'), col('lat', 'latitude'), col('lon', 'lng', 'longitude')];
  const cell = (cells: string[], i: number) => (i >= 0 ? cells[i] || undefined : undefined);
  return rows.map((cells, i) => {
    const name = cell(cells, town);
    if (!name) throw new Error(`line ${i + 2} has no town`);
    const row: DistrictPlace = { town: name };
    const c = cell(cells, county);
    if (c) row.county = c;
    const zips = (cell(cells, zip) ?? '').split(/[\s,;]+/).filter(Boolean);
    for (const z of zips) if (!/^\d{5}$/.test(z)) throw new Error(`line ${i + 2}: "${z}" is not a 5-digit ZIP`);
    if (zips.length) row.zips = zips;
    const [y, x] = [Number(cell(cells, lat) ?? NaN), Number(cell(cells, lon) ?? NaN)];
    if (Number.isFinite(y) && Number.isFinite(x)) {
      row.lat = y;
      row.lon = x;
    }
    return row;
  });
}
