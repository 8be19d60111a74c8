// Dev-only: the kind score's parts for each candidate service of a directory question (a copy of
// find.ts kindScores with every part kept), for bench/dev/kind-fit.ts.
import { namesSubject, passageKeys, questionTerms, type Term } from '../../src/core/knowledge/answer/terms.js';
import type { Conditions } from '../../src/core/knowledge/directory/conditions.js';
import type { KnowledgeView } from '../../src/core/knowledge/live.js';
import type { Chunk, Hit } from '../../src/core/knowledge/types.js';

export interface Features {
  hit: Hit;
  /** bm25 of the kind (request + story), of the request alone. */
  bmKind: number;
  bmRest: number;
  /** Coverage of the weighed request+story words (find.ts "first"), of the request's words alone, of the story's alone. */
  first: number;
  /** "first" before any contrast re-weighing: what the floor on the request's own words is read on. */
  floor: number;
  request: number;
  story: number;
  /** Coverage of the names' words (find.ts "second"). */
  names: number;
  /** How much of the request+story words the service's name says. */
  title: number;
  titleRequest: number;
}

const FIELD_LINE = /^(?:Status|Alert|Who can get it|Ages|Service area|Hours|Phone|Address|Contact|Email|Website|Fees|How to apply|Documents to bring|Languages|Last reviewed): .*$/gm;
const keysOf = new WeakMap<Chunk, Set<string>>();
export function aboutKeys(chunk: Chunk): Set<string> {
  let keys = keysOf.get(chunk);
  if (!keys) keysOf.set(chunk, (keys = passageKeys(`${chunk.title}\n${chunk.text.replace(FIELD_LINE, '')}`)));
  return keys;
}
export function titleKeys(chunk: Chunk): Set<string> {
  return new Set([...passageKeys(chunk.title)].filter((k) => !k.startsWith('fact:')));
}
export function kindCoverage(weighed: { term: Term; w: number }[], keys: Set<string>): number {
  const total = weighed.reduce((s, x) => s + x.w, 0);
  const hit = weighed.reduce((s, { term: t, w }) => s + (keys.has(t.key) ? w : t.alt.some((c) => keys.has(c)) || t.within?.some((c) => keys.has(c)) ? w / 2 : 0), 0);
  return total > 0 ? hit / total : 0;
}

export interface FeatureOptions {
  storyWeight?: number;
  namesShare?: number;
  namesBy?: 'says' | 'first' | 'both' | 'flat';
  idf?: (n: number, df: number) => number;
  /** Neighbourhood contrast: the candidates covering at least `share` of the best's first coverage are the neighbours; each word's weight is multiplied by (log(1 + m/df_near) / log 2)^power. */
  contrast?: { share: number; power: number; min?: number };
  /** Where a word is met: in the service's head (its name and the first sentence of its description) it counts whole; met only later, this much (1: anywhere alike, today). */
  later?: number;
  /** What the head is: the name and the first sentence ('sentence'), up to the first colon or sentence end ('clause'), or the name alone ('name'). */
  head?: 'sentence' | 'clause' | 'name';
  /** The second request is made of the best services' heads (name and first sentence), not their names alone. */
  namesFromHead?: boolean;
  /** A thesaurus concept (c:transportation) counts this much of its weight: it names a topic neighbouring kinds share. */
  conceptWeight?: number;
  /** The names' words are weighed by where they are met too. */
  laterNames?: boolean;
  /** Each best name feeds its share spread over its own words by rarity (a long name feeds no more than a short one), not its share to every word. */
  namesNorm?: boolean;
}

/** The service's head: its name and the opening of its own description (the "Provided by:" line and the field lines left out). */
export function headText(chunk: Chunk, how: 'sentence' | 'clause' | 'name' = 'sentence'): string {
  if (how === 'name') return chunk.title;
  const desc = chunk.text.replace(FIELD_LINE, '').replace(/^Provided by: .*$/m, '').trim();
  const first = desc.split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)[0] ?? '';
  const cut = how === 'clause' ? first.split(/:\s/)[0]! : first;
  return `${chunk.title}\n${cut}`;
}
const headKeysOf = new Map<string, WeakMap<Chunk, Set<string>>>();
export function headKeys(chunk: Chunk, how: 'sentence' | 'clause' | 'name' = 'sentence'): Set<string> {
  let m = headKeysOf.get(how);
  if (!m) headKeysOf.set(how, (m = new WeakMap()));
  let keys = m.get(chunk);
  if (!keys) m.set(chunk, (keys = passageKeys(headText(chunk, how))));
  return keys;
}
/** Coverage with each word weighed by where the service says it: its head whole, later `later`. */
export function placedCoverage(weighed: { term: Term; w: number }[], head: Set<string>, keys: Set<string>, later: number): number {
  const total = weighed.reduce((s, x) => s + x.w, 0);
  const said = (k: Set<string>, t: Term) => (k.has(t.key) ? 1 : t.alt.some((c) => k.has(c)) || t.within?.some((c) => k.has(c)) ? 0.5 : 0);
  const hit = weighed.reduce((s, { term: t, w }) => s + w * Math.max(said(head, t), later * said(keys, t)), 0);
  return total > 0 ? hit / total : 0;
}

export async function kindFeatures(view: KnowledgeView, conditions: Conditions, o: FeatureOptions = {}): Promise<Features[]> {
  const idf = o.idf ?? ((n: number, df: number) => Math.log(1 + n / df));
  const hits = (await view.search(conditions.kind, 300, { mode: 'bm25' })).filter((h) => h.chunk.service);
  const restHits = conditions.rest ? await view.search(conditions.rest, 300, { mode: 'bm25' }) : [];
  const restScore = new Map(restHits.map((h) => [h.chunk.id, h.score]));
  const asked = questionTerms(conditions.rest);
  const story = questionTerms(conditions.story)
    .filter((t) => !asked.some((a) => a.key === t.key))
    .map((t) => ({ ...t, weight: t.weight * (o.storyWeight ?? 0.35) }));
  const terms = [...asked, ...story].filter(namesSubject).filter((t) => t.kind !== 'number');
  if (hits.length === 0 || terms.length === 0) return [];
  const keys = hits.map((h) => aboutKeys(h.chunk));
  const weighed = terms
    .map((term) => ({ term, df: keys.filter((k) => k.has(term.key) || term.alt.some((c) => k.has(c))).length }))
    .filter((x) => x.df > 0)
    .map(({ term, df }) => ({ term, w: term.weight * (term.kind === 'concept' ? (o.conceptWeight ?? 1) : 1) * idf(hits.length, df) }));
  const said = (list: Term[]) => list.reduce((s, t) => s + t.weight, 0);
  const known = new Set(weighed.map((x) => x.term.key));
  const request = terms.filter((t) => asked.includes(t));
  if (said(request) > 0 && said(request.filter((t) => known.has(t.key))) / said(request) < 0.5) return [];
  const reqW = weighed.filter((x) => asked.includes(x.term));
  const storyW = weighed.filter((x) => !asked.includes(x.term));
  let first = hits.map((_, i) => kindCoverage(weighed, keys[i]!));
  const floor = first;
  const later = o.later ?? 1;
  const heads = hits.map((h) => headKeys(h.chunk, o.head));
  if (later < 1) first = hits.map((_, i) => placedCoverage(weighed, heads[i]!, keys[i]!, later));
  if (o.contrast) {
    const b0 = Math.max(...first);
    const near = keys.filter((_, i) => first[i]! >= b0 * o.contrast!.share && first[i]! > 0);
    const m = near.length;
    if (m >= (o.contrast.min ?? 3)) {
      const has = (k: Set<string>, t: Term) => k.has(t.key) || t.alt.some((c) => k.has(c));
      for (const x of weighed) {
        const dfl = near.filter((k) => has(k, x.term)).length;
        x.w *= Math.pow(dfl > 0 ? Math.log(1 + m / dfl) / Math.LN2 : 1, o.contrast.power);
      }
      first = hits.map((_, i) => kindCoverage(weighed, keys[i]!));
    }
  }
  const best = Math.max(...first);
  const top = hits.filter((_, i) => first[i]! >= best * (o.namesShare ?? 0.6));
  const topFirst = hits.map((_, i) => first[i]!).filter((f) => f >= best * (o.namesShare ?? 0.6));
  const by = o.namesBy ?? 'says';
  const nameSays = top.map((h, j) => {
    const says = kindCoverage(weighed, titleKeys(h.chunk));
    return by === 'says' ? says : by === 'first' ? topFirst[j]! : by === 'flat' ? 0 : topFirst[j]! * (0.5 + says);
  });
  const saidTotal = nameSays.reduce((a, b) => a + b, 0);
  const named = new Map<string, number>();
  const rarity = (k: string) => {
    const df = keys.filter((ks) => ks.has(k)).length;
    return df > 0 ? idf(hits.length, df) : 0;
  };
  top.forEach((h, j) => {
    const share = saidTotal > 0 ? nameSays[j]! / saidTotal : 1 / top.length;
    const words = o.namesFromHead ? [...headKeys(h.chunk, o.head)].filter((x) => !x.startsWith('fact:')) : [...titleKeys(h.chunk)];
    const mass = o.namesNorm ? words.reduce((s, k) => s + rarity(k), 0) : 0;
    for (const k of words) named.set(k, (named.get(k) ?? 0) + (o.namesNorm ? (mass > 0 ? (share * rarity(k)) / mass : 0) : share));
  });
  const fed = [...named].map(([k, share]) => ({ k, w: o.namesNorm ? share : share * rarity(k) }));
  const fedTotal = fed.reduce((s, x) => s + x.w, 0);
  return hits.map((hit, i) => ({
    hit,
    bmKind: hit.score,
    bmRest: restScore.get(hit.chunk.id) ?? 0,
    first: first[i]!,
    floor: floor[i]!,
    request: kindCoverage(reqW, keys[i]!),
    story: kindCoverage(storyW, keys[i]!),
    names: fedTotal > 0 ? fed.reduce((s, x) => s + (heads[i]!.has(x.k) ? x.w : keys[i]!.has(x.k) ? (o.laterNames ? later : 1) * x.w : 0), 0) / fedTotal : first[i]!,
    title: kindCoverage(weighed, titleKeys(hit.chunk)),
    titleRequest: kindCoverage(reqW, titleKeys(hit.chunk)),
  }));
}
