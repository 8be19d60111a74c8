// "Does the knowledge folder answer this?" Decided before any answer is written (and before any
// LLM call): the best hit's fused score together with how much of the question's content the
// top passages hold. Declining is a feature: a wrong answer about eligibility costs a family more
// than "I don't know".
import type { Hit } from '../types.js';
import { covers, coverage, passageKeys, questionTerms, type Term } from './terms.js';

/**
 * Default confidence needed to answer; LIAISON_ABSTAIN_THRESHOLD overrides it. Recalibrated on
 * 2026-11-26 with the real offline index (hybrid search, k=8) over bench/dev/questions.jsonl
 * (42 answerable, 17 on-topic unanswerable; not the official bench set): `npm run bench -- --calibrate`.
 * 0.66 is the middle of the range (0.65-0.67) that declines the most unanswerable questions while
 * false abstention stays <= 3%: it declines 7/17 unanswerable with 1/42 (2.4%) false abstentions.
 * The old 0.5 (set on made-up hit scores) declined 2/17. Answerable and unanswerable confidences
 * overlap between 0.63 and 0.85, so no threshold alone separates them well.
 */
export const DEFAULT_ABSTAIN_THRESHOLD = 0.66;

/** How many of the best hits count as "the top passages". */
export const TOP_PASSAGES = 3;

const COVERAGE_WEIGHT = 0.65;
const SINGLE_WEIGHT = 0.6;
const TOPIC_MISSING_FACTOR = 0.75;

export interface Grounding {
  grounded: boolean;
  /** Combined confidence in [0, 1]; compared with the threshold. */
  confidence: number;
  topScore: number;
  /** Weighted share of the question's content terms found in the top passages. */
  coverage: number;
  /** Question terms (canonical keys) none of the top passages hold; for logs and debugging. */
  missing: string[];
  threshold: number;
}

/** Everything in a hit that can hold an answer: title, headings, text and contact details. */
export function hitText(hit: Hit): string {
  const c = hit.chunk;
  const k = c.contact;
  // Labels too, so "what is their phone number" is covered by a service that has one.
  const contact = k
    ? [
        k.organization,
        k.phones?.length ? `phone call ${k.phones.join(' ')}` : '',
        k.hours ? `hours open ${k.hours}` : '',
        k.address ? `address office located ${k.address}` : '',
        k.email ? `email ${k.email}` : '',
      ].filter(Boolean).join('\n')
    : '';
  return [c.title, ...c.headings, c.text, contact].join('\n');
}

export function assessGrounding(question: string, hits: Hit[], threshold = DEFAULT_ABSTAIN_THRESHOLD): Grounding {
  const terms: Term[] = questionTerms(question);
  const top = [...hits].sort((a, b) => b.score - a.score).slice(0, TOP_PASSAGES);
  const topScore = top[0]?.score ?? 0;
  const keys = new Set<string>();
  let bestSingle = 0;
  for (const hit of top) {
    const own = passageKeys(hitText(hit));
    bestSingle = Math.max(bestSingle, coverage(terms, own));
    for (const k of own) keys.add(k);
  }
  // Mostly one passage should hold the answer; facts spread over several count for less.
  const cov = top.length ? SINGLE_WEIGHT * bestSingle + (1 - SINGLE_WEIGHT) * coverage(terms, keys) : 0;
  const missingTerms = terms.filter((t) => !covers(t, keys));
  const missing = missingTerms.map((t) => t.key);
  // Both signals must be there: a high score with half the question missing, or a full match on
  // a passage search itself ranks poorly, are both weak. A topic nobody mentions (the question is
  // about Medicare, the passages about SSDI) is the surest sign of a near miss.
  const topicMissing = missingTerms.some((t) => t.topic);
  const base = top.length ? COVERAGE_WEIGHT * cov + (1 - COVERAGE_WEIGHT) * clamp01(topScore) : 0;
  const confidence = topicMissing ? base * TOPIC_MISSING_FACTOR : base;
  return { grounded: confidence >= threshold, confidence, topScore, coverage: cov, missing, threshold };
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
