// Chooses the embedder: the remote model when configured (OpenAI, compatible server, Azure with an
// embedding deployment), the offline hashing embedder otherwise. Both are LangChain Embeddings.
// The remote model's library is imported on the first embedding, so the offline path never loads it.
import { embeddingModelName, type LlmConfig } from '../llm-config.js';
import { OfflineEmbedder } from './offline-embedder.js';
import { OpenAIEmbedder } from './openai-embedder.js';
import type { Embedder } from './types.js';

export function createEmbedder(llm?: LlmConfig): Embedder {
  const model = llm ? embeddingModelName(llm) : undefined;
  if (!llm || !model) return new OfflineEmbedder();
  return new OpenAIEmbedder(() => import('../llm.js').then((m) => m.createRemoteEmbeddings(llm)!.embeddings), { model });
}
