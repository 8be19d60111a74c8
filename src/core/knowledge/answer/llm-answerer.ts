// The LLM answer: the grounding gate first (no call when the knowledge does not cover the
// question), then prompts/answer.md with numbered, delimited sources; the model's [n] citations
// are parsed and renumbered. Any failure falls back to the extractive answer, with a note.
import { redact } from '../../notes/redact.js';
import type { OpenAI } from 'openai';
import type { Logger } from '../../../log.js';
import { silentLogger } from '../../../log.js';
import type { Citation } from '../../messages.js';
import { loadPrompt, render } from '../../prompts.js';
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
  llm: OpenAI;
  chatModel: string;
  abstainThreshold?: number;
  gate?: GateModel;
  log?: Logger;
  /** Folder holding answer.md; defaults to the repository's prompts/. */
  promptsDir?: string;
  /** Per-request timeout; the client's own timeout applies when omitted. */
  timeoutMs?: number;
  maxRetries?: number;
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

export function createLlmAnswerer(opts: LlmAnswererOptions): Answerer {
  const log = opts.log ?? silentLogger;
  const threshold = opts.abstainThreshold ?? DEFAULT_ABSTAIN_THRESHOLD;

  const fallback = (question: string, hits: Hit[], note: string): Answer => ({
    ...extractiveAnswer(question, hits),
    fallback: note,
  });

  return {
    async answer(question, hits, ctx) {
      const g = assessGrounding(question, hits, threshold, ctx, opts.gate);
      log.info({ mode: 'llm', grounded: g.grounded, confidence: Math.round(g.confidence * 1000) / 1000, hits: hits.length }, 'answer grounding');
      if (!g.grounded) return decline(hits, 'llm');

      const sources = [...hits].sort((a, b) => b.score - a.score).slice(0, MAX_SOURCES);
      const prompt = await loadPrompt('answer', opts.promptsDir);
      // A question can carry a student's details ("DOB 3/4/2009, ID 448812"): they never leave for the LLM.
      const content = render(prompt, { question: redact(question.trim()).text, sources: formatSources(sources) });
      // Only options that are set: the client rejects `timeout: undefined`.
      const requestOptions: { timeout?: number; maxRetries?: number } = {};
      if (opts.timeoutMs !== undefined) requestOptions.timeout = opts.timeoutMs;
      if (opts.maxRetries !== undefined) requestOptions.maxRetries = opts.maxRetries;
      let reply: string;
      try {
        const res = await opts.llm.chat.completions.create(
          { model: opts.chatModel, temperature: 0, messages: [{ role: 'user', content }] },
          requestOptions,
        );
        reply = res.choices[0]?.message?.content?.trim() ?? '';
      } catch (err) {
        const status = (err as { status?: number }).status;
        log.warn({ err: { name: (err as Error).name, status }, model: opts.chatModel }, 'LLM answer failed; using the extractive answer');
        return fallback(question, hits, FALLBACK_NOTE);
      }
      if (!reply) {
        log.warn({ model: opts.chatModel }, 'LLM returned an empty answer; using the extractive answer');
        return fallback(question, hits, FALLBACK_NOTE);
      }
      if (DONT_KNOW.test(reply) && reply.length < 240) return decline(hits, 'llm');
      const parsed = parseCitations(reply, sources);
      if (parsed.citations.length === 0) {
        log.warn({ model: opts.chatModel, chars: reply.length }, 'LLM answer cited no source; using the extractive answer');
        return fallback(question, hits, UNCITED_NOTE);
      }
      return { text: parsed.text, citations: parsed.citations, grounded: true, mode: 'llm' };
    },
  };
}
