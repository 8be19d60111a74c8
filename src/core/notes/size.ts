// The size limit for notes, checked before any work so a pasted transcript gets a clear answer.
import { LiaisonError } from '../errors.js';

const KB = 1024;
export const MAX_NOTES_BYTES = 64 * KB;

/** Throws too_large, saying how big the notes are and what to do, when they exceed 64 KB (UTF-8). */
export function checkNotesSize(text: string): void {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes <= MAX_NOTES_BYTES) return;
  const kb = Math.ceil(bytes / KB);
  throw new LiaisonError(
    'too_large',
    `These notes are ${kb} KB; the limit is ${MAX_NOTES_BYTES / KB} KB. Split them into parts and send each.`,
  );
}
