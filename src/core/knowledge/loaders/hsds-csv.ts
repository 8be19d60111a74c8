// HSDS CSV datapackage (a folder with datapackage.json + services.csv + related tables) -> the same
// nested service objects as HSDS JSON, joined by ids, then rendered by the same renderer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { KnowledgeDoc } from '../types.js';
import { type Rec, isRec, records, str } from './hsds-fields.js';
import { renderService, slug } from './hsds-render.js';
import { LoadFailure, decodeText } from './text-utils.js';

export const DATAPACKAGE_TABLES = [
  'organizations', 'services', 'locations', 'service_at_locations', 'phones', 'schedules', 'service_areas',
  'languages', 'required_documents', 'addresses', 'physical_addresses', 'contacts', 'cost_options',
] as const;
type Table = (typeof DATAPACKAGE_TABLES)[number];

export interface DatapackageResult {
  docs: KnowledgeDoc[];
  /** Absolute paths of the files read (datapackage.json and the tables found). */
  files: string[];
}

/** `folderSource` is the folder's path relative to the ingest root ('' when it is the root). */
export async function loadHsdsDatapackage(dir: string, folderSource: string): Promise<DatapackageResult> {
  const manifestPath = path.join(dir, 'datapackage.json');
  const files = [manifestPath];
  const locations = tableFiles(await readManifest(manifestPath));
  const tables = new Map<Table, Rec[]>();
  for (const table of DATAPACKAGE_TABLES) {
    const file = path.join(dir, locations.get(table) ?? `${table}.csv`);
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      if (table === 'services') throw new LoadFailure('HSDS datapackage has no services.csv');
      continue;
    }
    files.push(file);
    tables.set(table, parseCsv(bytes, path.basename(file)));
  }
  const prefix = folderSource ? `${folderSource}/` : '';
  const servicesFile = `${prefix}${locations.get('services') ?? 'services.csv'}`;
  const seen = new Map<string, number>();
  const docs = nestServices(tables).map((service) => {
    const base = str(service.id) ?? slug(str(service.name) ?? 'service');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    return renderService({ ...service, id }, `${servicesFile}#${id}`);
  });
  if (docs.length === 0) throw new LoadFailure('HSDS datapackage has no services with a name in services.csv');
  return { docs, files };
}

async function readManifest(file: string): Promise<unknown> {
  try {
    return JSON.parse(decodeText(await readFile(file)));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new LoadFailure(`datapackage.json is not valid JSON: ${reason}`, { cause: err });
  }
}

/** Table name -> file path inside the folder, from the manifest's `resources` when it lists them. */
function tableFiles(manifest: unknown): Map<Table, string> {
  const out = new Map<Table, string>();
  const resources = isRec(manifest) ? records(manifest.resources) : [];
  for (const r of resources) {
    const p = str(r.path);
    const name = str(r.name) ?? (p ? path.posix.basename(p, '.csv') : undefined);
    if (p && name && (DATAPACKAGE_TABLES as readonly string[]).includes(name) && !p.includes('..')) out.set(name as Table, p);
  }
  return out;
}

function parseCsv(bytes: Buffer, name: string): Rec[] {
  try {
    return parse(decodeText(bytes), { columns: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as Rec[];
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new LoadFailure(`${name} is not valid CSV: ${reason}`, { cause: err });
  }
}

function groupBy(rows: Rec[], key: string): Map<string, Rec[]> {
  const out = new Map<string, Rec[]>();
  for (const row of rows) {
    const k = str(row[key]);
    if (!k) continue;
    const list = out.get(k) ?? [];
    list.push(row);
    out.set(k, list);
  }
  return out;
}

function nestServices(tables: Map<Table, Rec[]>): Rec[] {
  const rows = (t: Table) => tables.get(t) ?? [];
  const by = (t: Table, key: string) => groupBy(rows(t), key);
  const get = (m: Map<string, Rec[]>, id: unknown) => m.get(str(id) ?? '') ?? [];

  const phones = { service: by('phones', 'service_id'), location: by('phones', 'location_id'), org: by('phones', 'organization_id'), contact: by('phones', 'contact_id'), link: by('phones', 'service_at_location_id') };
  const schedules = { service: by('schedules', 'service_id'), location: by('schedules', 'location_id'), link: by('schedules', 'service_at_location_id') };
  const languages = { service: by('languages', 'service_id'), location: by('languages', 'location_id') };
  const addresses = by('addresses', 'location_id');
  const physical = by('physical_addresses', 'location_id');
  const organizations = new Map(rows('organizations').map((o) => [str(o.id) ?? '', { ...o, phones: get(phones.org, o.id) }]));
  const locations = new Map(
    rows('locations').map((l) => [
      str(l.id) ?? '',
      { ...l, addresses: get(addresses, l.id), physical_addresses: get(physical, l.id), phones: get(phones.location, l.id), schedules: get(schedules.location, l.id), languages: get(languages.location, l.id) },
    ]),
  );
  const links = by('service_at_locations', 'service_id');
  const areas = by('service_areas', 'service_id');
  const documents = by('required_documents', 'service_id');
  const contacts = by('contacts', 'service_id');
  const costs = by('cost_options', 'service_id');

  return rows('services')
    .filter((s) => str(s.name))
    .map((s) => ({
      ...s,
      organization: organizations.get(str(s.organization_id) ?? ''),
      phones: get(phones.service, s.id),
      schedules: get(schedules.service, s.id),
      languages: get(languages.service, s.id),
      service_areas: get(areas, s.id),
      required_documents: get(documents, s.id),
      contacts: get(contacts, s.id).map((c) => ({ ...c, phones: get(phones.contact, c.id) })),
      cost_options: get(costs, s.id),
      service_at_locations: get(links, s.id).map((link) => ({
        ...link,
        phones: get(phones.link, link.id),
        schedules: get(schedules.link, link.id),
        location: locations.get(str(link.location_id) ?? '') ?? {},
      })),
    }));
}
