// HSDS JSON -> one KnowledgeDoc per service. Accepts an array of services or organizations, an
// object holding `services` (an organization, or a wrapper), `{ organizations: [...] }` (nested or
// joined by organization_id), an API page `{ contents: [...] }`, or a single service.
import type { KnowledgeDoc } from '../types.js';
import { type Rec, isRec, records, str } from './hsds-fields.js';
import { renderService, slug } from './hsds-render.js';
import { LoadFailure } from './text-utils.js';

/** Fields only an HSDS service has; `name` + `description` alone could be any JSON (package.json). */
const SERVICE_MARKERS = [
  'organization', 'organization_id', 'service_at_locations', 'eligibility_description', 'application_process',
  'minimum_age', 'maximum_age', 'fees_description', 'required_documents', 'service_areas', 'schedules',
  'assured_date', 'interpretation_services', 'cost_options', 'program_id', 'accreditations', 'alert',
];

interface Found {
  service: Rec;
  organization?: Rec;
}

export function loadHsdsJson(text: string, source: string): KnowledgeDoc[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new LoadFailure(`not valid JSON: ${jsonError(err, text)}`, { cause: err });
  }
  const found = findServices(data);
  if (found.length === 0) {
    throw new LoadFailure('JSON is not an HSDS service directory (found no services with a name); expected HSDS 3.0 services or organizations');
  }
  const seen = new Map<string, number>();
  return found.map(({ service, organization }) => {
    const base = str(service.id) ?? slug(str(service.name) ?? 'service');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    return renderService({ ...service, id }, `${source}#${id}`, organization);
  });
}

function looksLikeService(r: Rec): boolean {
  return Boolean(str(r.name)) && SERVICE_MARKERS.some((k) => k in r) && !Array.isArray(r.services);
}

function fromOrganization(org: Rec): Found[] {
  return records(org.services)
    .filter((s) => str(s.name))
    .map((service) => ({ service, organization: org }));
}

export function findServices(data: unknown): Found[] {
  if (Array.isArray(data)) {
    const items = data.filter(isRec);
    return items.flatMap((item) => (Array.isArray(item.services) ? fromOrganization(item) : looksLikeService(item) ? [{ service: item }] : []));
  }
  if (!isRec(data)) return [];
  if (Array.isArray(data.contents)) return findServices(data.contents);
  if (Array.isArray(data.organizations)) {
    const orgs = records(data.organizations);
    const byId = new Map(orgs.map((o) => [str(o.id), o] as const));
    const nested = orgs.flatMap(fromOrganization);
    const flat = records(data.services)
      .filter((s) => str(s.name))
      .map((service) => ({ service, organization: byId.get(str(service.organization_id)) }));
    return [...nested, ...flat].map((f) => (f.organization ? f : { service: f.service }));
  }
  if (Array.isArray(data.services)) {
    const isOrg = Boolean(str(data.name));
    return records(data.services)
      .filter((s) => str(s.name))
      .map((service) => (isOrg ? { service, organization: data } : { service }));
  }
  return looksLikeService(data) ? [{ service: data }] : [];
}

/** "Expected ',' or '}' after property value at line 3, column 5" from a JSON.parse error. */
function jsonError(err: unknown, text: string): string {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(message);
  const base = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '');
  if (!pos) return message;
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${base} at line ${line}, column ${column}`;
}
