// The OpenAI client, built from explicit settings (config.ts reads the environment, not us).
// Works against OpenAI, Azure OpenAI's v1-compatible endpoint (`https://<resource>.openai.azure.com/openai/v1`)
// and any server speaking the OpenAI HTTP API (a local gateway, vLLM, Ollama, a test fake).
import OpenAI from 'openai';

export interface OpenAIClientConfig {
  apiKey: string;
  /** Base URL ending in `/v1`; omit for api.openai.com. */
  baseURL?: string;
  timeoutMs: number;
  /** Retries on 408/409/429/5xx and connection errors; kept small so a person is not left waiting. */
  maxRetries?: number;
}

export type { OpenAI };

export function createOpenAIClient(cfg: OpenAIClientConfig): OpenAI {
  const azure = cfg.baseURL ? /\.openai\.azure\.com/i.test(cfg.baseURL) : false;
  return new OpenAI({
    apiKey: cfg.apiKey,
    baseURL: cfg.baseURL,
    timeout: cfg.timeoutMs,
    maxRetries: cfg.maxRetries ?? 1,
    // Azure's v1 endpoint accepts the key as `api-key`; Bearer also works, sending both is harmless.
    defaultHeaders: azure ? { 'api-key': cfg.apiKey } : undefined,
  });
}
