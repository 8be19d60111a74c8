// One row of the measure: every figure with its 95% interval, from the questions' outcomes and
// (for Liaison) the notes'. Proportions use Wilson; MRR and the F1s a seeded bootstrap.
import { bootstrap, wilson, type Estimate } from './intervals.js';
import { microF1, microPrecision, microRecall } from './notes-score.js';
import type { NoteOutcome } from './notes-run.js';
import type { Outcome } from './outcome.js';

export interface Figures {
  questions: number;
  /** Right source first, over answerable questions with gold sources. */
  top1: Estimate;
  /** Mean reciprocal rank of the first right source within the first five. */
  mrr: Estimate;
  /** Answered with every fact, over answerable questions with facts (a decline is a miss). */
  fact: Estimate;
  /** Slack-style answerable questions answered and holding every fact. */
  slack: Estimate;
  answerableDeclined: Estimate;
  unanswerableDeclined: Estimate;
  notes?: NotesFigures;
}

export interface NotesFigures {
  notes: number;
  goldItems: number;
  f1: Estimate;
  precision: Estimate;
  recall: Estimate;
  f1NoDates: Estimate;
  /** Notes without gold items that came back with no items. */
  emptyKept: Estimate;
}

const count = <T>(xs: T[], p: (x: T) => boolean) => xs.filter(p).length;

export function questionFigures(outcomes: Outcome[]): Omit<Figures, 'notes'> {
  const ranked = outcomes.filter((o) => o.ranked);
  const checked = outcomes.filter((o) => o.checked);
  const answerable = outcomes.filter((o) => o.answerable);
  const unanswerable = outcomes.filter((o) => !o.answerable);
  const slack = answerable.filter((o) => o.style === 'slack');
  const rr = ranked.map((o) => (o.rank === null ? 0 : 1 / o.rank));
  return {
    questions: outcomes.length,
    top1: wilson(count(ranked, (o) => o.rank === 1), ranked.length),
    mrr: bootstrap(rr, (s) => s.reduce((a, b) => a + b, 0) / s.length),
    fact: wilson(count(checked, (o) => o.factsHeld), checked.length),
    slack: wilson(count(slack, (o) => !o.declined && (o.checked ? o.factsHeld : true)), slack.length),
    answerableDeclined: wilson(count(answerable, (o) => o.declined), answerable.length),
    unanswerableDeclined: wilson(count(unanswerable, (o) => o.declined), unanswerable.length),
  };
}

export function notesFigures(notes: NoteOutcome[]): NotesFigures {
  const empty = notes.filter((n) => n.goldItems === 0);
  return {
    notes: notes.length,
    goldItems: notes.reduce((n, x) => n + x.goldItems, 0),
    f1: bootstrap(notes, (s) => microF1(s.map((n) => n.score.withDates))),
    precision: bootstrap(notes, (s) => microPrecision(s.map((n) => n.score.withDates))),
    recall: bootstrap(notes, (s) => microRecall(s.map((n) => n.score.withDates))),
    f1NoDates: bootstrap(notes, (s) => microF1(s.map((n) => n.score.withoutDates))),
    emptyKept: wilson(count(empty, (n) => n.found.length === 0), empty.length),
  };
}

export function figures(outcomes: Outcome[], notes?: NoteOutcome[]): Figures {
  return { ...questionFigures(outcomes), ...(notes ? { notes: notesFigures(notes) } : {}) };
}
