// The "answer" job: search the knowledge index, answer with numbered citations or decline plainly.
import type { Answer, Answerer } from '../knowledge/answer/types.js';
import type { CorpusStats } from '../knowledge/search.js';
import type { Hit } from '../knowledge/types.js';
import type { Reply } from '../messages.js';
import { checkQuestion } from './question.js';

export interface KnowledgeSearch {
  search(query: string, k?: number): Promise<Hit[]>;
  /** Corpus document frequencies; when present, the answerer can tell words the folder never uses. */
  readonly corpus?: CorpusStats;
}

export interface AskResult {
  question: string;
  answer: Answer;
  note?: string;
  hits: Hit[];
}

export const SEARCH_K = 8;

export async function ask(knowledge: KnowledgeSearch, answerer: Answerer, rawQuestion: string): Promise<AskResult> {
  const { text, note } = checkQuestion(rawQuestion);
  const hits = await knowledge.search(text, SEARCH_K);
  const answer = await answerer.answer(text, hits, { corpus: knowledge.corpus });
  return { question: text, answer, note, hits };
}

/** The chat reply for an answer: text, numbered sources, and feedback buttons keyed by answerId. */
export function answerReply(result: AskResult, answerId: string): Reply {
  const { answer } = result;
  const notes = [result.note, answer.fallback].filter(Boolean).map((n) => `_${n}_`);
  return {
    kind: 'answer',
    audience: { kind: 'conversation' },
    text: [answer.text, ...notes].join('\n\n'),
    sources: answer.grounded ? answer.citations : [],
    grounded: answer.grounded,
    actions: answer.grounded
      ? [
          { id: 'feedback', label: '👍 Helpful', value: 'up' },
          { id: 'feedback', label: '👎 Not helpful', value: 'down' },
        ]
      : [],
    context: { answerId },
  };
}
