// The offline extractor: deterministic rules over how coordinators write notes. A real product path
// for schools without an AI contract, not a stub.
import { readClause, splitClauses, subjectOf, type ClauseContext } from './clauses.js';
import { findDue, findNextMeeting, type FoundDue } from './date-find.js';
import { resolveDate, type DateContext } from './dates.js';
import { OWNERS_RE, resolveOwners, splitOwners } from './owners.js';
import { segment, type Unit } from './segment.js';
import { startsWithTaskVerb } from './verbs.js';
import { sameOwner, sameOwners, taskSimilarity } from './score.js';
import { cleanTask } from './task.js';
import type { ExtractOptions, ExtractedItem } from './types.js';
import { readMentions } from './mentions.js';
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
// "Jen: I'll ...", "Ms. Chen: sure, I can ...": the speaker owns the "I".
const SPEAKER =
  /^((?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ.'’-]*(?:\s+[A-Z][\wÀ-ɏ.'’-]*)?)\s*:\s+(?=(?:(?:sure(?:\s+thing)?|yes|yep|yeah|ok|okay|will do|sounds good|no problem|absolutely|of course|definitely|great|got it|perfect|on it)\b\s*[,!.:;—–-]*\s*)?I\b)/i;
/** A status (or due) cell that reports the item finished ("done 10/2", "sent", "✅"). */
const DONE_STATUS = /\b(?:done|complete[d]?|finished|closed|sent|yes)\b|✅|✔/i;
const ANAPHORIC = /^(?:take care of|[a-z]+)\s+(?:that|it|this|those|these)(?:\s+one)?(?:\s+(?:out|done|over|back|in|off|up))?(?:\s+(?:morning|afternoon|evening))?$/i;
/**
 * "I still need the latest progress report (...). Could you send that to me?": a request whose object
 * is a pronoun, after a sentence of the same paragraph saying what is needed, asks for that thing.
 */
const NEEDED = /\b(?:need|missing|waiting (?:on|for))\s+(.+?)(?:\s*\([^)]*\))?\s*[.;]?$/i;
const POINTER = /^(\w+\s+)(?:that|those|these|it|them)\b/i;
const EMPTY_CELL = /^(?:|-+|—|–|n\/?a|none)$/i;
/** What may surround a date given on its own ("End of the month is fine", "No rush, Friday works"). */
const DATE_ALONE = /^(?:(?:no rush|no hurry|either way)[,.!]?\s*)?(?:is|would be|should be)?\s*(?:fine|ok|okay|great|perfect|good|works)[\s.!]*$/i;
/** A cell or line struck through ("~~order lanyards~~"): cancelled, not to do. */
const STRUCK = /^~~[^~]+~~/;

export function extractActions(raw: string, opts: ExtractOptions): ExtractedItem[] {
  const text = readMentions(raw).text;
  // A reply is read without the mail it quotes: what was asked and promised before is not this meeting's.
  const notes = plainSpoken(withoutQuotedMail(text) ?? text);
  const ctx: DateContext = { nextMeeting: findNextMeeting(notes, opts.meetingDate) };
  const addressee = mailAddressee(notes);
  const recipients = mailRecipients(notes);
  // "Dana, for Keanu I'm still missing his IEP. Could you send it by the 15th?": a paragraph of a
  // mail opened with one recipient's name asks that person, whoever else the mail is to.
  let vocative: { paragraph: number; name: string } | undefined;
  let before: Unit | undefined;
  const items: ExtractedItem[] = [];
  let lastOwner: string[] | undefined;
  const units = segment(notes);
  // Two people texting: "could you ..." from one asks the other.
  const speakers = [...new Set(units.map((u) => u.speaker).filter((x): x is string => !!x))];
  for (const unit of units) {
    const prior = before;
    before = unit;
    if (rescheduled(unit, items, opts, ctx) || handedOver(unit, items)) continue;
    const named = unit.paragraph !== undefined ? recipients.find((r) => unit.text.startsWith(`${r.split(' ')[0]},`)) : undefined;
    if (named) vocative = { paragraph: unit.paragraph!, name: named };
    const other = speakers.length === 2 && unit.speaker ? speakers.find((x) => x !== unit.speaker) : undefined;
    const to = vocative && vocative.paragraph === unit.paragraph ? vocative.name : (addressee ?? other);
    const needed = prior && unit.paragraph !== undefined && prior.paragraph === unit.paragraph ? NEEDED.exec(prior.text)?.[1] : undefined;
    const found = (unit.row ? fromRow(unit, opts, ctx) : fromText(unit, opts, ctx, lastOwner, to)).map((item) =>
      needed && POINTER.test(item.task) ? { ...item, task: item.task.replace(POINTER, `$1${needed}`) } : item,
    );
    for (const item of found) {
      if (item.owners.length) lastOwner = item.owners;
      const dup = items.some((i) => i.task === item.task && i.owners.join('|') === item.owners.join('|'));
      if (dup || !item.task) continue;
      if (ANAPHORIC.test(item.task)) {
        // "I can do that by Friday" answers the last request to this person; alone it says nothing to do.
        // The reply's date is the promise: it answers the last request to this person, undated ones first.
        let asked = -1;
        let undated = -1;
        items.forEach((i, k) => {
          if (!sameOwners(i.owners, item.owners)) return;
          asked = k;
          if (i.due === null) undated = k;
        });
        if (undated >= 0) asked = undated;
        if (asked >= 0) items[asked] = { ...item, task: items[asked]!.task };
        continue;
      }
      // A request without a date answered by a dated promise ("can you send X?" / "sure, I can send X by Friday")
      // is one item: keep the fuller wording and the date.
      const asked = items.findIndex(
        (i) => i.due === null && !i.dueFlag && item.due !== null && sameOwners(i.owners, item.owners) && taskSimilarity(i.task, item.task) >= 0.6,
      );
      if (asked >= 0) {
        const prior = items[asked]!;
        items[asked] = { ...item, task: prior.task.length > item.task.length ? prior.task : item.task };
        continue;
      }
      items.push(item);
    }
  }
  return items;
}

/** "actually can Priya take the bus pass one?": a thread reply handing one of the speaker's items to someone else. */
const HAND_OVER = new RegExp(`\\b(?:can|could)\\s+(${OWNERS_RE})\\s+(?:take|grab|handle|cover|do)\\s+(?:over\\s+)?(.+?)\\??$`);

/** The speaker's item the reply names best goes to the person it names; the reply adds nothing. */
function handedOver(unit: Unit, items: ExtractedItem[]): boolean {
  const m = unit.speaker && !unit.row ? HAND_OVER.exec(unit.text) : null;
  if (!m) return false;
  const own = items.map((item, i) => ({ item, i })).filter(({ item }) => item.owners.some((o) => sameOwner(o, unit.speaker!)));
  if (own.length === 0) return false;
  const best = own.reduce((a, b) => (taskSimilarity(b.item.task, m[2]!) > taskSimilarity(a.item.task, m[2]!) ? b : a));
  if (taskSimilarity(best.item.task, m[2]!) === 0) return false;
  items[best.i] = { ...best.item, owners: splitOwners(m[1]!), quote: `${best.item.quote} / ${unit.quote}` };
  return true;
}

/**
 * "Can we push the first session to Tues the 27th?", "ok if the applications go out by 4/6 instead?",
 * "Can we make it 4/21?": a new date for an item already read.
 */
const MOVE = /\b(?:push(?:ed)?|mov(?:e|ed)|bump(?:ed)?|reschedul(?:e|ed)|postpon(?:e|ed)|slid(?:e)?)\b[^.?!]*?\b(?:to|till|until)\b|\binstead\b|\bmake\s+(?:it|that)\s+(?=(?:the\s+)?\d)/i;

/**
 * A thread reply that moves the date of an item: that item takes the new date and the reply adds
 * nothing. The item is the speaker's own (their latest, or the one the reply names best); from
 * someone who owns none ("ISP update moved to 4/30" from the one who posted the list), the item the
 * reply names.
 */
function rescheduled(unit: Unit, items: ExtractedItem[], opts: ExtractOptions, ctx: DateContext): boolean {
  const move = unit.speaker && !unit.row ? MOVE.exec(unit.text) : null;
  if (!move) return false;
  // The new date is the one the move names ("push ... to Tues"), else the one the reply gives.
  const due = findDue(unit.text.slice(move.index), opts.meetingDate, ctx) ?? findDue(unit.text, opts.meetingDate, ctx);
  if (!due?.due) return false;
  const all = items.map((item, i) => ({ item, i }));
  const own = all.filter(({ item }) => item.owners.some((o) => sameOwner(o, unit.speaker!)));
  const named = (x: { item: ExtractedItem }) => taskSimilarity(x.item.task, unit.text);
  const candidates = own.length > 0 ? own : all.filter((x) => named(x) > 0);
  if (candidates.length === 0) return false;
  const best = candidates.reduce((a, b) => (named(b) > named(a) ? b : a), candidates[candidates.length - 1]!);
  items[best.i] = withDue({ ...best.item, quote: `${best.item.quote} / ${unit.quote}` }, due);
  return true;
}

function withDue(base: Omit<ExtractedItem, 'due'>, due: FoundDue | null): ExtractedItem {
  if (!due) return { ...base, due: null };
  const item: ExtractedItem = { ...base, due: due.due, dueText: due.dueText };
  if (due.dueFlag) item.dueFlag = due.dueFlag;
  return item;
}

/** The one person an email is written to ("To: Dana Whitfield <dw@...>"): "could you ..." in it asks them. */
function mailAddressee(notes: string): string | undefined {
  const all = mailRecipients(notes);
  return all.length === 1 ? all[0] : undefined;
}

/** The people a mail is written to, by name ("To: Marisol Quintana <mq@...>; Dana Whitfield <dw@...>"). */
function mailRecipients(notes: string): string[] {
  const line = /^To:\s*(.+)$/m.exec(notes)?.[1];
  if (!line) return [];
  // Without the addresses and quotes; names are parted by ";" (or by "," after an address).
  const names = line.split(/;|(?<=>)\s*,/).map((n) => n.replace(/<[^>]*>|["']/g, '').trim());
  return names.every((n) => /^[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*){0,2}$/.test(n)) ? names : [];
}

function fromText(unit: Unit, opts: ExtractOptions, ctx: DateContext, lastOwner?: string[], addressee?: string): ExtractedItem[] {
  if (unit.checkbox === 'done' || unit.section === 'done' || STRUCK.test(unit.text)) return [];
  // Bold and underline mark emphasis ("**Dana Alvarez**: send ..."), never meaning.
  let text = unit.text.replace(/\*\*|__/g, '');
  let speaker: string | undefined = unit.speaker;
  let explicit = false;
  // "ASAP: Tom to fax ...": a timing label before the line says nothing of who does what.
  text = selfCorrected(text.replace(TIMING_LABEL, ''));
  const marker = MARKER.exec(text);
  if (marker) {
    explicit = true;
    text = text.slice(marker[0].length);
    if (marker[1]) speaker = marker[1].trim();
  }
  // Under "Decisions"/"Agreements" only a named person's dated promise is a task ("Ms. Y will send X by May 3").
  const decision = unit.section === 'decision' && !explicit;
  const said = SPEAKER.exec(text);
  if (said) {
    speaker = said[1];
    text = text.slice(said[0].length);
  }
  const clauseCtx: ClauseContext = {
    listed: explicit || unit.section === 'action' || unit.checkbox === 'open',
    bullet: unit.bullet,
    speaker: speaker ?? opts.poster,
    ...(addressee ? { addressee } : {}),
    lastOwner,
    sentence: text,
  };
  const out: ExtractedItem[] = [];
  const lead = findDue(text, opts.meetingDate, ctx);
  // "End of the month is fine.": a date said on its own after a request is that request's date.
  if (lead?.due && lastOwner?.length && DATE_ALONE.test(cutDate(text, lead).trim())) {
    return [withDue({ owners: lastOwner, task: 'do that', quote: unit.quote }, lead)];
  }
  // "By June 30, Mr. Okafor will send ...": a date that opens the sentence times the clauses after it.
  let leadDue: FoundDue | null = null;
  if (lead && !text.slice(0, lead.start).trim() && LEADING_COMMA.test(text.slice(lead.end))) {
    leadDue = lead;
    text = text.slice(lead.end).replace(LEADING_COMMA, '').trimStart();
  }
  if (!leadDue && unit.due && !EMPTY_CELL.test(unit.due)) {
    const r = resolveDate(unit.due, opts.meetingDate, ctx);
    leadDue = { due: r.due, dueText: unit.due, dueFlag: r.flag, start: 0, end: 0 };
  }
  for (const clause of splitClauses(text)) {
    const found = findDue(clause, opts.meetingDate, ctx);
    const due = found ?? leadDue;
    const rest = found ? cutDate(clause, found) : clause;
    clauseCtx.dated = !!due?.due;
    clauseCtx.vague = due?.dueFlag === 'vague';
    const c = readClause(rest, clauseCtx);
    if (!c) {
      const subject = subjectOf(rest);
      if (subject) clauseCtx.lastOwner = subject;
      continue;
    }
    const owners = explicit && marker?.[1] && c.owners.length === 0 ? splitOwners(marker[1]) : c.owners;
    const task = cleanTask(c.task);
    if (!task) continue;
    if (decision && (!due?.due || c.owners.length === 0)) continue;
    out.push(withDue({ owners: resolveOwners(owners, speaker ?? opts.poster), task, quote: unit.quote }, due));
    clauseCtx.lastOwner = owners;
  }
  return out;
}

const LEADING_COMMA = /^\s*,/;
const TRAILING_COMMA = /,\s*$/;

/** The clause without its date phrase; "will, by June 30, send" loses the commas around the cut too. */
function cutDate(clause: string, due: FoundDue): string {
  let before = clause.slice(0, due.start);
  let after = clause.slice(due.end);
  if (TRAILING_COMMA.test(before) && LEADING_COMMA.test(after)) {
    before = before.replace(TRAILING_COMMA, '');
    after = after.replace(LEADING_COMMA, '');
  }
  // "Request a tour: Mr. Osei, in two weeks." leaves "..., ." behind: the owner must end the clause again.
  return `${before} ${after}`.replace(/[\s,;]+([.!?]?)\s*$/, '$1').replace(/\.\.$/, '.');
}

function fromRow(unit: Unit, opts: ExtractOptions, ctx: DateContext): ExtractedItem[] {
  const row = unit.row!;
  if (unit.section === 'done' || (row.status && DONE_STATUS.test(row.status))) return [];
  const rawTask = (row.task ?? '').trim();
  if (!rawTask || [row.owner, row.task].some((cell) => cell && STRUCK.test(cell)) || (row.due && DONE_STATUS.test(row.due))) return [];
  const owners = row.owner && !EMPTY_CELL.test(row.owner) ? resolveOwners(splitOwners(row.owner), opts.poster) : [];
  // With nobody named, a row is a task only when it says what to do ("nothing until spring" is a status).
  if (owners.length === 0 && !startsWithTaskVerb(rawTask)) return [];
  let due: FoundDue | null = null;
  let taskText = rawTask;
  if (row.due && !EMPTY_CELL.test(row.due)) {
    const r = resolveDate(row.due, opts.meetingDate, ctx);
    due = { due: r.due, dueText: row.due, dueFlag: r.flag, start: 0, end: 0 };
  } else {
    due = findDue(rawTask, opts.meetingDate, ctx);
    if (due) taskText = `${rawTask.slice(0, due.start)} ${rawTask.slice(due.end)}`;
  }
  return [withDue({ owners, task: cleanTask(taskText), quote: unit.quote }, due)];
}
