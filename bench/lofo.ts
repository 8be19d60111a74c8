// Leave-one-folder-out: the gate's weights and abstain threshold (bench/gate-fit.ts) are fitted on
// the pooled development folders but one and measured on that one, rotating; the held-out results
// are pooled. Only the gate is fitted, so only Liaison's answers are rerun; BM25 and the notes do
// not depend on it and are pooled as measured.
import { assessReadings } from '../src/core/knowledge/answer/grounding.js';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { passagesFor } from '../src/core/skills/passages.js';
import { checkQuestion } from '../src/core/skills/question.js';
import { liaisonOutcomes } from '../src/eval/liaison-answers.js';
import type { NoteOutcome } from '../src/eval/notes-run.js';
import type { Outcome } from '../src/eval/outcome.js';
import type { FolderRun } from './folder-run.js';
import { fitGate, type GateRow } from './gate-fit.js';

export interface Fold {
  held: string;
  threshold: number | null;
  liaison: Outcome[];
}

export interface Lofo {
  folds: Fold[];
  liaison: Outcome[];
  bm25: Outcome[];
  notes: NoteOutcome[];
}

async function gateRows(run: FolderRun): Promise<GateRow[]> {
  const rows: GateRow[] = [];
  for (const q of run.questions) {
    const text = checkQuestion(q.question).text;
    const readings = assessReadings(text, await passagesFor(run.built.index, text), undefined, { corpus: run.built.index.corpus, chunksOf: (source) => run.built.index.chunksOf(source) }).map((g) => g.signals);
    rows.push({ id: q.id, question: q.question, answerable: q.answerable, readings });
  }
  return rows;
}

export async function leaveOneFolderOut(dev: FolderRun[], extraNotes: NoteOutcome[] = []): Promise<Lofo | undefined> {
  if (dev.length < 2) return undefined;
  const rows = new Map<string, GateRow[]>();
  for (const run of dev) rows.set(run.folder.name, await gateRows(run));
  const folds: Fold[] = [];
  for (const run of dev) {
    const gate = fitGate(dev.filter((r) => r !== run).flatMap((r) => rows.get(r.folder.name)!));
    const answerer = createAnswerer({ abstainThreshold: gate.threshold, gate });
    folds.push({ held: run.folder.name, threshold: gate.threshold, liaison: await liaisonOutcomes(run.built.knowledge, answerer, run.questions) });
  }
  return {
    folds,
    liaison: folds.flatMap((f) => f.liaison),
    bm25: dev.flatMap((r) => r.bm25),
    notes: [...dev.flatMap((r) => r.notes), ...extraNotes],
  };
}
