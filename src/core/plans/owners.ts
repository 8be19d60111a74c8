// Who "Ms. Alvarez", "DVR" or "@Dana.Alvarez" in meeting notes refers to. A mention the channel read
// (platform and user id) finds its partner by that id; names, aliases, emails and agencies by text.
// Plan members win over the rest of the directory; several equally good matches come back as
// candidates, never a guess; no match keeps the name as written.
import type { Mention } from '../messages.js';
import { mentionFor, nameOfHandle } from '../notes/mentions.js';
import type { CommitmentOwner, Partner } from './types.js';

export type OwnerResolution =
  | { match: 'resolved'; written: string; partner: Partner }
  | { match: 'ambiguous'; written: string; candidates: Partner[] }
  | { match: 'unresolved'; written: string };

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|coach)\.?\s+/i;
const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[.,;:!?'"’]/g, '').replace(/\s+/g, ' ').trim();

function nameParts(p: Partner): { first: string; last: string } {
  const words = norm(p.name).split(' ');
  return { first: words[0] ?? '', last: words[words.length - 1] ?? '' };
}

/** "Division of Vocational Rehabilitation (DVR)" answers to "dvr" and to its full name. */
function agencyNames(agency: string): string[] {
  const names = [norm(agency)];
  for (const m of agency.matchAll(/\(([^)]+)\)/g)) names.push(norm(m[1]!));
  const bare = agency.replace(/\([^)]*\)/g, ' ');
  names.push(norm(bare));
  const initials = bare
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (initials.length >= 2) names.push(initials.toLowerCase());
  return names.filter(Boolean);
}

/** Whether a name given for an agency ("DVR", "division of vocational rehabilitation") is this directory agency. */
export function sameAgency(given: string, agency: string): boolean {
  const g = norm(given).replace(/^the /, '');
  return agencyNames(agency).includes(g);
}

/** Picks from one tier of matches: members first; exactly one wins, several are a choice. */
function decide(written: string, found: Partner[], members: Set<string>): OwnerResolution | null {
  const unique = [...new Map(found.map((p) => [p.id, p])).values()];
  if (!unique.length) return null;
  const onPlan = unique.filter((p) => members.has(p.id));
  const pool = onPlan.length ? onPlan : unique;
  if (pool.length === 1) return { match: 'resolved', written, partner: pool[0]! };
  return { match: 'ambiguous', written, candidates: pool };
}

/** The partner a platform user is, by the platform's own id. */
function byPlatformId(m: Mention): (p: Partner) => boolean {
  return (p) => (m.platform === 'slack' && p.slackUserId === m.userId) || (m.platform === 'teams' && p.teamsUserId === m.userId);
}

export function resolveOwner(written: string, partners: Partner[], memberIds: string[], mentions?: readonly Mention[]): OwnerResolution {
  const raw = written.trim();
  const members = new Set(memberIds);
  const mention = mentionFor(raw, mentions);
  if (mention?.userId && mention.platform) {
    const hit = decide(raw, partners.filter(byPlatformId(mention)), members);
    if (hit) return hit;
  }
  if (raw.startsWith('@')) {
    // A handle: the person it names ("@Dana.Alvarez", or the name the channel gave its mention), or an alias ("@priya.n").
    const byAlias = decide(raw, partners.filter((p) => p.aliases.some((a) => norm(a) === norm(raw.slice(1)) || norm(a) === norm(raw))), members);
    if (byAlias) return byAlias;
    const named = resolveOwner(mention?.name ?? nameOfHandle(raw), partners, memberIds);
    return named.match === 'unresolved' ? { match: 'unresolved', written: raw } : { ...named, written: raw };
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw)) {
    const email = raw.toLowerCase();
    return decide(raw, partners.filter((p) => p.email?.toLowerCase() === email), members) ?? { match: 'unresolved', written: raw };
  }
  const text = norm(raw.replace(/^@/, ''));
  if (!text) return { match: 'unresolved', written: raw };
  const tiers: ((p: Partner) => boolean)[] = [
    (p) => norm(p.name) === text || p.aliases.some((a) => norm(a) === text) || norm(p.id) === text,
  ];
  const titled = TITLES.test(text) ? text.replace(TITLES, '') : null;
  if (titled) tiers.push((p) => nameParts(p).last === titled || norm(p.name) === titled);
  else tiers.push((p) => nameParts(p).first === text || nameParts(p).last === text);
  for (const test of tiers) {
    const hit = decide(raw, partners.filter(test), members);
    if (hit) return hit;
  }
  // An agency stands for a person only when exactly one partner of it is on the plan.
  const agency = text.replace(/^the /, '');
  const ofAgency = partners.filter((p) => members.has(p.id) && p.agency && agencyNames(p.agency).includes(agency));
  if (ofAgency.length === 1) return { match: 'resolved', written: raw, partner: ofAgency[0]! };
  if (ofAgency.length > 1) return { match: 'ambiguous', written: raw, candidates: ofAgency };
  return { match: 'unresolved', written: raw };
}

export function toCommitmentOwner(r: OwnerResolution): CommitmentOwner {
  if (r.match === 'resolved') return { written: r.written, partnerId: r.partner.id, match: 'resolved' };
  if (r.match === 'ambiguous') return { written: r.written, match: 'ambiguous', candidates: r.candidates.map((p) => p.id) };
  return { written: r.written, match: 'unresolved' };
}

/** How an owner reads in a list: the partner's name, or the name as written with a flag. */
export function ownerLabel(o: CommitmentOwner, partners: Map<string, Partner>): string {
  if (o.match === 'resolved' && o.partnerId) return partners.get(o.partnerId)?.name ?? o.written;
  if (o.match === 'ambiguous') return `${o.written} (which one? ${(o.candidates ?? []).map((id) => partners.get(id)?.name ?? id).join(' / ')})`;
  return `${o.written} (not in the directory)`;
}
