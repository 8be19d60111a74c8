// Chooses the embedder: OpenAI when configured, the offline hashing embedder otherwise.
import { createOpenAIClient } from '../llm.js';
import { OfflineEmbedder } from './offline-embedder.js';
import { OpenAIEmbedder } from './openai-embedder.js';
import type { Embedder } from './types.js';

export interface EmbedderConfig {
  apiKey: string;
  baseURL?: string;
  embeddingModel: string;
  timeoutMs: number;
}

export function createEmbedder(openaiCfg?: EmbedderConfig): Embedder {
  if (!openaiCfg) return new OfflineEmbedder();
  const client = createOpenAIClient({ apiKey: openaiCfg.apiKey, baseURL: openaiCfg.baseURL, timeoutMs: openaiCfg.timeoutMs });
  return new OpenAIEmbedder(client, { model: openaiCfg.embeddingModel });
}
