// Contact questions ("who do I call", "how do I apply", "where is it", "when are they open") are
// answered with the agency's phone, hours and address when the source carries HSDS details.
import type { Citation } from '../../messages.js';
import type { Contact, Hit } from '../types.js';

/**
 * A question about reaching a place ("contact", "call", "apply", "where", "hours"), or one asking who
 * helps: "Who helps with X around here?", "who can sit down with us", "who in Maple County does ...",
 * "how do we get ...": the person wants a place to go.
 */
const CONTACT_INTENT =
  /\b(?:contact|reach|call|phone|telephone|number|e-?mail|apply|applying|application|sign (?:up|on)|enroll|refer(?:ral)?|intake|where|address|located|location|office|hours|open|visit|talk to|get in touch|directions)\b|\bwho (?:(?:else|around here|near(?:by| me| us)|locally|in (?:the )?\w+(?: county| area)?) )?(?:can|could|do|does|should|will|would|helps?|handles?|runs?|offers?|provides?|to)\b|\b(?:is there|are there) (?:anyone|anybody|someone|somebody|a place|an? (?:agency|office|program))\b|\bhow (?:do|can|would) (?:i|we|you|they|he|she) (?:get|reach|sign|find)\b/i;

export function wantsContact(question: string): boolean {
  return CONTACT_INTENT.test(question);
}

export function hasContact(c: Contact | undefined): c is Contact {
  return !!c && !!(c.phones?.length || c.hours || c.address || c.email);
}

/** One line: "Harbor County VR (run by State DVR): call 555-0100; open Mon-Fri 8-5; 12 Main St." */
export function formatContact(c: Contact, title: string): string {
  const parts: string[] = [];
  if (c.phones?.length) parts.push(`call ${c.phones.slice(0, 2).join(' or ')}`);
  if (c.hours) parts.push(`hours: ${c.hours}`);
  if (c.address) parts.push(`address: ${c.address}`);
  if (c.email) parts.push(`email ${c.email}`);
  if (c.url && parts.length < 3) parts.push(c.url);
  const who = c.organization && c.organization !== title ? `${title} (run by ${c.organization})` : title;
  return `To reach **${who}**: ${parts.join('; ')}.`;
}

export function toCitation(hit: Hit, n: number): Citation {
  const c = hit.chunk;
  const cite: Citation = { n, source: c.source, title: c.title, score: hit.score };
  if (c.url ?? c.contact?.url) cite.url = c.url ?? c.contact?.url;
  if (c.contact) {
    cite.contact = {
      organization: c.contact.organization,
      phones: c.contact.phones,
      hours: c.contact.hours,
      address: c.contact.address,
      email: c.contact.email,
      url: c.contact.url,
    };
  }
  return cite;
}
