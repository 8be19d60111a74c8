// Liaison's side of the measure: each question through ask() (the search and the answerer every
// channel uses). The answer's sources, best first, are its citations in order, then the other
// passages it searched by score, so a declined question still shows where its search looked; the
// decline itself is counted apart. Declined: `grounded` is false or no sources are cited.
import type { Answerer } from '../core/knowledge/answer/types.js';
import type { KnowledgeSearch } from '../core/knowledge/live.js';
import { ask } from '../core/skills/ask.js';
import { outcomeOf, type Outcome } from './outcome.js';
import type { EvalQuestion } from './questions.js';

export async function liaisonOutcomes(knowledge: KnowledgeSearch, answerer: Answerer, questions: EvalQuestion[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const q of questions) {
    const { answer, hits } = await ask(knowledge, answerer, q.question);
    const declined = !answer.grounded || answer.citations.length === 0;
    const cited = declined ? [] : answer.citations.map((c) => c.source);
    const searched = [...hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source);
    out.push(outcomeOf(q, { sources: [...cited, ...searched], text: declined ? '' : answer.text, declined }));
  }
  return out;
}
