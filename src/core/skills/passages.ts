// Which passages a question is answered from. Search ranks chunks; what a person asks decides a few
// changes: the newer of two sources found alike when it asks what holds now, or one that says it
// replaces the best, and a source written long before the rest of its folder lower (newer-first.ts), a
// directory entry first for "who do I call", the section of a best source that holds the
// kind of fact asked for, and the office's own entry for a program a guide explains.
import { askedFor, holdsAsked } from '../knowledge/answer/asked.js';
import { wantsContact } from '../knowledge/answer/contact.js';
import { hitText } from '../knowledge/answer/grounding.js';
import { TOP_PASSAGES } from '../knowledge/answer/quote.js';
import { MID_SENTENCE, splitSentences } from '../knowledge/answer/sentences.js';
import { coverage, partReadings, POINTS_BACK, passageKeys, questionTerms } from '../knowledge/answer/terms.js';
import type { KnowledgeView } from '../knowledge/live.js';
import { lowerStale, preferNewer } from '../knowledge/newer-first.js';
import { tokenize } from '../knowledge/text.js';
import type { Chunk, Hit } from '../knowledge/types.js';


export const SEARCH_K = 8;

/**
 * The passages a question is answered (and judged) from: the search hits for `query` (the question,
 * with its thread's first question for a follow-up), reordered for what `question` itself asks.
 */
export async function passagesFor(knowledge: KnowledgeView, query: string, question = query): Promise<Hit[]> {
  const chunksOf = (source: string) => knowledge.chunksOf(source);
  return wholeSections(await passagesForMessage(knowledge, query, question), chunksOf).map((hit) => withSentenceStart(hit, chunksOf));
}

/** The sentence left unfinished at the end of a piece: from the last sentence end (or the start) to the end. */
const UNFINISHED = /(?:^|[.!?]["')\]]?\s+|\n)([A-Z][^.!?\n]*(?:\n[^.!?\n]+)*)$/;
/** Longer than this, the "unfinished sentence" is a heading and a paragraph, not one sentence. */
const LEAD_IN_CHARS = 300;

/**
 * The chunker cuts a long paragraph of hard-wrapped lines (text converted from a PDF) where a line
 * ends, not where a sentence does, so the next piece can open mid-sentence: quoted as it is, an answer
 * would start "regularly attending school. in grades 7 to 12 ...". Such a piece is read with the start
 * of its first sentence, taken from the end of the piece before it in the same source.
 */
export function withSentenceStart(hit: Hit, chunksOf: (source: string) => readonly Chunk[]): Hit {
  if (hit.chunk.serviceId || !MID_SENTENCE.test(hit.chunk.text)) return hit;
  const pieces = chunksOf(hit.chunk.source);
  const at = pieces.findIndex((c) => hit.chunk.text.startsWith(c.text.slice(0, 80)));
  if (at <= 0) return hit;
  const leadIn = UNFINISHED.exec(pieces[at - 1]!.text.trimEnd())?.[1];
  if (!leadIn || leadIn.length > LEAD_IN_CHARS) return hit;
  return { ...hit, chunk: { ...hit.chunk, text: `${leadIn.replace(/\s+/g, ' ')} ${hit.chunk.text.trimStart()}` } };
}

/**
 * A whole section is read for the passages the gate reads (TOP_PASSAGES) when it is at most three
 * chunks of the chunker's default size. Dev folders, pooled leave-one-folder-out: false declines 13 ->
 * 11 of 261, needed fact and unanswerable declines unchanged, right source first 224 -> 223; the best
 * five passages, or sections up to 1,800 characters, did no better.
 */
const WHOLE_CHARS = 2_700;

/**
 * A long section is cut into several chunks for search, and search may find the piece that talks
 * about the question while the next piece states the answer ("5.2 Extensions": the reasons in one
 * piece, "a first extension may be for no more than 45 calendar days" in the other). Each of the best
 * passages is read as its whole section (its source's chunks under the same headings, in reading
 * order) when that is not too long; another piece of a section read whole is dropped from the list.
 */
export function wholeSections(hits: Hit[], chunksOf: (source: string) => readonly Chunk[]): Hit[] {
  const merged = new Set<string>();
  const out: Hit[] = [];
  for (const [i, hit] of hits.entries()) {
    if (merged.has(hit.chunk.id)) continue;
    if (i >= TOP_PASSAGES || hit.chunk.serviceId) {
      out.push(hit);
      continue;
    }
    const same = (c: Chunk): boolean => c.headings.length === hit.chunk.headings.length && c.headings.every((h, j) => h === hit.chunk.headings[j]);
    const pieces = chunksOf(hit.chunk.source).filter(same);
    const text = pieces.map((c) => c.text).join('\n\n');
    if (pieces.length < 2 || text.length > WHOLE_CHARS) {
      out.push(hit);
      continue;
    }
    for (const c of pieces) merged.add(c.id);
    out.push({ ...hit, chunk: { ...hit.chunk, text } });
  }
  return out;
}

async function passagesForMessage(knowledge: KnowledgeView, query: string, question: string): Promise<Hit[]> {
  let found = await passagesForOne(knowledge, query, question);
  // A part of one word ("how does he sign up?") is searched on its own with the story: search needs only
  // that word, while the gate reads it with the part before (dev folders: no figure moved either way).
  const readings = partReadings(question, POINTS_BACK, 1);
  if (readings.length < 2) return found;
  // A thread follow-up is searched with the thread's first question before it; so is each part.
  const thread = query !== question && query.endsWith(question) ? query.slice(0, -question.length).trim() : '';
  // A part's best passage is the one that answers that part: the message's newer source already leads.
  const perPart = await Promise.all(readings.map((r) => passagesForOne(knowledge, thread ? `${thread} ${r}` : r, r, false)));
  found = withPartPassages(found, perPart.map((hits) => hits[0]));
  return found;
}

/** The passages for one question (a message, or one part of it): search, then what it asks reorders them. */
async function passagesForOne(knowledge: KnowledgeView, query: string, question: string, newer = true): Promise<Hit[]> {
  const chunksOf = (source: string) => knowledge.chunksOf(source);
  const hits = await knowledge.search(query, SEARCH_K);
  const current = lowerStale(newer ? preferNewer(query, hits, chunksOf) : hits, knowledge.chunks ?? [], chunksOf);
  let found = preferAnswering(question, preferDocument(question, preferDirectory(question, current), chunksOf));
  found = withAnsweringSection(question, found, chunksOf, query);
  if (!wantsContact(question) || found.slice(0, LINK_FROM).some((h) => h.chunk.contact)) return found;
  return linkEntry(found, await knowledge.search(query, WIDE_K));
}

/**
 * "what's X ... and how does he sign up?": the message's search finds passages about X, and the
 * passage on signing up ranks below what the gate and the quote read, or not at all. Each part was
 * searched on its own (with the story); a part's best passage that is not among the message's best
 * few is put right after the message's best passage, so the answer can quote a sentence for every
 * part. The message's best passage stays first.
 */
export function withPartPassages(hits: Hit[], best: (Hit | undefined)[]): Hit[] {
  let out = hits;
  let slot = 1;
  for (const hit of best) {
    if (!hit || out.slice(0, TOP_PASSAGES).some((h) => h.chunk.id === hit.chunk.id)) continue;
    if (out.length === 0) {
      out = [hit];
      continue;
    }
    const at = Math.min(slot, out.length);
    const rest = out.filter((h) => h.chunk.id !== hit.chunk.id);
    out = [...rest.slice(0, at), { ...hit, score: rest[at]?.score ?? rest[at - 1]!.score }, ...rest.slice(at)];
    slot++;
  }
  return out;
}

/**
 * "Who do I call about ...?" wants a place to call: a close directory entry that holds more of what is
 * asked than the best passage does beats that passage. One that holds no more ("grandma needs a ramp,
 * who do i call at the CIL": the center's entry never says ramp, the newsletter announcing its ramp
 * program does; "what's <a staff member>'s phone number": the entry names no staff) leaves the search's
 * order. Development sets: the entry first and right 2 of 2, and the two questions it put a wrong entry
 * first on kept their right source first (bench/dev/who-call-probe.ts).
 */
const WHO_TO_CALL = /\bwho (?:do|should|can|could) (?:i|we|they|families|parents) (?:call|contact|talk to|see|ask)\b|\bwho to (?:call|contact)\b|\bphone number\b/i;
const DIRECTORY_REACH = 0.7;

export function preferDirectory(question: string, hits: Hit[]): Hit[] {
  if (!WHO_TO_CALL.test(question) || !hits[0] || hits[0].chunk.contact) return hits;
  const top = hits[0].score;
  const i = hits.findIndex((h) => h.chunk.contact && h.score >= top * DIRECTORY_REACH);
  if (i <= 0) return hits;
  const terms = questionTerms(question);
  if (coverage(terms, passageKeys(hitText(hits[i]!))) <= coverage(terms, passageKeys(hitText(hits[0])))) return hits;
  const entry = { ...hits[i]!, score: top };
  return [entry, ...hits.slice(0, i), ...hits.slice(i + 1)];
}

/**
 * The other way round: a directory entry sums a program up in a few dense lines (its name, "who can
 * get it", hours, fees), so it can rank first on a question's words while a document about the same
 * thing (the program's own page, the minutes that set its date, the provider list) holds more of what
 * is asked. When the question does not ask who to call and the best passage is an entry, the first
 * document among the gate's best few that scores within DOCUMENT_REACH of it and holds more of the
 * question's words (by DOCUMENT_MARGIN) goes first; the entry stays right after it. Ten dev folders,
 * leave-one-folder-out through ask: right source first 455 -> 458 of 544 (cedar-211, lupine, marigold
 * +1 each, none lower), needed fact and declines unchanged; birch-211, whose gold is mostly entries,
 * unchanged.
 */
const DOCUMENT_REACH = 0.7;
const DOCUMENT_MARGIN = 0.05;

/**
 * A document's best passage may be its introduction while the fact asked sits in another section
 * ("does pathways at prcc take pell? and when are apps due": the FAQ's intro names Pathways, its next
 * answer says Pell and February 1), so the entry's dense summary covers the question as well as that
 * passage does. The document also goes first when its whole text holds WHOLE_MARGIN more of the
 * question than the entry (that Pathways question itself falls just short, at 0.18). Chosen on
 * bench/dev/entry-doc.ts's replay of the dev folders (margins 0.17 to 0.28 gained the same, below them
 * entries that were right were passed over); through ask, eleven dev
 * folders with leave-one-folder-out gates: right source first 501 -> 502 of 604 (kestrel 51 -> 52),
 * none lower, needed fact and declines unchanged.
 */
const WHOLE_MARGIN = 0.2;

export function preferDocument(question: string, hits: Hit[], chunksOf?: (source: string) => readonly Chunk[]): Hit[] {
  const top = hits[0];
  if (!top?.chunk.serviceId || WHO_TO_CALL.test(question)) return hits;
  const terms = questionTerms(question);
  const held = coverage(terms, passageKeys(hitText(top)));
  const whole = (h: Hit): number => (chunksOf ? coverage(terms, passageKeys(chunksOf(h.chunk.source).map((c) => hitText({ chunk: c, score: 0 })).join('\n'))) : 0);
  const holdsMore = (h: Hit): boolean => coverage(terms, passageKeys(hitText(h))) >= held + DOCUMENT_MARGIN || whole(h) >= held + WHOLE_MARGIN;
  const i = hits.findIndex((h, j) => j > 0 && j < TOP_PASSAGES && !h.chunk.serviceId && h.score >= top.score * DOCUMENT_REACH && holdsMore(h));
  if (i <= 0) return hits;
  return [{ ...hits[i]!, score: top.score }, ...hits.slice(0, i), ...hits.slice(i + 1)];
}

/**
 * "SEIE monthly limit for 2026?? parent asking before summer works": search puts the Summer Works flyer
 * a hair ahead of the quick sheet that states the limit, on the story's words. When the question asks
 * for a kind of fact (an amount, a date, a count, a phone) and the best passage holds none, a passage
 * among the gate's best few that holds one and scores within ANSWERING_REACH of the best goes first.
 * Development folders, search alone: right source first 319 -> 321 of 364, none lost; a reach of 0.85
 * also gave 321 (two more gained, two lost), 0.7 gave 318.
 */
const ANSWERING_REACH = 0.9;

export function preferAnswering(question: string, hits: Hit[]): Hit[] {
  const asked = askedFor(question);
  const top = hits[0];
  if (!asked || !top) return hits;
  const holds = (h: Hit): boolean => splitSentences(h.chunk.text).some((s) => holdsAsked(asked, s.text));
  if (holds(top)) return hits;
  const i = hits.findIndex((h, j) => j > 0 && j < TOP_PASSAGES && h.score >= top.score * ANSWERING_REACH && holds(h));
  if (i <= 0) return hits;
  return [{ ...hits[i]!, score: top.score }, ...hits.slice(0, i), ...hits.slice(i + 1)];
}

/** How many of the best passages are read for a program with its own directory entry, and how wide that entry is looked for. */
const LINK_FROM = 4;
const WIDE_K = 24;

/**
 * "Who does WIPA counseling locally?" is answered by a guide titled "Benefits Counseling (WIPA)",
 * which has no phone; the directory entry "Benefits Counseling (WIPA Work Incentives Planning)"
 * ranks lower because the question says little else about it. When the question wants a place to
 * go and none of the best passages is a directory entry, the entry whose title holds every word of
 * a best passage's title is put right after that passage (still among the best few), so the answer
 * can give its phone and hours.
 */
export function linkEntry(hits: Hit[], wider: Hit[]): Hit[] {
  for (const [i, hit] of hits.slice(0, LINK_FROM).entries()) {
    const title = tokenize(hit.chunk.title);
    if (title.length === 0) continue;
    const entry = wider.find((h) => h.chunk.contact && title.every((t) => tokenize(`${h.chunk.title} ${h.chunk.contact!.organization ?? ''}`).includes(t)));
    if (!entry) continue;
    // Right after the passage, but among the best few, which the answer's contact line is taken from.
    const at = Math.min(i + 1, LINK_FROM - 1);
    const rest = hits.filter((h) => h.chunk.id !== entry.chunk.id);
    return [...rest.slice(0, at), { ...entry, score: rest[at]?.score ?? hit.score }, ...rest.slice(at)];
  }
  return hits;
}

/**
 * "What's the deadline for the IPE?" finds the guide on VR timelines, but search may return its
 * section on the 60-day eligibility decision, which holds a deadline for something else, while the
 * section holding the IPE's 90 days ranks lower. When the question asks for a kind of fact (a date,
 * an amount, a count, an age) and none of the best passages holds one, the section of a best source
 * that does and covers most of the question is read right after that passage. Only the gate's top
 * passages are looked at, and a section must cover at least SECTION_SHARE of what its passage covers
 * (four dev sets: false declines 22/210 -> 17/210, one fewer of 115 unanswerable declined, three
 * more answers holding the needed fact).
 */
const SECTION_SHARE = 0.6;

export function withAnsweringSection(question: string, hits: Hit[], chunksOf: (source: string) => readonly Chunk[], query = question): Hit[] {
  const asked = askedFor(question);
  if (!asked) return hits;
  // A thread follow-up ("and how long does that take?") is about what the thread asked first.
  const terms = questionTerms(query);
  const have = new Set(hits.map((h) => h.chunk.id));
  const holds = (c: Chunk): boolean => splitSentences(c.text).some((s) => holdsAsked(asked, s.text));
  const top = hits.slice(0, TOP_PASSAGES);
  if (top.some((h) => holds(h.chunk))) return hits;
  let best: { chunk: Chunk; after: number; cov: number } | undefined;
  for (const [i, hit] of top.entries()) {
    if (hit.chunk.serviceId) continue;
    const floor = coverage(terms, passageKeys(hitText(hit))) * SECTION_SHARE;
    for (const c of chunksOf(hit.chunk.source)) {
      if (have.has(c.id) || !holds(c)) continue;
      const cov = coverage(terms, passageKeys(hitText({ chunk: c, score: 0 })));
      if (cov > floor && cov > (best?.cov ?? 0)) best = { chunk: c, after: i, cov };
    }
  }
  if (best) return [...hits.slice(0, best.after + 1), { chunk: best.chunk, score: hits[best.after]!.score }, ...hits.slice(best.after + 1)];
  return hits;
}
