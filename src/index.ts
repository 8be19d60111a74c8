// The package's public face: `import { createLiaisonRetriever } from 'liaison'` gives another
// project Liaison's hybrid search as a LangChain retriever over an index `liaison ingest` built.
import { silentLogger, type Logger } from './log.js';
import type { LlmConfig } from './core/llm-config.js';
import { LiaisonRetriever, type LiaisonRetrieverInput } from './core/knowledge/retriever.js';
import { createKnowledgeSearch } from './services.js';

export { LiaisonRetriever, hitToDocument, type LiaisonDocumentMetadata, type LiaisonRetrieverInput } from './core/knowledge/retriever.js';
export type { AzureLlmConfig, LlmConfig, OpenAILlmConfig } from './core/llm-config.js';
export { OfflineEmbedder } from './core/knowledge/offline-embedder.js';

export interface CreateLiaisonRetrieverOptions extends LiaisonRetrieverInput {
  /** The folder `liaison ingest` wrote (default data/index under the current folder). */
  indexDir: string;
  /**
   * The embedding model the index was built with; omit for the offline embedder (the default, no
   * network). A different one than the index's is refused with a message saying to re-ingest.
   */
  llm?: LlmConfig;
  /** A pino logger for index reloads; silent by default. */
  log?: Logger;
}

/**
 * Liaison's hybrid search (vectors + BM25, the same factory the server answers from) as a LangChain
 * BaseRetriever. Documents carry source, title, heading path, HSDS service id and score in metadata.
 */
export function createLiaisonRetriever(opts: CreateLiaisonRetrieverOptions): LiaisonRetriever {
  const { indexDir, llm, log, ...fields } = opts;
  const knowledge = createKnowledgeSearch({ indexDir, ...(llm ? { llm } : {}) }, log ?? silentLogger);
  return new LiaisonRetriever(knowledge, fields);
}
