// The LLM answer: the grounding gate first (no call when the knowledge does not cover the
// question), then a LangChain runnable: prompts/answer.md with numbered, delimited sources -> the
// chat model -> text, whose [n] citations are parsed and renumbered. Any failure of that runnable
// (HTTP error, 429 after the retry, deadline, empty reply) falls back through `withFallbacks` to the
// extractive answer, with a note for the person. The question goes out redacted, with people who
// are not partners named by placeholders (restored in the answer); in a thread, the model also sees
// the thread's earlier turns (llm-store.ts), held the same way.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import type { ChatPromptValueInterface } from '@langchain/core/prompt_values';
import type { Runnable } from '@langchain/core/runnables';
import type { ThreadRef } from '../../llm-memory-keys.js';
import type { ThreadHistory } from '../../llm-store.js';
import { createNameMask, type NameEntries } from '../../privacy/pseudonyms.js';
import { langchainCore } from '../../langchain.js';
import { redact } from '../../privacy/redact.js';
import type { Logger } from '../../../log.js';
import { silentLogger } from '../../../log.js';
import type { Citation } from '../../messages.js';
import { loadChatPrompt, strictPrompt } from '../../prompts.js';
import type { Chunk, Hit } from '../types.js';
import { formatContact, hasContact, toCitation } from './contact.js';
import { decline } from './decline.js';
import { extractiveAnswer } from './extractive.js';
import { figureYear } from './facts.js';
import type { GateModel } from './gate.js';
import { assessGrounding, DEFAULT_ABSTAIN_THRESHOLD, forLog, verdictOf } from './grounding.js';
import { FALLBACK_NOTE, UNCITED_NOTE, type Answer, type Answerer } from './types.js';

/** How many of the best hits go to the model. */
export const MAX_SOURCES = 5;

/** A citation mark: "[2]", "[1, 3]", "[1; 2]". */
const MARKS = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;
/** Space left before punctuation where a mark was taken out. */
const SPACE_BEFORE_STOP = /[ \t]+([.,;:])/g;

const DONT_KNOW =
  /\b(?:I (?:do not|don't|cannot|can't) (?:know|tell|answer|find)|(?:the )?sources? (?:do(?:es)? not|don't|doesn't) (?:answer|say|cover|contain|mention)|not (?:in|covered by) the sources|no information (?:about|on))\b/i;

export interface LlmAnswererOptions {
  /** A LangChain chat model (src/core/llm.ts builds it, with its retries and per-attempt timeout), or its promise. */
  llm: BaseChatModel | Promise<BaseChatModel>;
  /** The model's name, for logs. */
  chatModel: string;
  abstainThreshold?: number;
  gate?: GateModel;
  log?: Logger;
  /** Folder holding answer.md; defaults to the repository's prompts/. */
  promptsDir?: string;
  /** The chat deadline for the whole LLM path (retries included); past it the extractive answer is given. */
  timeoutMs?: number;
  /** Each thread's memory (llm-store.ts threadHistories), or its promise; without it every question stands alone. */
  memory?: ThreadMemory | Promise<ThreadMemory | undefined>;
}

export type ThreadMemory = (thread: ThreadRef) => ThreadHistory;

/** What the answer runnable takes: the question and the hits that passed the grounding gate. */
export interface AnswerInput {
  question: string;
  hits: Hit[];
  /** The thread asked in: its earlier turns go to the model, and this turn is remembered. */
  thread?: ThreadRef;
  /** Names the model may see (the directory's partners); every other person's name is replaced. */
  partners?: readonly string[];
  /** A source's chunks, so the extractive fallback reads a found source's other sections as the offline answer does. */
  chunksOf?: (source: string) => readonly Chunk[];
}

/** Sources as the model sees them: numbered, titled, with year and contact lines, delimited. */
export function formatSources(hits: Hit[]): string {
  return hits
    .map((hit, i) => {
      const c = hit.chunk;
      const lines = [`<source n="${i + 1}">`, `Title: ${neutralise(c.title)}`];
      if (c.headings.length) lines.push(`Section: ${neutralise(c.headings.join(' > '))}`);
      const year = figureYear(c);
      if (c.asOf && year) lines.push(`Figures as of: ${year}`);
      if (hasContact(c.contact)) lines.push(`Contact: ${neutralise(formatContact(c.contact, c.title).replace(/\*\*/g, ''))}`);
      lines.push('', neutralise(c.text), '</source>');
      return lines.join('\n');
    })
    .join('\n\n');
}

/** Source text cannot close the delimiters it sits in. */
function neutralise(text: string): string {
  return text.replace(/<\s*(\/?)\s*(sources?)\s*>/gi, '‹$1$2›');
}

/**
 * Keeps the [n] markers that name a source given to the model, renumbers them 1..m in the order
 * first used, and drops the rest.
 */
export function parseCitations(text: string, sources: Hit[]): { text: string; citations: Citation[] } {
  const citations: Citation[] = [];
  const renumber = new Map<number, number>();
  const out = text.replace(MARKS, (_, list: string) => {
    const marks: string[] = [];
    for (const raw of list.split(/[,;]/)) {
      const given = Number(raw.trim());
      const hit = sources[given - 1];
      if (!hit) continue;
      let n = renumber.get(given);
      if (n === undefined) {
        n = citations.length + 1;
        renumber.set(given, n);
        citations.push(toCitation(hit, n));
      }
      if (!marks.includes(`[${n}]`)) marks.push(`[${n}]`);
    }
    return marks.join('');
  });
  return { text: out.replace(SPACE_BEFORE_STOP, '$1').replace(/[ \t]{2,}/g, ' ').trim(), citations };
}

/** Thrown inside the LLM path so `withFallbacks` answers; never reaches the person. */
class EmptyReply extends Error {
  override readonly name = 'EmptyReply';
}

/**
 * The answer as a runnable over grounded hits: the LLM path with the extractive answer as its
 * fallback. Exported so a LangChain app can compose it; `createLlmAnswerer` adds the grounding gate.
 */
export async function createAnswerRunnable(opts: LlmAnswererOptions): Promise<Runnable<AnswerInput, Answer>> {
  const log = opts.log ?? silentLogger;
  const [{ RunnableLambda, StringOutputParser, HumanMessage, AIMessage }, llm, memoryOf] = await Promise.all([langchainCore(), opts.llm, opts.memory]);
  const llmPath = RunnableLambda.from(async (input: AnswerInput, config): Promise<Answer> => {
    const sources = [...input.hits].sort((a, b) => b.score - a.score).slice(0, MAX_SOURCES);
    const memory = input.thread && memoryOf ? memoryOf(input.thread) : undefined;
    const earlier = memory ? await recall(memory, log) : { messages: [], names: [] };
    // A question can carry a student's details ("DOB 3/4/2009, ID 448812") and names: they never leave for the LLM.
    const mask = await createNameMask(input.partners ?? [], earlier.names);
    const question = mask.mask(redact(input.question.trim()).text);
    const vars = { question, sources: formatSources(sources) };
    const prompt = await strictPrompt(await loadChatPrompt('answer', { dir: opts.promptsDir }), 'answer');
    const withEarlier = RunnableLambda.from((value: ChatPromptValueInterface): BaseMessage[] => [...earlier.messages, ...value.toChatMessages()]);
    let reply: string;
    try {
      reply = (await prompt.pipe(withEarlier).pipe(llm).pipe(new StringOutputParser()).invoke(vars, config)).trim();
    } catch (err) {
      const status = (err as { status?: number }).status;
      log.warn({ err: { name: (err as Error).name, status }, model: opts.chatModel }, 'LLM answer failed; using the extractive answer');
      throw err;
    }
    if (!reply) {
      log.warn({ model: opts.chatModel }, 'LLM returned an empty answer; using the extractive answer');
      throw new EmptyReply('empty answer');
    }
    if (DONT_KNOW.test(reply) && reply.length < 240) return decline(input.hits, 'llm');
    const parsed = parseCitations(reply, sources);
    if (parsed.citations.length === 0) {
      log.warn({ model: opts.chatModel, chars: reply.length }, 'LLM answer cited no source; using the extractive answer');
      return { ...extractiveAnswer(input.question, input.hits, undefined, input.chunksOf), fallback: UNCITED_NOTE };
    }
    if (memory) {
      // Remembered as the model saw it; the citation numbers meant this turn's sources only.
      const said = reply.replace(MARKS, '').replace(SPACE_BEFORE_STOP, '$1');
      await memory.addTurn([new HumanMessage(question), new AIMessage(said)], mask.entries()).catch((err: unknown) => {
        log.warn({ err: { name: (err as Error).name } }, 'LLM thread memory not saved; the next follow-up starts afresh');
      });
    }
    return { text: mask.unmask(parsed.text), citations: parsed.citations, grounded: true, mode: 'llm' };
  }).withConfig({ runName: 'LiaisonLlmAnswer', ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}) });
  const offline = RunnableLambda.from(
    (input: AnswerInput): Answer => ({ ...extractiveAnswer(input.question, input.hits, undefined, input.chunksOf), fallback: FALLBACK_NOTE }),
  ).withConfig({ runName: 'LiaisonExtractiveAnswer' });
  return llmPath.withFallbacks([offline]);
}

/** The thread's earlier turns; a store that is away means a follow-up without them, not a failure. */
async function recall(memory: ThreadHistory, log: Logger): Promise<{ messages: BaseMessage[]; names: NameEntries }> {
  try {
    return await memory.recall();
  } catch (err) {
    log.warn({ err: { name: (err as Error).name } }, 'LLM thread memory unavailable; answering without it');
    return { messages: [], names: [] };
  }
}

export function createLlmAnswerer(opts: LlmAnswererOptions): Answerer {
  const log = opts.log ?? silentLogger;
  const threshold = opts.abstainThreshold ?? DEFAULT_ABSTAIN_THRESHOLD;
  // Built on the first question, so LangChain loads only when a model is used.
  let runnable: Promise<Runnable<AnswerInput, Answer>> | undefined;
  return {
    async answer(question, hits, ctx) {
      const g = assessGrounding(question, hits, threshold, ctx, opts.gate);
      log.info({ mode: 'llm', grounded: g.grounded, confidence: forLog(g.confidence), hits: hits.length }, 'answer grounding');
      const gate = verdictOf(g, opts.gate);
      if (!g.grounded) return { ...decline(hits, 'llm'), gate };
      runnable ??= createAnswerRunnable(opts);
      const partners = ctx?.partners ? await ctx.partners() : [];
      return { ...(await (await runnable).invoke({ question, hits, partners, ...(ctx?.thread ? { thread: ctx.thread } : {}), ...(ctx?.chunksOf ? { chunksOf: ctx.chunksOf } : {}) })), gate };
    },
  };
}
