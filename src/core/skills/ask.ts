// The "answer" job: search the knowledge index, answer with numbered citations or decline plainly.
import type { Answer, AnswerContext, Answerer } from '../knowledge/answer/types.js';
import { findServices, servicesAmong, type DirectoryOptions } from '../knowledge/directory/find.js';
import type { Hit } from '../knowledge/types.js';
import type { Inbound, Reply } from '../messages.js';
import type { KnowledgeSearch } from '../knowledge/live.js';
import { directoryAnswer, type DirectoryAnswer } from './directory.js';
import { passagesFor } from './passages.js';
import { checkQuestion } from './question.js';
import { directoryLeads } from './route.js';

export type { KnowledgeSearch } from '../knowledge/live.js';

export interface AskResult {
  question: string;
  answer: Answer;
  note?: string;
  hits: Hit[];
  /** Set when the question was answered from the directory's fields (see skills/directory.ts). */
  directory?: DirectoryAnswer;
}

/**
 * Where a question was asked and who may be named, for a model (see AnswerContext), and what "open
 * now" is read against: the injected clock in the team's time zone.
 */
export type AskOptions = Pick<AnswerContext, 'thread' | 'partners'> & Pick<DirectoryOptions, 'clock' | 'timeZone'>;

/**
 * Answers a question. `context` is the question that started the thread, for follow-ups such as
 * "and how long does that take?": it is searched and judged together with the follow-up. `asked`
 * says where it was asked and who may be named, for a model (see AnswerContext).
 */
export async function ask(knowledge: KnowledgeSearch, answerer: Answerer, rawQuestion: string, context?: string, opts: AskOptions = {}): Promise<AskResult> {
  const { text, note } = checkQuestion(rawQuestion);
  const query = context ? `${context} ${text}` : text;
  const view = await knowledge.current();
  // "Who offers travel training in Pine Ridge for a 17 year old?" is answered from the services' fields.
  const { clock, timeZone, ...asked } = opts;
  const dirOpts: DirectoryOptions = { ...(clock ? { clock } : {}), ...(timeZone ? { timeZone } : {}), ...(knowledge.places ? { places: knowledge.places } : {}) };
  const found = await findServices(view, text, dirOpts);
  const answered = (result: NonNullable<typeof found>): AskResult => {
    const directory = directoryAnswer(result);
    const hits = (result.fits.length ? result.fits : result.alternatives).map((m) => m.hit);
    return { question: text, answer: directory.answer, note, hits, directory };
  };
  // ...unless a document of the folder is found clearly better than the services it would show (route.ts).
  if (found && (await directoryLeads(view, text, found))) return answered(found);
  const hits = await passagesFor(view, query, text);
  const answer = await answerer.answer(query, hits, { corpus: view.corpus, chunksOf: (source) => view.chunksOf(source), ...asked });
  // A request for a service that names a place or an age, in words no kind of service says: the
  // services the answer found are checked against those conditions and answered as the directory
  // answers, never quoted from another town.
  if (answer.grounded && !context) {
    const cited = answer.citations.flatMap((c) => hits.filter((h) => h.chunk.source === c.source).slice(0, 1));
    const among = servicesAmong(view, text, cited, dirOpts);
    if (among && (await directoryLeads(view, text, among))) return answered(among);
  }
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
  if (result.directory) return directoryReply(result.directory, answerId, notes);
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

/** The directory answer to `question` from its `from`-th fitting service on, or undefined when it no longer has that many. */
export async function moreDirectory(knowledge: KnowledgeSearch, question: string, from: number, opts: AskOptions = {}): Promise<DirectoryAnswer | undefined> {
  const found = await findServices(await knowledge.current(), question, { ...opts, ...(knowledge.places ? { places: knowledge.places } : {}) });
  if (!found || found.fits.length <= from) return undefined;
  return directoryAnswer(found, from);
}

/** A directory answer's reply: the intro, the contact cards, and "show more" when more services fit than are shown. */
export function directoryReply(directory: DirectoryAnswer, answerId: string, notes: string[] = []): Reply {
  const more = directory.moreFrom !== undefined ? [{ id: 'directory.more', label: 'Show more', value: String(directory.moreFrom) }] : [];
  return {
    kind: 'answer',
    audience: { kind: 'conversation' },
    text: [directory.intro, ...notes].join('\n\n'),
    // The cards show these services; channels list sources only for replies without cards.
    sources: directory.answer.citations,
    cards: directory.cards,
    grounded: directory.answer.grounded,
    actions: [
      ...more,
      { id: 'feedback', label: '👍 Helpful', value: 'up' },
      { id: 'feedback', label: '👎 Not helpful', value: 'down' },
    ],
    context: { answerId },
  };
}
