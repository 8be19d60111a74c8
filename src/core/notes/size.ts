// The size limit for notes, checked before any work so a pasted transcript gets a clear answer.
import { LiaisonError } from '../errors.js';

export const MAX_NOTES_BYTES = 65536;

/** Throws too_large, saying how big the notes are and what to do, when they exceed 64 KB (UTF-8). */
export function checkNotesSize(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_NOTES_BYTES) return;
  const kb = Math.ceil(bytes / 1024);
  throw new LiaisonError(
    'too_large',
    `These notes are ${kb} KB; the limit is ${MAX_NOTES_BYTES / 1024} KB. Split them into parts and send each.`,
  );
}
