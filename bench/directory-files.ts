// A generated directory on disk: HSDS 3.0 JSON (organizations with nested services) and the same
// data as a CSV datapackage (datapackage.json listing its tables, one CSV per table joined by ids),
// the shapes loadHsdsJson and loadHsdsDatapackage read; plus its questions as JSONL.
// Run alone: `npx tsx bench/directory-files.ts --services 10000 --seed 17 --out /tmp/dir [--questions 200]`.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { STATE, areaRecords, costOptions, generateDirectory, scheduleRecords, toHsdsJson, type Directory } from './directory-gen.js';
import { directoryQuestions, toJsonl } from './directory-questions.js';

type Row = Record<string, unknown>;

const COLUMNS: Record<string, string[]> = {
  organizations: ['id', 'name', 'description', 'email', 'website'],
  services: ['id', 'organization_id', 'name', 'description', 'status', 'eligibility_description', 'minimum_age', 'maximum_age', 'fees_description', 'assured_date', 'last_modified'],
  locations: ['id', 'organization_id', 'name', 'latitude', 'longitude'],
  addresses: ['id', 'location_id', 'address_1', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  service_at_locations: ['id', 'service_id', 'location_id'],
  phones: ['id', 'service_id', 'organization_id', 'number', 'type'],
  schedules: ['id', 'service_id', 'freq', 'wkst', 'byday', 'opens_at', 'closes_at'],
  service_areas: ['id', 'service_id', 'name', 'description'],
  languages: ['id', 'service_id', 'name'],
  cost_options: ['id', 'service_id', 'option', 'amount', 'currency'],
};

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(columns: string[], rows: Row[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\n') + '\n';
}

function tables(dir: Directory): Record<string, Row[]> {
  const out: Record<string, Row[]> = Object.fromEntries(Object.keys(COLUMNS).map((t) => [t, [] as Row[]]));
  const push = (t: string, row: Row) => out[t]!.push(row);
  for (const o of dir.organizations) {
    push('organizations', { id: o.id, name: o.name, description: o.description, email: o.email, website: o.url });
    push('phones', { id: `${o.id}-ph`, organization_id: o.id, number: o.phone, type: 'voice' });
    for (const l of o.locations) {
      push('locations', { id: l.id, organization_id: o.id, name: l.name, latitude: l.lat, longitude: l.lon });
      push('addresses', { id: `${l.id}-ad`, location_id: l.id, address_1: l.street, city: l.town.name, region: l.town.county, state_province: STATE.code, postal_code: l.zip, country: 'US', address_type: 'physical' });
    }
  }
  for (const s of dir.services) {
    push('services', {
      id: s.id, organization_id: s.organizationId, name: s.name, description: s.description, status: 'active',
      eligibility_description: s.eligibility, minimum_age: s.minAge, maximum_age: s.maxAge, fees_description: s.fees,
      assured_date: s.assured, last_modified: s.modified,
    });
    push('phones', { id: `${s.id}-ph`, service_id: s.id, number: s.phone, type: 'voice' });
    for (const l of s.locations) push('service_at_locations', { id: `${s.id}-${l.id.slice(0, 8)}`, service_id: s.id, location_id: l.id });
    for (const sc of scheduleRecords(s)) push('schedules', { ...sc, service_id: s.id });
    for (const a of areaRecords(s)) push('service_areas', { ...a, service_id: s.id });
    s.languages.forEach((name, i) => push('languages', { id: `${s.id}-lang-${i + 1}`, service_id: s.id, name }));
    costOptions(s).forEach((c, i) => push('cost_options', { ...c, id: `${s.id}-cost-${i + 1}`, service_id: s.id }));
  }
  return out;
}

export async function writeDatapackage(dir: Directory, out: string): Promise<void> {
  await mkdir(out, { recursive: true });
  const all = tables(dir);
  const resources = Object.entries(COLUMNS).map(([name, columns]) => ({
    name,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields: columns.map((c) => ({ name: c, type: /_age$|^amount$|^latitude$|^longitude$/.test(c) ? 'number' : 'string' })) },
  }));
  const manifest = {
    name: `generated-hsds-${dir.seed}`,
    title: `Generated ${dir.state.name} service directory (${dir.services.length} services, seed ${dir.seed})`,
    profile: 'tabular-data-package',
    version: '3.0',
    resources,
  };
  await writeFile(path.join(out, 'datapackage.json'), JSON.stringify(manifest, null, 1));
  for (const [name, columns] of Object.entries(COLUMNS)) await writeFile(path.join(out, `${name}.csv`), csv(columns, all[name]!));
}

export interface WrittenDirectory {
  jsonFile: string;
  datapackageDir: string;
}

/** Writes `<out>/json/directory.json` and `<out>/datapackage/` (datapackage.json + tables). */
export async function writeDirectory(dir: Directory, out: string): Promise<WrittenDirectory> {
  const jsonDir = path.join(out, 'json');
  const datapackageDir = path.join(out, 'datapackage');
  await mkdir(jsonDir, { recursive: true });
  const jsonFile = path.join(jsonDir, 'directory.json');
  await writeFile(jsonFile, JSON.stringify(toHsdsJson(dir)));
  await writeDatapackage(dir, datapackageDir);
  return { jsonFile, datapackageDir };
}

function option(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}

async function main(args: string[]): Promise<void> {
  const services = Number(option(args, '--services', '10000'));
  const seed = Number(option(args, '--seed', '17'));
  const towns = Number(option(args, '--towns', '10'));
  const count = Number(option(args, '--questions', '200'));
  const out = path.resolve(option(args, '--out', `generated-directory-${services}`));
  if (![services, seed, towns, count].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--services, --seed, --towns and --questions take whole numbers above 0');
  }
  const dir = generateDirectory({ services, seed, towns });
  const written = await writeDirectory(dir, out);
  const questions = directoryQuestions(dir, count);
  await writeFile(path.join(out, 'questions.jsonl'), toJsonl(questions));
  console.log(`${dir.services.length} services of ${dir.organizations.length} organizations in ${dir.towns.length} towns -> ${written.jsonFile}, ${written.datapackageDir}; ${questions.length} questions (${questions.filter((q) => !q.answerable).length} fit no service) -> ${path.join(out, 'questions.jsonl')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error((err as Error).message);
    process.exit(1);
  });
}
