// The bench's question sets use the same reader and fact rule as `liaison eval` (src/eval/).
export { loadQuestions, type EvalQuestion as BenchQuestion } from '../src/eval/questions.js';
export { containsFact, normaliseForFacts } from '../src/eval/facts.js';

/** The old rule of bench/answers.ts (kept for bench/dev/): exact source, or a gold file holding the hit. */
export function sourceMatches(hitSource: string, gold: string): boolean {
  return hitSource === gold || (!gold.includes('#') && hitSource.startsWith(`${gold}#`));
}
