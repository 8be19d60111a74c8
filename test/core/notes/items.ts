// The notes tests' reading of an extraction: each item as [owners, task, due], for notes of one meeting day.
import { extractActions } from '../../../src/core/notes/rules.js';

/** Reads notes of the meeting day into [owners, task, due] rows, with the poster when one is given. */
export function itemsOn(meetingDate: string): (notes: string, poster?: string) => [string[], string, string | null][] {
  return (notes, poster) => extractActions(notes, { meetingDate, poster }).map((i) => [i.owners, i.task, i.due]);
}
