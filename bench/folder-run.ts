// One folder measured: a fresh index (the one knowledge-search factory), Liaison and plain BM25
// over its questions, and the offline extractor over its notes.
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { createExtractor } from '../src/core/notes/index.js';
import { liaisonOutcomes } from '../src/eval/liaison-answers.js';
import { loadGoldNotes } from '../src/eval/notes-gold.js';
import { notesOutcomes, type NoteOutcome } from '../src/eval/notes-run.js';
import type { Outcome } from '../src/eval/outcome.js';
import { bm25Outcomes } from '../src/eval/plain-bm25.js';
import { loadQuestions, type EvalQuestion } from '../src/eval/questions.js';
import type { BenchFolder } from './folders.js';
import { buildIndex, type BuiltIndex } from './knowledge.js';

export interface FolderRun {
  folder: BenchFolder;
  built: BuiltIndex;
  questions: EvalQuestion[];
  liaison: Outcome[];
  bm25: Outcome[];
  notes: NoteOutcome[];
}

export const NOTES_TIME_ZONE = 'America/Chicago';

export async function runFolder(folder: BenchFolder): Promise<FolderRun> {
  const built = await buildIndex(folder.knowledge);
  const questions = await loadQuestions(folder.questions);
  const liaison = await liaisonOutcomes(built.knowledge, createAnswerer(), questions);
  const bm25 = bm25Outcomes(built.index.chunks, questions);
  const notes = await notesOutcomes(createExtractor(), await loadGoldNotes(folder.notes), NOTES_TIME_ZONE);
  return { folder, built, questions, liaison, bm25, notes };
}
