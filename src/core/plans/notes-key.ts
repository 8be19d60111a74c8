// What makes two postings "the same notes": the message id, or the same text once bullets, case and
// spacing are set aside, for the same plan and meeting date.
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
  const keys = [`notes:${opts.meetingDate}:${notesDigest(opts.notesText)}`];
  if (opts.messageId) keys.unshift(`msg:${opts.messageId}`);
  return keys;
}
