// The answering module's public surface.
export { createAnswerer, type AnswererOptions } from './answerer.js';
export { createExtractiveAnswerer, extractiveAnswer } from './extractive.js';
export { MAX_ANSWER_CHARS } from './quote.js';
export { createLlmAnswerer, formatSources, parseCitations, type LlmAnswererOptions } from './llm-answerer.js';
export { assessGrounding, DEFAULT_ABSTAIN_THRESHOLD, type Grounding } from './grounding.js';
export { DECLINE_TEXT, FALLBACK_NOTE, type Answer, type AnswerContext, type Answerer } from './types.js';
