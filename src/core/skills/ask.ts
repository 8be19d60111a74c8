// The "answer" job: search the knowledge index, answer with numbered citations or decline plainly.
import type { Answer, AnswerContext, Answerer } from '../knowledge/answer/types.js';
import type { Hit } from '../knowledge/types.js';
import type { Inbound, Reply } from '../messages.js';
import type { KnowledgeSearch } from '../knowledge/live.js';
import { passagesFor } from './passages.js';
import { checkQuestion } from './question.js';

export type { KnowledgeSearch } from '../knowledge/live.js';

export interface AskResult {
  question: string;
  answer: Answer;
  note?: string;
  hits: Hit[];
}

/**
 * Answers a question. `context` is the question that started the thread, for follow-ups such as
 * "and how long does that take?": it is searched and judged together with the follow-up. `asked`
 * says where it was asked and who may be named, for a model (see AnswerContext).
 */
export async function ask(
  knowledge: KnowledgeSearch,
  answerer: Answerer,
  rawQuestion: string,
  context?: string,
  asked: Pick<AnswerContext, 'thread' | 'partners'> = {},
): Promise<AskResult> {
  const { text, note } = checkQuestion(rawQuestion);
  const query = context ? `${context} ${text}` : text;
  const view = await knowledge.current();
  const hits = await passagesFor(view, query, text);
  const answer = await answerer.answer(query, hits, { corpus: view.corpus, ...asked });
  return { question: text, answer, note, hits };
}

/** A follow-up long enough to stand on its own is not read with the thread. */
const SELF_CONTAINED_WORDS = 14;

/** The earlier question a short thread follow-up refers to: the latest one a person asked before it. */
export function threadContext(text: string, thread: Inbound['thread']): string | undefined {
  if (!thread?.length || text.split(/\s+/).length >= SELF_CONTAINED_WORDS) return undefined;
  const earlier = [...thread].reverse().find((m) => !m.isBot && m.text.trim() && m.text.trim() !== text.trim());
  return earlier ? earlier.text.trim().slice(0, 500) : undefined;
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
