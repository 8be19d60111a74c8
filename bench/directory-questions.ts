// Questions over a generated directory with known right answers. Each names a kind of service and
// a place (town, county or ZIP), sometimes the student's age, a language, a cost and a schedule,
// worded the ways teachers type in Slack; the gold is every service that meets every condition
// stated, computed from the generator's facts. About a fifth are questions no service fits.
//
// What "meets" means, so a search can be judged against it:
// - place: the service's service areas cover the town (a county or ZIP question: any town of that
//   county, the ZIP's town), or the service is delivered at a location in it (HSDS
//   service_at_location; the three blind-written directories count it the same way). A service whose
//   every area text is unreadable ("Call for service area") serves only the towns it has a location in.
// - age: minimum_age <= age <= maximum_age (a missing bound is open).
// - language: one of the service's languages.
// - cost: 'free' (no fee), 'sliding scale', 'medicaid' (Medicaid accepted).
// - schedule: 'saturday' (open on Saturday), 'after school' (open on a weekday until 17:00 or later).
import { pick, seededRandom, shuffled } from './stats.js';
import type { CostKind, Directory, GenService, Kind, Town } from './directory-gen.js';

export interface DirectoryConditions {
  kind: string;
  /** A town, a county ("Lake County") or a ZIP, as the question names it. */
  place: string;
  age?: number;
  language?: string;
  cost?: Exclude<CostKind, 'fee'>;
  schedule?: 'saturday' | 'after school';
}

export interface DirectoryQuestion {
  id: string;
  question: string;
  conditions: DirectoryConditions;
  fits: string[];
  answerable: boolean;
  style: 'slack' | 'lookup' | 'story';
}

/** The towns a service serves, by the rule above. */
export function servedTowns(s: GenService): Set<string> {
  const readable = s.areas.filter((a) => a.towns);
  return new Set([...readable.flatMap((a) => a.towns!), ...s.locations.map((l) => l.town.name)]);
}

function placeTowns(dir: Directory, place: string): string[] {
  const byZip = dir.towns.filter((t) => t.zips.includes(place));
  if (byZip.length > 0) return byZip.map((t) => t.name);
  const inCounty = dir.towns.filter((t) => t.county === place);
  return inCounty.length > 0 ? inCounty.map((t) => t.name) : [place];
}

export function meets(dir: Directory, s: GenService, c: DirectoryConditions): boolean {
  if (s.kind !== c.kind) return false;
  const served = servedTowns(s);
  if (!placeTowns(dir, c.place).some((t) => served.has(t))) return false;
  if (c.age !== undefined && ((s.minAge !== undefined && c.age < s.minAge) || (s.maxAge !== undefined && c.age > s.maxAge))) return false;
  if (c.language && !s.languages.includes(c.language)) return false;
  if (c.cost && !s.cost.includes(c.cost)) return false;
  if (c.schedule === 'saturday' && !s.schedules.some((x) => x.days.includes('SA'))) return false;
  if (c.schedule === 'after school' && !s.schedules.some((x) => x.days.some((d) => d !== 'SA' && d !== 'SU') && x.closes >= '17:00')) return false;
  return true;
}

export function fitsOf(dir: Directory, c: DirectoryConditions): string[] {
  return dir.services.filter((s) => meets(dir, s, c)).map((s) => s.id);
}

type Rnd = () => number;

const LANGUAGE_WORDS: Record<string, string[]> = {
  Spanish: ['spanish speaking', 'in spanish', 'with spanish-speaking staff', 'family speaks spanish'],
  Vietnamese: ['vietnamese speaking', 'in vietnamese', 'family only speaks vietnamese'],
  Somali: ['somali speaking', 'in somali', 'with somali-speaking staff'],
  Hmong: ['hmong speaking', 'in hmong', 'parents speak hmong'],
  Arabic: ['arabic speaking', 'in arabic', 'family speaks arabic'],
  'American Sign Language': ['that uses ASL', 'with ASL', 'student is deaf and uses ASL'],
};
const COST_WORDS: Record<string, string[]> = {
  free: ['free', 'no cost', 'free of charge', "that doesn't cost anything"],
  'sliding scale': ['sliding scale', 'with a sliding fee', 'income-based fees'],
  medicaid: ['that takes medicaid', 'medicaid accepted', 'that bills medicaid'],
};
const SCHEDULE_WORDS: Record<string, string[]> = {
  saturday: ['open saturdays', 'on a saturday', 'on weekends (saturday)'],
  'after school': ['after school', 'open after 5', 'in the late afternoon after school'],
};
const AGE_WORDS = ['for a {a} year old', '{a}yo', '{a} y/o', 'age {a}', 'student is {a}'];

function placeWords(rnd: Rnd, place: string, dir: Directory): string {
  if (/^\d{5}$/.test(place)) return pick(rnd, [`in ${place}`, `zip ${place}`, `near ${place}`]);
  if (dir.counties.includes(place)) return pick(rnd, [`in ${place}`, `anywhere in ${place}`, `in ${place.replace(' County', ' co')}`]);
  return pick(rnd, [`in ${place}`, `near ${place}`, `around ${place}`]);
}

function wordConditions(rnd: Rnd, dir: Directory, kind: Kind, c: DirectoryConditions): { question: string; style: DirectoryQuestion['style'] } {
  const what = pick(rnd, kind.asked);
  const where = placeWords(rnd, c.place, dir);
  const age = c.age !== undefined ? pick(rnd, AGE_WORDS).replace('{a}', String(c.age)) : '';
  const extras = [
    c.language ? pick(rnd, LANGUAGE_WORDS[c.language]!) : '',
    c.cost ? pick(rnd, COST_WORDS[c.cost]!) : '',
    c.schedule ? pick(rnd, SCHEDULE_WORDS[c.schedule]!) : '',
  ].filter(Boolean);
  const roll = rnd();
  let question: string;
  let style: DirectoryQuestion['style'];
  if (roll < 0.35) {
    style = 'slack';
    question = `who does ${what} ${where}${age ? ` ${age}` : ''}${extras.length ? `, ${extras.join(', ')}` : ''}?`;
  } else if (roll < 0.6) {
    style = 'slack';
    question = `need ${what} ${where}${age ? ` - ${age}` : ''}${extras.length ? ` - ${extras.join(' and ')}` : ''}. any ideas`;
  } else if (roll < 0.8) {
    style = 'story';
    const who = c.age !== undefined ? `I have a ${c.age} year old` : 'I have a student';
    question = `${who} whose family lives ${where.replace(/^(in|near|around|anywhere in|zip) /, 'in ')} and is asking about ${what}${extras.length ? ` (${extras.join(', ')})` : ''}. who should we call?`;
  } else {
    style = 'lookup';
    question = `Which services offer ${kind.label} ${where}${age ? `, ${age}` : ''}${extras.length ? `, ${extras.join(', ')}` : ''}?`;
  }
  return { question: style === 'lookup' || rnd() < 0.3 ? question : question.toLowerCase(), style };
}

/** Conditions a given service meets: its kind, a place it serves, and some of its own facts. */
function conditionsFrom(rnd: Rnd, dir: Directory, s: GenService): DirectoryConditions {
  const served = dir.towns.filter((t) => servedTowns(s).has(t.name));
  const town: Town = served.length > 0 ? pick(rnd, served) : s.locations[0]!.town;
  const roll = rnd();
  const place = roll < 0.7 ? town.name : roll < 0.85 ? town.county : pick(rnd, town.zips);
  const c: DirectoryConditions = { kind: s.kind, place };
  if (rnd() < 0.6) {
    const lo = s.minAge ?? 14;
    const hi = Math.min(s.maxAge ?? 22, 24);
    if (hi >= lo) c.age = lo + Math.floor(rnd() * (hi - lo + 1));
  }
  const others = s.languages.filter((l) => l !== 'English');
  if (others.length > 0 && rnd() < 0.35) c.language = pick(rnd, others);
  const costs = s.cost.filter((k): k is Exclude<CostKind, 'fee'> => k !== 'fee');
  if (costs.length > 0 && rnd() < 0.35) c.cost = pick(rnd, costs);
  if (rnd() < 0.15) {
    const saturday = s.schedules.some((x) => x.days.includes('SA'));
    const late = s.schedules.some((x) => x.closes >= '17:00');
    if (saturday || late) c.schedule = saturday && (!late || rnd() < 0.5) ? 'saturday' : 'after school';
  }
  return c;
}

/** Random conditions, tightened until no service fits (undefined if that never happens). */
function unfittable(rnd: Rnd, dir: Directory): DirectoryConditions | undefined {
  for (let attempt = 0; attempt < 50; attempt++) {
    const town = pick(rnd, dir.towns);
    const c: DirectoryConditions = { kind: pick(rnd, dir.kinds).key, place: rnd() < 0.8 ? town.name : pick(rnd, town.zips), age: 14 + Math.floor(rnd() * 9) };
    const tighten: (() => void)[] = [
      () => (c.language = pick(rnd, Object.keys(LANGUAGE_WORDS))),
      () => (c.cost = pick(rnd, ['free', 'sliding scale', 'medicaid'] as const)),
      () => (c.schedule = pick(rnd, ['saturday', 'after school'] as const)),
    ];
    for (const step of shuffled(rnd, tighten)) {
      if (fitsOf(dir, c).length === 0) return c;
      step();
    }
    if (fitsOf(dir, c).length === 0) return c;
  }
  return undefined;
}

/** `count` questions, about `unanswerableShare` of them fitting no service; deterministic per seed. */
export function directoryQuestions(dir: Directory, count: number, opts: { seed?: number; unanswerableShare?: number; idPrefix?: string } = {}): DirectoryQuestion[] {
  const rnd = seededRandom(opts.seed ?? dir.seed + 1);
  // Every n-th question fits no service (n = 5 for the default fifth).
  const every = Math.max(2, Math.round(1 / (opts.unanswerableShare ?? 0.2)));
  const kinds = new Map(dir.kinds.map((k) => [k.key, k]));
  const out: DirectoryQuestion[] = [];
  const seen = new Set<string>();
  for (let guard = 0; out.length < count && guard < count * 20; guard++) {
    const wantNone = (out.length + 1) % every === 0;
    const c = wantNone ? unfittable(rnd, dir) : conditionsFrom(rnd, dir, pick(rnd, dir.services));
    if (!c) continue;
    const key = JSON.stringify(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const fits = fitsOf(dir, c);
    if (wantNone !== (fits.length === 0)) continue;
    const { question, style } = wordConditions(rnd, dir, kinds.get(c.kind)!, c);
    out.push({ id: `${opts.idPrefix ?? `gen-${dir.seed}`}-q${String(out.length + 1).padStart(3, '0')}`, question, conditions: c, fits, answerable: fits.length > 0, style });
  }
  return out;
}

export function toJsonl(questions: DirectoryQuestion[]): string {
  return questions.map((q) => JSON.stringify(q)).join('\n') + '\n';
}
