// What makes two postings "the same notes": the message id, or the same text once bullets, case and
// spacing are set aside, in the same plan, whatever meeting date each was given (a date typed or
// left out is not a new meeting; logging them again as one is a deliberate choice).
import { createHash } from 'node:crypto';

export function normaliseNotes(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•·▪‣]|\d+[.)]|\[[ x]\])\s*/u, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}

export const notesDigest = (text: string) => createHash('sha256').update(normaliseNotes(text)).digest('hex');

export function notesDedupeKeys(opts: { meetingDate: string; notesText: string; messageId?: string }): string[] {
  const digest = notesDigest(opts.notesText);
  // The dated key is how notes were keyed before; kept so notes logged then are still recognised.
  const keys = [`notes:${digest}`, `notes:${opts.meetingDate}:${digest}`];
  if (opts.messageId) keys.unshift(`msg:${opts.messageId}`);
  return keys;
}
