// Who a request without a name asks: the person a mail is written to, or the other one texting; and who
// writes a mail pasted as it came, whose "I" is its sender rather than the person who pasted it.
import type { Unit } from './segment.js';
import { NAME, NAME_ONLY } from './owners.js';

/**
 * Who a "could you ...?" in a unit asks: in a mail, the one recipient, or in a mail to several the one
 * a paragraph opens with ("Dana, for Keanu I'm still missing his IEP. Could you send it by the 15th?");
 * between two people texting, the other one.
 */
export function whoIsAsked(notes: string, units: Unit[]): (unit: Unit) => string | undefined {
  const addressee = mailAddressee(notes);
  const recipients = mailRecipients(notes);
  const speakers = [...new Set(units.map((u) => u.speaker).filter((x): x is string => !!x))];
  let vocative: { paragraph: number; name: string } | undefined;
  return (unit) => {
    const named = unit.paragraph !== undefined ? recipients.find((r) => unit.text.startsWith(`${r.split(' ')[0]},`)) : undefined;
    if (named) vocative = { paragraph: unit.paragraph!, name: named };
    const other = speakers.length === 2 && unit.speaker ? speakers.find((x) => x !== unit.speaker) : undefined;
    return vocative && vocative.paragraph === unit.paragraph ? vocative.name : (addressee ?? other);
  };
}

/** The one person an email is written to ("To: Dana Whitfield <dw@...>"): "could you ..." in it asks them. */
function mailAddressee(notes: string): string | undefined {
  const all = mailRecipients(notes);
  return all.length === 1 ? all[0] : undefined;
}

/** The people a mail is written to, by name ("To: Marisol Quintana <mq@...>; Dana Whitfield <dw@...>"). */
function mailRecipients(notes: string): string[] {
  // "From: Janelle Pruitt (555-0114)   To: Theo Lindqvist": a header may share its line with the one before.
  const line = /(?:^|[ \t]{2,})To:\s*(.+)$/m.exec(notes)?.[1];
  if (!line) return [];
  // Without the addresses and quotes; names are parted by ";" (or by "," after an address).
  const names = line.split(/;|(?<=>)\s*,/).map((n) => n.replace(/<[^>]*>|["']/g, '').trim());
  return names.every((n) => NAME_ONLY.test(n)) ? names : [];
}

/** "From: Marcus Whitfield <mw@...>", "From: Janelle Pruitt (555-0114)   To: ...", Outlook's "From: Okafor, Renata": the sender's name (and surname first). */
const FROM_LINE = new RegExp(`^From:\\s*(?:([A-Z][\\wÀ-ɏ'’-]*),\\s+)?(${NAME})\\s*(?:<[^>]*>|\\([^)]*\\))?\\s*(?:$|[ \\t]{2,}\\S)`);

/** The sender a "From:" header line names, given name first; undefined for any other line. */
function sender(line: string): string | undefined {
  const from = FROM_LINE.exec(line);
  if (!from) return undefined;
  return from[1] ? `${from[2]!} ${from[1]}` : from[2]!;
}

/**
 * The sender of a mail pasted as it came, headers first ("---------- Forwarded message ---------" /
 * "From: Marcus Whitfield <mw@...>" over "I'll request the psych eval myself"), or under a title line
 * ("Voicemail transcript — received Mon 7:48 AM"): the "I" of its text. Undefined when the notes open
 * with the poster's own words (a reply above a quoted mail), whose "I" is the poster.
 */
export function mailWriter(notes: string): string | undefined {
  for (const raw of notes.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const from = sender(line);
    if (from) return from;
    // A title or a header line over the mail ("Subject: ...", "---------- Forwarded message ---------") holds no sentence; the poster's own words do ("Jess - answers in caps below. -C").
    if (/[.!?:]["”)]?$|[.!?]\s/.test(line)) return undefined;
  }
  return undefined;
}

/**
 * Who wrote each line of a mail chain pasted whole, with "From:" headers of two senders or more (a forward
 * of a reply): the sender the header above the line names, whose "I" it is. A line quoted with ">" is that
 * mail's too; a line not quoted that follows a quoted one in the same mail answers it inline, as whoever
 * passed the chain on did (undefined, as is every line above the first header). Undefined for any other notes.
 */
export function chainWriters(notes: string): (string | undefined)[] | undefined {
  const lines = notes.split('\n');
  const senders = new Set<string>();
  let writer: string | undefined;
  let quoted = false;
  const out = lines.map((raw) => {
    const line = raw.trim();
    const from = sender(line);
    if (from) {
      writer = from;
      senders.add(writer);
      quoted = false;
    }
    if (line.startsWith('>')) quoted = true;
    else if (quoted && line) return undefined;
    return writer;
  });
  return senders.size > 1 ? out : undefined;
}
