// `--misses`: what a development folder got wrong, question by question and note by note. Never
// for the starter's official set (not for tuning) nor the sealed folder (not to be looked at).
import type { NoteOutcome } from '../src/eval/notes-run.js';
import type { Outcome } from '../src/eval/outcome.js';
import type { FolderRun } from './folder-run.js';

const cut = (s: string, n = 140) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

function questionMisses(o: Outcome, gold: { sources: string[]; facts: string[] }): string[] {
  const why: string[] = [];
  if (!o.answerable) {
    if (!o.declined) why.push(`answered an unanswerable question from ${o.topSource ?? '?'}: ${cut(o.answer)}`);
    return why;
  }
  if (o.ranked && o.rank !== 1) why.push(`source: expected ${gold.sources.join(' | ')}; first ${o.topSource ?? 'none'}, right one ${o.rank === null ? 'not in the first five' : `at ${o.rank}`}`);
  if (o.declined) why.push('declined');
  else if (o.checked && !o.factsHeld) why.push(`fact missing (${gold.facts.map((f) => `"${f}"`).join(', ')}): ${cut(o.answer)}`);
  return why;
}

export function renderMisses(run: FolderRun): string[] {
  if (run.folder.official || run.folder.sealed) return [];
  const out = [`MISSES: ${run.folder.name}`];
  run.liaison.forEach((o, i) => {
    const q = run.questions[i]!;
    const why = questionMisses(o, q);
    if (why.length === 0) return;
    out.push(`  ${o.id}${o.style ? ` [${o.style}]` : ''} "${cut(o.question, 200)}"`);
    for (const w of why) out.push(`    ${w}`);
  });
  out.push(...noteMisses(run.notes));
  return out;
}

const item = (i: { owners: string[]; task: string; due: string | null }) => `${i.owners.join(' + ') || '(no owner)'} | ${i.task} | ${i.due ?? 'no date'}`;

/** The note items a development folder missed or added, note by note. */
export function noteMisses(notes: NoteOutcome[]): string[] {
  const out: string[] = [];
  for (const n of notes) {
    if (n.score.missed.length === 0 && n.score.extra.length === 0) continue;
    out.push(`  notes/${n.file}: tp ${n.score.withDates.tp}, fp ${n.score.withDates.fp}, fn ${n.score.withDates.fn}`);
    for (const j of n.score.missed) out.push(`    missed: ${item(n.gold[j]!)}`);
    for (const i of n.score.extra) out.push(`    extra:  ${item(n.found[i]!)}`);
  }
  return out;
}
