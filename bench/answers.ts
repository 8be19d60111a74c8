// The full answer path as a person meets it: ask() = hybrid search (k = 8) + the offline answerer
// with its grounding gate. Measures declines on unanswerable questions, false declines on
// answerable ones, and whether the answers given hold the facts the question needs.
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import type { KnowledgeSearch } from '../src/core/knowledge/live.js';
import { ask } from '../src/core/skills/ask.js';
import { containsFact, sourceMatches, type BenchQuestion } from './questions.js';
import { ratio } from './stats.js';

export type AnswerMissKind = 'answered-unanswerable' | 'declined-answerable' | 'fact-missing';

export interface AnswerMiss {
  id: string;
  kind: AnswerMissKind;
  question: string;
  expected: string;
  got: string;
}

export interface AnswerFigures {
  threshold: number | 'default';
  unanswerable: number;
  declined: number;
  declineRate: number;
  answerable: number;
  falselyDeclined: number;
  falseAbstentionRate: number;
  /** Answerable questions that were answered and have facts to check. */
  factChecked: number;
  factHit: number;
  factRate: number;
  /** Answered answerable questions whose answer cites a gold source. */
  citedCorrect: number;
  misses: AnswerMiss[];
}

const snippet = (s: string, n = 140) => {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
};

export async function answerQuality(knowledge: KnowledgeSearch, questions: BenchQuestion[], threshold?: number): Promise<AnswerFigures> {
  const answerer = createAnswerer({ abstainThreshold: threshold });
  const f: AnswerFigures = {
    threshold: threshold ?? 'default',
    unanswerable: 0,
    declined: 0,
    declineRate: 0,
    answerable: 0,
    falselyDeclined: 0,
    falseAbstentionRate: 0,
    factChecked: 0,
    factHit: 0,
    factRate: 0,
    citedCorrect: 0,
    misses: [],
  };
  for (const q of questions) {
    const { answer, hits } = await ask(knowledge, answerer, q.question);
    const top = [...hits].sort((a, b) => b.score - a.score)[0];
    if (!q.answerable) {
      f.unanswerable += 1;
      if (!answer.grounded) f.declined += 1;
      else f.misses.push({ id: q.id, kind: 'answered-unanswerable', question: q.question, expected: 'decline', got: `answered from ${answer.citations[0]?.source ?? top?.chunk.source ?? '?'}: ${snippet(answer.text)}` });
      continue;
    }
    f.answerable += 1;
    if (!answer.grounded) {
      f.falselyDeclined += 1;
      f.misses.push({ id: q.id, kind: 'declined-answerable', question: q.question, expected: q.sources.join(', ') || 'an answer', got: `declined (top hit ${top?.chunk.source ?? 'none'}, score ${top?.score ?? 0})` });
      continue;
    }
    if (answer.citations.some((c) => q.sources.some((g) => sourceMatches(c.source, g)))) f.citedCorrect += 1;
    if (q.facts.length === 0) continue;
    f.factChecked += 1;
    const missing = q.facts.filter((fact) => !containsFact(answer.text, fact));
    if (missing.length === 0) f.factHit += 1;
    else f.misses.push({ id: q.id, kind: 'fact-missing', question: q.question, expected: missing.map((m) => `"${m}"`).join(', '), got: snippet(answer.text) });
  }
  f.declineRate = ratio(f.declined, f.unanswerable);
  f.falseAbstentionRate = ratio(f.falselyDeclined, f.answerable);
  f.factRate = ratio(f.factHit, f.factChecked);
  return f;
}
