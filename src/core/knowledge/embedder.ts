// Chooses the embedder: the remote model when configured (OpenAI, compatible server, Azure with an
// embedding deployment), the offline hashing embedder otherwise. Both are LangChain Embeddings.
import { createRemoteEmbeddings, type LlmConfig } from '../llm.js';
import { OfflineEmbedder } from './offline-embedder.js';
import { OpenAIEmbedder } from './openai-embedder.js';
import type { Embedder } from './types.js';

export function createEmbedder(llm?: LlmConfig): Embedder {
  const remote = llm ? createRemoteEmbeddings(llm) : undefined;
  if (!remote) return new OfflineEmbedder();
  return new OpenAIEmbedder(remote.embeddings, { model: remote.model });
}
