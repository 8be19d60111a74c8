// What one question came to, for either system: where the first right source ranked, whether it
// was declined, and whether the answer held the needed facts.
import { holdsFacts } from './facts.js';
import type { EvalQuestion } from './questions.js';
import { distinct, firstRightRank } from './sources.js';

export interface Outcome {
  id: string;
  question: string;
  answerable: boolean;
  style?: string;
  /** Rank (1..5) of the first right source among the answer's sources; null when none of the first five. */
  rank: number | null;
  /** Whether the question has gold sources to rank against. */
  ranked: boolean;
  declined: boolean;
  /** Whether the question has facts to check. */
  checked: boolean;
  /** Answered and every fact in its first 1,000 characters. */
  factsHeld: boolean;
  /** For misses: the first source and the start of the answer. */
  topSource?: string;
  answer: string;
}

export interface Answered {
  /** The answer's sources, best first. */
  sources: string[];
  text: string;
  declined: boolean;
}

export function outcomeOf(q: EvalQuestion, a: Answered): Outcome {
  const sources = distinct(a.sources);
  return {
    id: q.id,
    question: q.question,
    answerable: q.answerable,
    ...(q.style ? { style: q.style } : {}),
    rank: firstRightRank(sources, q.sources),
    ranked: q.answerable && q.sources.length > 0,
    declined: a.declined,
    checked: q.answerable && q.facts.length > 0,
    factsHeld: !a.declined && holdsFacts(a.text, q.facts),
    ...(sources[0] ? { topSource: sources[0] } : {}),
    answer: a.text,
  };
}
