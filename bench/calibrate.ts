// Abstention calibration on the development sets (bench/dev/*.jsonl, never the official set): every
// question's grounding confidence with the real index, then a threshold sweep.
// Chosen: when some thresholds keep false abstention at most 3% AND decline at least 7 of 8
// unanswerable questions (the two targets), the one of those that declines most. When the targets
// conflict on the set, as they do on ours, the threshold with the best balance: the largest
// (share declined of unanswerable) - (share declined of answerable), Youden's J. Of a tied range (every
// threshold within one answerable question's share of the best), its midpoint, so neither side sits on
// the edge of a gap between two questions.
import { assessGrounding, DEFAULT_ABSTAIN_THRESHOLD } from '../src/core/knowledge/answer/index.js';
import type { KnowledgeIndex } from '../src/core/knowledge/search.js';
import { passagesFor } from '../src/core/skills/passages.js';
import { checkQuestion } from '../src/core/skills/question.js';
import type { BenchQuestion } from './questions.js';
import { ratio, round } from './stats.js';

export const MAX_FALSE_ABSTENTION = 0.03;

export interface Confidence {
  id: string;
  question: string;
  answerable: boolean;
  confidence: number;
  missing: string[];
}

export interface SweepRow {
  threshold: number;
  declined: number;
  unanswerable: number;
  falselyDeclined: number;
  answerable: number;
}

export interface Calibration {
  confidences: Confidence[];
  rows: SweepRow[];
  chosen: number | null;
  current: number;
}

export async function confidences(index: KnowledgeIndex, questions: BenchQuestion[]): Promise<Confidence[]> {
  const out: Confidence[] = [];
  for (const q of questions) {
    const text = checkQuestion(q.question).text;
    const g = assessGrounding(text, await passagesFor(index, text), undefined, { corpus: index.corpus, chunksOf: (source) => index.chunksOf(source) });
    out.push({ id: q.id, question: q.question, answerable: q.answerable, confidence: g.confidence, missing: g.missing });
  }
  return out;
}

export function sweep(conf: Confidence[], from = 0.2, to = 0.8, step = 0.01): SweepRow[] {
  const rows: SweepRow[] = [];
  const ans = conf.filter((c) => c.answerable);
  const un = conf.filter((c) => !c.answerable);
  for (let t = from; t <= to + 1e-9; t += step) {
    const threshold = round(t, 3);
    rows.push({
      threshold,
      declined: un.filter((c) => c.confidence < threshold).length,
      unanswerable: un.length,
      falselyDeclined: ans.filter((c) => c.confidence < threshold).length,
      answerable: ans.length,
    });
  }
  return rows;
}

export const MIN_DECLINE = 0.875;

export function choose(rows: SweepRow[], maxFalse = MAX_FALSE_ABSTENTION, minDecline = MIN_DECLINE): number | null {
  if (rows.length === 0) return null;
  const both = rows.filter(
    (r) => ratio(r.falselyDeclined, r.answerable) <= maxFalse + 1e-12 && ratio(r.declined, r.unanswerable) >= minDecline - 1e-12,
  );
  const pool = both.length ? both : rows;
  const value = (r: SweepRow): number =>
    both.length ? r.declined : ratio(r.declined, r.unanswerable) - ratio(r.falselyDeclined, r.answerable);
  const best = Math.max(...pool.map(value));
  // Within one answerable question's share of the best balance counts as tied: one question more or
  // less on either side is noise, and a best threshold standing on the edge of a gap moves with it.
  const tie = both.length ? 1e-9 : 1 / Math.max(1, rows[0]!.answerable) + 1e-9;
  const range = pool.filter((r) => best - value(r) < tie).map((r) => r.threshold);
  return round((Math.min(...range) + Math.max(...range)) / 2, 2);
}

export async function calibrate(index: KnowledgeIndex, questions: BenchQuestion[]): Promise<Calibration> {
  const conf = await confidences(index, questions);
  const rows = sweep(conf);
  return { confidences: conf, rows, chosen: choose(rows), current: DEFAULT_ABSTAIN_THRESHOLD };
}

export function renderCalibration(c: Calibration, file: string): string {
  const out: string[] = [];
  const ans = c.confidences.filter((x) => x.answerable).length;
  out.push(`ABSTENTION CALIBRATION on ${file} (${c.confidences.length} questions: ${ans} answerable, ${c.confidences.length - ans} unanswerable), real index, hybrid k=8`);
  out.push('  threshold   declines unanswerable   false abstention on answerable');
  for (const r of c.rows) {
    const mark = r.threshold === c.chosen ? '  <- chosen' : r.threshold === c.current ? '  <- current default' : '';
    const d = `${r.declined}/${r.unanswerable} (${((100 * r.declined) / Math.max(1, r.unanswerable)).toFixed(1)}%)`;
    const f = `${r.falselyDeclined}/${r.answerable} (${((100 * r.falselyDeclined) / Math.max(1, r.answerable)).toFixed(1)}%)`;
    out.push(`  ${r.threshold.toFixed(2).padStart(9)}   ${d.padEnd(22)}  ${f}${mark}`);
  }
  out.push('');
  out.push(`  chosen: ${c.chosen ?? 'none (no questions)'}; current default: ${c.current}`);
  out.push('  confidence of each question (lowest answerable and highest unanswerable decide the threshold):');
  for (const x of [...c.confidences].sort((a, b) => a.confidence - b.confidence)) {
    out.push(`    ${x.confidence.toFixed(3)}  ${x.answerable ? 'answerable  ' : 'unanswerable'}  ${x.id}  ${x.question}`);
  }
  return out.join('\n');
}
