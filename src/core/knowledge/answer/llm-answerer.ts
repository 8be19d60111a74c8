// The LLM answer: the grounding gate first (no call when the knowledge does not cover the
// question), then a LangChain runnable: prompts/answer.md with numbered, delimited sources -> the
// chat model -> text, whose [n] citations are parsed and renumbered. Any failure of that runnable
// (HTTP error, 429 after the retry, deadline, empty reply) falls back through `withFallbacks` to the
// extractive answer, with a note for the person.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Runnable } from '@langchain/core/runnables';
import { langchainCore } from '../../langchain.js';
import { redact } from '../../notes/redact.js';
import type { Logger } from '../../../log.js';
import { silentLogger } from '../../../log.js';
import type { Citation } from '../../messages.js';
import { loadChatPrompt, strictPrompt } from '../../prompts.js';
import type { Hit } from '../types.js';
import { formatContact, hasContact, toCitation } from './contact.js';
import { decline } from './decline.js';
import { extractiveAnswer } from './extractive.js';
import { figureYear } from './facts.js';
import type { GateModel } from './gate.js';
import { assessGrounding, DEFAULT_ABSTAIN_THRESHOLD } from './grounding.js';
import { FALLBACK_NOTE, UNCITED_NOTE, type Answer, type Answerer } from './types.js';

/** How many of the best hits go to the model. */
export const MAX_SOURCES = 5;

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
}

/** What the answer runnable takes: the question and the hits that passed the grounding gate. */
export interface AnswerInput {
  question: string;
  hits: Hit[];
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
  const out = text.replace(/\[(\d+(?:\s*[,;]\s*\d+)*)\]/g, (_, list: string) => {
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
  return { text: out.replace(/[ \t]+([.,;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').trim(), citations };
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
  const [{ RunnableLambda, StringOutputParser }, llm] = await Promise.all([langchainCore(), opts.llm]);
  const llmPath = RunnableLambda.from(async (input: AnswerInput, config): Promise<Answer> => {
    const sources = [...input.hits].sort((a, b) => b.score - a.score).slice(0, MAX_SOURCES);
    // A question can carry a student's details ("DOB 3/4/2009, ID 448812"): they never leave for the LLM.
    const vars = { question: redact(input.question.trim()).text, sources: formatSources(sources) };
    const prompt = await strictPrompt(await loadChatPrompt('answer', { dir: opts.promptsDir }), 'answer');
    let reply: string;
    try {
      reply = (await prompt.pipe(llm).pipe(new StringOutputParser()).invoke(vars, config)).trim();
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
      return { ...extractiveAnswer(input.question, input.hits), fallback: UNCITED_NOTE };
    }
    return { text: parsed.text, citations: parsed.citations, grounded: true, mode: 'llm' };
  }).withConfig({ runName: 'LiaisonLlmAnswer', ...(opts.timeoutMs !== undefined ? { timeout: opts.timeoutMs } : {}) });
  const offline = RunnableLambda.from(
    (input: AnswerInput): Answer => ({ ...extractiveAnswer(input.question, input.hits), fallback: FALLBACK_NOTE }),
  ).withConfig({ runName: 'LiaisonExtractiveAnswer' });
  return llmPath.withFallbacks([offline]);
}

export function createLlmAnswerer(opts: LlmAnswererOptions): Answerer {
  const log = opts.log ?? silentLogger;
  const threshold = opts.abstainThreshold ?? DEFAULT_ABSTAIN_THRESHOLD;
  // Built on the first question, so LangChain loads only when a model is used.
  let runnable: Promise<Runnable<AnswerInput, Answer>> | undefined;
  return {
    async answer(question, hits, ctx) {
      const g = assessGrounding(question, hits, threshold, ctx, opts.gate);
      log.info({ mode: 'llm', grounded: g.grounded, confidence: Math.round(g.confidence * 1000) / 1000, hits: hits.length }, 'answer grounding');
      if (!g.grounded) return decline(hits, 'llm');
      runnable ??= createAnswerRunnable(opts);
      return (await runnable).invoke({ question, hits });
    },
  };
}
