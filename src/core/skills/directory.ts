// A directory answer in words and contact cards: the services that meet every condition the
// question states, each saying which; or, when none does, which condition rules them out and the
// nearest services that meet the rest (never presented as fitting: the answer is a decline then).
import type { Answer } from '../knowledge/answer/types.js';
import type { Conditions } from '../knowledge/directory/conditions.js';
import type { DirectoryMatch, DirectoryResult } from '../knowledge/directory/find.js';
import type { ConditionName } from '../knowledge/directory/match.js';
import type { Citation, ServiceCard } from '../messages.js';

/** Cards shown at once; "show more" gives the next as many. */
export const CARDS_PER_PAGE = 3;

export interface DirectoryAnswer {
  answer: Answer;
  /** The first line(s) of the reply; the cards follow it. */
  intro: string;
  cards: ServiceCard[];
  /** Where the next page starts, when there are more fitting services than shown. */
  moreFrom?: number;
  /** How the question was read and judged (`liaison ask --explain` shows it). */
  reading?: { conditions: Conditions; fits: number; ofKind: number; blocking?: ConditionName };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "verified March 2026" from 2026-03-14. */
export function freshness(date: string | undefined): string | undefined {
  const m = /^(\d{4})-(\d{2})/.exec(date ?? '');
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `verified ${month} ${m[1]}` : undefined;
}

function card(m: DirectoryMatch, n: number): ServiceCard {
  const r = m.record;
  const c: ServiceCard = {
    n,
    title: r.name,
    source: m.hit.chunk.source,
    meets: m.matched.checks.filter((x) => x.verdict === 'meets').map((x) => x.note),
    misses: m.matched.checks.filter((x) => x.verdict === 'fails').map((x) => x.note),
  };
  const unstated = m.matched.checks.filter((x) => x.verdict === 'unknown').map((x) => x.note);
  if (unstated.length) c.unstated = unstated;
  const loc = r.locations.find((l) => l.address);
  const ages = r.minAge !== undefined && r.maxAge !== undefined ? `ages ${r.minAge} to ${r.maxAge}` : r.minAge !== undefined ? `ages ${r.minAge} and up` : r.maxAge !== undefined ? `ages up to ${r.maxAge}` : undefined;
  const eligible = [ages, r.eligibility].filter(Boolean).join('; ');
  const set = <K extends keyof ServiceCard>(k: K, v: ServiceCard[K] | undefined) => {
    if (v !== undefined && v !== '') c[k] = v;
  };
  set('organization', r.organization && r.organization !== r.name ? r.organization : undefined);
  set('phone', r.phones[0]);
  set('address', m.hit.chunk.contact?.address ?? loc?.address);
  set('hours', r.hours);
  set('eligible', eligible ? clip(eligible, 160) : undefined);
  set('cost', r.fees ? clip(r.fees, 120) : undefined);
  set('languages', r.languages.join(', '));
  set('verified', freshness(r.verified));
  // A service in the town itself is not "0 miles away".
  set('distance', m.matched.distance !== undefined && m.matched.distance >= 1 ? `${Math.round(m.matched.distance)} ${Math.round(m.matched.distance) === 1 ? 'mile' : 'miles'} away` : undefined);
  set('url', m.hit.chunk.contact?.url ?? m.hit.chunk.url);
  return c;
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/** The card as Markdown lines, for the answer text (console, CLI, and what is measured). */
export function cardMarkdown(c: ServiceCard): string {
  const who = c.organization ? ` (${c.organization})` : '';
  const lines = [`**${c.title}**${who} [${c.n}]`];
  const detail = [c.phone && `call ${c.phone}`, c.address, c.distance].filter(Boolean).join(' · ');
  if (detail) lines.push(detail);
  if (c.hours) lines.push(`Hours: ${c.hours}`);
  if (c.eligible) lines.push(`Who: ${c.eligible}`);
  if (c.cost) lines.push(`Cost: ${c.cost}`);
  if (c.languages) lines.push(`Languages: ${c.languages}`);
  const fit = [c.meets.length ? `✓ ${c.meets.join(', ')}` : '', c.misses.length ? `✗ ${c.misses.join(', ')}` : '', c.unstated?.length ? `? ${c.unstated.join(', ')}` : ''].filter(Boolean).join(' · ');
  if (fit) lines.push(fit);
  if (c.verified) lines.push(`_${c.verified}_`);
  return lines.join('\n');
}

/** What the question asked, in words: "in Pine Ridge, for age 17, in Spanish, free". */
export function askedWords(c: Conditions): string[] {
  const out: string[] = [];
  if (c.place) out.push(`${c.place.near ? 'near' : 'in'} ${c.place.place.name}`);
  if (c.age) out.push(c.age.min === c.age.max ? `for age ${c.age.min}` : `for ages ${c.age.min} to ${c.age.max}`);
  if (c.language) out.push(`in ${c.language.name}`);
  if (c.cost) out.push(c.cost.cost === 'free' ? 'free' : c.cost.cost === 'sliding' ? 'on a sliding scale' : 'taking Medicaid');
  if (c.when) out.push(WHEN_WORDS[c.when.when]);
  return out;
}

const WHEN_WORDS = { 'after-school': 'open after school', evening: 'open evenings', saturday: 'open Saturdays', sunday: 'open Sundays', weekend: 'open weekends', 'open-now': 'open now' } as const;

/** "none in Pine Ridge", "none for age 17": the condition that rules them out. */
function noneWords(c: Conditions, blocking: ConditionName | undefined): string {
  const asked = askedWords(c);
  const index: ConditionName[] = (['place', 'age', 'language', 'cost', 'when'] as const).filter((k) => c[k]);
  const i = blocking ? index.indexOf(blocking) : -1;
  return i >= 0 ? `none ${asked[i]}` : `none that is ${asked.join(', ')}`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, one: string, many = `${one}s`) => `${n === 1 ? 'one' : n === 2 ? 'two' : n} ${n === 1 ? one : many}`;

/** The alternatives, grouped by where they are when the place rules the others out: "two in Oakdale, 12 miles away". */
function nearestWords(alts: DirectoryMatch[]): string {
  const first = alts[0];
  if (!first) return '';
  if (first.matched.distance !== undefined && first.matched.distance >= 1) {
    const town = first.record.locations.find((l) => l.city)?.city;
    const same = alts.filter((a) => a.record.locations.some((l) => l.city === town)).length;
    return `${plural(same, 'service')}${town ? ` in ${town}` : ''}, ${Math.round(first.matched.distance)} miles away`;
  }
  if (alts.every((a) => a.matched.wide)) return `${alts.length === 1 ? 'this one serves' : 'these serve'} ${first.record.areas.join('; ')}`;
  return `the closest ${alts.length === 1 ? 'match meets' : 'matches meet'} everything else`;
}

/** The kind asked, quoted as the person wrote it when it is a name ("travel training"); a request told as a story is not repeated back. */
function kindWords(c: Conditions): string {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (c.kind && words(c.kind) <= KIND_WORDS) return `“${c.kind}”`;
  if (c.rest && !c.circumstance && words(c.rest) <= KIND_WORDS) return `“${c.rest}”`;
  return '';
}

const KIND_WORDS = 5;

export function directoryAnswer(result: DirectoryResult, offset = 0, perPage = CARDS_PER_PAGE): DirectoryAnswer {
  const c = result.conditions;
  const reading = { conditions: c, fits: result.fits.length, ofKind: result.ofKind, ...(result.blocking ? { blocking: result.blocking } : {}) };
  const kind = kindWords(c);
  const asked = askedWords(c).join(', ');
  const unread =
    (result.unreadable > 0 ? ` ${capital(plural(result.unreadable, 'other service'))} of this kind ${result.unreadable === 1 ? 'has' : 'have'} a service area I could not read, so ${result.unreadable === 1 ? 'it is' : 'they are'} not listed.` : '') +
    (result.notRunning > 0 ? ` ${capital(plural(result.notRunning, 'other service'))} of this kind ${result.notRunning === 1 ? 'is' : 'are'} marked as not running (inactive or closed), so not listed.` : '');
  if (result.fits.length > 0) {
    const page = result.fits.slice(offset, offset + perPage);
    const cards = page.map((m, i) => card(m, i + 1));
    const shown = offset > 0 ? ` (${offset + 1} to ${offset + page.length})` : '';
    // A time told only in the story lets through services that list no hours: the intro says so
    // instead of saying they fit it.
    const hoursUnsaid = c.when ? result.fits.filter((m) => m.matched.checks.some((x) => x.condition === 'when' && x.verdict === 'unknown')).length : 0;
    const fitWords = hoursUnsaid > 0 ? askedWords({ ...c, when: undefined }).join(', ') : asked;
    const found = result.kindUnsure
      ? `${result.fits.length === 1 ? 'One directory entry came up' : `${result.fits.length} directory entries came up`} for your question that ${result.fits.length === 1 ? 'meets' : 'meet'} what you asked (${asked})${shown}; the directory's words do not say for sure they offer what you need, so check each one.`
      : `${result.fits.length === 1 ? 'One directory entry fits' : `${result.fits.length} directory entries fit`} ${kind || 'what you asked for'} ${fitWords}${shown}.${offset === 0 ? unread : ''}`;
    const intro = hoursUnsaid > 0 && c.when && offset === 0
      ? `${found} ${capital(plural(hoursUnsaid, 'entry', 'entries'))} ${hoursUnsaid === 1 ? 'does' : 'do'} not list hours, so check ${hoursUnsaid === 1 ? 'it is' : 'they are'} ${WHEN_WORDS[c.when.when]}.`
      : found;
    const more = offset + perPage < result.fits.length ? offset + perPage : undefined;
    return { answer: answerOf(intro, cards, page, true), intro, cards, reading, ...(more !== undefined ? { moreFrom: more } : {}) };
  }
  const alts = result.alternatives.slice(0, perPage);
  const cards = alts.map((m, i) => card(m, i + 1));
  const none = noneWords(c, result.blocking);
  const what = result.kindUnsure ? 'entry that came up for your question' : kind || 'service';
  const intro = alts.length
    ? `No ${what} in the directory fits everything you asked: ${none}; ${nearestWords(alts)}. ${markWords(cards)}${unread}`
    : `No ${what} in the directory fits what you asked (${asked}): ${none}.${unread}`;
  return { answer: answerOf(intro, cards, alts, false), intro, cards, reading };
}

/** What the marks on the nearest services' cards mean: ✗ rules it out, ? the entry does not say (worth a call to ask). */
function markWords(cards: ServiceCard[]): string {
  const fails = cards.some((c) => c.misses.length > 0);
  const unstated = cards.some((c) => c.unstated?.length);
  if (fails && unstated) return 'They do not meet what is marked ✗; what is marked ? their entry does not say, so call to ask.';
  if (unstated) return 'Their entries do not say what is marked ?, so call to ask.';
  return 'They do not meet what is marked ✗.';
}

function answerOf(intro: string, cards: ServiceCard[], matches: DirectoryMatch[], grounded: boolean): Answer {
  const citations: Citation[] = matches.map((m, i) => {
    const chunk = m.hit.chunk;
    const cite: Citation = { n: i + 1, source: chunk.source, title: chunk.title, score: m.hit.score };
    if (chunk.url) cite.url = chunk.url;
    if (chunk.contact) cite.contact = { ...chunk.contact };
    return cite;
  });
  const text = [intro, ...cards.map(cardMarkdown)].join('\n\n');
  // When nothing fits, the nearest are listed for the person to judge, never as the answer.
  return grounded ? { text, citations, grounded, mode: 'extractive' } : { text, citations: [], grounded, mode: 'extractive', closest: citations };
}
