// Runs an extractor over gold notes as a chat message would reach it: posted on the meeting date
// by the poster, the meeting date read from the notes' first lines when they state one.
import { statedMeetingDate, type ExtractedItem, type Extractor } from '../core/notes/index.js';
import type { GoldItem, GoldNote } from './notes-gold.js';
import { scoreNote, type NoteScore } from './notes-score.js';

export interface NoteOutcome {
  file: string;
  goldItems: number;
  gold: GoldItem[];
  found: ExtractedItem[];
  score: NoteScore;
}

export async function notesOutcomes(extractor: Extractor, notes: GoldNote[], timeZone?: string): Promise<NoteOutcome[]> {
  const out: NoteOutcome[] = [];
  for (const note of notes) {
    const meetingDate = statedMeetingDate(note.text, note.meetingDate) ?? note.meetingDate;
    const { items } = await extractor.extract(note.text, { meetingDate, ...(note.poster ? { poster: note.poster } : {}), ...(timeZone ? { timeZone } : {}) });
    out.push({ file: note.file, goldItems: note.items.length, gold: note.items, found: items, score: scoreNote(items, note.items) });
  }
  return out;
}
