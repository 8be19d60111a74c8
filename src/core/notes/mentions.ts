// Mentions in the text of notes. A channel hands core its platform's mentions already read (an
// Inbound's `mentions`: "@Dana.Alvarez" in the text, with the platform and user id behind it). Notes
// pasted from elsewhere still carry chat markup as plain text, a Slack recap pasted into the CLI or a
// Teams one pasted into Slack; recognising those common forms is a text feature of the notes reader:
// each becomes an "@handle" and, when the markup says who it is, a mention with the user id.
import ICAL from 'ical.js';
import type { Mention } from '../messages.js';
import { SPACE_RUN } from './verbs.js';

/**
 * A mention as Slack writes it in message text: user id (group 1), optionally the name after a bar (2);
 * and what brackets after it say (3), with the name they give (4): whoever pasted a bare id often names
 * it so ("(Dana)", "(Sam from travel training)").
 */
const SLACK_FORM = /<@([UW][A-Z0-9]{2,})(?:\|([^>]{1,80}))?>(\s*\(((?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*){0,2})(?:\s+[^)]*)?\))?/g;
/** A mention as Teams writes it in message HTML. */
const TEAMS_FORM = /<at>([^<]{1,80})<\/at>/gi;
/** A document comment's mention by address ("+dwayne.hollister@example.org", "@dwayne.hollister@example.org"): the handle before the "@". */
const ADDRESS_FORM = /(?<![\w.])[+@]([A-Za-z][\w.-]*)@[\w-]+(?:\.[\w-]+)+/g;

/** A document's mention of a person by name opening a request ("+Priya Natarajan can you ..."): read as "@Priya Natarajan". */
const PLUS_NAME = /(?<![\w.+])\+(?=[A-Z][a-zà-ÿ'’-]+\s+[A-Z][a-zà-ÿ'’-]+\s+[a-z])/g;

/** The name or handle without a leading "@". */
export const withoutAt = (s: string): string => (s.startsWith('@') ? s.slice(1) : s);

/** The "@handle" text that stands for a person in notes: "Dana Alvarez" -> "@Dana.Alvarez". */
export function handleOf(name: string): string {
  return `@${withoutAt(name.trim()).replace(SPACE_RUN, '.')}`;
}

/** The name a handle stands for, for matching against the directory: "@Dana.Alvarez" -> "Dana Alvarez". */
export function nameOfHandle(handle: string): string {
  return withoutAt(handle).replace(/[._]+/g, ' ').trim();
}

/** A message of Slack's export format (channels/<name>/<day>.json): who posted it, and its text. */
interface ExportedMessage {
  user?: string;
  text: string;
  user_profile?: { real_name?: string };
}

/**
 * A Slack export pasted as it came, a JSON array of messages after its title lines: the messages as a
 * chat reads them, each under "From <name>:" ("Dana Whitcombe" from the message's profile, or from a
 * users list pasted above it, "U01RENATA  Renata Okafor  @renata.o"). Each mention of an id takes the
 * name too, written after a bar inside its markup as Slack itself writes it. Any other text comes back as it was.
 */
export function readSlackExport(raw: string): string {
  // The array opens a line of its own: "[" alone, or "[{" before the first message.
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => l.trim() === '[' || l.trim().startsWith('[{'));
  if (start < 0) return raw;
  let messages: unknown;
  try {
    messages = JSON.parse(lines.slice(start).join('\n'));
  } catch {
    return raw;
  }
  if (!Array.isArray(messages) || messages.length === 0 || !messages.every((m) => typeof (m as ExportedMessage)?.text === 'string')) return raw;
  const head = lines.slice(0, start).join('\n');
  const names = new Map<string, string>();
  for (const m of messages as ExportedMessage[]) if (m.user && m.user_profile?.real_name) names.set(m.user, m.user_profile.real_name);
  // "U01RENATA  Renata Okafor  @renata.o": an id, then the name up to the handle.
  for (const line of head.split('\n')) {
    const [id, ...rest] = line.trim().split(SPACE_RUN);
    const name = rest.slice(0, rest.findIndex((w) => w.startsWith('@')) >>> 0).join(' ');
    if (id && name && !names.has(id) && (messages as ExportedMessage[]).some((m) => m.user === id || m.text.includes(`<@${id}`))) names.set(id, name);
  }
  const named = (text: string) => text.replace(SLACK_FORM, (whole, id: string, written?: string) => (written || !names.has(id) ? whole : `<@${id}|${names.get(id)}>`));
  const turns = (messages as ExportedMessage[]).map((m) => `From ${names.get(m.user ?? '') ?? `@${m.user ?? 'unknown'}`}:\n${named(m.text).split('\n').map((l) => `  ${l}`).join('\n')}`);
  return `${head}\n${turns.join('\n')}\n`;
}

/**
 * A calendar invitation pasted as its iCalendar text (BEGIN:VEVENT ... DESCRIPTION:...): the event as a
 * mail reads, its title, "From:" its organizer, "To:" its attendees, then its description. ical.js (the
 * reader of holiday calendars too) unfolds the format's folded lines and reads back its escapes ("\\n",
 * "\\,"); "When:" its day. Any other text, or an event it cannot read, comes back as it was.
 */
export function readCalendarExport(raw: string): string {
  const at = raw.indexOf('BEGIN:VEVENT');
  const end = raw.indexOf('END:VEVENT', at);
  if (at < 0 || end < 0) return raw;
  let event: ICAL.Component | null;
  try {
    // The event alone, in a calendar of its own: a paste may have lost the calendar's lines, or kept text around them.
    event = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\n${raw.slice(at, end)}END:VEVENT\nEND:VCALENDAR\n`)).getFirstSubcomponent('vevent');
  } catch {
    return raw;
  }
  const text = (name: string) => {
    const v = event?.getFirstPropertyValue(name);
    return typeof v === 'string' ? v : '';
  };
  const description = text('description');
  if (!event || !description) return raw;
  const person = (p: ICAL.Property) => p.getParameter('cn');
  const organizer = event.getAllProperties('organizer').map(person).find(Boolean);
  const attendees = event.getAllProperties('attendee').map(person).filter(Boolean);
  // The day it is held, as a mailed invitation's "When:" line gives it (the time of day is no part of a due date).
  const start = event.getFirstPropertyValue('dtstart');
  const when = start instanceof ICAL.Time ? `When: ${start.toString().slice(0, 'YYYY-MM-DD'.length)}` : '';
  const head = [text('summary'), organizer ? `From: ${organizer}` : '', attendees.length ? `To: ${attendees.join('; ')}` : '', when];
  return `${head.filter(Boolean).join('\n')}\n\n${description}\n`;
}

/** The text with mention markup read as "@handles", and the mentions found (with ids where the markup had them). */
export function readMentions(pasted: string): { text: string; mentions: Mention[] } {
  const raw = readCalendarExport(readSlackExport(pasted));
  // A recap pasted from Slack shows bare user ids, and whoever pasted it often names each once, in brackets after it.
  const named = new Map<string, string>();
  for (const m of raw.matchAll(SLACK_FORM)) if (!m[2] && m[4]) named.set(m[1]!, m[4]);
  const mentions: Mention[] = [];
  const add = (m: Mention) => {
    if (!mentions.some((x) => x.text === m.text)) mentions.push(m);
    return m.text;
  };
  const out = raw
    .replace(SLACK_FORM, (_m, userId: string, written?: string, brackets?: string, bracketName?: string) => {
      // A bare id takes the name it was given in brackets, there or elsewhere in the text; those brackets go.
      const name = written ?? named.get(userId);
      const handle = add({ text: handleOf(name ?? userId), platform: 'slack', userId, ...(name ? { name } : {}) });
      return written || !bracketName ? handle + (brackets ?? '') : handle;
    })
    .replace(TEAMS_FORM, (_m, name: string) => add({ text: handleOf(name), name: name.trim() }))
    .replace(ADDRESS_FORM, (_m, handle: string) => `@${handle}`)
    .replace(PLUS_NAME, '@');
  return { text: out, mentions };
}

/** A Slack user id as an export shows it in plain text, without the markup: "@U04LSORENSEN". */
const SLACK_ID_HANDLE = /(?<![\w.@])@[UW][A-Z0-9]{6,}\b/g;

/**
 * The handles in notes read by readMentions that stand for a bare user id nobody named ("@U02JPRUITT",
 * from Slack's mention markup or an export's plain text), lower-cased: nobody's name until someone answers to it.
 */
export function unnamedHandles(text: string, mentions: readonly Mention[]): ReadonlySet<string> {
  const out = new Set(mentions.filter((m) => m.userId && !m.name).map((m) => m.text.toLowerCase()));
  for (const m of text.matchAll(SLACK_ID_HANDLE)) out.add(m[0].toLowerCase());
  return out;
}

/** The mention a written owner is, if any (case-insensitive on its text). */
export function mentionFor(written: string, mentions: readonly Mention[] | undefined): Mention | undefined {
  const w = written.trim().toLowerCase();
  return mentions?.find((m) => m.text.toLowerCase() === w);
}
