// Scoring extracted items against a hand-labelled answer key, for tests and the benchmark. The same
// comparisons of owners and tasks tell the extractor when two items are one (a thread's reply, a
// reassignment, a recap repeating the transcript below it).
// An item is right only when owners, due date and task all match; the task matches when the Dice
// token overlap of the normalised tasks is at least 0.5.
import { readMentions, withoutAt } from './mentions.js';
import { SPACE_RUN, undoubled } from './verbs.js';

export interface ScoredItem {
  owners: string[];
  task: string;
  due: string | null;
}

export interface ItemMatch {
  predicted: number;
  gold: number;
  similarity: number;
}

export interface MatchResult {
  matches: ItemMatch[];
  /** Indexes of predicted items with no gold partner (false positives). */
  extra: number[];
  /** Indexes of gold items nobody found (false negatives). */
  missed: number[];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export const TASK_MATCH_THRESHOLD = 0.5;

const STOPWORDS = new Set('a an the to for of and or with on in at about her his their its our my your this that re'.split(' '));

// Stems the way the scorer always has: a doubled final letter left by a cut suffix goes ("stopp" ->
// "stop"), and so does a final "e" ("make", "making" -> "mak").
const withoutFinalE = (w: string): string => (w.endsWith('e') ? w.slice(0, -1) : w);

function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return withoutFinalE(undoubled(w.slice(0, -3)));
  if (w.length > 4 && w.endsWith('ed')) return withoutFinalE(undoubled(w.slice(0, -2)));
  if (w.length > 3 && w.endsWith('es')) return withoutFinalE(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return withoutFinalE(w.slice(0, -1));
  return withoutFinalE(w);
}

export function taskTokens(task: string): Set<string> {
  // Split at whatever is not a letter or digit, a possessive "'s" with it.
  const words = task.toLowerCase().split(/(?:[’']s\b|[^a-z0-9])+/);
  return new Set(words.filter((w) => w && !STOPWORDS.has(w)).map(stem));
}

/** How alike two tasks of one person must be to be the same item said twice. */
export const REPEAT_SIMILARITY = 0.7;

/** Dice overlap of normalised task tokens, 0..1. */
export function taskSimilarity(a: string, b: string): number {
  const ta = taskTokens(a);
  const tb = taskTokens(b);
  if (ta.size === 0 && tb.size === 0) return 1;
  let common = 0;
  for (const t of ta) if (tb.has(t)) common++;
  return (2 * common) / (ta.size + tb.size);
}

/** An article or a title before a name ("the parent", "Ms. Diaz", "our Dr. Lee"). */
const ARTICLE_AND_TITLE = /^(?:(?:the|our)\s+)?(?:(?:ms|mr|mrs|mx|dr|miss|coach|prof)\.?\s+)?/;

export function normalizeOwner(owner: string): string {
  return withoutAt(readMentions(owner.trim()).text.toLowerCase())
    .replace(ARTICLE_AND_TITLE, '')
    .replace(/[^a-z0-9 ]+/g, '')
    .replace(SPACE_RUN, ' ')
    .trim();
}

/** Same person when equal after normalising, or when one name's words are all in the other's ("Alvarez", "Ms. Alvarez"). */
export function sameOwner(a: string, b: string): boolean {
  const na = normalizeOwner(a);
  const nb = normalizeOwner(b);
  if (!na || !nb) return false;
  if (na === nb || na.replaceAll(' ', '') === nb.replaceAll(' ', '')) return true;
  const wa = na.split(' ');
  const wb = nb.split(' ');
  const [small, big] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return small.every((w) => big.includes(w));
}

export function sameOwners(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const used = new Set<number>();
  return a.every((x) => {
    const j = b.findIndex((y, k) => !used.has(k) && sameOwner(x, y));
    if (j < 0) return false;
    used.add(j);
    return true;
  });
}

/** Pairs predicted with gold items, best task similarity first; each item is used at most once. */
export function matchItems(predicted: ScoredItem[], gold: ScoredItem[]): MatchResult {
  const candidates: ItemMatch[] = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      if (p.due !== g.due || !sameOwners(p.owners, g.owners)) return;
      const similarity = taskSimilarity(p.task, g.task);
      if (similarity >= TASK_MATCH_THRESHOLD) candidates.push({ predicted: i, gold: j, similarity });
    }),
  );
  candidates.sort((a, b) => b.similarity - a.similarity);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const matches: ItemMatch[] = [];
  for (const c of candidates) {
    if (usedP.has(c.predicted) || usedG.has(c.gold)) continue;
    usedP.add(c.predicted);
    usedG.add(c.gold);
    matches.push(c);
  }
  return {
    matches,
    extra: predicted.map((_, i) => i).filter((i) => !usedP.has(i)),
    missed: gold.map((_, j) => j).filter((j) => !usedG.has(j)),
  };
}

function fromCounts(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function scoreF1(predicted: ScoredItem[], gold: ScoredItem[]): Score {
  const r = matchItems(predicted, gold);
  return fromCounts(r.matches.length, r.extra.length, r.missed.length);
}

/** Micro-average over several notes: counts are summed before precision and recall are taken. */
export function combineScores(scores: Score[]): Score {
  const sum = (k: 'tp' | 'fp' | 'fn') => scores.reduce((n, s) => n + s[k], 0);
  return fromCounts(sum('tp'), sum('fp'), sum('fn'));
}
