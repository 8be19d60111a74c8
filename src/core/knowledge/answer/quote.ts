// Which sentences an extractive answer quotes: the sentences of the best passages (and of their
// sources' other sections) that answer the question (the asked kind of fact first, a list's opening
// with its items, never boilerplate), plus the contact line of a directory service. The answer
// (extractive.ts) formats them; the grounding gate (grounding.ts) checks the narrower view of them
// that names the question (chooseQuote's `judged`).
import type { Chunk, Hit } from '../types.js';
import { words } from '../text.js';
import { askedFor, DOLLARS, holdsAsked, holdsKind, RULE_REF, withoutRules } from './asked.js';
import { isBoilerplate } from './boilerplate.js';
import { formatContact, hasContact, wantsContact } from './contact.js';
import { annotateFigures } from './facts.js';
import { clip, FIELD_LINE, flat, MID_SENTENCE, splitSentences, type Sentence } from './sentences.js';
import { askedParts, askingPart, coverage, partReadings, passageKeys, questionTerms, type Term } from './terms.js';

/** How many of the best passages the gate reads. */
export const TOP_PASSAGES = 3;

export const MAX_ANSWER_CHARS = 800;
/**
 * Each quoted sentence scores at least SENTENCE_FLOOR of the best one. The gate judges at most
 * MAX_SENTENCES of them, each holding at least GATE_COVERAGE of the best one's share of the
 * question's terms. Four dev sets (325 q): 4 and 0.65 put the needed fact in 147 of 194 answers
 * against 143 of 193 with 3 and 0.75, with one fewer false decline; 5 sentences cost three declines
 * of unanswerable questions.
 */
const MAX_SENTENCES = 4;
const SENTENCE_FLOOR = 0.65;
const GATE_COVERAGE = 0.5;
const MAX_PASSAGES = 4;
/** What each source adds to the answer besides its sentences: a " [n]" and a paragraph break. */
const SOURCE_COST = 6;

/**
 * A sentence is read with the one before it in its passage, at this share: its coverage moves this far
 * from its own towards the pair's. "Her direct line will be 555-0117." and "The Bellhaven office has 27."
 * name nothing of the question; the sentence before them names it all. Eleven dev folders, the stored
 * gate, needed fact pooled: 465 of 604 at 0, 470 at 0.3, 473 at 0.5, 473 at 0.7 (0.7 cost a decline
 * of an answerable question); leave-one-folder-out choice among them 469; mean answer 675 -> 681
 * characters. A directory entry's lines are fields, each read alone.
 */
const CONTEXT_SHARE = 0.5;
/**
 * "Who does travel training?", "who do i contact at ADR": asking "who" without a kind of fact asked.ts
 * reads (a role's name, a phone), the sentence naming a person ("Our travel trainer, Marcus Bell, ...")
 * gets this bonus, as a sentence holding the asked kind gets its own. Quote only: search and the gate
 * still read "who" as before. With the context share above, needed fact 473 -> 476 of 604 at 0.15 and
 * 475 at 0.25, no question lost at 0.15; each folder left out chose 0.15.
 */
const WHO_NAME = 0.15;

const FIGURE = /\d/;
/** A sentence ending in a colon introduces the list after it. */
const introducesList = (text: string) => text.trimEnd().endsWith(':');
const MAX_LIST_ITEMS = 6;

export interface Candidate {
  hitRank: number;
  index: number;
  text: string;
  score: number;
  /** Share of the question's terms the sentence holds. */
  cov: number;
  /** The sentence holds the kind of fact asked for (a date, an age, an amount...). */
  holds?: boolean;
  /** A list's introduction quoted with its items: how many of the sentences after it it quotes. */
  items?: number;
  /** A table row's header row, which says what its cells are. */
  header?: string;
}

/** What the extractive answer would quote: the passages, the chosen sentences and the contact line. */
export interface Quote {
  /** The passages read: the best search hits, then the other sections of their sources (otherSections). */
  passages: Hit[];
  /** For each passage, the rank of the search hit it was read for (a section: the hit of its source). */
  from: number[];
  chosen: Candidate[];
  contactHit?: number;
  contactLine: string;
  /** Lines of the contact's entry were left out as the contact line says them: the entry is quoted, there. */
  contactQuotes?: boolean;
}

/**
 * `judged`: the gate's view (quotedUnits), only the sentences about the question. The answer itself
 * also quotes a sentence that scores close to the best one though it names less of the question
 * ("Hours: Tue 10:00-14:00; Tilden outreach" for "when is the staff out in tilden?"), up to the
 * room: a count of sentences, or a share of the best one's coverage, is then no limit on it. The gate
 * judging the narrower view keeps every decline as it was. Dev folders, pooled leave-one-folder-out:
 * needed fact 222 -> 231 of 307, Slack-style right 155 -> 163 of 214, declines unchanged (answerable
 * 12 of 307, unanswerable 51 of 82), no folder lower; starter 70 -> 72 of 92. Letting the gate judge the
 * wider quote as well gave 231 but declined two fewer unanswerable questions. Answers grow (dev
 * folders, with the best source's other sections read too: mean 537 -> 648 characters, 17 -> 58 of
 * about 325 answers at the 800-character room); capping the answer at 6 sentences gave 237 of 307
 * (mean 615, 33 at the room), at 5 sentences 234 (mean 593), a floor of 0.75 instead of 0.65 gave 230.
 */
export function chooseQuote(
  question: string,
  ranked: Hit[],
  maxChars: number,
  judged = false,
  chunksOf?: (source: string) => readonly Chunk[],
  reach: SectionReach = SECTION_REACH,
): Quote {
  const best = ranked[0]!;
  // The best few passages by rank, not by a share of the best score: the score's scale follows the
  // fitted fusion weights (search.ts), and a cut at half the best one dropped the second source a
  // two-part message needs once the best hit stood far above the rest.
  // A message asking several things has a passage put among its best for each part (skills/passages.ts):
  // one more passage is read per further part, so those do not push the message's own best ones out.
  const read = ranked.slice(0, MAX_PASSAGES + askedParts(question).length - 1);
  // The answer may also quote the sections of the best sources that search did not return, and the gate
  // judges them with the rest of the quote (otherSections).
  const sections = chunksOf ? otherSections(read, chunksOf, reach) : [];
  const passages = [...read, ...sections.map((s) => s.hit)];
  const from = [...read.map((_, i) => i), ...sections.map((s) => s.from)];
  const terms = questionTerms(question);

  // Contact details first: when asked, they are the answer, so their room is reserved.
  // Asked who/where/how to reach, or the best source is a directory service: its phone, hours and address belong in the answer.
  let contactHit: number | undefined;
  if (wantsContact(question)) {
    const i = read.findIndex((h) => hasContact(h.chunk.contact));
    if (i >= 0) contactHit = i;
  } else if (hasContact(best.chunk.contact)) {
    contactHit = 0;
  }
  const contactLine = contactHit !== undefined ? contactFor(question, passages[contactHit]!.chunk) : '';

  const room = maxChars - (contactLine ? contactLine.length + 8 : 0);
  // A section's sentences stand at a share of its source's passage: one holding the asked kind of fact at
  // `share`, any other (the best source's only) at `rest`.
  const standing = new Map<number, Standing>();
  sections.forEach((s, i) => standing.set(read.length + i, { held: reach.share, ...(s.from === 0 && reach.rest !== undefined ? { other: reach.rest } : {}) }));
  // The answer (not the gate's view) leaves out the lines the contact line already says.
  const omit = !judged && contactHit !== undefined ? saidBy(contactLine, passages, passages[contactHit]!.chunk) : undefined;
  const chosen = chooseForParts(question, terms, passages, room, judged, { standing, cover: reach.cover }, omit);
  if (!judged) withListIntroductions(chosen, passages, room);
  if (chosen.length === 0 && contactHit === undefined) {
    // The gate found the question's terms in titles or headings only: quote the best passage's opening.
    const titles = [best.chunk.title, ...best.chunk.headings];
    const first = splitSentences(best.chunk.text).filter((x) => !isBoilerplate(x.text, titles)).slice(0, 2);
    chosen.push(...first.map((s) => ({ hitRank: 0, index: s.index, text: annotateFigures(s.text, best.chunk), score: 0, cov: 0 })));
  }
  const q: Quote = { passages, from, chosen, contactLine };
  if (contactHit !== undefined) q.contactHit = contactHit;
  if (omit?.used) q.contactQuotes = true;
  return q;
}

/**
 * The contact line of a directory service: its phone, hours, address and email, or, when the question
 * asks for a kind of fact (an amount, an age, a count or a span of days) that the full line does not
 * hold, its phone alone. The line is then a way to reach the service, not the answer, and its hours and
 * address (a ~400-character line leaves half the room) no longer push out the sentence holding what was asked
 * ("within 10 business days", "before age 46").
 */
function contactFor(question: string, chunk: Chunk): string {
  const c = chunk.contact!;
  const full = formatContact(c, chunk.title);
  // The details' values, not the line's labels: "call 555-0100; hours: ..." holds no span of hours.
  const details = [c.hours, c.address, c.email, c.url].filter((x) => x).join('\n');
  const asked = askedFor(question);
  if (!asked || !c.phones?.length || !details || holdsAsked(asked, details)) return full;
  return formatContact({ ...c, hours: undefined, address: undefined, email: undefined, url: undefined }, chunk.title);
}

/**
 * The units the extractive answer would quote, each with the keys it holds read with its source's
 * title and headings (a sentence says "them" where the title says "Pre-ETS"). The grounding gate
 * checks these: an answer that does not mention what was asked is no answer.
 */
export function quotedUnits(
  question: string,
  hits: Hit[],
  maxChars = MAX_ANSWER_CHARS,
  chunksOf?: (source: string) => readonly Chunk[],
  reach: SectionReach = SECTION_REACH,
): QuotedUnit[] {
  const ranked = [...hits].sort((a, b) => b.score - a.score);
  if (!ranked[0]) return [];
  const { passages, from, chosen, contactHit, contactLine } = chooseQuote(question, ranked, maxChars, true, chunksOf, reach);
  const context = (h: Hit): string => [h.chunk.title, ...h.chunk.headings, h.chunk.contact?.organization ?? ''].join('\n');
  const scopes = new Map<Hit, string>();
  const where = (h: Hit): string => {
    let w = scopes.get(h);
    if (w === undefined) scopes.set(h, (w = h.chunk.serviceId ? [context(h), ...serviceScope(splitSentences(h.chunk.text))].join('\n') : context(h)));
    return w;
  };
  const units = chosen.map((c) => {
    // A table row is read with its header row: "$38,500 per plan year" is the "Annual limit (2026)".
    const text = c.header ? `${c.header}\n${c.text}` : c.text;
    const keys = passageKeys(text);
    for (const k of passageKeys(context(passages[c.hitRank]!))) keys.add(k);
    const unit: QuotedUnit = { text, keys, hitRank: c.hitRank, where: where(passages[c.hitRank]!), hit: passages[c.hitRank]! };
    // A section stands at its source's hit's place; a search hit at its own.
    if (from[c.hitRank] !== c.hitRank) unit.section = true;
    return unit;
  });
  if (contactHit !== undefined) {
    const keys = passageKeys(`${contactLine} phone call hours open address office located email`);
    for (const k of passageKeys(context(passages[contactHit]!))) keys.add(k);
    units.push({ text: contactLine, keys, hitRank: contactHit, where: where(passages[contactHit]!), hit: passages[contactHit]! });
  }
  return units;
}

export interface QuotedUnit {
  text: string;
  keys: Set<string>;
  hitRank: number;
  /** The source's title, headings and provider, and for a directory entry its service area: where the unit holds. */
  where: string;
  /** The passage the unit is quoted from (a search hit, or another section of a hit's source). */
  hit: Hit;
  /** Quoted from another section of a hit's source (otherSections), which search did not return. */
  section?: boolean;
}

const RULE_GLOSS = new RegExp(`(?:${RULE_REF.source})\\s*\\([^)]*\\)`, 'gi');

/** A "Sources" line: rule citations and a few words naming them, nothing said. */
export function isRuleList(text: string): boolean {
  // "34 CFR 361.48(a) (pre-employment transition services)": the gloss names the rule, it says nothing.
  const said = withoutRules(text.replace(RULE_GLOSS, ' '));
  // An amount is said, whatever few words go with it: "M4 Stabilization (Section 10.6.1) | $1,250" is a fee table's row.
  if (DOLLARS.test(said)) return false;
  return said.length < text.length && (said.match(/[A-Za-z]{3,}/g) ?? []).length < 4;
}

/**
 * A message asking two things ("the referral deadline, and what number do I call?") gets sentences
 * for each, in an equal share of the room; one asking one thing gets the best sentences for it.
 */
function chooseForParts(question: string, terms: Term[], passages: Hit[], budget: number, judged: boolean, sections?: Sections, omit?: Redundant): Candidate[] {
  // Each part with the story, and with the part before when it says "it" (terms.ts partReadings); a
  // one-word part ("how does he sign up?") on its own. Read with the part before as the gate reads it,
  // "? and what date" gained one needed fact on the dev folders and "how does he sign up?" lost its own.
  const readings = partReadings(question, undefined, 1);
  if (readings.length < 2) return chooseSentences(question, terms, passages, budget, judged, sections, omit);
  const share = Math.floor(budget / readings.length);
  const split = passages.map((hit) => splitSentences(hit.chunk.text));
  const scored = readings.map((asked) => scoredSentences(asked, questionTerms(asked), passages, split, sections, judged));
  const pick = (room: number): Candidate[] => {
    const chosen: Candidate[] = [];
    for (const candidates of scored) {
      for (const c of withinRoom(candidates, passages, split, room, judged, omit)) {
        if (!chosen.some((x) => x.hitRank === c.hitRank && x.index === c.index)) chosen.push(c);
      }
    }
    return chosen;
  };
  // Each part gets an equal share of the room. For the answer (not the gate's view, which keeps equal
  // shares), the room the parts leave unused is shared out again, each part's room growing by an equal
  // share of it, until the parts' sentences would no longer fit together. "how long can the recess be"
  // after a two-part story was answered in 324 characters, the sentence holding "10 school days" not
  // fitting its third of the room.
  let chosen = pick(share);
  if (judged) return chosen;
  for (let room = share; room < budget; ) {
    const more = Math.floor((budget - quoteLength(chosen)) / readings.length);
    if (more < 1) break;
    room += more;
    const wider = pick(room);
    if (quoteLength(wider) > budget) break;
    chosen = wider;
  }
  return chosen;
}

/**
 * Every sentence of the passages that names the question, scored, best first (dev probes read it too).
 * `judged`: scored for the gate's view, where a sentence's place in its passage counts (the first ones
 * a little more). The answer's sentences are chosen without it: a passage's first sentence is where
 * a chunk happened to start ("Page last updated: August 4, 2026", "7.1 Under Section 511 ..." of a
 * lower passage), and it took the room of the top passage's third sentence ("A student does not have
 * to apply for vocational rehabilitation to receive Pre-ETS."). The gate keeps it, so no decline moves.
 * Thirteen dev folders, pooled leave-one-folder-out (bench/dev/quote-weights.ts at 4aff314, every
 * folder left out chose no position among 0, 0.025, 0.05, 0.1, 0.15): needed fact 566 -> 571 of 723,
 * Slack-style right 381 -> 390 of 497, right source first 586 -> 585, declines unchanged; needed fact
 * lower on college-cil (47 -> 45), fir-county (39 -> 38) and vr-manual (49 -> 46), and on the starter
 * set (76 -> 74 of 92). Without the place in the gate's view too: needed fact 570, one more false decline.
 */
export function scoredSentences(
  question: string,
  terms: Term[],
  passages: Hit[],
  split = passages.map((hit) => splitSentences(hit.chunk.text)),
  sections?: Sections,
  judged = true,
): Candidate[] {
  const top = passages[0]?.score || 1;
  // A question that gives a number ("she became disabled at 30") prefers sentences with one. A question
  // asking for an amount, age or date says so (asked.ts), and the sentence holding that kind is preferred
  // instead; a word list of figure questions ("how much", "when", "deadline") beside it measured neutral
  // on the six development folders and was deleted.
  const wantsFigure = FIGURE.test(question);
  const asked = askedFor(question);
  const who = !asked && words(askingPart(question)).includes('who');
  const candidates: Candidate[] = [];
  passages.forEach((hit, hitRank) => {
    const sentences = split[hitRank]!;
    const titles = [hit.chunk.title, ...hit.chunk.headings];
    // A sentence says "them" where the title says "Pre-ETS": the title and headings are its context.
    // In a directory entry, who runs it and where it serves hold for every line of it, so "what to
    // bring ... in Maple County" is answered by the "Documents to bring" line, not "Service area: Maple County".
    const context = passageKeys([...titles, ...(hit.chunk.serviceId ? serviceScope(sentences) : [])].join('\n'));
    sentences.forEach((s, i) => {
      // A table's header row names its columns and says nothing; its rows are read with it.
      if (s.head || isBoilerplate(s.text, titles)) return;
      // A bare list of rule citations ("34 CFR 361.48(a) (pre-employment transition services)") answers nothing.
      if (isRuleList(s.text)) return;
      const read = s.header ? `${s.header}\n${s.text}` : s.text;
      const keys = passageKeys(read);
      for (const k of context) keys.add(k);
      let cov = coverage(terms, keys);
      const prev = sentences[i - 1];
      if (prev && !hit.chunk.serviceId) {
        const withPrev = new Set(keys);
        for (const k of passageKeys(prev.text)) withPrev.add(k);
        const more = coverage(terms, withPrev);
        cov += CONTEXT_SHARE * (more - cov);
      }
      if (cov === 0) return;
      const position = judged ? 1 / (1 + s.index) : 0;
      // A sentence holding what was asked (an amount, "30 days", a phone number) beats one that only
      // talks about it; the digits of rule citations ("300.320(b)(1)") are no age, amount or count.
      const holds = asked ? holdsAsked(asked, read) : false;
      const section = sections?.standing.get(hitRank);
      const standing = section ? (holds ? section.held : section.other) : 1;
      if (standing === undefined) return;
      const figure = asked ? (holds ? 0.25 : 0) : who ? (holdsKind('name', s.text) ? WHO_NAME : 0) : wantsFigure && FIGURE.test(s.text) ? 0.2 : 0;
      const score = 0.55 * cov + 0.2 * standing * (hit.score / top) + 0.1 * position + figure;
      let text = annotateFigures(s.text, hit.chunk);
      // A sentence introducing a list ("... only when:") is quoted with its items, never dangling.
      const items = introducesList(s.text) ? listItems(sentences, i) : [];
      if (items.length) text = `${text} ${items.map((x) => x.text.replace(/[.;]$/, '')).join('; ')}.`;
      candidates.push({ hitRank, index: s.index, text, score, cov, holds, ...(items.length ? { items: items.length } : {}), ...(s.header ? { header: s.header } : {}) });
    });
  });
  // A section's sentence names at least `cover` of what the best sentence of the passages search found names.
  const searched = Math.max(0, ...candidates.filter((c) => !sections?.standing.has(c.hitRank)).map((c) => c.cov));
  return candidates.filter((c) => !sections?.standing.has(c.hitRank) || c.cov >= sections.cover * searched).sort((a, b) => b.score - a.score);
}

function chooseSentences(question: string, terms: Term[], passages: Hit[], budget: number, judged: boolean, sections?: Sections, omit?: Redundant): Candidate[] {
  const split = passages.map((hit) => splitSentences(hit.chunk.text));
  return withinRoom(scoredSentences(question, terms, passages, split, sections, judged), passages, split, budget, judged, omit);
}

/** The sentences the answer leaves out because the contact line says them; `used` once one was left out. */
interface Redundant {
  test: (c: Candidate) => boolean;
  used: boolean;
}

/**
 * The lines the contact line already says: its directory entry's "Hours: Mon-Fri 8:00-16:30", "Email:
 * ..." or "Phone: ..." field, every word of whose value (without its label) the contact line holds.
 * Only the entry's own lines: another source's sentence giving the same address is its own evidence.
 * Quoted as well, they took the room of the line that answered ("Documents to bring: ...", "How to
 * apply: ... 5 business days ahead"), and pushed it out of the entry's MAX_SENTENCES lines.
 */
function saidBy(contactLine: string, passages: Hit[], entry: Chunk): Redundant {
  const said = new Set(flat(contactLine).split(' '));
  const of = (c: Candidate): boolean => {
    const chunk = passages[c.hitRank]!.chunk;
    return !!entry.serviceId && chunk.serviceId === entry.serviceId && chunk.source === entry.source;
  };
  return {
    used: false,
    test: (c) => {
      if (!of(c)) return false;
      const words = flat(c.text.replace(FIELD_LINE, '')).split(' ').filter((w) => w);
      return words.length > 1 && words.every((w) => said.has(w));
    },
  };
}

/** The best of the scored sentences that fit the room (candidates best first). */
function withinRoom(scored: Candidate[], passages: Hit[], split: Sentence[][], budget: number, judged: boolean, omit?: Redundant): Candidate[] {
  // A sentence asking a question answers nothing: a FAQ's "Q: Does my daughter need SSI to get Medicaid
  // after 18?" or a heading run into the text ("What happens at 18?") names the question as well as the
  // answer after it does, and took that answer's room. The answer leaves them out; the sentence after
  // one is read with it (CONTEXT_SHARE). The gate's view keeps them, so no decline moves. Twelve dev
  // folders, the stored gate, pooled leave-one-folder-out (every folder left out chose leaving them out
  // over scoring them at 0.5 or 0.75 of their score, or as they were): needed fact 520 -> 522 of 663
  // (kestrel 44 -> 45, orchid 39 -> 40, no folder lower), Slack-style right 349 -> 351 of 457, right
  // source first 533 of 663 unchanged (bench/dev/fact-cause.ts classifies what is still missed).
  const candidates = judged ? scored : scored.filter((c) => !asksQuestion(c.text));
  const chosen: Candidate[] = [];
  const seen = new Set<string>();
  let used = 0;
  // Only sentences close to the best one: a weak sentence makes the answer longer, not better.
  const floor = (candidates[0]?.score ?? 0) * SENTENCE_FLOOR;
  const maxCov = Math.max(...candidates.map((c) => c.cov), 0);
  const covFloor = judged ? maxCov * GATE_COVERAGE : 0;
  // The sentences of the top passages compete together by score: one holding the kind of fact asked
  // scores above one that only talks about the subject. Putting the best holding sentence of the
  // top three passages first whatever its score, and a bonus for a list's opening sentence when the
  // question asks for a list, were deleted: dev folders, pooled leave-one-folder-out, needed fact
  // 237 -> 238 of 307, unanswerable declined 51 -> 52 of 82, the rest unchanged; starter 75 -> 76 of 92.
  // A directory entry's lines are quoted as the gate judges them, wider quote or not: each entry
  // quoted is a service offered, so only lines about the question, and at most MAX_SENTENCES of them.
  const entry = (c: Candidate): boolean => !!passages[c.hitRank]!.chunk.serviceId;
  let inContact = 0;
  for (const c of candidates) {
    if (judged && chosen.length >= MAX_SENTENCES) break;
    if (c.score < floor) break;
    if (c.cov < covFloor) continue;
    if (!judged && entry(c) && (c.cov < maxCov * GATE_COVERAGE || chosen.filter(entry).length + inContact >= MAX_SENTENCES)) continue;
    // A line the contact line says is one of the entry's lines about the question, shown there.
    if (omit?.test(c)) {
      omit.used = true;
      inContact += 1;
      continue;
    }
    const key = flat(c.text);
    if (seen.has(key)) continue;
    // A list's item is quoted once: alone, or with the list's introduction, never both.
    if (chosen.some((x) => x.hitRank === c.hitRank && quotesItem(x, c.index))) continue;
    const within = c.items ? chosen.filter((x) => x.hitRank === c.hitRank && quotesItem(c, x.index)) : [];
    const cost = c.text.length + 1 + (chosen.some((x) => x.hitRank === c.hitRank) ? 0 : SOURCE_COST);
    if (used + cost > budget) {
      if (chosen.length === 0 && budget > 60) {
        chosen.push({ ...c, text: clip(c.text, budget - 8) });
        break;
      }
      continue;
    }
    seen.add(key);
    for (const x of within) {
      chosen.splice(chosen.indexOf(x), 1);
      used -= x.text.length + 1;
    }
    chosen.push(c);
    used += cost;
  }
  const next = continuation(chosen, passages, split, budget - used);
  if (next) chosen.push(next);
  return chosen;
}

/** The sentence is a question: it ends in a question mark. */
function asksQuestion(text: string): boolean {
  return text.trimEnd().endsWith('?');
}

/**
 * The line a directory entry's quoted lines go under: its name. Its lines are fields ("Ages: from
 * 14", "Hours: Tue-Thu 10:00-16:00"); without the name nobody knows whose hours they are. (Who runs
 * it is in the source list and the contact line.) Empty for any other source. The name is not counted
 * in the room for sentences: it labels what was chosen, and must not push a needed line out.
 */
export function entryHeading(chunk: Chunk): string {
  return chunk.serviceId ? `${chunk.title}:` : '';
}

/** The length of the answer the chosen sentences make, without a contact line or entry names. */
function quoteLength(chosen: Candidate[]): number {
  return chosen.reduce((n, c) => n + c.text.length + 1, 0) + new Set(chosen.map((c) => c.hitRank)).size * SOURCE_COST;
}

/**
 * A list item quoted without the sentence that introduces its list ("regularly attending school."
 * without "The person must be:") starts the answer mid-sentence: the introduction is quoted before it,
 * once for the list, when it fits.
 */
function withListIntroductions(chosen: Candidate[], passages: Hit[], budget: number): void {
  let room = budget - quoteLength(chosen);
  const split = new Map<number, Sentence[]>();
  for (const c of [...chosen]) {
    const hit = passages[c.hitRank]!;
    if (hit.chunk.serviceId) continue;
    let sentences = split.get(c.hitRank);
    if (!sentences) split.set(c.hitRank, (sentences = splitSentences(hit.chunk.text)));
    const intro = listIntroduction(sentences, c.index);
    if (intro === undefined || chosen.some((x) => x.hitRank === c.hitRank && x.index === intro)) continue;
    const text = annotateFigures(sentences[intro]!.text, hit.chunk);
    if (text.length + 1 > room) continue;
    chosen.push({ hitRank: c.hitRank, index: intro, text, score: 0, cov: 0 });
    room -= text.length + 1;
  }
}

/**
 * The items a sentence ending in a colon introduces: the bulleted or numbered ones after it, or, when
 * the text has lost its bullets (a converted PDF), the sentences after it, up to MAX_LIST_ITEMS.
 */
function listItems(sentences: readonly Sentence[], i: number): Sentence[] {
  const after = sentences.slice(i + 1, i + 1 + MAX_LIST_ITEMS);
  if (!after.some((x) => x.item)) return after;
  const end = after.findIndex((x) => !isItem(x));
  return end < 0 ? after : after.slice(0, end);
}

/** A list item: it opens with a bullet or a number, or goes on from one (it starts with a small letter). */
function isItem(s: Sentence): boolean {
  return !!s.item || MID_SENTENCE.test(s.text);
}


/** Whether a chosen list introduction already quotes the passage's sentence `index` as one of its items. */
function quotesItem(intro: Candidate, index: number): boolean {
  return !!intro.items && index > intro.index && index <= intro.index + intro.items;
}

/** The sentence ending in a colon that introduces the list item `i`: its index. */
function listIntroduction(sentences: readonly Sentence[], i: number): number | undefined {
  if (!sentences[i] || !isItem(sentences[i]!)) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - MAX_LIST_ITEMS; j--) {
    const s = sentences[j]!;
    if (introducesList(s.text)) return j;
    if (!isItem(s)) return undefined;
  }
  return undefined;
}

/**
 * The sentence after the best one, when it fits: a sentence that restates the question ("Many
 * parents are told they must get guardianship at 18.") is often followed by the one that answers
 * it ("That is not true.").
 */
function continuation(chosen: Candidate[], passages: Hit[], split: Sentence[][], room: number): Candidate | undefined {
  const first = chosen[0];
  if (!first || first.text.endsWith('…')) return undefined;
  const hit = passages[first.hitRank]!;
  // A directory entry's lines are separate fields ("Service area: ...", "Hours: ..."), not a story.
  if (hit.chunk.serviceId) return undefined;
  const titles = [hit.chunk.title, ...hit.chunk.headings];
  const next = split[first.hitRank]!.find((s) => s.index === first.index + 1);
  if (!next || isBoilerplate(next.text, titles) || isRuleList(next.text) || introducesList(next.text)) return undefined;
  if (chosen.some((c) => c.hitRank === first.hitRank && c.index === next.index)) return undefined;
  const text = annotateFigures(next.text, hit.chunk);
  if (text.length + 1 > room) return undefined;
  return { hitRank: first.hitRank, index: next.index, text, score: 0, cov: 0 };
}

export interface SectionReach {
  /** How many of the best passages have their sources' other sections read. */
  sources: number;
  /** A section's sentence holding the asked kind of fact stands at this share of its source's passage. */
  share: number;
  /** The best source's sections' other sentences stand at this share; unread when unset. */
  rest?: number;
  /** A section's sentence is read when it names at least this share of what the best sentence of the passages search found names. */
  cover: number;
}

/** How a section's sentences stand beside its source's passage: holding the asked kind, and otherwise (unread when unset). */
interface Standing {
  held: number;
  other?: number;
}

/** The passages that are other sections of a read source (by index): how their sentences stand, and the coverage they need. */
interface Sections {
  standing: ReadonlyMap<number, Standing>;
  cover: number;
}

/**
 * The sections of the best sources that search did not return, each a passage of its own read under its
 * own headings: search found the piece that talks about the question, and the fact may sit in another
 * section of the same page ("How to apply" holds the six weeks a match takes; the retreat's fee is two
 * sections below the piece search found on the retreat). A section scores as its source's passage does
 * for rank, at a share: a sentence holding the asked kind of fact (asked.ts) at `share`, and, from the
 * best source only, any other sentence at `rest` (0: quoted for what it covers and holds, the answer the
 * best source's other sections gave before). The gate judges them with the rest of the quote, so its
 * kind check sees the sections the answer quotes. A section's sentence is read only when it names at
 * least `cover` of what the best sentence of the passages search found names: a section's "within 10
 * business days" naming little of the question took the room of the found passage's next sentence,
 * "Written input must be sent at least 2 business days before the meeting". Eight dev
 * folders, pooled leave-one-folder-out (gate refitted per folder), against the best source's other
 * sections read as one passage under its passage's headings, for the answer only: needed fact 339 ->
 * 346 of 422, answerable declined 15 -> 12, unanswerable declined 100 -> 101 of 117, right source first
 * 365 -> 367; cedar-211 50 -> 49 (a "within 60 days" of another section took the room of the
 * sessions' "3:30 p.m."); without the `cover` floor 345 (vr-manual one fewer). Reading every
 * sentence of the sections at share 0.5 quoted the needed fact 10 times fewer of 417 (a section's
 * sentence naming the question beat the continuation of the passage search found); the top 2 sources,
 * or a share of 0.3, one fewer; 0.7 or 4 sources the same (bench/dev/section-reach.ts, quote alone).
 */
export const SECTION_REACH: SectionReach = { sources: 3, share: 0.5, rest: 0, cover: 0.5 };

export function otherSections(read: Hit[], chunksOf: (source: string) => readonly Chunk[], reach: SectionReach = SECTION_REACH): { hit: Hit; from: number }[] {
  const out: { hit: Hit; from: number }[] = [];
  const seen = new Set<string>();
  for (const [from, hit] of read.slice(0, reach.sources).entries()) {
    if (hit.chunk.serviceId || seen.has(hit.chunk.source)) continue;
    seen.add(hit.chunk.source);
    for (const c of chunksOf(hit.chunk.source)) {
      if (read.some((h) => h.chunk.id === c.id || h.chunk.text.includes(c.text))) continue;
      out.push({ hit: { chunk: c, score: hit.score }, from });
    }
  }
  return out;
}

/** The lines of a directory entry that say who runs it and where it serves. */
function serviceScope(sentences: { text: string }[]): string[] {
  return sentences.filter((s) => /^(?:provided by|service area):/i.test(s.text)).map((s) => s.text);
}


