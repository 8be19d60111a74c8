// Newer first when the question asks what holds now. "dial a ride is a dollar w/ the reduced fare id,
// is that still right?" finds the 2024 rider guide a little ahead of the 2026 fares page; "what is the
// 2026 trial work period month amount?" finds the 2025 benefits guide a hair ahead of the 2026 figures.
// Both sources answer alike; the question wants the current one. When the question names a year later
// than the best source's own date, or asks what holds now ("still", "now", "currently", "did it
// change"), the newest dated source among the best few that scores within NEWER_REACH of the best goes
// first. Dates are each document's own (stated-date.ts); a directory entry or an undated source never
// moves and never is moved past.
// Development folders, search alone, replayed by bench/dev/newer-fit.ts: right source first 366 -> 373
// of 422 (kestrel 47 -> 51, vr-manual 49 -> 52, no folder lower); with the reach chosen leave-one-
// folder-out, 366 -> 371. Through ask (npm run bench -- --quality): 365 -> 372, MRR 0.92 -> 0.93 (kestrel
// 45 -> 49, vr-manual 51 -> 54, no folder lower, needed facts unchanged at 339). A part of a two-part
// question is searched without it (passages.ts): "fall 2026 ... what does he have to file first" then
// found the 2026 rates news before the chapter that says FAFSA, and lost that fact.
// Moving the newer source first whatever the question asks lost as many as it gained (366 -> 367 at
// best, district-handbook and vr-manual lower), and so did reading "new" as asking what holds now
// ("new to RE-1 - does the district start ...").
import { yearsNamed } from './answer/year.js';
import { compareDates, headOf, statedDate, type StatedDate } from './stated-date.js';
import type { Chunk, Hit } from './types.js';

/** How close to the best source's score a newer source must be; fitted leave-one-folder-out (0.6 in seven folds of eight, 0.8 with kestrel held out). */
export const NEWER_REACH = 0.6;
/** How many of the best sources are looked at. */
export const NEWER_WINDOW = 3;

/** Words asking what holds now, not what held when a document was written. */
const NOW = /\b(?:still|now|currently|current|anymore|any more|these days|latest|changed?|this year)\b/i;

/** Does the question ask what holds now, next to a best source of `top`'s date? */
export function asksCurrent(question: string, top: StatedDate): boolean {
  if (NOW.test(question)) return true;
  return yearsNamed(question).some((y) => Number(y.slice(0, 4)) > top.year);
}

const dates = new WeakMap<readonly Chunk[], StatedDate | null>();

/** A source's own date, read once per loaded index from its name, title and first chunks. */
export function sourceDate(source: string, chunksOf: (source: string) => readonly Chunk[]): StatedDate | undefined {
  const chunks = chunksOf(source);
  if (chunks.length === 0 || chunks[0]!.serviceId) return undefined;
  let d = dates.get(chunks);
  if (d === undefined) {
    d = statedDate(source, chunks[0]!.title, headOf(chunks)) ?? null;
    dates.set(chunks, d);
  }
  return d ?? undefined;
}

/** The hits with the newest dated source within reach of the best put first, when the question asks what holds now. */
export function preferNewer(question: string, hits: Hit[], chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const top = hits[0];
  if (!top || top.chunk.serviceId) return hits;
  const topDate = sourceDate(top.chunk.source, chunksOf);
  if (!topDate || !asksCurrent(question, topDate)) return hits;
  const seen = new Set<string>([top.chunk.source]);
  let pick: { at: number; date: StatedDate } | undefined;
  for (const [i, h] of hits.entries()) {
    if (seen.has(h.chunk.source)) continue;
    seen.add(h.chunk.source);
    if (seen.size > NEWER_WINDOW) break;
    if (h.chunk.serviceId || h.score < top.score * NEWER_REACH) continue;
    const d = sourceDate(h.chunk.source, chunksOf);
    if (d && compareDates(d, pick?.date ?? topDate) > 0) pick = { at: i, date: d };
  }
  if (!pick) return hits;
  return [{ ...hits[pick.at]!, score: top.score }, ...hits.slice(0, pick.at), ...hits.slice(pick.at + 1)];
}
