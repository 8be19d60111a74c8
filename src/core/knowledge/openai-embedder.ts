// Remote embeddings (OpenAI, Azure OpenAI, any OpenAI-compatible server) through LangChain's
// OpenAIEmbeddings / AzureOpenAIEmbeddings. The wrapper is kept small and exists for what the index
// needs and LangChain does not give: an id naming the model (a different model means a rebuild),
// the vector size checked on every answer, and an error that tells the operator what to fix.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { LiaisonError } from '../errors.js';
import { createNameMask } from '../privacy/pseudonyms.js';
import { redact } from '../privacy/redact.js';
import type { Embedder } from './types.js';

export interface OpenAIEmbedderOptions {
  /** Model (or `azure:<deployment>`), recorded in the index. */
  model: string;
  /** Known size of the model's vectors; otherwise learned from the first response. */
  dimensions?: number;
}

export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private dims: number;
  private embeddings: Promise<EmbeddingsInterface> | undefined;

  /** `embeddings` is the model, or a function that loads it on the first call. */
  constructor(
    private readonly source: EmbeddingsInterface | (() => Promise<EmbeddingsInterface>),
    private readonly opts: OpenAIEmbedderOptions,
  ) {
    this.id = `openai:${opts.model}`;
    this.dims = opts.dimensions ?? 0;
  }

  /** 0 until the first response (or the option) tells us. */
  get dimensions(): number {
    return this.dims;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    // The API rejects empty strings; a blank chunk still needs a vector.
    const vectors = await this.call(async () => (await this.model()).embedDocuments(texts.map((t) => (t.trim() ? t : ' '))));
    if (vectors.length !== texts.length) {
      throw new LiaisonError('llm_failed', `The embedding service returned ${vectors.length} vectors for ${texts.length} texts; try again.`);
    }
    return this.checked(vectors);
  }

  /**
   * A question leaves redacted, with every person's name a placeholder: the search has no partner
   * directory to keep names by, and a student's name helps no search of agency documents.
   */
  async embedQuery(text: string): Promise<number[]> {
    const safe = (await createNameMask([])).mask(redact(text).text);
    const [v] = this.checked([await this.call(async () => (await this.model()).embedQuery(safe.trim() ? safe : ' '))]);
    return v!;
  }

  private model(): Promise<EmbeddingsInterface> {
    const source = this.source;
    this.embeddings ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return this.embeddings;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      const status = (err as { status?: number }).status;
      const what = status ? `answered with HTTP ${status}` : 'could not be reached';
      throw new LiaisonError(
        'llm_failed',
        `The embedding service (${this.opts.model}) ${what}. Check the OPENAI_ (or AZURE_OPENAI_) settings and the embedding model, then try again; unset them to use the offline embedder.`,
        { cause: err },
      );
    }
  }

  private checked(vectors: number[][]): number[][] {
    if (!vectors.length) return vectors;
    if (!this.dims) this.dims = vectors[0]!.length;
    const bad = vectors.find((v) => v.length !== this.dims);
    if (bad) {
      throw new LiaisonError(
        'llm_failed',
        `The embedding service returned vectors of ${bad.length} numbers where ${this.dims} were expected; check the embedding model.`,
      );
    }
    return vectors;
  }
}
