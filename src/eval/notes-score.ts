// Scoring one note's extracted items against its gold. An item is right when an owner matches
// (after normalising, one name inside the other, any of several owners), the due date is the
// same ISO date (or both empty), and at least half of the gold keywords are in the task. A gold
// item without keywords uses its task's content words. Each item is matched at most once, best
// keyword share first. Counted twice: with dates, and ignoring them.
import { normalizeOwner, taskTokens } from '../core/notes/score.js';
import type { GoldItem } from './notes-gold.js';

export interface FoundItem {
  owners: string[];
  task: string;
  due: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface NoteScore {
  withDates: Counts;
  withoutDates: Counts;
  /** Gold and found item indexes left unmatched (with dates), for misses. */
  missed: number[];
  extra: number[];
}

function ownerMatches(found: string[], gold: string[]): boolean {
  const f = found.map(normalizeOwner).filter(Boolean);
  const g = gold.map(normalizeOwner).filter(Boolean);
  return f.some((a) => g.some((b) => a.includes(b) || b.includes(a)));
}

/** Share of the gold keywords found in the task (0..1). */
export function keywordShare(task: string, gold: GoldItem): number {
  const t = task.toLowerCase();
  const words = gold.keywords?.length ? gold.keywords.map((k) => k.toLowerCase()) : [...taskTokens(gold.task)];
  if (words.length === 0) return 1;
  return words.filter((w) => t.includes(w)).length / words.length;
}

function match(found: FoundItem[], gold: GoldItem[], dates: boolean): { pairs: [number, number][] } {
  const candidates: { i: number; j: number; share: number }[] = [];
  found.forEach((f, i) =>
    gold.forEach((g, j) => {
      if (dates && f.due !== g.due) return;
      if (!ownerMatches(f.owners, g.owners)) return;
      const share = keywordShare(f.task, g);
      if (share >= 0.5) candidates.push({ i, j, share });
    }),
  );
  candidates.sort((a, b) => b.share - a.share || a.i - b.i || a.j - b.j);
  const usedF = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const c of candidates) {
    if (usedF.has(c.i) || usedG.has(c.j)) continue;
    usedF.add(c.i);
    usedG.add(c.j);
    pairs.push([c.i, c.j]);
  }
  return { pairs };
}

const counts = (pairs: number, found: number, gold: number): Counts => ({ tp: pairs, fp: found - pairs, fn: gold - pairs });

export function scoreNote(found: FoundItem[], gold: GoldItem[]): NoteScore {
  const dated = match(found, gold, true).pairs;
  const undated = match(found, gold, false).pairs;
  return {
    withDates: counts(dated.length, found.length, gold.length),
    withoutDates: counts(undated.length, found.length, gold.length),
    missed: gold.map((_, j) => j).filter((j) => !dated.some((p) => p[1] === j)),
    extra: found.map((_, i) => i).filter((i) => !dated.some((p) => p[0] === i)),
  };
}

const sum = (all: Counts[], k: keyof Counts) => all.reduce((n, c) => n + c[k], 0);

/** Micro precision and recall over several notes' counts (1 when there was nothing to count). */
export function microPrecision(all: Counts[]): number {
  const tp = sum(all, 'tp');
  return tp + sum(all, 'fp') === 0 ? 1 : tp / (tp + sum(all, 'fp'));
}

export function microRecall(all: Counts[]): number {
  const tp = sum(all, 'tp');
  return tp + sum(all, 'fn') === 0 ? 1 : tp / (tp + sum(all, 'fn'));
}

/** Micro F1 over several notes' counts; 1 when there was nothing to find and nothing was found. */
export function microF1(all: Counts[]): number {
  const [tp, fp, fn] = [sum(all, 'tp'), sum(all, 'fp'), sum(all, 'fn')];
  return tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
}
