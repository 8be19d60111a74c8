// Picks the answer path: the LLM when a client is configured, the extractive answer otherwise.
// Both run the same grounding gate first.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Logger } from '../../../log.js';
import { createExtractiveAnswerer } from './extractive.js';
import { createLlmAnswerer, type ThreadMemory } from './llm-answerer.js';
import type { GateModel } from './gate.js';
import type { Answerer } from './types.js';

export interface AnswererOptions {
  /** A LangChain chat model (src/core/llm.ts); without one the extractive answer is used. */
  llm?: BaseChatModel | Promise<BaseChatModel>;
  /** The model's name, for logs. */
  chatModel?: string;
  /** The chat deadline for the LLM path; past it the extractive answer is given. */
  timeoutMs?: number;
  /** Confidence needed to answer (config LIAISON_ABSTAIN_THRESHOLD); see grounding.ts. */
  abstainThreshold?: number;
  /** The gate's weights; gate-model.json when omitted (the bench passes weights fitted without the folder it measures). */
  gate?: GateModel;
  log?: Logger;
  promptsDir?: string;
  /** Each thread's memory for the LLM's follow-ups (llm-store.ts); unused offline. */
  memory?: ThreadMemory | Promise<ThreadMemory | undefined>;
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
      timeoutMs: opts.timeoutMs,
      memory: opts.memory,
    });
  }
  return createExtractiveAnswerer({ abstainThreshold: opts.abstainThreshold, gate: opts.gate, log: opts.log });
}
