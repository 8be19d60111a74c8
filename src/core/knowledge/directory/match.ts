// Does one service meet each condition a question states? Each check answers meets / fails /
// unknown with the words a person reads on the card ("serves Pine Ridge", "ages 16 to 21").
// A service whose area or ages exclude the student fails; one whose entry does not say is unknown,
// and unknown is never shown as a fit.
import type { ServiceRecord } from '../types.js';
import type { Conditions } from './conditions.js';
import { escape, miles, pointOf, spellCounties, type Place, type PlaceBook } from './places.js';

export type Verdict = 'meets' | 'fails' | 'unknown';
export type ConditionName = 'place' | 'age' | 'language' | 'cost' | 'when';

export interface Check {
  condition: ConditionName;
  verdict: Verdict;
  /** What the card says about it: "serves Pine Ridge", "Spanish", "free". */
  note: string;
}

export interface Matched {
  checks: Check[];
  /** Miles from the asked place to the service's nearest location, when both have coordinates. */
  distance?: number;
  /** The service's area covers a whole county or more (for "these serve the whole county"). */
  wide: boolean;
  /** Near the asked place by distance only: its service area could not be read, so it is less sure than one that says it serves there. */
  unread?: boolean;
}

export interface MatchContext {
  book: PlaceBook;
  /** Weekday (0 = Monday) and minutes after midnight now, in the team's time zone; unset without a clock. */
  now?: { day: number; minute: number };
}

/** How far "near a town" reaches when the question gives no distance: a short drive in the rural counties directories like these cover. */
export const NEAR_MILES = 15;

const WHOLE = /\b(?:all of|entire|whole|throughout|anywhere in|county-?wide|statewide|state-?wide|all (?:\w+ )?count(?:y|ies)|region-?wide)\b/i;

export function matchService(r: ServiceRecord, c: Conditions, ctx: MatchContext): Matched {
  const checks: Check[] = [];
  let distance: number | undefined;
  let unread = false;
  const wide = r.areas.map(spellCounties).some((a) => WHOLE.test(a) || /\b(?:county|parish|state)\b/i.test(a));
  if (c.place) {
    const { check, miles: d } = placeCheck(r, c.place.place, ctx.book);
    // "near Ashby", "within 10 miles of Ashby": a location that close is near enough, unless the
    // service's area leaves the place out (an area that names other towns excludes the student).
    const radius = c.place.miles ?? NEAR_MILES;
    const excluded = check.verdict === 'fails' && r.areas.length > 0;
    const close = c.place.near && check.verdict !== 'meets' && !excluded && d !== undefined && d <= radius;
    if (close) {
      // Near by distance alone when its area could not be read: the card says so, and it comes after the services that say they serve there.
      unread = check.verdict === 'unknown' && r.areas.length > 0;
      const where = d < 1 ? `in ${c.place.place.name}` : `${Math.round(d)} miles from ${c.place.place.name}`;
      checks.push({ condition: 'place', verdict: 'meets', note: unread ? `${where}; ${check.note}` : where });
    } else checks.push(check);
    distance = d;
  }
  if (c.age) checks.push(ageCheck(r, c.age.min, c.age.max));
  if (c.language) checks.push(languageCheck(r, c.language.name));
  if (c.cost) checks.push(costCheck(r, c.cost.cost));
  if (c.when) checks.push(whenCheck(r, c.when.when, ctx.now));
  return { checks, ...(distance !== undefined ? { distance } : {}), wide, ...(unread ? { unread } : {}) };
}

export function meetsAll(m: Matched): boolean {
  return m.checks.every((c) => c.verdict === 'meets');
}

function placeCheck(r: ServiceRecord, place: Place, book: PlaceBook): { check: Check; miles?: number } {
  const towns = place.kind === 'county' ? place.towns : place.kind === 'zip' ? place.towns : [place.name];
  const county = place.kind === 'county' ? place.name : (place.county ?? (towns[0] ? book.get(towns[0])?.county : undefined));
  const inPlace = r.locations.find(
    (l) => (l.city && towns.some((t) => t.toLowerCase() === l.city!.toLowerCase())) || (l.zip && place.zips.includes(l.zip)) || (place.kind === 'zip' && l.zip === place.name),
  );
  const target = place.lat !== undefined && place.lon !== undefined ? { lat: place.lat, lon: place.lon } : undefined;
  const points = r.locations.map(pointOf).filter((p): p is { lat: number; lon: number } => Boolean(p));
  const d = target && points.length ? Math.min(...points.map((p) => miles(target, p))) : undefined;
  const out = (verdict: Verdict, note: string) => ({ check: { condition: 'place' as const, verdict, note }, ...(d !== undefined ? { miles: d } : {}) });

  const names = [place.name, ...towns, ...place.zips, ...towns.flatMap((t) => book.get(t)?.zips ?? []), ...(county ? [county] : [])];
  const zips = names.filter((n) => /^\d{5}$/.test(n)).map(Number);
  // "ZIP codes 81584-81586" covers the ZIPs between.
  const inRange = (area: string) => [...area.matchAll(ZIP_RANGE)].some((m) => zips.some((z) => z >= Number(m[1]) && z <= Number(m[2])));
  const named = (area: string) => inRange(area) || names.some((n) => new RegExp(String.raw`(?<![\w-])${escape(n)}(?![\w-])`, 'i').test(area));
  // "Hemlock, Tamarack and Flambeau counties" names each of the three.
  const areas = r.areas.map(spellCounties);
  if (areas.length > 0) {
    const serving = areas.find(named);
    if (serving) return out('meets', `serves ${place.name}`);
    // A service with an office in the place serves it, whatever else its area names.
    if (inPlace) return out('meets', `office in ${place.name}`);
    // An area that names no place this directory knows could not be read: it neither includes nor excludes.
    // An area written as a phrase ("Call to ask", "Within city limits") names no place either.
    const readable = areas.some((a) => book.find(a) || WHOLE.test(a));
    // A region named in words only ("Tri-county region") around an office in the place's county is read as including it.
    const office = county ? r.locations.find((l) => sameCounty(l, county, book)) : undefined;
    const regionOnly = areas.every((a) => REGION.test(a) && (book.findArea(a)?.place.kind ?? 'area') === 'area');
    if (office && regionOnly) return out('meets', `serves ${r.areas.join('; ')} (read as including ${place.name}: its office is in ${office.city ?? county})`);
    // A region known only by its name ("Region 4", "Northwoods region") says neither which counties it spans nor that it leaves the place out.
    const namedRegion = areas.every((a) => NAMED_REGION.test(a) && !WHOLE.test(a) && (book.findArea(a)?.place.kind ?? 'area') === 'area');
    if (!readable || namedRegion) {
      // An area whose name cannot be read may say where it is beside it ("Southwest Region": "Tamsen, Larch, Oxbow and 19 other
      // counties"): a place it names is served; one it leaves out is still unknown ("and 19 other counties").
      const note = (r.areaNotes ?? []).find((n) => named(spellCounties(n)));
      if (note) return out('meets', `serves ${place.name} (${r.areas.join('; ')}: ${note})`);
      return out('unknown', `its service area ("${r.areas.join('; ')}") could not be read`);
    }
    if (areas.some((a) => WHOLE.test(a) && !book.findArea(a))) return out('meets', `serves ${r.areas.join('; ')}`);
    return out('fails', `serves ${r.areas.join('; ')}`);
  }
  if (inPlace) return out('meets', `in ${place.name}`);
  return out(r.locations.length > 0 ? 'fails' : 'unknown', r.locations.length > 0 ? `located in ${locationNames(r)}` : 'no service area or location listed');
}

const ZIP_RANGE = /\b(\d{5})\s*(?:-|–|to|through)\s*(\d{5})\b/g;

/** Words that name an area of several counties, without saying which towns. */
const REGION = /\b(?:tri-?county|multi-?county|counties)\b/i;

/** An area called a region by name only: which towns it covers is not said. */
const NAMED_REGION = /\bregion(?:al)?\b/i;

function sameCounty(l: ServiceRecord['locations'][number], county: string, book: PlaceBook): boolean {
  const c = l.county ?? (l.city ? book.get(l.city)?.county : undefined);
  return c !== undefined && c.toLowerCase() === county.toLowerCase();
}

function locationNames(r: ServiceRecord): string {
  return [...new Set(r.locations.map((l) => l.city ?? l.zip).filter(Boolean))].join(', ') || 'another place';
}

function ageCheck(r: ServiceRecord, lo: number, hi: number): Check {
  const min = r.minAge;
  const max = r.maxAge;
  const said = lo === hi ? `${lo}` : `${lo} to ${hi}`;
  // An entry whose age fields are empty and whose words state no ages sets no age limit (HSDS leaves them empty then).
  if (min === undefined && max === undefined) return { condition: 'age', verdict: 'meets', note: 'no age limit listed' };
  const range = min !== undefined && max !== undefined ? `ages ${min} to ${max}` : min !== undefined ? `ages ${min} and up` : `ages up to ${max}`;
  // A school year covers two ages: the service must take both to fit without a doubt.
  const fits = (min === undefined || lo >= min) && (max === undefined || hi <= max);
  return { condition: 'age', verdict: fits ? 'meets' : 'fails', note: fits ? range : `${range} (not ${said})` };
}

const LANGUAGE_CODES: Record<string, string[]> = {
  spanish: ['es', 'spa'], vietnamese: ['vi', 'vie'], somali: ['so', 'som'], hmong: ['hmn'], arabic: ['ar', 'ara'], chinese: ['zh', 'zho'],
  russian: ['ru', 'rus'], korean: ['ko', 'kor'], french: ['fr', 'fra'], portuguese: ['pt', 'por'], 'american sign language': ['ase', 'asl'],
};

function languageCheck(r: ServiceRecord, language: string): Check {
  const want = language.toLowerCase();
  const codes = LANGUAGE_CODES[want] ?? [];
  const has = r.languages.some((l) => {
    const k = l.toLowerCase();
    return k === want || k.startsWith(`${want} `) || codes.includes(k) || (want === 'chinese' && /mandarin|cantonese/.test(k));
  });
  if (has) return { condition: 'language', verdict: 'meets', note: language };
  if (r.languages.length === 0) return { condition: 'language', verdict: 'unknown', note: 'languages not listed' };
  return { condition: 'language', verdict: 'fails', note: `${r.languages.join(', ')} only` };
}

function costCheck(r: ServiceRecord, cost: 'free' | 'sliding' | 'medicaid'): Check {
  const fees = `${r.fees ?? ''} ${r.eligibility ?? ''}`;
  if (cost === 'free') {
    if (r.free === true) return { condition: 'cost', verdict: 'meets', note: 'free' };
    if (r.free === false) return { condition: 'cost', verdict: 'fails', note: r.fees ? `charges: ${r.fees}` : 'charges a fee' };
    return { condition: 'cost', verdict: 'unknown', note: 'cost not listed' };
  }
  if (cost === 'sliding') {
    if (/sliding|income[- ]based|based on income/i.test(fees)) return { condition: 'cost', verdict: 'meets', note: 'sliding scale' };
    return { condition: 'cost', verdict: r.fees ? 'fails' : 'unknown', note: r.fees ? `fees: ${r.fees}` : 'cost not listed' };
  }
  if (/medicaid|medical assistance/i.test(fees)) return { condition: 'cost', verdict: 'meets', note: 'takes Medicaid' };
  return { condition: 'cost', verdict: r.fees ? 'fails' : 'unknown', note: r.fees ? 'Medicaid not listed among its fees' : 'cost not listed' };
}

const WHEN_NOTES = { 'after-school': 'open after school', evening: 'open evenings', saturday: 'open Saturdays', sunday: 'open Sundays', weekend: 'open weekends', 'open-now': 'open now' } as const;

function whenCheck(r: ServiceRecord, when: keyof typeof WHEN_NOTES, now: MatchContext['now']): Check {
  if (r.open.length === 0) return { condition: 'when', verdict: 'unknown', note: 'hours not listed' };
  if (when === 'open-now' && !now) return { condition: 'when', verdict: 'unknown', note: 'the time now is not known here' };
  const ok = r.open.some((h) => {
    switch (when) {
      case 'after-school':
        return h.days.some((d) => d <= 4) && h.closes >= 17 * 60 && h.opens <= 16 * 60;
      case 'evening':
        return h.closes >= 18 * 60;
      case 'saturday':
        return h.days.includes(5);
      case 'sunday':
        return h.days.includes(6);
      case 'weekend':
        return h.days.includes(5) || h.days.includes(6);
      case 'open-now':
        return h.days.includes(now!.day) && h.opens <= now!.minute && now!.minute < h.closes;
    }
  });
  return { condition: 'when', verdict: ok ? 'meets' : 'fails', note: ok ? WHEN_NOTES[when] : `not ${WHEN_NOTES[when]}${r.hours ? ` (${r.hours})` : ''}` };
}
