// The one factory of LangChain models: a chat model and (when there is one) an embeddings model for
// OpenAI, any server speaking the OpenAI HTTP API (vLLM, Ollama, LM Studio, a test fake) and Azure
// OpenAI. Settings come from config.ts; nothing here reads the environment. Every model call in
// Liaison goes through a model built here.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BaseCache } from '@langchain/core/caches';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AzureChatOpenAI, AzureOpenAIEmbeddings, ChatOpenAI, OpenAIEmbeddings } from '@langchain/openai';
import { embeddingModelName, type LlmConfig } from './llm-config.js';

export type { AzureLlmConfig, LlmConfig, OpenAILlmConfig } from './llm-config.js';

/**
 * One retry: LangChain's default is six with backoff, far beyond what a person waiting in a chat
 * will sit through. The OpenAI client honours Retry-After on 429 within the deadline below.
 */
export const MAX_RETRIES = 1;

export interface ChatModelOptions {
  maxRetries?: number;
  /** Per-attempt timeout; defaults to the config's deadline. */
  timeoutMs?: number;
  /** Answers already paid for (llm-store.ts StoreCache); never given to the extraction model. */
  cache?: BaseCache;
}

export function createChatModel(cfg: LlmConfig, opts: ChatModelOptions = {}): BaseChatModel {
  const common = {
    temperature: 0,
    maxRetries: opts.maxRetries ?? MAX_RETRIES,
    timeout: opts.timeoutMs ?? cfg.timeoutMs,
    ...(opts.cache ? { cache: opts.cache } : {}),
  };
  if (cfg.provider === 'azure') {
    return new AzureChatOpenAI({
      ...common,
      // Without a model name LangChain takes the Azure model for gpt-3.5-turbo and refuses
      // structured output (JSON schema), so every extraction fell back to the rules. On Azure the
      // deployment stands for the model.
      model: cfg.chatDeployment,
      azureOpenAIApiKey: cfg.apiKey,
      azureOpenAIEndpoint: cfg.endpoint,
      azureOpenAIApiDeploymentName: cfg.chatDeployment,
      azureOpenAIApiVersion: cfg.apiVersion,
    });
  }
  return new ChatOpenAI({
    ...common,
    model: cfg.chatModel,
    apiKey: cfg.apiKey,
    ...(cfg.baseURL ? { configuration: { baseURL: cfg.baseURL } } : {}),
  });
}

export interface RemoteEmbeddings {
  /** Recorded in the index: a different model means a rebuild (see embeddingModelName). */
  model: string;
  embeddings: EmbeddingsInterface;
}

export function createRemoteEmbeddings(cfg: LlmConfig, opts: ChatModelOptions & { batchSize?: number } = {}): RemoteEmbeddings | undefined {
  const common = {
    maxRetries: opts.maxRetries ?? MAX_RETRIES,
    timeout: opts.timeoutMs ?? cfg.timeoutMs,
    batchSize: opts.batchSize ?? 256,
    // Newlines are kept: the vectors then match the ones indexes built before LangChain hold.
    stripNewLines: false,
  };
  const model = embeddingModelName(cfg);
  if (!model) return undefined;
  if (cfg.provider === 'azure') {
    if (!cfg.embeddingDeployment) return undefined;
    return {
      model,
      embeddings: new AzureOpenAIEmbeddings({
        ...common,
        azureOpenAIApiKey: cfg.apiKey,
        // AzureOpenAIEmbeddings 1.5.8 ignores azureOpenAIEndpoint (only the chat model reads it) and
        // would look for an instance name in the environment; the base path says the same thing.
        azureOpenAIBasePath: `${cfg.endpoint}/openai/deployments`,
        azureOpenAIApiEmbeddingsDeploymentName: cfg.embeddingDeployment,
        azureOpenAIApiVersion: cfg.apiVersion,
      }),
    };
  }
  return {
    model,
    embeddings: new OpenAIEmbeddings({
      ...common,
      model: cfg.embeddingModel,
      apiKey: cfg.apiKey,
      ...(cfg.baseURL ? { configuration: { baseURL: cfg.baseURL } } : {}),
    }),
  };
}
