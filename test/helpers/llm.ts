// LLM settings for tests: an OpenAI-compatible config pointing at the local fake, and the chat model
// built by the same factory the server uses.
import { createChatModel, type AzureLlmConfig, type OpenAILlmConfig } from '../../src/core/llm.js';

export function openaiConfig(baseURL: string, over: Partial<OpenAILlmConfig> = {}): OpenAILlmConfig {
  return { provider: 'openai', apiKey: 'test-key', baseURL, chatModel: 'test-model', embeddingModel: 'test-embedding', timeoutMs: 5000, ...over };
}

/** Azure settings whose endpoint is the fake's origin (the fake serves Azure's URL shape too). */
export function azureConfig(baseURL: string, over: Partial<AzureLlmConfig> = {}): AzureLlmConfig {
  return {
    provider: 'azure',
    apiKey: 'azure-key',
    endpoint: new URL(baseURL).origin,
    chatDeployment: 'chat-dep',
    embeddingDeployment: 'embed-dep',
    apiVersion: '2024-10-21',
    timeoutMs: 5000,
    ...over,
  };
}

/** The chat model for the fake at baseURL, with no retries unless asked. */
export function testChatModel(baseURL: string, over: Partial<OpenAILlmConfig> = {}, maxRetries = 0) {
  return createChatModel(openaiConfig(baseURL, over), { maxRetries });
}
