// A seeded generator of Open Referral (HSDS 3.0) directories shaped like a state 211 export:
// organizations with several services and locations, towns in a few counties with ZIPs and
// coordinates, service areas written as free text ("Serves Pine Ridge and Oakdale", "All of Lake
// County", ZIP lists, sometimes unreadable), ages, languages, fees, schedules and review dates.
// The same directory is written as HSDS JSON and as a CSV datapackage, so both loaders are measured
// on one data set. Every fact a question can ask about is kept in `GenService`, so the gold answer
// of a generated question is computed from the data, not guessed from the rendered text.
// Files are written by directory-files.ts (also its command line).
import { pick, seededRandom, shuffled } from './stats.js';

export interface Town {
  name: string;
  county: string;
  zips: string[];
  lat: number;
  lon: number;
}

/** A kind of service: its key, how descriptions name it, and how people ask for it. */
export interface Kind {
  key: string;
  label: string;
  asked: string[];
  names: string[];
  describe: string;
}

export type CostKind = 'free' | 'sliding scale' | 'medicaid' | 'fee';

/** Where a service says it serves, and what that reads as (undefined: the text names no place). */
export interface Area {
  text: string;
  towns?: string[];
}

export interface GenLocation {
  id: string;
  name: string;
  town: Town;
  zip: string;
  street: string;
  lat: number;
  lon: number;
}

export interface GenSchedule {
  days: string[];
  opens: string;
  closes: string;
}

export interface GenService {
  id: string;
  organizationId: string;
  name: string;
  kind: string;
  description: string;
  eligibility: string;
  minAge?: number;
  maxAge?: number;
  languages: string[];
  cost: CostKind[];
  fees: string;
  feeAmount?: number;
  schedules: GenSchedule[];
  areas: Area[];
  locations: GenLocation[];
  phone: string;
  assured: string;
  modified: string;
}

export interface GenOrganization {
  id: string;
  name: string;
  description: string;
  url: string;
  email: string;
  phone: string;
  locations: GenLocation[];
}

export interface Directory {
  seed: number;
  state: { name: string; code: string };
  counties: string[];
  towns: Town[];
  kinds: Kind[];
  organizations: GenOrganization[];
  services: GenService[];
}

export const STATE = { name: 'Westmark', code: 'WM' };

const TOWN_POOL: Omit<Town, 'zips'>[] = [
  { name: 'Pine Ridge', county: 'Lake County', lat: 44.981, lon: -93.271 },
  { name: 'Oakdale', county: 'Lake County', lat: 45.062, lon: -93.118 },
  { name: 'Lakeside', county: 'Lake County', lat: 44.903, lon: -93.402 },
  { name: 'Millbrook', county: 'Harlan County', lat: 45.311, lon: -93.664 },
  { name: 'Fairview', county: 'Harlan County', lat: 45.402, lon: -93.512 },
  { name: 'Cedar Falls', county: 'Harlan County', lat: 45.238, lon: -93.851 },
  { name: 'Granite City', county: 'Birch County', lat: 44.712, lon: -92.988 },
  { name: 'Willow Creek', county: 'Lake County', lat: 44.948, lon: -93.009 },
  { name: 'Ashford', county: 'Birch County', lat: 44.655, lon: -93.187 },
  { name: 'Brookhaven', county: 'Harlan County', lat: 45.477, lon: -93.749 },
  { name: 'Stony Point', county: 'Birch County', lat: 44.584, lon: -92.871 },
  { name: 'Elm Grove', county: 'Birch County', lat: 44.801, lon: -93.329 },
];

export const KINDS: Kind[] = [
  { key: 'travel training', label: 'travel training', asked: ['travel training', 'bus training', 'travel training (learning to ride the bus)'], names: ['Travel Training', 'Ride Ready Travel Training', 'Bus Buddies Travel Training', 'Independent Travel Instruction'], describe: 'One-to-one travel training: a trainer rides the bus routes with the person until they can travel on their own to school, work and appointments.' },
  { key: 'respite care', label: 'respite care', asked: ['respite care', 'respite', 'respite for the family'], names: ['Respite Care', 'Family Respite', 'Weekend Respite Program', 'In-Home Respite'], describe: 'Respite care gives parents and caregivers a break: trained staff stay with the person at home or at the center for a few hours or a weekend.' },
  { key: 'benefits counseling', label: 'benefits counseling', asked: ['benefits counseling', 'benefits planning', 'help with ssi and work'], names: ['Benefits Counseling', 'Work Incentives Planning', 'Benefits Planning Clinic'], describe: 'Benefits counseling explains how a job changes SSI, SSDI, Medicaid and housing benefits, and writes a benefits plan before the person starts work.' },
  { key: 'job coaching', label: 'job coaching', asked: ['job coaching', 'a job coach', 'on the job coaching'], names: ['Job Coaching', 'Supported Job Coaching', 'Job Club', 'Work Coaching'], describe: 'A job coach helps the person learn a new job on site, talks with the employer about supports, and fades back as the person gains skills.' },
  { key: 'independent living skills', label: 'independent living skills training', asked: ['independent living skills', 'ILS training', 'life skills training'], names: ['Independent Living Skills', 'Life Skills Lab', 'Living on Your Own Skills Class'], describe: 'Independent living skills training covers cooking, budgeting, shopping, laundry and keeping a home, in small groups or one to one.' },
  { key: 'peer mentoring', label: 'peer mentoring', asked: ['peer mentoring', 'a peer mentor', 'mentoring by someone with a disability'], names: ['Peer Mentoring', 'Youth Peer Mentors', 'Mentor Match'], describe: 'Peer mentoring pairs the young person with a trained mentor who has a disability and has made the move from school to adult life.' },
  { key: 'assistive technology', label: 'assistive technology', asked: ['assistive technology', 'an AT evaluation', 'assistive tech'], names: ['Assistive Technology', 'AT Lending Library', 'Assistive Technology Evaluations'], describe: 'Assistive technology evaluations, device loans and training on communication devices, computer access and adapted phones.' },
  { key: 'mental health counseling', label: 'mental health counseling', asked: ['mental health counseling', 'therapy', 'a counselor for anxiety'], names: ['Mental Health Counseling', 'Youth Counseling', 'Outpatient Therapy'], describe: 'Outpatient mental health counseling for anxiety, depression and trauma, individual and family sessions.' },
  { key: 'adaptive recreation', label: 'adaptive recreation', asked: ['adaptive recreation', 'adaptive sports', 'rec programs for kids with disabilities'], names: ['Adaptive Recreation', 'Adaptive Sports League', 'Unified Rec Club'], describe: 'Adaptive recreation: sports, swimming, art and social nights with staff trained to include people with disabilities.' },
  { key: 'housing assistance', label: 'housing assistance', asked: ['housing assistance', 'help finding housing', 'housing help'], names: ['Housing Assistance', 'Housing Navigation', 'Home Search Help'], describe: 'Housing assistance: help finding accessible apartments, applying for housing vouchers and moving out of a parent\'s home.' },
  { key: 'legal advocacy', label: 'legal advocacy', asked: ['legal advocacy', 'legal help', 'an advocate for guardianship questions'], names: ['Legal Advocacy', 'Disability Rights Advocacy', 'Guardianship Alternatives Clinic'], describe: 'Legal advocacy on special education disputes, guardianship and its alternatives such as supported decision-making, and benefit appeals.' },
  { key: 'driver training', label: 'adaptive driver training', asked: ['driver training', 'adaptive driving lessons', 'driving lessons with adaptations'], names: ['Adaptive Driver Training', 'Driver Rehabilitation', 'Behind the Wheel Adaptive Driving'], describe: 'Adaptive driver training: a driving evaluation by a certified driver rehabilitation specialist, then lessons in an adapted car.' },
  { key: 'summer youth employment', label: 'summer youth employment', asked: ['summer youth employment', 'a summer job program', 'summer work experience'], names: ['Summer Youth Employment', 'Summer Work Experience', 'Summer Jobs Crew'], describe: 'Summer youth employment: paid work experience for six to eight weeks with a job coach, and work readiness classes.' },
  { key: 'parent training', label: 'parent training and family support', asked: ['parent training', 'family support', 'support for parents'], names: ['Parent Training', 'Family Support Network', 'Parent to Parent'], describe: 'Parent training and family support: workshops on the IEP, transition and adult services, and a parent mentor to call.' },
];

/** Names with numbers in them, so a figure's year is never read from a name (issue 17). */
const NUMBERED_NAMES = ['Route 66 {k}', 'Club 1987 {k}', 'Project 2030 {k}', 'Step 2 {k}', 'Highway 9 {k}', '4-H {k} Partners', '{k} 360', 'Building 7 {k}'];

const ORG_WORDS = ['Community', 'Family', 'Youth', 'Independence', 'Pathways', 'Bridges', 'Horizons', 'Compass', 'Harbor', 'Keystone', 'Summit', 'Open Door', 'New Leaf', 'Lighthouse', 'Cornerstone', 'Riverbend'];
const ORG_TYPES = ['Services', 'Center', 'Alliance', 'Network', 'Association', 'Partners', 'Collaborative', 'Foundation', 'Inc.', 'Resource Center'];
const STREETS = ['Main Street', 'Oak Avenue', 'Elm Street', '2nd Avenue', 'Lake Road', 'Church Street', 'Mill Road', 'Park Avenue', 'Center Street', 'Highway 12', 'Washington Avenue', 'Maple Drive', 'County Road 5', 'Railroad Street'];
const EXTRA_LANGUAGES: [string, number][] = [['Spanish', 0.32], ['Vietnamese', 0.08], ['Somali', 0.07], ['Hmong', 0.06], ['Arabic', 0.05], ['American Sign Language', 0.1]];
const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const UNREADABLE_AREAS = ['Call for service area', 'See map on website', 'North metro (varies by program)', 'Tri-county area*', 'Service area depends on funding source', 'TBD'];

export interface GenerateOptions {
  services: number;
  seed?: number;
  /** How many towns (8-12); counties follow from the towns chosen. */
  towns?: number;
}

type Rnd = () => number;
const chance = (rnd: Rnd, p: number) => rnd() < p;

function uuid(rnd: Rnd): string {
  const hex = () => Math.floor(rnd() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${pick(rnd, ['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

function phone(rnd: Rnd): string {
  return `(555) ${100 + Math.floor(rnd() * 900)}-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`;
}

function isoDate(rnd: Rnd, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rnd() * 12);
  const d = 1 + Math.floor(rnd() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function makeTowns(count: number): Town[] {
  const n = Math.min(TOWN_POOL.length, Math.max(8, count));
  return TOWN_POOL.slice(0, n).map((t, i) => ({ ...t, zips: i % 3 === 0 ? [`${55300 + i * 4}`, `${55301 + i * 4}`] : [`${55300 + i * 4}`] }));
}

/** "Serves Pine Ridge and Oakdale", "All of Lake County", "ZIP codes 55300, 55304", or unreadable. */
function makeArea(rnd: Rnd, towns: Town[], home: Town): Area {
  const roll = rnd();
  if (roll < 0.3) {
    const county = chance(rnd, 0.8) ? home.county : pick(rnd, [...new Set(towns.map((t) => t.county))]);
    return { text: pick(rnd, [`All of ${county}`, `${county} residents`, county.replace(' County', ' Co.')]), towns: towns.filter((t) => t.county === county).map((t) => t.name) };
  }
  if (roll < 0.6) {
    const near = towns.filter((t) => t.county === home.county && t !== home);
    const served = [home, ...near.filter(() => chance(rnd, 0.4))];
    const list = served.map((t) => t.name);
    const joined = list.length === 1 ? list[0]! : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
    return { text: pick(rnd, [`Serves ${joined}`, `${joined} only`, `Residents of ${joined}`]), towns: list };
  }
  if (roll < 0.78) {
    const served = [home, ...towns.filter((t) => t !== home && chance(rnd, 0.2))];
    const zips = served.flatMap((t) => t.zips);
    return { text: `ZIP codes ${zips.join(', ')}`, towns: served.map((t) => t.name) };
  }
  if (roll < 0.9) return { text: pick(rnd, [`Statewide (${STATE.name})`, `All ${STATE.name} counties`]), towns: towns.map((t) => t.name) };
  return { text: pick(rnd, UNREADABLE_AREAS) };
}

function makeCost(rnd: Rnd): Pick<GenService, 'cost' | 'fees' | 'feeAmount'> {
  const roll = rnd();
  if (roll < 0.35) return { cost: ['free'], fees: pick(rnd, ['Free', 'No cost', 'Free of charge to families', 'There is no fee.']) };
  if (roll < 0.55) return { cost: ['sliding scale'], fees: pick(rnd, ['Sliding scale based on income', 'Fees on a sliding scale; no one turned away', 'Sliding fee scale']) };
  const amount = 15 + Math.floor(rnd() * 12) * 5;
  if (roll < 0.75) return { cost: ['medicaid', 'fee'], fees: pick(rnd, [`Medicaid accepted; private pay $${amount} per session`, `Medicaid and Medicaid waivers accepted. Self-pay $${amount} per hour.`]), feeAmount: amount };
  return { cost: ['fee'], fees: pick(rnd, [`$${amount} per session`, `$${amount} per hour`, `$${amount} per visit, payment plans available`]), feeAmount: amount };
}

function makeSchedules(rnd: Rnd): GenSchedule[] {
  const closes = pick(rnd, ['16:30', '17:00', '17:00', '18:00', '19:00', '20:00']);
  const out: GenSchedule[] = [{ days: DAY_CODES.slice(0, chance(rnd, 0.2) ? 4 : 5), opens: pick(rnd, ['08:00', '08:30', '09:00', '10:00']), closes }];
  if (chance(rnd, 0.22)) out.push({ days: ['SA'], opens: '09:00', closes: pick(rnd, ['12:00', '13:00', '15:00']) });
  return out;
}

function makeAges(rnd: Rnd): { minAge?: number; maxAge?: number } {
  const min = pick(rnd, [undefined, undefined, 0, 5, 12, 14, 14, 16, 16, 18, 18, 21]);
  const maxOptions = [undefined, undefined, 17, 18, 21, 22, 24, 26, 30, 64].filter((m) => m === undefined || min === undefined || m > min + 2);
  const max = pick(rnd, maxOptions);
  return { ...(min !== undefined ? { minAge: min } : {}), ...(max !== undefined ? { maxAge: max } : {}) };
}

function ageText(s: Pick<GenService, 'minAge' | 'maxAge'>): string {
  if (s.minAge !== undefined && s.maxAge !== undefined) return `Ages ${s.minAge} to ${s.maxAge}`;
  if (s.minAge !== undefined) return `Age ${s.minAge} and older`;
  if (s.maxAge !== undefined) return `Up to age ${s.maxAge}`;
  return 'All ages';
}

function serviceName(rnd: Rnd, kind: Kind, org: GenOrganization, town: Town): string {
  const base = pick(rnd, kind.names);
  const roll = rnd();
  if (roll < 0.1) return pick(rnd, NUMBERED_NAMES).replace('{k}', base);
  if (roll < 0.4) return `${base} - ${town.name}`;
  if (roll < 0.6) return `${org.name.split(' ')[0]} ${base}`;
  return base;
}

/** A deterministic directory of `services` services (about four per organization). */
export function generateDirectory(opts: GenerateOptions): Directory {
  const seed = opts.seed ?? 17;
  const rnd = seededRandom(seed);
  const towns = makeTowns(opts.towns ?? 10);
  const counties = [...new Set(towns.map((t) => t.county))];
  const organizations: GenOrganization[] = [];
  const services: GenService[] = [];
  let orgNumber = 0;
  while (services.length < opts.services) {
    orgNumber += 1;
    const home = pick(rnd, towns);
    const orgName = `${chance(rnd, 0.3) ? `${home.name} ` : ''}${pick(rnd, ORG_WORDS)} ${pick(rnd, ORG_TYPES)}${orgNumber > ORG_WORDS.length * ORG_TYPES.length ? ` ${orgNumber}` : ''}`;
    const domain = `${orgName.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.org`;
    const locationTowns = [home, ...towns.filter((t) => t !== home && t.county === home.county && chance(rnd, 0.35))].slice(0, 4);
    const org: GenOrganization = {
      id: uuid(rnd),
      name: orgName,
      description: `${orgName} is a nonprofit serving people with disabilities and their families in ${home.county}.`,
      url: `https://${domain}`,
      email: `info@${domain}`,
      phone: phone(rnd),
      locations: locationTowns.map((town) => {
        const zip = pick(rnd, town.zips);
        return {
          id: uuid(rnd),
          name: `${orgName} - ${town.name} Office`,
          town,
          zip,
          street: `${100 + Math.floor(rnd() * 9800)} ${pick(rnd, STREETS)}`,
          lat: Number((town.lat + (rnd() - 0.5) * 0.04).toFixed(5)),
          lon: Number((town.lon + (rnd() - 0.5) * 0.04).toFixed(5)),
        };
      }),
    };
    organizations.push(org);
    const count = Math.min(opts.services - services.length, 2 + Math.floor(rnd() * 5));
    const kinds = shuffled(rnd, KINDS).slice(0, count);
    for (const kind of kinds) {
      const locations = org.locations.filter((_, i) => i === 0 || chance(rnd, 0.5));
      const town = locations[0]!.town;
      const ages = makeAges(rnd);
      const areas = [makeArea(rnd, towns, town)];
      if (chance(rnd, 0.15)) areas.push(makeArea(rnd, towns, pick(rnd, towns)));
      const languages = ['English', ...EXTRA_LANGUAGES.filter(([, p]) => chance(rnd, p)).map(([l]) => l)];
      const cost = makeCost(rnd);
      const name = serviceName(rnd, kind, org, town);
      const assured = isoDate(rnd, 2023, 2026);
      services.push({
        id: uuid(rnd),
        organizationId: org.id,
        name,
        kind: kind.key,
        description: `${kind.describe} ${pick(rnd, ['Staff work closely with school transition teams.', 'Referrals from teachers and VR counselors are welcome.', 'Families can call to ask questions before applying.', 'Services are offered in person and by video.'])}`,
        eligibility: `${ageText(ages)}. ${pick(rnd, ['People with intellectual or developmental disabilities.', 'Youth and adults with any disability.', 'Students on an IEP or 504 plan and adults with disabilities.', 'People eligible for county disability services.'])}`,
        ...ages,
        languages,
        ...cost,
        schedules: makeSchedules(rnd),
        areas,
        locations,
        phone: phone(rnd),
        assured,
        modified: `${assured}T${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:00:00Z`,
      });
    }
  }
  return { seed, state: STATE, counties, towns, kinds: KINDS, organizations, services };
}

/** Human-written fees: some services give an option, amount and currency as cost_options too. */
export function costOptions(s: GenService): Record<string, unknown>[] {
  if (s.feeAmount === undefined) return s.cost.includes('free') ? [{ option: 'Free', amount: 0, currency: 'USD' }] : [];
  return [{ option: /hour/.test(s.fees) ? 'Per hour' : 'Per session', amount: s.feeAmount, currency: 'USD' }];
}

export function locationRecord(l: GenLocation): Record<string, unknown> {
  return {
    id: l.id,
    name: l.name,
    latitude: l.lat,
    longitude: l.lon,
    addresses: [{ address_1: l.street, city: l.town.name, region: l.town.county, state_province: STATE.code, postal_code: l.zip, country: 'US', address_type: 'physical' }],
  };
}

export function scheduleRecords(s: GenService): Record<string, unknown>[] {
  return s.schedules.map((sc, i) => ({ id: `${s.id}-sch-${i + 1}`, freq: 'WEEKLY', wkst: 'MO', byday: sc.days.join(','), opens_at: sc.opens, closes_at: sc.closes }));
}

/** Service areas as exports write them: a name when the text names one county, the text as description. */
export function areaRecords(s: GenService): Record<string, unknown>[] {
  return s.areas.map((a, i) => ({ id: `${s.id}-area-${i + 1}`, name: /^All of (.+)$/.exec(a.text)?.[1] ?? '', description: a.text }));
}

function serviceRecord(s: GenService): Record<string, unknown> {
  return {
    id: s.id,
    organization_id: s.organizationId,
    name: s.name,
    description: s.description,
    status: 'active',
    eligibility_description: s.eligibility,
    ...(s.minAge !== undefined ? { minimum_age: s.minAge } : {}),
    ...(s.maxAge !== undefined ? { maximum_age: s.maxAge } : {}),
    fees_description: s.fees,
    cost_options: costOptions(s),
    assured_date: s.assured,
    last_modified: s.modified,
    phones: [{ number: s.phone, type: 'voice' }],
    languages: s.languages.map((name) => ({ name })),
    schedules: scheduleRecords(s),
    service_areas: areaRecords(s),
    service_at_locations: s.locations.map((l) => ({ id: `${s.id}-${l.id.slice(0, 8)}`, location: locationRecord(l) })),
  };
}

/** HSDS 3.0 JSON: organizations, each with its services nested (the shape loadHsdsJson reads). */
export function toHsdsJson(dir: Directory): unknown {
  const byOrg = new Map<string, GenService[]>();
  for (const s of dir.services) byOrg.set(s.organizationId, [...(byOrg.get(s.organizationId) ?? []), s]);
  return {
    _note: `GENERATED DATA (seed ${dir.seed}): a fictional state, ${dir.state.name}; every name, address and phone number is invented.`,
    hsds_version: '3.0',
    organizations: dir.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      description: o.description,
      website: o.url,
      email: o.email,
      phones: [{ number: o.phone, type: 'voice' }],
      services: (byOrg.get(o.id) ?? []).map(serviceRecord),
    })),
  };
}
