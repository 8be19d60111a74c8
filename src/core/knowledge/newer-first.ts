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
// A document that says in its head which one it replaces ("2025-2026 School Year (replaces the 2024-2025
// guide)", "Replaces the 2025 sheet and the 2025 FAQ figures") goes before that one whatever the question
// asks, in the same window and reach. Ten dev folders through ask, leave-one-folder-out: right source
// first 458 -> 460 of 544 (lupine 37 -> 39, none lower), needed fact and declines unchanged. Reading
// the newer of two sources first whatever the question asks when it is 18 months newer or more gave one
// more in the search-alone replay (bench/dev/newer-fit.ts 'gap') and none held out.
import { yearsNamed } from './answer/year.js';
import { compareDates, headOf, HEAD_CHARS, statedDate, type StatedDate } from './stated-date.js';
import { tokenize } from './text.js';
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
    // A document's asOf (an email's sent date, a page's "as of" front matter) dates it as its title would.
    d = statedDate(source, [chunks[0]!.title, chunks[0]!.asOf].filter(Boolean).join(' '), headOf(chunks)) ?? null;
    dates.set(chunks, d);
  }
  return d ?? undefined;
}

/**
 * "(replaces the 2024–2025 guide)", "Replaces the 2025 sheet and the 2025 FAQ figures", "Supersedes:
 * Policy 4.12 dated May 2021": what a document's head says it replaces, as the words and years named.
 */
const REPLACES = /\b(?:replaces|supersedes)\b:?\s*([^.;()\n]{3,80})/gi;
/** Words that say which version, not which document. */
const VERSION_WORDS = new Set(['version', 'versions', 'edition', 'earlier', 'prior', 'previous', 'older', 'copy', 'copies', 'dated'].flatMap((w) => tokenize(w)));

interface Replaced {
  /** Words naming the document ("guide", "faq"). */
  words: string[];
  /** Numbers and years it names ("chapter 7", "the 2024-2025 guide"), each of which the replaced one's name must write. */
  numbers: string[];
}
const replacedBy = new WeakMap<readonly Chunk[], Replaced[]>();

/** What the source's head says it replaces (empty when it names nothing), read once per loaded index. */
function replacements(chunks: readonly Chunk[]): Replaced[] {
  let r = replacedBy.get(chunks);
  if (!r) {
    r = [];
    // The title is read too: a flyer headed "SUMMER WORK EXPERIENCE 2026 (replaces the 2025 flyer)" says it there.
    for (const m of `${chunks[0]?.title ?? ''}\n${headOf(chunks)}`.slice(0, HEAD_CHARS).matchAll(REPLACES)) {
      const named = tokenize(m[1]!.replace(/[-–—/]/g, ' ')).filter((w) => !VERSION_WORDS.has(w));
      const words = named.filter((w) => !/^\d/.test(w));
      // "replaces all earlier versions", "the 2024 version": no document named beyond this one's own versions.
      if (words.length) r.push({ words, numbers: named.filter((w) => /^\d+$/.test(w)) });
    }
    replacedBy.set(chunks, r);
  }
  return r;
}

/** The words and numbers of a source's title and file name; "2024-25" writes 2024 and 2025. */
function nameTokens(source: string, title: string): Set<string> {
  const out = new Set(tokenize(`${title} ${source}`.replace(/[-–—_./]/g, ' ')));
  for (const m of `${title} ${source}`.matchAll(/\b((?:19|20)\d)(\d)\s*[-–/]\s*(\d\d)\b/g)) out.add(`${m[1]!.slice(0, 2)}${m[3]}`);
  return out;
}

/**
 * Does `newer` say it replaces `older`? Its head names a document by a word of the older one's title or
 * file name, and every number it names ("chapter 7", "the 2024-2025 guide") is written there too; and
 * the older one's own date is earlier than its own.
 */
export function replaces(newer: string, older: string, chunksOf: (source: string) => readonly Chunk[]): boolean {
  const chunks = chunksOf(newer);
  const old = chunksOf(older);
  if (chunks.length === 0 || old.length === 0 || chunks[0]!.serviceId || old[0]!.serviceId) return false;
  const said = replacements(chunks);
  if (said.length === 0) return false;
  const a = sourceDate(newer, chunksOf);
  const b = sourceDate(older, chunksOf);
  if (!a || !b || compareDates(b, a) >= 0) return false;
  const name = nameTokens(older, old[0]!.title);
  return said.some((r) => r.words.some((w) => name.has(w)) && r.numbers.every((n) => name.has(n)));
}

/**
 * The hits with the newest dated source within reach of the best put first, when the question asks
 * what holds now, or whatever it asks when that source says it replaces the best one.
 */
export function preferNewer(question: string, hits: Hit[], chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const top = hits[0];
  if (!top || top.chunk.serviceId) return hits;
  const topDate = sourceDate(top.chunk.source, chunksOf);
  if (!topDate) return hits;
  if (!asksCurrent(question, topDate)) return preferReplacing(hits, chunksOf);
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

/** The hits with a source within reach of the best that says it replaces the best one put first. */
function preferReplacing(hits: Hit[], chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const top = hits[0]!;
  const seen = new Set<string>([top.chunk.source]);
  for (const [i, h] of hits.entries()) {
    if (seen.has(h.chunk.source)) continue;
    seen.add(h.chunk.source);
    if (seen.size > NEWER_WINDOW) break;
    if (h.score < top.score * NEWER_REACH || !replaces(h.chunk.source, top.chunk.source, chunksOf)) continue;
    return [{ ...h, score: top.score }, ...hits.slice(0, i), ...hits.slice(i + 1)];
  }
  return hits;
}

/**
 * A source written long before the rest of its folder (a 2023 handbook, a 2021 college FAQ, a 2024
 * families' FAQ beside pages of 2025 and 2026) has often been overtaken by a newer one even where no
 * document says so. Such a source ranks as if it scored STALE_CUT less, when its date is STALE_MONTHS
 * or more before the folder's own date: the date nine in ten of its dated sources are at or before
 * (the newest by far may be an event's flyer). The scores keep their places (the best stays the best
 * score, which the gate reads); only the order of the sources changes. Fitted by bench/dev/stale-fit.ts
 * on search alone (right source first 438 -> 445 of 544, leave-one-folder-out 444, no folder lower).
 * Read after preferNewer (before it, an old rider guide lowered left a directory entry first, which
 * newer-first never moves past). Through ask, LOFO: right source first 460 -> 464 of 544 (lupine 39 -> 41,
 * marigold 40 -> 42), needed fact 421 -> 422 (college-cil), declines unchanged, no folder lower.
 */
export const STALE_MONTHS = 24;
export const STALE_CUT = 0.3;

const monthsOf = (d: StatedDate): number => d.year * 12 + (d.month ?? 6);
const folderDates = new WeakMap<readonly Chunk[], number | null>();

/** The folder's own date in months (see STALE_MONTHS), read once per loaded index; undefined when few sources are dated. */
export function folderMonths(chunks: readonly Chunk[], chunksOf: (source: string) => readonly Chunk[]): number | undefined {
  let m = folderDates.get(chunks);
  if (m === undefined) {
    const seen = new Set<string>();
    const dated: number[] = [];
    for (const c of chunks) {
      if (c.serviceId || seen.has(c.source)) continue;
      seen.add(c.source);
      const d = sourceDate(c.source, chunksOf);
      if (d) dated.push(monthsOf(d));
    }
    dated.sort((a, b) => a - b);
    m = dated.length >= 3 ? dated[Math.floor(dated.length * 0.9)]! : null;
    folderDates.set(chunks, m);
  }
  return m ?? undefined;
}

/** The hits reordered with the folder's stale sources (STALE_MONTHS) ranked as if they scored STALE_CUT less. */
export function lowerStale(hits: Hit[], chunks: readonly Chunk[], chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const now = folderMonths(chunks, chunksOf);
  if (now === undefined || hits.length < 2) return hits;
  const stale = (h: Hit): boolean => {
    const d = h.chunk.serviceId ? undefined : sourceDate(h.chunk.source, chunksOf);
    return d !== undefined && now - monthsOf(d) >= STALE_MONTHS;
  };
  const weighed = hits.map((h, i) => ({ h, i, s: stale(h) ? h.score * (1 - STALE_CUT) : h.score }));
  weighed.sort((a, b) => b.s - a.s || a.i - b.i);
  if (weighed.every((w, i) => w.i === i)) return hits;
  const scores = hits.map((h) => h.score).sort((a, b) => b - a);
  return weighed.map((w, i) => ({ ...w.h, score: scores[i]! }));
}
