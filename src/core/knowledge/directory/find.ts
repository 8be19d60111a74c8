// A directory question answered from the services' fields: the kind of service through the text
// search, then every condition the question states checked on each service of that kind. Returns
// the services that meet all of them, best first; when none does, which condition rules them out
// and the nearest services that meet the rest.
import type { Clock } from '../../clock.js';
import type { KnowledgeView } from '../live.js';
import { namesSubject, passageKeys, questionTerms, type Term } from '../answer/terms.js';
import type { Chunk, Hit, ServiceRecord } from '../types.js';
import { hasConditions, readConditions, type Conditions } from './conditions.js';
import { matchService, meetsAll, type ConditionName, type Matched } from './match.js';
import { placeBook, type DistrictPlace, type PlaceBook } from './places.js';

export interface DirectoryMatch {
  hit: Hit;
  record: ServiceRecord;
  matched: Matched;
}

export interface DirectoryResult {
  question: string;
  conditions: Conditions;
  /** Services of the kind asked that meet every condition, best first. */
  fits: DirectoryMatch[];
  /** When none fits: the condition that rules them out, and the services that meet all the others. */
  blocking?: ConditionName;
  alternatives: DirectoryMatch[];
  /** Services of the kind whose service area could not be read (never offered as fitting). */
  unreadable: number;
  /** Services of the kind whose entry says they are not running ("inactive", "defunct"): never offered. */
  notRunning: number;
  /** How many services of the kind were looked at. */
  ofKind: number;
  /** The services are the ones the text search found, not a kind the directory's words name: what they offer is for the person to judge. */
  kindUnsure?: boolean;
}

export interface DirectoryOptions {
  places?: readonly DistrictPlace[];
  clock?: Clock;
  timeZone?: string;
}

/** How many services of a kind are read for one question; a kind rarely has more in one directory's best matches. */
const KIND_K = 300;
/**
 * A service is of the kind asked when its score is at least this share of the best service's; the
 * score mixes its kind score and, at this weight, its keyword search score, each relative to the best
 * (the weight fitted on birch-211 and dogwood-211, each choosing a pair that improved the other; the
 * share refitted leave-one-set-out over birch-211, dogwood-211 and hazel-211 with the generated
 * directory, a false decline counted twice: each held-out set's fit chose 0.6)...
 */
const KIND_SHARE = 0.6;
const SEARCH_WEIGHT = 0.4;
/** ...and the best service covers at least this much of the request's own words. */
const KIND_FLOOR = 0.45;
/** The share of the request's words that some candidate service must say. */
const KNOWN_SHARE = 0.5;
/** A word of the story around the request counts this much of a word of the request. */
const STORY_WEIGHT = 0.35;
/** The names of the services covering this share of what the best covers say what the kind is called... */
const NAMES_SHARE = 0.6;
/** ...and a service's share of those names' words counts this much of its kind score (chosen on birch-211 and the generated directory together). */
const NAMES_WEIGHT = 0.6;
/**
 * What a service is comes first in its own entry: its name and the first sentence of its description
 * (its head). A word of the request it says only later ("staff teach cooking, budgeting ... and using
 * the bus" in a supported-living entry) counts this much, so a neighbouring kind that shares words
 * with the request does not pass for the kind asked (chosen leave-one-set-out over birch-211,
 * dogwood-211, hazel-211 and ivy-211 with the generated directory: bench/dev/kind-head.ts).
 */
const LATER_WEIGHT = 0.2;

/** The most words of one alternative of a request that names its kind in alternatives ("paratransit or specialized transportation"). */
const ALTERNATIVE_WORDS = 5;

const books = new WeakMap<readonly Chunk[], { district: readonly DistrictPlace[] | undefined; book: PlaceBook | undefined }>();

/** The places of one loaded index (and the district's file), built once per index; undefined when it holds no services. */
function bookOf(view: KnowledgeView, district: readonly DistrictPlace[] | undefined): PlaceBook | undefined {
  const cached = books.get(view.chunks);
  if (cached && cached.district === district) return cached.book;
  const records = view.chunks.flatMap((c) => (c.service ? [c.service] : []));
  const book = records.length > 0 ? placeBook(records, district) : undefined;
  books.set(view.chunks, { district, book });
  return book;
}

/**
 * The directory's answer to `question`, or undefined when it is not a directory question (it asks
 * to find a service and states a condition a directory can check) or no service is of its kind.
 */
export async function findServices(view: KnowledgeView, question: string, opts: DirectoryOptions = {}): Promise<DirectoryResult | undefined> {
  const book = bookOf(view, opts.places);
  if (!book) return undefined;
  const conditions = readConditions(question, book);
  if (!conditions.finding || !hasConditions(conditions) || !conditions.kind) return undefined;
  const kindOf = await servicesOfKind(view, conditions);
  if (kindOf.length === 0) return undefined;
  return resultOf(question, conditions, kindOf, book, opts);
}

/**
 * The directory's answer over the services another search found, best first (the usual answer's
 * sources), for a request for a service whose kind the directory's words do not name ("who could
 * show her how to schedule a ride"): its conditions are checked on them as on any directory answer,
 * so a service whose area or ages exclude the student is never offered. Undefined when the question
 * is not a directory question or none of them is a service.
 */
export function servicesAmong(view: KnowledgeView, question: string, hits: readonly Hit[], opts: DirectoryOptions = {}): DirectoryResult | undefined {
  const book = bookOf(view, opts.places);
  if (!book) return undefined;
  const conditions = readConditions(question, book);
  if (!conditions.finding || !hasConditions(conditions)) return undefined;
  const services = hits.filter((h) => h.chunk.service);
  if (services.length === 0) return undefined;
  return { ...resultOf(question, conditions, services.map((hit, i) => ({ hit, score: 1 - i / services.length })), book, opts), kindUnsure: true };
}

function resultOf(question: string, conditions: Conditions, kindOf: { hit: Hit; score: number }[], book: PlaceBook, opts: DirectoryOptions): DirectoryResult {
  const ofKind = kindOf.map((k) => k.hit);
  const kindScore = new Map(kindOf.map((k) => [k.hit, k.score]));
  const ctx = { book, ...(opts.clock ? { now: weekTime(opts.clock.now(), opts.timeZone ?? 'UTC') } : {}) };
  // A service the directory marks inactive or defunct fits nobody, whatever else it meets.
  const running = ofKind.filter((hit) => !hit.chunk.service!.status);
  const all = running.map((hit) => ({ hit, record: hit.chunk.service!, matched: matchService(hit.chunk.service!, conditions, ctx) }));
  const near = conditions.place?.near ?? false;
  // Near a place, every fit is within reach: those whose area says so before those near by distance
  // alone with an area that could not be read, then the surest of the kind first, the nearer of two alike.
  const unread = (m: DirectoryMatch) => Number(m.matched.unread ?? false);
  const order = (a: DirectoryMatch, b: DirectoryMatch) =>
    near
      ? unread(a) - unread(b) || kindScore.get(b.hit)! - kindScore.get(a.hit)! || (a.matched.distance ?? Infinity) - (b.matched.distance ?? Infinity)
      : b.hit.score - a.hit.score;
  // A time told in the story ("she needs a break on weekends") rules out a service whose hours say
  // otherwise, not one whose entry lists none: that one is offered, its card saying the hours are not listed.
  const told = conditions.when?.told ?? false;
  const fitting = (m: DirectoryMatch) => meetsAll(m.matched) || (told && m.matched.checks.every((c) => c.verdict === 'meets' || (c.condition === 'when' && c.verdict === 'unknown')));
  const fits = all.filter(fitting).sort(order);
  const unreadable = all.filter((m) => m.matched.checks.some((c) => c.condition === 'place' && c.verdict === 'unknown')).length;
  const result: DirectoryResult = { question, conditions, fits, alternatives: [], unreadable, notRunning: ofKind.length - running.length, ofKind: all.length };
  if (fits.length > 0) return result;

  // None fits: the condition that alone rules out the most services that meet every other one.
  const names = [...new Set(all.flatMap((m) => m.matched.checks.map((c) => c.condition)))];
  const onlyFailing = (name: ConditionName) => all.filter((m) => m.matched.checks.every((c) => c.condition === name || c.verdict === 'meets') && m.matched.checks.some((c) => c.condition === name && c.verdict !== 'meets'));
  const ranked = names.map((name) => ({ name, rest: onlyFailing(name) })).sort((a, b) => b.rest.length - a.rest.length);
  const failedBy = (name: ConditionName) => all.filter((m) => m.matched.checks.some((c) => c.condition === name && c.verdict !== 'meets')).length;
  const top = ranked[0];
  if (top && top.rest.length > 0) {
    result.blocking = top.name;
    // The nearest first when the place rules them out; whole-county services next, then the best match.
    const byPlace = (a: DirectoryMatch, b: DirectoryMatch) =>
      (a.matched.distance ?? Infinity) - (b.matched.distance ?? Infinity) || Number(b.matched.wide) - Number(a.matched.wide) || b.hit.score - a.hit.score;
    result.alternatives = top.rest.sort(top.name === 'place' ? byPlace : order);
  } else {
    result.blocking = names.sort((a, b) => failedBy(b) - failedBy(a))[0];
  }
  return result;
}

/**
 * The services whose text is about the kind of service asked. The words left once the conditions
 * are read (a story around the request included) are weighed by how rare they are among the
 * candidates, and a word no candidate says ("terrified", "grandma's") counts for nothing: a service
 * is of the kind when it covers nearly as much of that weight as the best one does.
 */
async function servicesOfKind(view: KnowledgeView, conditions: Conditions): Promise<{ hit: Hit; score: number }[]> {
  // "Paratransit or specialized transportation", "drivers ed or a driving eval": a request that names
  // its kind in alternatives asks for a service of any of them, so each alternative is a kind of its
  // own and the services of each are taken together (a service of two, at its better score).
  // Only a request that is a list of names of a kind is read so ("a number they can call any time day
  // or night" is one request).
  const alternatives = conditions.rest.split(/\s+or\s+/i).map((x) => x.trim());
  if (alternatives.length > 1 && alternatives.every((x) => x.split(/\s+/).length <= ALTERNATIVE_WORDS && questionTerms(x).some(namesSubject))) {
    const each = await Promise.all(alternatives.map((alt) => ofKind(view, { ...conditions, kind: alt, rest: alt })));
    const best = new Map<Hit['chunk'], { hit: Hit; score: number }>();
    for (const s of each.flat()) if ((best.get(s.hit.chunk)?.score ?? -1) < s.score) best.set(s.hit.chunk, s);
    if (best.size > 0) return [...best.values()];
  }
  return ofKind(view, conditions);
}

async function ofKind(view: KnowledgeView, conditions: Conditions): Promise<{ hit: Hit; score: number }[]> {
  const scored = await kindScores(view, conditions);
  // The floor is on the request's own words: the names' words always cover their own service.
  if (Math.max(0, ...scored.map((s) => s.asked)) < KIND_FLOOR) return [];
  // Each service's kind score and keyword score, each as a share of the best candidate's.
  const best = Math.max(...scored.map((s) => s.cov));
  const bestHit = Math.max(...scored.map((s) => s.hit.score));
  const score = (s: { hit: Hit; cov: number }) => (1 - SEARCH_WEIGHT) * (best > 0 ? s.cov / best : 0) + SEARCH_WEIGHT * (bestHit > 0 ? s.hit.score / bestHit : 0);
  const top = Math.max(...scored.map(score));
  return scored.filter((s) => score(s) >= top * KIND_SHARE).map((s) => ({ hit: s.hit, score: score(s) / top }));
}

/** Each candidate service with how much of the kind's weighed words it covers (empty when the request is not a kind the directory has). */
export async function kindScores(view: KnowledgeView, conditions: Conditions, retold = false): Promise<{ hit: Hit; cov: number; asked: number }[]> {
  // Keywords alone: a kind is matched by its words (below), and a vector search this wide costs more than it ranks.
  const hits = (await view.search(conditions.kind, KIND_K, { mode: 'bm25' })).filter((h) => h.chunk.service);
  const asked = questionTerms(conditions.rest);
  const story = questionTerms(conditions.story)
    .filter((t) => !asked.some((a) => a.key === t.key))
    .map((t) => ({ ...t, weight: t.weight * STORY_WEIGHT }));
  const terms = [...asked, ...story].filter(namesSubject).filter((t) => t.kind !== 'number');
  if (hits.length === 0 || terms.length === 0) return [];
  const keys = hits.map((h) => aboutKeys(h.chunk));
  const weighed = terms
    .map((term) => ({ term, df: keys.filter((k) => k.has(term.key) || term.alt.some((c) => k.has(c))).length }))
    .filter((x) => x.df > 0)
    .map(({ term, df }) => ({ term, w: term.weight * Math.log(1 + hits.length / df) }));
  // Most of what is asked must be words the directory uses: "good lunch spots" or "recipes for a potluck" is not a kind of service it has.
  const weight = (list: Term[]) => list.reduce((s, t) => s + t.weight, 0);
  const known = new Set(weighed.map((x) => x.term.key));
  const request = terms.filter((t) => asked.includes(t));
  if (weight(request) > 0 && weight(request.filter((t) => known.has(t.key))) / weight(request) < KNOWN_SHARE) {
    // "...their medicaid lapsed. anyone who can help her reapply?": the asking sentence's words are none
    // the directory uses, so the story around it says what kind of help is meant.
    return !retold && conditions.story.trim() ? kindScores(view, { ...conditions, rest: conditions.story, story: conditions.rest }, true) : [];
  }
  // Whether the directory has the kind is read on every word an entry says; which entries are of it, on where they say them.
  const said = hits.map((_, i) => kindCoverage(weighed, keys[i]!));
  const first = hits.map((h, i) => kindCoverage(weighed, keys[i]!, headKeys(h.chunk)));
  // The names of the services that best fit the request say what the kind is called ("a break for
  // mom" finds "In-Home Respite"): those words, weighed by rarity, are a second request the others are read against.
  const best = Math.max(...first);
  const top = hits.filter((_, i) => first[i]! >= best * NAMES_SHARE);
  // A name that says the request's words is surer of the kind than one that covers them only in its
  // description: each name counts by how much of the request it says (alike when none says any).
  const nameSays = top.map((h) => kindCoverage(weighed, new Set(titleKeys(h.chunk))));
  const saidTotal = nameSays.reduce((a, b) => a + b, 0);
  const named = new Map<string, number>();
  top.forEach((h, j) => {
    const share = saidTotal > 0 ? nameSays[j]! / saidTotal : 1 / top.length;
    for (const k of titleKeys(h.chunk)) named.set(k, (named.get(k) ?? 0) + share);
  });
  const fed = [...named].map(([k, share]) => {
    const df = keys.filter((ks) => ks.has(k)).length;
    return { k, w: df > 0 ? share * Math.log(1 + hits.length / df) : 0 };
  });
  const fedTotal = fed.reduce((s, x) => s + x.w, 0);
  return hits.map((hit, i) => {
    const second = fedTotal > 0 ? fed.reduce((s, x) => s + (keys[i]!.has(x.k) ? x.w : 0), 0) / fedTotal : first[i]!;
    return { hit, cov: (1 - NAMES_WEIGHT) * first[i]! + NAMES_WEIGHT * second, asked: said[i]! };
  });
}

/** The words of a service's name (tokens and the concepts they name), worked out once per loaded chunk. */
const titleKeysOf = new WeakMap<Chunk, string[]>();
function titleKeys(chunk: Chunk): string[] {
  let keys = titleKeysOf.get(chunk);
  if (!keys) titleKeysOf.set(chunk, (keys = [...passageKeys(chunk.title)].filter((k) => !k.startsWith('fact:'))));
  return keys;
}

/** The entry's own words about what it does: its text without the field lines (areas, languages, fees...) every entry has. */
const FIELD_LINE = /^(?:Status|Alert|Who can get it|Ages|Service area|Hours|Phone|Address|Contact|Email|Website|Fees|How to apply|Documents to bring|Languages|Last reviewed): .*$/gm;

function about(text: string): string {
  return text.replace(FIELD_LINE, '');
}

/** A service's own words as coverage keys, worked out once per loaded chunk (directory questions read the same services again and again). */
const keysOf = new WeakMap<Chunk, Set<string>>();
function aboutKeys(chunk: Chunk): Set<string> {
  let keys = keysOf.get(chunk);
  if (!keys) keysOf.set(chunk, (keys = passageKeys(`${chunk.title}\n${about(chunk.text)}`)));
  return keys;
}

/** The first sentence of the entry's description: its text without the organization line and the field lines. */
function firstSentence(text: string): string {
  const description = about(text).replace(PROVIDED_BY, '').trim();
  return description.split(SENTENCE_END)[0] ?? '';
}
const PROVIDED_BY = /^Provided by: .*$/m;
const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z0-9"'(])/;

/** The keys of a service's head (its name and the first sentence of its description), once per loaded chunk. */
const headKeysOf = new WeakMap<Chunk, Set<string>>();
function headKeys(chunk: Chunk): Set<string> {
  let keys = headKeysOf.get(chunk);
  if (!keys) headKeysOf.set(chunk, (keys = passageKeys(`${chunk.title}\n${firstSentence(chunk.text)}`)));
  return keys;
}

/**
 * Weighted share of the kind's words the entry says; a word it holds only as a related concept counts
 * half. Given the entry's head, a word said only after it counts LATER_WEIGHT of that.
 */
function kindCoverage(weighed: { term: Term; w: number }[], keys: Set<string>, head?: Set<string>): number {
  const credit = (ks: Set<string>, t: Term) => (ks.has(t.key) ? 1 : t.alt.some((c) => ks.has(c)) || t.within?.some((c) => ks.has(c)) ? 0.5 : 0);
  const total = weighed.reduce((s, x) => s + x.w, 0);
  const hit = weighed.reduce((s, { term: t, w }) => s + w * (head ? Math.max(credit(head, t), LATER_WEIGHT * credit(keys, t)) : credit(keys, t)), 0);
  return total > 0 ? hit / total : 0;
}

/** Weekday (0 = Monday) and minute of the day at `at` in `timeZone`. */
function weekTime(at: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}
