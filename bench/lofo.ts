// Leave-one-folder-out: the abstain threshold is chosen (bench/calibrate.ts's rule) on the pooled
// development folders but one and measured on that one, rotating; the held-out results are pooled.
// Only the gate's threshold is fitted, so only Liaison's answers are rerun; BM25 and the notes do
// not depend on it and are pooled as measured.
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { liaisonOutcomes } from '../src/eval/liaison-answers.js';
import type { NoteOutcome } from '../src/eval/notes-run.js';
import type { Outcome } from '../src/eval/outcome.js';
import { choose, confidences, sweep, type Confidence } from './calibrate.js';
import type { FolderRun } from './folder-run.js';

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

export async function leaveOneFolderOut(dev: FolderRun[]): Promise<Lofo | undefined> {
  if (dev.length < 2) return undefined;
  const conf = new Map<string, Confidence[]>();
  for (const run of dev) conf.set(run.folder.name, await confidences(run.built.index, run.questions));
  const folds: Fold[] = [];
  for (const run of dev) {
    const fitted = dev.filter((r) => r !== run).flatMap((r) => conf.get(r.folder.name)!);
    const threshold = choose(sweep(fitted));
    const answerer = createAnswerer(threshold === null ? {} : { abstainThreshold: threshold });
    folds.push({ held: run.folder.name, threshold, liaison: await liaisonOutcomes(run.built.knowledge, answerer, run.questions) });
  }
  return {
    folds,
    liaison: folds.flatMap((f) => f.liaison),
    bm25: dev.flatMap((r) => r.bm25),
    notes: dev.flatMap((r) => r.notes),
  };
}
