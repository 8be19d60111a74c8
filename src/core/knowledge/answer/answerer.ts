// Picks the answer path: the LLM when a client is configured, the extractive answer otherwise.
// Both run the same grounding gate first.
import type { OpenAI } from 'openai';
import type { Logger } from '../../../log.js';
import { createExtractiveAnswerer } from './extractive.js';
import { createLlmAnswerer } from './llm-answerer.js';
import type { GateModel } from './gate.js';
import type { Answerer } from './types.js';

export interface AnswererOptions {
  llm?: OpenAI;
  /** Required with `llm` in practice; defaults to gpt-4o-mini like config.ts. */
  chatModel?: string;
  /** Confidence needed to answer (config LIAISON_ABSTAIN_THRESHOLD); see grounding.ts. */
  abstainThreshold?: number;
  /** The gate's weights; gate-model.json when omitted (the bench passes weights fitted without the folder it measures). */
  gate?: GateModel;
  log?: Logger;
  promptsDir?: string;
}

export function createAnswerer(opts: AnswererOptions = {}): Answerer {
  if (opts.llm) {
    return createLlmAnswerer({
      llm: opts.llm,
      chatModel: opts.chatModel ?? 'gpt-4o-mini',
      abstainThreshold: opts.abstainThreshold,
      gate: opts.gate,
      log: opts.log,
      promptsDir: opts.promptsDir,
    });
  }
  return createExtractiveAnswerer({ abstainThreshold: opts.abstainThreshold, gate: opts.gate, log: opts.log });
}
