// The "answer" job: search the knowledge index, answer with numbered citations or decline plainly.
import type { Answer, Answerer } from '../knowledge/answer/types.js';
import type { CorpusStats } from '../knowledge/search.js';
import type { Hit } from '../knowledge/types.js';
import type { Inbound, Reply } from '../messages.js';
import { wantsContact } from '../knowledge/answer/contact.js';
import { tokenize } from '../knowledge/text.js';
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

/**
 * Answers a question. `context` is the question that started the thread, for follow-ups such as
 * "and how long does that take?": it is searched and judged together with the follow-up.
 */
export async function ask(knowledge: KnowledgeSearch, answerer: Answerer, rawQuestion: string, context?: string): Promise<AskResult> {
  const { text, note } = checkQuestion(rawQuestion);
  const query = context ? `${context} ${text}` : text;
  const hits = await passagesFor(knowledge, query, text);
  const answer = await answerer.answer(query, hits, { corpus: knowledge.corpus });
  return { question: text, answer, note, hits };
}

/**
 * The passages a question is answered (and judged) from: the search hits for `query` (the question,
 * with its thread's first question for a follow-up), reordered for what `question` itself asks.
 */
export async function passagesFor(knowledge: KnowledgeSearch, query: string, question = query): Promise<Hit[]> {
  const found = preferDirectory(question, await knowledge.search(query, SEARCH_K));
  if (!wantsContact(question) || found.slice(0, LINK_FROM).some((h) => h.chunk.contact)) return found;
  return linkEntry(found, await knowledge.search(query, WIDE_K));
}

/** "Who do I call about ...?" wants a place to call: a close directory entry beats a guide. */
const WHO_TO_CALL = /\bwho (?:do|should|can|could) (?:i|we|they|families|parents) (?:call|contact|talk to|see|ask)\b|\bwho to (?:call|contact)\b|\bphone number\b/i;
const DIRECTORY_REACH = 0.7;

export function preferDirectory(question: string, hits: Hit[]): Hit[] {
  if (!WHO_TO_CALL.test(question) || !hits[0] || hits[0].chunk.contact) return hits;
  const top = hits[0].score;
  const i = hits.findIndex((h) => h.chunk.contact && h.score >= top * DIRECTORY_REACH);
  if (i <= 0) return hits;
  const entry = { ...hits[i]!, score: top };
  return [entry, ...hits.slice(0, i), ...hits.slice(i + 1)];
}

/** How many of the best passages are read for a program with its own directory entry, and how wide that entry is looked for. */
const LINK_FROM = 4;
const WIDE_K = 24;

/**
 * "Who does WIPA counseling locally?" is answered by a guide titled "Benefits Counseling (WIPA)",
 * which has no phone; the directory entry "Benefits Counseling (WIPA Work Incentives Planning)"
 * ranks lower because the question says little else about it. When the question wants a place to
 * go and none of the best passages is a directory entry, the entry whose title holds every word of
 * a best passage's title is put right after that passage (still among the best few), so the answer
 * can give its phone and hours.
 */
export function linkEntry(hits: Hit[], wider: Hit[]): Hit[] {
  for (const [i, hit] of hits.slice(0, LINK_FROM).entries()) {
    const title = tokenize(hit.chunk.title);
    if (title.length === 0) continue;
    const entry = wider.find((h) => h.chunk.contact && title.every((t) => tokenize(`${h.chunk.title} ${h.chunk.contact!.organization ?? ''}`).includes(t)));
    if (!entry) continue;
    // Right after the passage, but among the best few, which the answer's contact line is taken from.
    const at = Math.min(i + 1, LINK_FROM - 1);
    const rest = hits.filter((h) => h.chunk.id !== entry.chunk.id);
    return [...rest.slice(0, at), { ...entry, score: rest[at]?.score ?? hit.score }, ...rest.slice(at)];
  }
  return hits;
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
