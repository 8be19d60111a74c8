// The model settings config.ts produces, and the names derived from them, without loading any
// model library: the offline path reads these and never imports @langchain/openai.

export interface OpenAILlmConfig {
  provider: 'openai';
  apiKey: string;
  /** Base URL ending in `/v1`; omit for api.openai.com. */
  baseURL?: string;
  chatModel: string;
  embeddingModel: string;
  /** The chat deadline: a reply that takes longer falls back to the offline path. */
  timeoutMs: number;
}

export interface AzureLlmConfig {
  provider: 'azure';
  apiKey: string;
  /** The resource URL, https://NAME.openai.azure.com, without a trailing slash. */
  endpoint: string;
  chatDeployment: string;
  /** Without it, embeddings stay offline. */
  embeddingDeployment?: string;
  apiVersion: string;
  timeoutMs: number;
}

export type LlmConfig = OpenAILlmConfig | AzureLlmConfig;

/** The embedding model's name as the index records it, or undefined when embeddings stay offline. */
export function embeddingModelName(cfg: LlmConfig): string | undefined {
  if (cfg.provider === 'azure') return cfg.embeddingDeployment ? `azure:${cfg.embeddingDeployment}` : undefined;
  return cfg.embeddingModel;
}

/** The chat model's name for logs: the model, or the Azure deployment. */
export function chatModelName(cfg: LlmConfig): string {
  return cfg.provider === 'azure' ? `azure:${cfg.chatDeployment}` : cfg.chatModel;
}

/** A free request that says whether the model server answers (its model list), for /readyz. */
export function modelListRequest(cfg: LlmConfig): { url: string; headers: Record<string, string> } {
  if (cfg.provider === 'azure') return { url: `${cfg.endpoint}/openai/models?api-version=${encodeURIComponent(cfg.apiVersion)}`, headers: { 'api-key': cfg.apiKey } };
  return { url: `${(cfg.baseURL ?? 'https://api.openai.com/v1').replace(/\/$/, '')}/models`, headers: { authorization: `Bearer ${cfg.apiKey}` } };
}
