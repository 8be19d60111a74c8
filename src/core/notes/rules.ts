// The offline extractor: deterministic rules over how coordinators write notes. A real product path
// for schools without an AI contract, not a stub.
import { INTERJECTION, readClause, splitClauses, subjectOf, type ClauseContext } from './clauses.js';
import { chainWriters, mailWriter, whoIsAsked } from './addressee.js';
import { findDue, findInvitedDay, findNextMeeting, withDue, type FoundDue } from './date-find.js';
import { farDateWarning, resolveDate, type DateContext } from './dates.js';
import { isPlausibleOwner, isRole, isTitled, isWriter, NAME_ONLY, OWNERS_ONLY, resolveOwners, splitOwners } from './owners.js';
import { TOPIC_CUT, TOPIC_WORDS, withAntecedent } from './antecedent.js';
import { isPointer, reassign, readReassignment, type Reassignment } from './reassign.js';
import { REPEAT_SIMILARITY, sameOwner, sameOwners, taskSimilarity } from './score.js';
import { addItem, handedOver, POINTER, rescheduled, type Thread } from './replies.js';
import { classifyHeading, segment, sentences, withoutAnchors, type Unit } from './segment.js';
import { firstWord, gerundBase, oneSpaced, startsLower, startsWithTaskVerb, words } from './verbs.js';
import { cleanTask, LOOSE_ENDS } from './task.js';
import type { ExtractOptions, ExtractedItem } from './types.js';
import { readMentions, unnamedHandles } from './mentions.js';
import { wordnet } from '../knowledge/lexicon.js';
import { plainSpoken, withoutQuotedMail } from './spoken.js';

/**
 * A spoken correction between dashes replaces the word before it: "call them tomorrow -- actually
 * no, Thursday, they're closed tomorrow -- about the form" is "call them Thursday about the form".
 */
const CORRECTION = /\b[\w'’]+\s*(?:--|—|–)\s*(?:actually|i mean|sorry|wait|scratch that)[,\s]+(?:no[,\s]+)?([\w'’ ]+?)(?:\s*,[^—–]*?)?\s*(?:--|—|–)\s*/gi;

export function selfCorrected(text: string): string {
  return text.replace(CORRECTION, (_, fixed: string) => `${fixed.trim()} `);
}

const TIMING_LABEL = /^(?:asap|urgent|high[\s-]priority|priority|time[\s-]sensitive)\s*[:!\-–—]+\s*/i;
const MARKER = /^(?:action(?:\s+item)?|ai|todo|to-?do|task|follow[\s-]?up|next\s+step)\s*(?:\(([^)]{1,40})\))?\s*[:\-–—]\s*|^TODO\s+/i;
// "Jen: I'll ...", "Ms. Chen: sure, I can ...", "Renee – I'll ...": the speaker owns the "I" ("Yes - I'll ..." names no one).
const SPEAKER =
  /^(?!(?:yes|yep|yeah|ok|okay|sure|no|thanks)\b)((?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ.'’-]*(?:\s+[A-Z][\wÀ-ɏ.'’-]*)?)(?:\s*:|\s+[-–—]+)\s+(?=(?:(?:sure(?:\s+thing)?|yes|yep|yeah|ok|okay|will do|sounds good|no problem|absolutely|of course|definitely|great|got it|perfect|on it)\b\s*[,!.:;—–-]*\s*)?I\b)/i;
/** A status (or due) cell that reports the item finished or called off ("done 10/2", "sent", "✅", "Cancelled – student declined", "Not needed", "N/A", "Reassigned"). */
const DONE_STATUS = /\b(?:done|complete[d]?|finished|closed|sent|yes|cancell?ed|declined|not needed|reassigned)\b|✅|✔|^n\/a$/i;
/** A remark in brackets that closes a cell ("... held 10/19 (done)."). */
const STATUS_ASIDE = /\(([^()]+)\)[.\s]*$/;
/** A cell that holds nothing: empty, a dash, "n/a", "none", "nothing new this week". */
const EMPTY_CELL = /^(?:|-+|—|–|n\/?a|none|nothing\b.*)$/i;
/** What may surround a date given on its own ("End of the month is fine", "No rush, Friday works"). */
// "Due 3/12." after "can you take the renewal paperwork?" dates the request too.
const DATE_ALONE = /^(?:(?:no rush|no hurry|either way)[,.!]?\s*)?(?:is|would be|should be)?\s*(?:fine|ok|okay|great|perfect|good|works)[\s.!]*$|^(?:due|deadline)?\s*:?[\s.!]*$/i;
/** A cell or line struck through ("~~order lanyards~~"): cancelled, not to do. */
const TILDES = '~~';
/** Where the struck words that open a text end (after their closing "~~"), or -1 when it opens with none. */
function struckEnd(text: string): number {
  const close = text.startsWith(TILDES) ? text.indexOf(TILDES, TILDES.length) : -1;
  return close > TILDES.length && !text.slice(TILDES.length, close).includes('~') ? close + TILDES.length : -1;
}
const struck = (text: string): boolean => struckEnd(text) >= 0;
/**
 * "Walt to get a 2nd dolly — DONE, he had one in the barn", "reprint the flyers — CANCELLED": a spaced dash
 * then a status stamped in capitals that reports the line finished or called off, as a status cell does
 * ("— he'll have it done" and "Thanks Howard — yes, I'll do it" do not).
 */
function doneAfterDash(text: string): boolean {
  return text
    .replaceAll(' – ', ' — ')
    .split(' — ')
    .slice(1)
    .some((part) => {
      const status = words(part)[0] ?? '';
      return DONE_STATUS.test(status) && status === status.toUpperCase();
    });
}

/** Bold and underline marks, which stress words and never change what they say. */
const EMPHASIS = /\*\*|__/g;
/** A full stop, question or exclamation mark: a sentence, not a short topic or label. */
const hasSentenceStop = (s: string): boolean => [...'.!?'].some((c) => s.includes(c));

export function extractActions(raw: string, opts: ExtractOptions): ExtractedItem[] {
  const { text, mentions } = readMentions(raw);
  const unnamed = unnamedHandles(text, mentions);
  // A reply is read without the mail it quotes: what was asked and promised before is not this meeting's.
  // A forward is cut the same way when the writer's own recap above it gives items ("Priya's earlier
  // email is below for context"); with nothing of the writer's to do, the forwarded mail is the notes.
  const quoted = withoutQuotedMail(text);
  if (!quoted) return readActions(text, opts, unnamed);
  const own = readActions(quoted.own, opts, unnamed);
  if (own.length) return own;
  // Nothing of the writer's above the quoted mail: their answers inline in it are what they wrote.
  const answers = quoted.inline ? readActions(`${quoted.own}\n${quoted.inline}`, opts, unnamed) : [];
  if (answers.length) return answers;
  // A forward with nothing of the writer's is read mail by mail.
  if (quoted.forward) return threadMails(text).flatMap((mail) => readActions(mail, opts, unnamed));
  // The writer's own earlier mail quoted under their cover line ("Beatriz answered my questions inline
  // below") is their recap still.
  const writer = mailWriter(quoted.own) ?? opts.poster;
  const earlier = mailWriter(text.slice(quoted.own.length));
  return writer && earlier && sameOwner(writer, earlier) ? readActions(text, opts, unnamed) : own;
}

/**
 * A forwarded thread, mail by mail: each opens at its "From:" header, whatever quote marks ("> ", ">> ")
 * its lines carry, so that each mail's "I" is its own sender (readActions reads the header).
 */
function threadMails(text: string): string[] {
  const mails: string[][] = [[]];
  for (const line of text.split('\n')) {
    let plain = line.trimStart();
    while (plain.startsWith('>')) plain = plain.slice(1).trimStart();
    if (mailWriter(plain) && mails[mails.length - 1]!.some((l) => l.trim())) mails.push([]);
    mails[mails.length - 1]!.push(plain);
  }
  return mails.map((m) => m.join('\n'));
}

/** `unnamed`: the handles of bare chat ids in the notes (mentions.ts), which a reply's "I'll grab it" names. */
function readActions(text: string, given: ExtractOptions, unnamed: ReadonlySet<string>): ExtractedItem[] {
  // A mail pasted as it came, headers first, is its sender's: "I" is them, not whoever pasted it.
  const sender = mailWriter(text);
  const opts = sender ? { ...given, poster: sender } : given;
  // Comment anchors ("[b]") are read by segment(), which ties a comment to the line it marks.
  const anchored = withoutRequoted(plainSpoken(text));
  const notes = withoutAnchors(anchored);
  const ctx: DateContext = { nextMeeting: findNextMeeting(notes, opts.meetingDate) };
  const units = segment(anchored);
  const writerOf = unitWriters(anchored);
  const askedPerson = whoIsAsked(notes, units);
  const lowerInNote = lowerCaseWords(notes);
  const person = personOfNote(notes, units);
  const items: ExtractedItem[] = [];
  let lastOwner: string[] | undefined;
  let prior: Unit | undefined;
  const thread: Thread = { unnamed };
  const moves: { move: Reassignment; writer: string | undefined; line: string; read: number }[] = [];
  // The undated items the last unit that gave any gave, for a later sentence of its block (or the reply) to date.
  let open: Open | undefined;
  // Chat turns, counted as the speaker changes.
  let turn = 0;
  // The items the last unit that gave any gave.
  let added: { unit: Unit; at: number[] } | undefined;
  // The label the current line or paragraph opens with.
  let blockTopic: string | undefined;
  // The day a sentence gave with nothing to do, and that sentence ("W-12 has an IEP meeting Thursday.").
  let dayBefore: { unit: Unit; due: FoundDue } | undefined;
  // The last request a chat turn made of someone else, undated, and the turn that answers it with "yes", "sure", "will do".
  let asked: { turn: number; at: number } | undefined;
  let accepted = 0;
  // The items such a day dates, if nothing later in the thread does.
  const dayOfSetting = new Map<number, FoundDue>();
  for (const unit of units) {
    const before = prior;
    prior = unit;
    if (unit.speaker !== before?.speaker) turn += 1;
    // A thread reply that moves a date or hands an item on changes an item already read.
    if (rescheduled(unit, items, opts, ctx) || handedOver(unit, items, thread)) continue;
    // A line moving an item to someone else applies once every item is read (a correction may come first).
    const moved = unit.row ? null : readReassignment(unit.text);
    if (moved) {
      moves.push({ move: moved, writer: unit.speaker ?? opts.poster, line: unit.text, read: items.length });
      continue;
    }
    // Texting the writer ("Me (4:01 PM): ..."), the other one's "can you ...?" asks the one who posted, not "I", whoever speaks.
    const who = askedPerson(unit);
    const to = who && isWriter(who) ? opts.poster : who;
    // "Application packet: needs the new dates. Beatriz to update and post it by 11/6.": what a line's label names, its later sentences are about.
    const inBlock = !!before && sameBlock(before, unit);
    const about = inBlock ? blockTopic : undefined;
    blockTopic = (inBlock ? blockTopic : undefined) ?? lineTopic(unit.text);
    // In a forwarded chain, "I" is whoever wrote the mail the line is in.
    const writer = writerOf(unit);
    const found = unit.row ? fromRow(unit, opts, ctx) : fromText(unit, writer ? { ...opts, poster: writer } : opts, ctx, lastOwner, to, lowerInNote, person, about);
    // "W-12 has an IEP meeting Thursday. Please attend and bring the packet.": a sentence that gave a day and
    // nothing to do dates the undated items the next sentence of its line, paragraph or message gives.
    if (unit.speaker && asked && turn === asked.turn + 1 && INTERJECTION.test(unit.text)) accepted = turn;
    const earlier = dayBefore && before === dayBefore.unit && inBlock ? dayBefore.due : undefined;
    dayBefore = undefined;
    if (found.length === 0) {
      const day = findDue(unit.text, opts.meetingDate, ctx);
      if (day?.due && settingDay(unit.text, day, opts, ctx)) dayBefore = { unit, due: day };
      // "Ms. Amundsen reviewed the options. She will submit ...": "she" is who the sentence before was about.
      const subject = subjectOf(unit.text);
      if (subject) lastOwner = subject;
      // The answer to a chat turn comes in the next turn ("I can get the bank statements." / "Great, if you can have those in two weeks.").
      // A message back in the channel after a thread's replies ("Priya Raman 11:47 AM" under "    Marcus Bell 10:20 AM") answers none of them.
      // "Shay will line up the sites. No date on this yet." under "4. Job shadow day (Mar 18)": the day the title gave is not the item's.
      if (added && sameBlock(added.unit, unit) && NO_DATE.test(unit.text)) {
        for (const k of added.at) if (items[k]) items[k] = withoutDue(items[k]!);
        added = undefined;
      }
      const answer = !!unit.speaker && !!open?.unit.speaker && turn === open.turn + 1 && unit.depth === open.unit.depth;
      if (open && (sameBlock(open.unit, unit) || answer)) open = dateLater(open, unit, items, opts, ctx);
      continue;
    }
    const from = items.length;
    for (const item of found) {
      if (item.owners.length) lastOwner = item.owners;
      // "it" is the thing it points at, unless the reply takes on an item left open or asked of this person.
      const takesOn = thread.open !== undefined || items.some((i) => i.due === null && !i.dueFlag && sameOwners(i.owners, item.owners));
      // "Can you ask Buck about travel training for K?" / "Yes! I'll email Buck Amundsen tomorrow": the dated
      // promise of an answer that opens by saying yes is the request taken on, on the answer's day.
      const request = asked && accepted === turn ? items[asked.at] : undefined;
      // (A promise about "it", or in the request's own words, is left to the thread's replies and repeats: replies.ts.)
      const reworded = !!request && !POINTER.test(item.task) && taskSimilarity(request.task, item.task) < REPEAT_SIMILARITY;
      if (request && reworded && item.due && !request.due && !request.dueFlag && sameOwners(request.owners, item.owners)) {
        // The fuller wording of the two, as a dated promise to a request keeps it (replies.ts keepPromise).
        const task = request.task.length > item.task.length ? request.task : item.task;
        items[asked!.at] = { ...request, owners: item.owners, task, due: item.due, ...(item.dueText ? { dueText: item.dueText } : {}), quote: `${request.quote} / ${item.quote}` };
        asked = undefined;
        continue;
      }
      const at = items.length;
      addItem(items, takesOn ? item : datedByAntecedent(item, withAntecedent(item, unit, before), opts, ctx), thread, unit.speaker);
      const made = items.length > at ? items[at]! : undefined;
      if (unit.speaker && made && !made.due && !made.dueFlag && made.owners.length && !made.owners.some((o) => sameOwner(o, unit.speaker!))) asked = { turn, at };
      // Dated at the end, so that a reply's own day ("I'll have it back by monday") comes first.
      if (earlier && items.length > at && !items[at]!.due && !items[at]!.dueFlag) dayOfSetting.set(at, earlier);
    }
    added = { unit, at: items.slice(from).map((_, k) => from + k) };
    // "pull the numbers so far this year? need them for the 19th": vague timing gives way to a day said after it.
    open = { unit, turn, at: added.at.filter((k) => (items[k]!.due === null && items[k]!.dueFlag !== 'unparsed') || eventDay(items[k]!, opts, ctx)) };
  }
  for (const [k, day] of dayOfSetting) if (items[k] && !items[k]!.due && !items[k]!.dueFlag) items[k] = withDue(items[k]!, day);
  for (const m of moves) reassign(items, m.move, m.writer, m.line, m.read);
  const invited = findInvitedDay(notes, opts.meetingDate);
  return withoutRepeats(items.map((item) => datedByInvitation(datedByEvent(item, notes, opts, ctx), invited)));
}

/**
 * "Keisha: bring the service counts to the meeting." in an invitation to a meeting on 4/28: an undated
 * ask that names "the meeting" prepares for the one invited to, and is due that day.
 */
function datedByInvitation(item: ExtractedItem, invited: string | undefined): ExtractedItem {
  if (!invited || item.due || item.dueFlag) return item;
  const said = words(item.task).map((w) => letters(w).toLowerCase());
  const names = said.some((w, k) => w === 'the' && said[k + 1] === 'meeting');
  return names ? { ...item, due: invited, dueText: 'the meeting' } : item;
}

/**
 * The writer of each unit of a mail chain (addressee.ts chainWriters), found by where it stands in the notes,
 * read in order: its quote, or when a wrap split it, its first word; undefined for a unit of no mail of the
 * chain, and for every unit of other notes.
 */
function unitWriters(notes: string): (unit: Unit) => string | undefined {
  const writers = chainWriters(notes);
  if (!writers) return () => undefined;
  // Lines run on as one (the same length, so a place in it is a place in the notes).
  const flat = notes.replaceAll('\n', ' ');
  let cursor = 0;
  return (unit) => {
    const quote = unit.quote.trim();
    let at = flat.indexOf(quote, cursor);
    if (at < 0) at = flat.indexOf(quote.split(' ')[0]!, cursor);
    if (at < 0 || !quote) return undefined;
    cursor = at;
    return writers[notes.slice(0, at).split('\n').length - 1];
  };
}

/**
 * "make the referral ... before the IPE meeting" with "4. IPE meeting scheduled 03/10/2026" elsewhere in
 * the note: an undated item whose task ends naming a thing (a name or an acronym, then a noun) takes the
 * one day that the note's other lines give that thing, written after it.
 */
function datedByEvent(item: ExtractedItem, notes: string, opts: ExtractOptions, ctx: DateContext): ExtractedItem {
  if (item.due || item.dueFlag) return item;
  const said = words(item.task).map(letters);
  const noun = said.pop();
  const name = said.pop();
  if (!noun || !name || startsLower(name) || !startsLower(noun) || !lexicon.isNoun(noun)) return item;
  const thing = `${name} ${noun}`.toLowerCase();
  // The line names the thing, then its day ("IPE meeting scheduled 03/10/2026").
  const found = notes
    .split('\n')
    .filter((l) => l.trim() !== item.quote)
    .map((l) => ({ at: l.toLowerCase().indexOf(thing), due: findDue(l, opts.meetingDate, ctx) }))
    .filter((f) => f.at >= 0 && !!f.due?.due && f.due.start > f.at)
    .map((f) => f.due!);
  return found.length > 0 && found.every((d) => d.due === found[0]!.due) ? withDue(item, found[0]!) : item;
}

/**
 * "Can we do the intake for OAK-07 on 1/14 instead? I'll run it then": an undated item whose "it" turned
 * out to be a thing named with its day ("the intake ... on 1/14") is due that day.
 */
function datedByAntecedent(item: ExtractedItem, read: ExtractedItem, opts: ExtractOptions, ctx: DateContext): ExtractedItem {
  if (read === item || item.due || item.dueFlag) return read;
  const found = findDue(read.task, opts.meetingDate, ctx);
  return found?.due ? withDue({ ...read, task: cleanTask(cutDate(read.task, found)) }, found) : read;
}

/** "No date on this yet.", "No deadline.": a sentence saying the item before it has no day. */
const NO_DATE = /^\s*(?:but\s+)?no\s+(?:set\s+)?(?:date|deadline|due\s+date)\b/i;

function withoutDue(item: ExtractedItem): ExtractedItem {
  const { dueText: _text, dueFlag: _flag, dueWarning: _warning, ...rest } = item;
  return { ...rest, due: null };
}

/**
 * Whether a sentence or clause that gave a day and nothing to do sets the day of what follows ("W-12 has an
 * IEP meeting Thursday."): the one day it names, neither the day of the notes ("Bea started her leave today")
 * nor a day gone by ("the application went in 10/28", read as next year's), and not said of its writer or reader.
 */
function settingDay(text: string, day: FoundDue, opts: ExtractOptions, ctx: DateContext): boolean {
  return day.due !== opts.meetingDate && !findDue(cutDate(text, day), opts.meetingDate, ctx) && !farDateWarning(day.dueText, day.due, opts.meetingDate) && !personal(text);
}

/**
 * "... that'd be great because I'm presenting her case at staffing Thursday": a sentence about what its
 * writer or reader does, not the setting of what comes next.
 */
const personal = (text: string): boolean =>
  words(text).some((w) => {
    const l = letters(w);
    return l === 'I' || l === 'Im' || l === 'Ill' || l.toLowerCase() === 'you';
  });

/** The undated items one unit gave (their places in the list), and the unit and chat turn that gave them. */
interface Open {
  unit: Unit;
  turn: number;
  at: number[];
}

/** Two sentences of one line, one prose paragraph or one message. */
const sameBlock = (a: Unit, b: Unit): boolean => (a.paragraph !== undefined ? a.paragraph === b.paragraph : a.quote === b.quote && !!a.quote);

/**
 * "@Rachel can you pull the list? By Friday if possible.", "I can start travel training with him. First
 * session 1/5 if that works?": a later sentence of the same line, paragraph or message, or the reply to
 * it, that gives a day and nothing to do dates the undated items before it.
 */
function dateLater(open: Open, unit: Unit, items: ExtractedItem[], opts: ExtractOptions, ctx: DateContext) {
  const found = findDue(unit.text, opts.meetingDate, ctx);
  if (!found?.due || open.at.length === 0) return open;
  // A day that named the event ("an interpreter for the April 29 meeting") gives way only to a deadline ("by the 22nd").
  const dated = open.at.some((k) => items[k]!.due);
  if (dated && found.kind !== 'deadline') return open;
  for (const k of open.at) items[k] = withDue(withoutDue(items[k]!), found);
  return { ...open, at: [] };
}

/** An item dated only by a day after "on" or "for", which may be the event's rather than the deadline. */
const eventDay = (item: ExtractedItem, opts: ExtractOptions, ctx: DateContext): boolean =>
  !!item.dueText && findDue(item.dueText, opts.meetingDate, ctx)?.kind === 'event';

/** The numbers a task names ("packet number 3", "Rt 7"): tasks that differ in one are different items. */
const numbers = (task: string): string => (task.match(/\d+/g) ?? []).join(' ');


/**
 * A recap's "Action items" over the transcript they came from say each item twice ("Lorraine to send
 * the sign-up form to Dad by Friday" / "I'll send Dad the sign-up form by Friday"): one person's
 * items that name the same work and no different day are one, with the day either gives.
 */
function withoutRepeats(items: ExtractedItem[]): ExtractedItem[] {
  const out: ExtractedItem[] = [];
  for (const item of items) {
    const k = out.findIndex(
      (o) =>
        sameOwners(o.owners, item.owners) &&
        (!o.due || !item.due || o.due === item.due) &&
        numbers(o.task) === numbers(item.task) &&
        taskSimilarity(o.task, item.task) >= REPEAT_SIMILARITY,
    );
    // "traducir la carta ..." read just before "(Inés to translate the consent letter ...)": one item said in two
    // languages, kept in the one whose verb English knows, with the day either gives.
    const last = out[out.length - 1];
    if (k < 0 && last && sameOwners(last.owners, item.owners) && (translated(last, item) || translated(item, last))) {
      const [kept, other] = translated(last, item) ? [last, item] : [item, last];
      out[out.length - 1] = kept.due || !other.due ? kept : { ...kept, due: other.due, ...(other.dueText ? { dueText: other.dueText } : {}) };
    } else if (k < 0) out.push(item);
    else if (!out[k]!.due && item.due) out[k] = { ...out[k]!, due: item.due, ...(item.dueText ? { dueText: item.dueText } : {}) };
  }
  return out;
}

/** Whether `other` says `known`'s item in a language English does not know: its first word is no word of English. */
const translated = (known: ExtractedItem, other: ExtractedItem): boolean => startsWithTaskVerb(known.task) && !lexicon.knows(firstWord(other.task));

const lexicon = wordnet();
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
/** A word's letters alone ("Isabella," -> "Isabella"). */
const letters = (token: string): string => [...token].filter(isLetter).join('');

/**
 * A sentence typed in capitals ("DAD WILL REGISTER HER ONLINE BY MAY 14TH.", answers typed inline under
 * a mail's questions) read as if typed in sentence case. A word goes in lower case when the note itself
 * writes it so elsewhere ("her", which WordNet does not list), or when it is an English word WordNet
 * knows; any other word (a name: "MARCUS") is capitalised, and "I" stays as it is.
 */
function inSentenceCase(text: string, lowerInNote: ReadonlySet<string>): string {
  if (text !== text.toUpperCase() || words(text).length < SHOUTED_WORDS) return text;
  return text
    .split(' ')
    .map((token, k) => {
      const lower = token.toLowerCase();
      const core = [...lower].filter(isLetter).join('');
      if (!core) return token;
      const at = [...lower].findIndex(isLetter);
      const capital = k === 0 || core === 'i' || lower.startsWith(`i'`) || lower.startsWith('i’') || !(lowerInNote.has(core) || lexicon.knows(core));
      return capital ? lower.slice(0, at) + lower[at]!.toUpperCase() + lower.slice(at + 1) : lower;
    })
    .join(' ');
}

/** How many words a line in capitals must hold to be a sentence rather than a label ("IEP", "DONE"). */
const SHOUTED_WORDS = 3;

/** The marks that open and close a quotation. */
const OPENING = '"“';
const CLOSING = '"”';

/**
 * A message quoting words said earlier in the notes ('❤️ Liked "Yes! I'll put it in his binder Monday"', a
 * reply quoting the line it answers) says them again; it does not say them anew.
 */
function withoutRequoted(notes: string): string {
  let out = '';
  let from = 0;
  for (let at = 0; at < notes.length; at++) {
    if (!OPENING.includes(notes[at]!)) continue;
    let end = at + 1;
    while (end < notes.length && !CLOSING.includes(notes[end]!) && notes[end] !== '\n') end++;
    if (end >= notes.length || notes[end] === '\n') continue;
    const said = notes.slice(at + 1, end).trim();
    if (words(said).length >= REQUOTED_WORDS && notes.lastIndexOf(said, at - 1) >= 0) {
      out += notes.slice(from, at);
      from = end + 1;
    }
    at = end;
  }
  return out + notes.slice(from);
}

/** How many words a quotation must hold to be read as words said before, not a title ('the "Welcome" day'). */
const REQUOTED_WORDS = 3;

/** What a line, sentence or list item opens after: a capital just after one of these may only open a sentence. */
const OPENERS = '.!?-–—•*#>|~"“';

/**
 * Who the note itself treats as a person, judged from the note rather than from a capital: a capitalised
 * word it also writes within a sentence ("posted by Hector", "(Alvarado)", "thanks Rachel"), before a
 * surname English does not know ("Grace Nwachukwu"), as a speaker or a person's heading, or a word
 * English does not know at all ("Priya"). "Also: I'll email ...", "Today: I'll pick up ...", "Called the
 * family" open lines only and are English words: no one, whatever their capital. Handles, titles, roles
 * and initials are judged elsewhere (owners.ts).
 */
function personOfNote(notes: string, units: Unit[]): { label: (owner: string) => boolean; owner: (owner: string) => boolean } {
  const named = new Set(units.flatMap((u) => [u.speaker, u.person]).flatMap((p) => (p ? words(p).map((w) => letters(w).toLowerCase()) : [])));
  const known = (w: string) => lexicon.knows(w);
  let prev = '';
  let prevWord = '';
  for (let at = 0; at < notes.length; at++) {
    const c = notes[at]!;
    if (!isLetter(c) || (at > 0 && isLetter(notes[at - 1]!))) {
      if (c.trim() || c === '\n') [prev, prevWord] = [c, ''];
      continue;
    }
    let end = at;
    while (end < notes.length && isLetter(notes[end]!)) end++;
    const word = notes.slice(at, end);
    const lower = word.toLowerCase();
    if (word[0] !== lower[0]) {
      if (prev && prev !== '\n' && !OPENERS.includes(prev)) named.add(lower);
      // "Grace Nwachukwu": a known word before a surname English does not know is a first name.
      if (prevWord && !known(lower) && word !== word.toUpperCase()) named.add(prevWord);
      prevWord = known(lower) ? lower : '';
    } else prevWord = '';
    prev = notes[end - 1]!;
    at = end - 1;
  }
  const judge =
    (strict: boolean) =>
    (owner: string): boolean =>
      isWriter(owner) ||
      isRole(owner) ||
      isTitled(owner) ||
      !words(owner).some((w) => {
        // "I'll" is "I": a word is judged without what its apostrophe adds.
        const core = letters(w.split("'")[0]!.split('’')[0]!);
        const lower = core.toLowerCase();
        // Within a clause a noun may be a first name ("Ray", "Pat"); a word English knows only otherwise ("Also", "Called") is not.
        // Inside someone's turn a label in lower case ("on it — I'll post it") is no one either.
        if (strict && core === lower && core.length > 1) return !named.has(lower);
        return core.length > 1 && core !== lower && !named.has(lower) && known(lower) && (strict || !lexicon.knowsAsNoun(lower));
      });
  return { label: judge(true), owner: judge(false) };
}

/** The words a note writes in lower case somewhere: what it counts as common words, not names. */
function lowerCaseWords(notes: string): Set<string> {
  return new Set(words(notes).map(letters).filter((w) => w && w === w.toLowerCase()));
}

function fromText(
  unit: Unit,
  opts: ExtractOptions,
  ctx: DateContext,
  lastOwner: string[] | undefined,
  addressee: string | undefined,
  lowerInNote: ReadonlySet<string>,
  person: { label: (owner: string) => boolean; owner: (owner: string) => boolean },
  blockTopic?: string,
): ExtractedItem[] {
  if (unit.checkbox === 'done' || unit.section === 'done' || struck(unit.text) || doneAfterDash(unit.text)) return [];
  // Bold and underline mark emphasis ("**Dana Alvarez**: send ..."), never meaning.
  let text = inSentenceCase(unit.text.replace(EMPHASIS, ''), lowerInNote);
  // "(Inés to translate the VR consent letter into Spanish, by Friday.)": a line wholly in brackets says what it says.
  if (text.startsWith('(') && text.endsWith(')') && !text.slice(1, -1).includes('(')) text = text.slice(1, -1);
  let speaker: string | undefined = unit.speaker;
  let explicit = false;
  // "ASAP: Tom to fax ...": a timing label before the line says nothing of who does what.
  text = selfCorrected(text.replace(TIMING_LABEL, ''));
  // "[BP]  redo the visual schedule" under "TO DO": a whiteboard tags each line with its owner in square brackets.
  const close = text.startsWith('[') ? text.indexOf(']') : -1;
  const tag = text.slice(1, Math.max(close, 0));
  // "[pink]    Sam → add the vocab pages": any other tag (a sticky's colour, "[yellow sticky #1]") labels where the line was written, not what it says.
  if (tag.length > 1 && OWNERS_ONLY.test(tag) && splitOwners(tag).every(isPlausibleOwner)) text = `${tag}: ${text.slice(close + 1).trimStart()}`;
  else if (close > 0 && text.slice(close + 1).trim()) text = text.slice(close + 1).trimStart();
  // "**Priya (VR)**" over "- Will send the list by Friday" or "- Bringing the sign-up sheet to the fair": what she will do.
  if (unit.person) {
    // "Please attend and bring the packet" under "FOR YOU, KELSEY:" asks her as plainly as "Attend ..." does.
    if (firstWord(text) === 'please') text = text.trimStart().slice('please'.length);
    const first = firstWord(text);
    // Under "FOR YOU, DELIA", "- Enter the progress reports by 3/12" is hers to do.
    const base = first.endsWith('ing') ? gerundBase(first) : first === 'will' ? '' : startsWithTaskVerb(text) && NAME_ONLY.test(unit.person) ? first : null;
    if (base !== null) text = oneSpaced(`${unit.person} will ${base} ${text.trimStart().slice(first.length)}`);
  }
  const marker = MARKER.exec(text);
  if (marker) {
    explicit = true;
    text = text.slice(marker[0].length);
    if (marker[1]) speaker = marker[1].trim();
  }
  // Under "Decisions"/"Agreements" only a named person's dated promise is a task ("Ms. Y will send X by May 3").
  const decision = unit.section === 'decision' && !explicit;
  // "Isabella: I'll send the forms to Dana so she can do them with Isabella in class": a label the sentence
  // names again in the third person is its topic, not its speaker.
  const labelled = SPEAKER.exec(text);
  const named = labelled ? letters(words(labelled[1]!).at(-1)!) : '';
  // "Also: I'll email ...", "Today: I'll pick up ..." in a turn already someone's: a label the note never treats as a person is no speaker.
  const said = labelled && (unit.speaker || unit.person ? person.label : person.owner)(labelled[1]!) && !words(text.slice(labelled[0].length)).some((w) => letters(w) === named) ? labelled : null;
  if (said) {
    speaker = said[1];
    text = text.slice(said[0].length);
  }
  // "[Me  3:52 PM]", "ME" over the poster's own lines: the poster, as "I" is.
  if (speaker && isWriter(speaker)) speaker = undefined;
  const clauseCtx: ClauseContext = {
    listed: explicit || unit.section === 'action' || unit.checkbox === 'open',
    bullet: unit.bullet,
    speaker: speaker ?? opts.poster,
    voiced: !!unit.speaker,
    ...(addressee ? { addressee } : {}),
    lastOwner,
    sentence: text,
    person: person.owner,
  };
  // "paratransit app → Grandma has it → Grandma to get the Dr's sig by 10/1": the last step is what to do.
  const chain = arrowStep(text, opts, ctx, unit.bullet);
  if (chain) {
    text = chain.step;
    clauseCtx.step = true;
    clauseCtx.sentence = text;
    // "transcript + SOP draft → me, EOW": a step that only names who and when takes on the topic ("Referral → VR" reports where it went).
    const due = findDue(chain.step, opts.meetingDate, ctx);
    const who = due ? cutDate(chain.step, due).replace(LOOSE_ENDS, '') : chain.step;
    if (chain.topic && due?.due && OWNERS_ONLY.test(who)) {
      const owners = splitOwners(who);
      if (owners.every(isPlausibleOwner)) return [withDue({ owners: resolveOwners(owners, speaker ?? opts.poster), task: chain.topic, quote: unit.quote }, due)];
    }
  }
  const out: ExtractedItem[] = [];
  const lead = findDue(text, opts.meetingDate, ctx);
  // "End of the month is fine.": a date said on its own after a request is that request's date.
  if (lead?.due && lastOwner?.length && DATE_ALONE.test(cutDate(text, lead).trim())) {
    return [withDue({ owners: lastOwner, task: 'do that', quote: unit.quote }, lead)];
  }
  // "By June 30, Mr. Okafor will send ...": a date that opens the sentence times the clauses after it.
  let leadDue: FoundDue | null = null;
  if (lead && !text.slice(0, lead.start).trim() && opensWithComma(text.slice(lead.end))) {
    leadDue = lead;
    text = text.slice(lead.end).trimStart().slice(1).trimStart();
  }
  if (!leadDue && unit.due && !EMPTY_CELL.test(unit.due)) {
    const r = resolveDate(unit.due, opts.meetingDate, ctx);
    leadDue = { due: r.due, dueText: unit.due, dueFlag: r.flag, start: 0, end: 0 };
  }
  // "7. FIRST STEPS – next month (by April 9)" over its items: a title's date times what is listed under it.
  if (!leadDue && unit.parent) {
    // "next month (by April 9)": the day that pins the span, when the title gives one.
    let titled = findDue(unit.parent, opts.meetingDate, ctx);
    if (titled && !titled.due) {
      const after = findDue(unit.parent.slice(titled.end), opts.meetingDate, ctx);
      if (after?.due) titled = { ...after, start: after.start + titled.end, end: after.end + titled.end };
    }
    const title = titled?.due ? cutDate(unit.parent, titled) : '';
    if (title && words(title).filter((w) => /\p{L}/u.test(w)).length <= TOPIC_WORDS && !startsWithTaskVerb(title)) leadDue = titled;
  }
  // "Accommodation request form – Priya to send to LB by Tuesday": a label before a dash names what the clause after it is about.
  let label: string | undefined;
  // "[b]Who's driving her? / I'll take her" on "Tamsbury CC visit moved to 3/10[b]": a comment is about the line it marks, on its day.
  const marked = unit.anchor ? findDue(unit.anchor, opts.meetingDate, ctx) : null;
  if (!leadDue && marked?.due) leadDue = marked;
  const about = unit.anchor ? (marked ? cutDate(unit.anchor, marked) : unit.anchor) : blockTopic;
  // "next appointment is March 5th, I'll review the records at that appointment": the day a clause gave with nothing to do.
  let setting: FoundDue | undefined;
  for (const clause of splitClauses(text)) {
    const labelled = label;
    label = undefined;
    const found = findDue(clause, opts.meetingDate, ctx);
    const due = found ?? setting ?? leadDue;
    setting = undefined;
    const rest = found ? cutDate(clause, found) : clause;
    clauseCtx.dated = !!due?.due;
    clauseCtx.deadline = due?.kind === 'deadline';
    clauseCtx.vague = due?.dueFlag === 'vague';
    clauseCtx.dueText = due?.dueText;
    const c = readClause(rest, clauseCtx);
    if (!c) {
      // "Mr. O will add the job shadow as an activity, he'll have the wording to me by Friday": a later clause that gives a day and nothing to do dates the item before it.
      const last = out[out.length - 1];
      if (found?.due && last && last.due === null && !last.dueFlag) out[out.length - 1] = withDue(last, found);
      const subject = subjectOf(rest);
      if (subject) clauseCtx.lastOwner = subject;
      if (!found && isLabel(clause, text)) label = clause;
      if (found?.due && settingDay(clause, found, opts, ctx)) setting = found;
      continue;
    }
    const owners = explicit && marker?.[1] && c.owners.length === 0 ? splitOwners(marker[1]) : c.owners;
    // "paratransit app → Grandma to get the Dr to sign": the task says what it is about when its words do not
    // ("it" is filled with the topic later: antecedent.ts).
    // "PMCC welding cert?? → ...": the question marks of shorthand say it was open, not that the topic is a sentence.
    const shortTopic = chain?.topic.replace(/\?+$/, '');
    const topic = shortTopic && words(shortTopic).length <= TOPIC_WORDS && !hasSentenceStop(shortTopic) ? shortTopic : (labelled ?? (about && words(about).length <= TOPIC_WORDS ? about : undefined));
    const bare = cleanTask(c.task);
    const task = topic && bare && !POINTER.test(bare) && taskSimilarity(bare, topic) === 0 ? `${bare} (${topic})` : bare;
    if (!task) continue;
    if (decision && (!due?.due || c.owners.length === 0)) continue;
    const item = withDue({ owners: resolveOwners(owners, speaker ?? opts.poster), task, quote: unit.quote }, due);
    // "R.H. to submit it online by Friday, I'll sit with him during advisory to do it": a clause with no date
    // whose last word points back at the clause before it does that work, by its day.
    const last = out[out.length - 1];
    if (!due && last?.due && isPointer(words(task).at(-1)!)) Object.assign(item, { due: last.due, dueText: last.dueText });
    out.push(item);
    clauseCtx.lastOwner = owners;
  }
  return out;
}

/**
 * The thing a line's label names before its colon ("🟡 **AMBER** — Application packet: needs the new
 * dates."): a few words, some in lower case (a name alone, "Dana:", is a speaker), that neither order
 * nor report ("Update:", "FYI:").
 */
function lineTopic(text: string): string | undefined {
  const head = /^[^:]{3,60}(?=:\s)/.exec(text.replace(EMPHASIS, ''))?.[0];
  const label = head?.split(TOPIC_CUT).at(-1)?.replace(/^[^\p{L}\d]+/u, '').trim();
  if (!label || hasSentenceStop(label) || words(label).length > TOPIC_WORDS || !words(label).some(startsLower)) return undefined;
  if (startsWithTaskVerb(label) || subjectOf(label) || classifyHeading(label) !== 'other' || KIND_LABEL.test(label)) return undefined;
  return label;
}

/** Labels that say what kind of line follows, not what it is about. */
const KIND_LABEL = /^(?:re|per)\b|\b(?:fyi|notes?|updates?|status|questions?|discussion|reminders?|recap|summary)\b/i;

/** A few words naming a thing, set apart from the clause after them by a dash ("Accommodation request form – Priya to send ..."). */
function isLabel(clause: string, text: string): boolean {
  const after = text.slice(text.indexOf(clause) + clause.length).trimStart();
  return DASHES.includes(after[0] ?? '') && words(clause).length <= TOPIC_WORDS && ![...'.!?,;:'].some((c) => clause.includes(c)) && !startsWithTaskVerb(clause) && !subjectOf(clause);
}

const DASHES = '-–—';

/** The arrows of typed-up shorthand ("→", "->", "-->", "=>"). */
const ARROW = /\s*(?:-{1,2}>|→|=>|⟶)\s*/;

/**
 * A line of topic → status → step ("travel training → Pat will start once the app is approved", "SOP ->
 * Marcus finishing it -> 5/21"): the last step that is more than a date, with the dates after it, and
 * the topic the line opens with. Null when the line opens with its owner ("PN -> send the invite"; read
 * as usual) or has no arrow.
 */
function arrowStep(text: string, opts: ExtractOptions, ctx: DateContext, listed: boolean): { step: string; topic: string } | null {
  const parts = text.split(ARROW).map((p) => p.trim());
  if (parts.length < 2) return listed ? dashedStep(text, opts, ctx) : null;
  if (!parts[0] || (OWNERS_ONLY.test(parts[0]) && splitOwners(parts[0]).every(isPlausibleOwner))) return null;
  let k = parts.length - 1;
  const dates: string[] = [];
  for (; k > 0; k--) {
    const due = findDue(parts[k]!, opts.meetingDate, ctx);
    if (!due || parts[k]!.slice(0, due.start).trim() || parts[k]!.slice(due.end).replace(LOOSE_ENDS, '')) break;
    dates.unshift(parts[k]!);
  }
  // "Keisha doing the IPE amendment -> 5/21": the line is its own step, with its date after the arrow.
  const step = [parts[k]!, ...dates].join(', ');
  // "ME: grocery budgeting unit → write lesson plans": an owner set before the topic by a colon hands the step that says what to do.
  const colon = parts[0].indexOf(': ');
  const owner = parts[0].slice(0, colon);
  if (k > 0 && colon > 0 && ownersAlone(owner) && startsWithTaskVerb(step)) return { step: `${owner} → ${step}`, topic: parts[0].slice(colon + 1).trim() };
  return { step, topic: k > 0 ? parts[0] : '' };
}

/** Someone named alone, as the line's owner: "Tamsin", "Luis Ortega (Bridgeway)". */
const ownersAlone = (text: string): boolean => OWNERS_ONLY.test(text) && splitOwners(text).every(isPlausibleOwner);

/**
 * A list item of topic, owner and step set apart by spaced dashes ("Exhibitor name badges — Tamsin — print
 * them Wed 3/11") or of topic and owner with a day ("Spanish signage for the lots — Gwen, by Tuesday"): read
 * as a line of arrows is. Null for any other dashes ("Collect the forms — Mr. Barrow" reads as usual).
 */
function dashedStep(text: string, opts: ExtractOptions, ctx: DateContext): { step: string; topic: string } | null {
  const parts = text.replaceAll(' – ', ' — ').split(' — ').map((p) => p.trim());
  const [topic, who, step, ...more] = parts;
  if (!topic || !who || more.length || startsWithTaskVerb(topic) || subjectOf(topic)) return null;
  if (step) return ownersAlone(who) ? { step: `${who} — ${step}`, topic } : null;
  const due = findDue(who, opts.meetingDate, ctx);
  return due?.due && ownersAlone(cutDate(who, due).replace(LOOSE_ENDS, '')) ? { step: who, topic } : null;
}

const opensWithComma = (text: string): boolean => text.trimStart().startsWith(',');
const endsWithComma = (text: string): boolean => text.trimEnd().endsWith(',');

/** The clause without its date phrase; "will, by June 30, send" loses the commas around the cut too. */
function cutDate(clause: string, due: FoundDue): string {
  let before = clause.slice(0, due.start);
  let after = clause.slice(due.end);
  if (endsWithComma(before) && opensWithComma(after)) {
    before = before.trimEnd().slice(0, -1);
    after = after.trimStart().slice(1);
  }
  // "Request a tour: Mr. Osei, in two weeks." leaves "..., ." behind: the owner must end the clause again
  // ("... forms etc. by Friday." ends with one full stop, not two).
  const cut = `${before} ${after}`.replace(/[\s,;]+([.!?]?)\s*$/, '$1');
  return cut.endsWith('..') ? cut.slice(0, -1) : cut;
}

function fromRow(unit: Unit, opts: ExtractOptions, ctx: DateContext): ExtractedItem[] {
  const row = unit.row!;
  if (unit.section === 'done' || (row.status && DONE_STATUS.test(row.status))) return [];
  // A status that parks the row ("parking lot", "decided") says what a heading above it would: no task.
  if (row.status && classifyHeading(row.status) === 'decision') return [];
  const rawTask = (row.task ?? '').trim();
  // "Benefits consult held 10/19 (done).": a status in brackets closing the task cell.
  const aside = STATUS_ASIDE.exec(rawTask)?.[1];
  if (EMPTY_CELL.test(rawTask) || (aside && DONE_STATUS.test(aside)) || [row.owner, row.task].some((cell) => cell && struck(cell)) || (row.due && DONE_STATUS.test(row.due))) return [];
  const owners = row.owner && !EMPTY_CELL.test(row.owner) ? resolveOwners(splitOwners(row.owner), opts.poster) : [];
  // With nobody named, a row is a task only when it says what to do ("nothing until spring" is a status).
  if (owners.length === 0 && !startsWithTaskVerb(rawTask)) return [];
  let due: FoundDue | null = null;
  let taskText = rawTask;
  // "~~3/12~~ Fri": a day struck through is the day no longer meant; the one after it is.
  const dueCell = row.due?.slice(Math.max(struckEnd(row.due), 0)).trim();
  if (dueCell && !EMPTY_CELL.test(dueCell)) {
    const r = resolveDate(dueCell, opts.meetingDate, ctx);
    due = { due: r.due, dueText: dueCell, dueFlag: r.flag, start: 0, end: 0 };
  } else {
    due = findDue(rawTask, opts.meetingDate, ctx);
    // "Boot camp room reservation at PMCC (June 14-17)" with its due cell empty: a day the task names is the event's, not a deadline.
    if (due && row.due !== undefined && due.kind !== 'deadline') due = null;
    if (due) taskText = `${rawTask.slice(0, due.start)} ${rawTask.slice(due.end)}`;
  }
  // "WHAT: look into summer camp? / WHEN: undecided": a question put on the form with no day is not yet anyone's task.
  if (rawTask.endsWith('?') && !due?.due) return [];
  return [withDue({ owners, task: cleanTask(askedIn(taskText, owners, opts)), quote: unit.quote }, due)];
}

/**
 * A task written as the message that asked it ('"@dwayne can you add a blurb about the youth program here?
 * Need it so we can send it to the printer."' over "Assigned to Dwayne"): what its first sentence that
 * asks something of the owner asks. The cell as it is when it is one sentence or none asks.
 */
function askedIn(cell: string, owners: string[], opts: ExtractOptions): string {
  const said = sentences(cell);
  if (said.length < 2) return cell;
  for (const quoted of said) {
    const s = quoted.replace(/^["“]|["”]$/g, '');
    const c = readClause(s, { listed: false, speaker: opts.poster, addressee: owners[0], sentence: s });
    if (c?.task && c.owners.length && !c.owners.some((o) => isWriter(o) || o === opts.poster)) return c.task;
  }
  return cell;
}
