// One HSDS service (with its organization, locations, phones, schedules... nested as in HSDS 3.0
// JSON) -> one KnowledgeDoc whose text reads like a directory entry an answer can quote.
import { serviceRecord } from '../directory/record.js';
import type { Contact, KnowledgeDoc } from '../types.js';
import {
  type Rec, formatAddress, formatAges, formatDate, formatSchedules, isRec, names, phoneList, records, str,
} from './hsds-fields.js';

/** Locations reachable from a service: via service_at_locations[].location, or listed directly. */
function locationsOf(service: Rec): { location: Rec; link?: Rec }[] {
  const out: { location: Rec; link?: Rec }[] = records(service.service_at_locations).map((link) => ({
    location: isRec(link.location) ? link.location : {},
    link,
  }));
  for (const location of records(service.locations)) out.push({ location });
  return out;
}

function organizationOf(service: Rec, parent?: Rec): Rec | undefined {
  if (isRec(service.organization)) return service.organization;
  if (typeof service.organization === 'string') return { name: service.organization };
  return parent;
}

export function renderService(service: Rec, source: string, parentOrganization?: Rec): KnowledgeDoc {
  const org = organizationOf(service, parentOrganization);
  const orgName = org ? str(org.name) : undefined;
  const title = str(service.name) ?? str(service.alternate_name) ?? orgName ?? 'Unnamed service';
  const places = locationsOf(service);

  const facts: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) facts.push(`${label}: ${value}`);
  };
  const status = str(service.status);
  if (status && !/^active$/i.test(status)) add('Status', status);
  add('Alert', str(service.alert));
  add('Who can get it', str(service.eligibility_description) ?? str(service.eligibility));
  add('Ages', formatAges(service.minimum_age, service.maximum_age));
  add('Service area', names(service.service_areas, ['name', 'description', 'extent']).join('; ') || undefined);

  const hours = serviceHours(service, places);
  add('Hours', hours);
  const phones = phoneList(
    service.phones,
    ...places.flatMap((p) => [p.link?.phones, p.location.phones]),
    org?.phones,
  );
  add('Phone', phones.join('; ') || undefined);
  const addresses: string[] = [];
  for (const { location } of places) {
    const address = formatAddress(location);
    const name = str(location.name);
    if (address) addresses.push(name && places.length > 1 ? `${address} (${name})` : address);
  }
  if (addresses.length > 0) facts.push(...addresses.map((a) => `Address: ${a}`));
  for (const c of records(service.contacts)) {
    const phone = phoneList(c.phones).join(', ');
    const parts = [str(c.name), str(c.title), str(c.department), str(c.email), phone || undefined].filter(Boolean);
    if (parts.length > 0) add('Contact', parts.join(', '));
  }
  const email = str(service.email) ?? (org ? str(org.email) : undefined);
  const url = str(service.url) ?? (org ? (str(org.website) ?? str(org.url)) : undefined);
  add('Email', email);
  add('Website', url);
  const feeText = fees(service);
  add('Fees', feeText);
  add('How to apply', str(service.application_process));
  add('Documents to bring', names(service.required_documents, ['document', 'name', 'description']).join('; ') || undefined);
  const languages = names(service.languages, ['name', 'language', 'code']);
  for (const { location } of places) for (const l of names(location.languages, ['name', 'language', 'code'])) if (!languages.includes(l)) languages.push(l);
  add('Languages', languages.join(', ') || undefined);
  add('Last reviewed', formatDate(service.assured_date) ?? formatDate(service.last_modified));

  const paragraphs = [orgName && orgName !== title ? `Provided by: ${orgName}` : undefined]
    .concat((str(service.description) ? String(service.description).split(/\n\s*\n/) : []).map(str))
    .concat([facts.join('\n')])
    .filter((p): p is string => Boolean(p));

  const contact: Contact = {};
  if (orgName) contact.organization = orgName;
  if (phones.length > 0) contact.phones = phones;
  if (email) contact.email = email;
  if (url) contact.url = url;
  if (hours) contact.hours = hours;
  if (addresses[0]) contact.address = addresses[0];

  const serviceId = str(service.id) ?? slug(title);
  const record = serviceRecord({ service, name: title, organization: orgName, phones, places, fees: feeText, hours, languages });
  return {
    source,
    title,
    format: 'hsds',
    sections: [{ headings: [], text: paragraphs.join('\n\n') }],
    serviceId,
    service: record,
    ...(url ? { url } : {}),
    ...(Object.keys(contact).length > 0 ? { contact } : {}),
  };
}

/** Service-level hours; otherwise each location's hours, named when there are several. */
function serviceHours(service: Rec, places: { location: Rec; link?: Rec }[]): string | undefined {
  const own = formatSchedules(records(service.schedules ?? service.regular_schedules));
  if (own) return own;
  const perPlace = places
    .map(({ location, link }) => {
      const h = formatSchedules([...records(link?.schedules), ...records(location.schedules ?? location.regular_schedules)]);
      const name = str(location.name);
      return h && name && places.length > 1 ? `${h} (${name})` : h;
    })
    .filter((h): h is string => Boolean(h));
  return perPlace.length > 0 ? [...new Set(perPlace)].join('; ') : undefined;
}

function fees(service: Rec): string | undefined {
  const parts: string[] = [];
  const described = str(service.fees_description) ?? str(service.fees);
  if (described) parts.push(described);
  for (const c of records(service.cost_options)) {
    const amount = str(c.amount);
    const money = amount ? `${str(c.currency) === 'USD' || !str(c.currency) ? '$' : `${str(c.currency)} `}${amount}` : undefined;
    // "Free." already says what a $0 option would.
    if (Number(amount) === 0 && described && /\b(?:free|no (?:cost|charge|fee))\b/i.test(described) && !str(c.amount_description)) continue;
    const text = [str(c.option), money, str(c.amount_description)].filter(Boolean).join(' ');
    if (text && !parts.includes(text)) parts.push(text);
  }
  return parts.length > 0 ? parts.map((p) => p.replace(/[\s.;]+$/, '')).join('; ') : undefined;
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'service';
}
