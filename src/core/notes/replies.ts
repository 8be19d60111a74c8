// Replies in a thread or a chat that change items already read: "I can do that by Friday" answers a
// request, "sure, I can send X by Friday" dates it, "can we push it to the 27th?" moves it, "can
// Priya take the bus pass one?" hands it on.
import type { DateContext } from './dates.js';
import { findDue, withDue } from './date-find.js';
import { WEEKDAY_RE } from '../date-words.js';
import { OWNERS_RE, splitOwners } from './owners.js';
import { sameOwner, sameOwners, taskSimilarity, taskTokens } from './score.js';
import type { Unit } from './segment.js';
import type { ExtractOptions, ExtractedItem } from './types.js';

/** "do that", "take care of it", "send those over": a reply that names no task of its own. */
const ANAPHORIC = /^(?:take care of|[a-z]+)\s+(?:that|it|this|those|these)(?:\s+one)?(?:\s+(?:out|done|over|back|in|off|up))?(?:\s+(?:morning|afternoon|evening))?$/i;

/** "send that to me", "I'll grab it", "get the OT to sign it": a task that points back at a thing named before. */
export const POINTER = /^(\w+\s+(?:[\w'’.-]+\s+){0,4}?)(?:that|those|these|it|them)\b/i;

/**
 * Adds an item unless it repeats one, takes on an item the thread left open, answers a request
 * already read, or is the dated promise of one. `voice`: who wrote the line the item comes from, in a chat.
 */
export function addItem(items: ExtractedItem[], item: ExtractedItem, thread: Thread, voice?: string): void {
  if (thread.open !== undefined && item.owners.length > 0 && POINTER.test(item.task)) {
    const open = items[thread.open]!;
    items[thread.open] = { ...item, task: open.task, quote: `${open.quote} / ${item.quote}` };
    thread.open = undefined;
    return;
  }
  const dup = items.some((i) => i.task === item.task && i.owners.join('|') === item.owners.join('|'));
  if (dup || !item.task) return;
  if (ANAPHORIC.test(item.task)) {
    answerRequest(items, item);
    return;
  }
  // A request to a bare chat id ("@U02JPRUITT can you chase the roster?", mentions.ts) / (Janelle Pruitt)
  // "sure, I'll grab it wed": the reply comes from the person behind the id.
  const last = items[items.length - 1];
  const askedId = !!last && item.owners.length === 1 && last.owners.length === 1 && !!thread.unnamed?.has(last.owners[0]!.toLowerCase());
  // "@U06LCB7Q4X can you put together the task analysis before Monday?" / (luis.cb) "yep, I'll have the task
  // analysis done before Monday": a reply that names the work asked is the request taken on, by the person behind the id.
  // The reply is its speaker's own promise, not a request of theirs to someone else.
  const repeats = askedId && !!voice && sameOwner(item.owners[0]!, voice) && !POINTER.test(item.task) && sharedWords(item.task, last.task) > 1;
  if (askedId && (repeats || (POINTER.test(item.task) && last.due === null && !last.dueFlag))) {
    const id = last.owners[0]!;
    items.forEach((i, k) => (items[k] = { ...i, owners: i.owners.map((o) => (o === id ? item.owners[0]! : o)) }));
  }
  if (repeats) {
    const dated = item.due || item.dueFlag ? item : last;
    items[items.length - 1] = { ...withoutDate(last), ...dateOf(dated), owners: item.owners, quote: `${last.quote} / ${item.quote}` };
    return;
  }
  // "can you grab the campus tour?" / "I'll book it with Access Services by the 30th": a promise about
  // "it" from someone with an open request answers that request.
  if (POINTER.test(item.task) && item.owners.length > 0 && items.some((i) => i.due === null && !i.dueFlag && sameOwners(i.owners, item.owners))) {
    answerRequest(items, item);
    return;
  }
  if (!keepPromise(items, item)) items.push(item);
}

/** How many words (not numbers) two tasks share, as the scorer reads them: two or more name the same work. */
function sharedWords(a: string, b: string): number {
  const tb = taskTokens(b);
  return [...taskTokens(a)].filter((t) => tb.has(t) && Number.isNaN(Number(t))).length;
}

/** An item's date fields alone, and the item without them. */
const dateOf = ({ due, dueText, dueFlag, dueWarning }: ExtractedItem) => ({ due, ...(dueText ? { dueText } : {}), ...(dueFlag ? { dueFlag } : {}), ...(dueWarning ? { dueWarning } : {}) });
function withoutDate(item: ExtractedItem): ExtractedItem {
  const { dueText: _t, dueFlag: _f, dueWarning: _w, ...rest } = item;
  return { ...rest, due: null };
}

/**
 * "I can do that by Friday" answers the last request to this person, undated ones first: the reply's
 * date is the promise. Alone it says nothing to do.
 */
function answerRequest(items: ExtractedItem[], reply: ExtractedItem): void {
  let asked = -1;
  let undated = -1;
  items.forEach((i, k) => {
    if (!sameOwners(i.owners, reply.owners)) return;
    asked = k;
    if (i.due === null) undated = k;
  });
  if (undated >= 0) asked = undated;
  if (asked >= 0) items[asked] = { ...reply, task: items[asked]!.task };
}

/**
 * A request without a date answered by a dated promise ("can you send X?" / "sure, I can send X by
 * Friday") is one item: the fuller wording and the date. True when the promise was kept so.
 */
function keepPromise(items: ExtractedItem[], promise: ExtractedItem): boolean {
  const asked = items.findIndex(
    (i) => i.due === null && !i.dueFlag && promise.due !== null && sameOwners(i.owners, promise.owners) && taskSimilarity(i.task, promise.task) >= 0.6,
  );
  if (asked < 0) return false;
  const request = items[asked]!;
  items[asked] = { ...promise, task: request.task.length > promise.task.length ? request.task : promise.task };
  return true;
}

/**
 * "actually can Priya take the bus pass one?", "can someone else grab the Dial-a-Ride app?": a thread
 * reply handing one of the speaker's items to someone else, named or not.
 */
// "Colt can you grab the job shadow?" names the person before the question; "Heidi can you send the list
// instead?" hands on whatever the speaker had that the request names.
const HAND_OVER = new RegExp(
  `(?:\\b(?:can|could)\\s+(?:(${OWNERS_RE})|(?:someone|somebody|anyone)(?:\\s+else)?)|(?:^|[.!?,]\\s*|\\s)(${OWNERS_RE}),?\\s+(?:can|could)\\s+you)\\s+(?:(?:take|grab|handle|cover|do)\\s+(?:over\\s+)?(.+?)\\??$|(.+?)\\s+instead\\b)`,
);

/** What a thread has left open: an item handed to whoever takes it. */
export interface Thread {
  open?: number;
  /** The handles of bare chat ids the notes never name (mentions.ts unnamedHandles), lower-cased. */
  unnamed?: ReadonlySet<string>;
}

/**
 * The speaker's item the reply names best goes to the person it names; the reply adds nothing.
 * Handed to no one in particular, it waits for the next person who takes it ("I'll grab it").
 */
export function handedOver(unit: Unit, items: ExtractedItem[], thread: Thread): boolean {
  const m = unit.speaker && !unit.row ? HAND_OVER.exec(unit.text) : null;
  if (!m) return false;
  const own = items.map((item, i) => ({ item, i })).filter(({ item }) => item.owners.some((o) => sameOwner(o, unit.speaker!)));
  if (own.length === 0) return false;
  const what = m[3] ?? m[4]!;
  const best = own.reduce((a, b) => (taskSimilarity(b.item.task, what) > taskSimilarity(a.item.task, what) ? b : a));
  if (taskSimilarity(best.item.task, what) === 0) return false;
  const to = m[1] ?? m[2];
  const anyone = to === undefined;
  items[best.i] = { ...best.item, owners: anyone ? [] : splitOwners(to), quote: `${best.item.quote} / ${unit.quote}` };
  thread.open = anyone ? best.i : undefined;
  return true;
}

/**
 * "Can we push the first session to Tues the 27th?", "ok if the applications go out by 4/6 instead?",
 * "Can we make it 4/21?", "let's make mine the 8th", "the agreement will be 3/19, not 3/12", "going out thurs
 * actually, not fri" (the day named before the one taken back: group "not"): a new date for an item already read.
 */
const MOVE = new RegExp(
  `\\b(?:push(?:ed)?|mov(?:e|ed)|bump(?:ed)?|reschedul(?:e|ed)|postpon(?:e|ed)|slid(?:e)?)\\b[^.?!]*?\\b(?:to|till|until)\\b|\\binstead\\b|\\bmake\\s+(?:it|that|mine)\\s+(?=(?:the\\s+)?\\d)|(?<not>,\\s*not\\s+(?=(?:the\\s+)?\\d|(?:${WEEKDAY_RE})(?![\\w])))`,
  'i',
);

/**
 * A thread reply that moves the date of an item: that item takes the new date and the reply adds
 * nothing. The item is the speaker's own (their latest, or the one the reply names best); from
 * someone who owns none ("ISP update moved to 4/30" from the one who posted the list), the item the
 * reply names.
 */
export function rescheduled(unit: Unit, items: ExtractedItem[], opts: ExtractOptions, ctx: DateContext): boolean {
  const move = unit.speaker && !unit.row ? MOVE.exec(unit.text) : null;
  if (!move) return false;
  // The new date is the one the move names ("push ... to Tues"), else the one the reply gives.
  const moved = move.groups?.not ? unit.text.slice(0, move.index) : unit.text.slice(move.index);
  const due = findDue(moved, opts.meetingDate, ctx) ?? findDue(unit.text, opts.meetingDate, ctx);
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
