// Embeddings from OpenAI (or Azure OpenAI / any compatible server) through the `openai` client.
import type OpenAI from 'openai';
import { LiaisonError } from '../errors.js';
import type { Embedder } from './types.js';

export interface OpenAIEmbedderOptions {
  model: string;
  /** Inputs per request; the API accepts up to 2048, we keep requests small. */
  batchSize?: number;
  /** Known size of the model's vectors; otherwise learned from the first response. */
  dimensions?: number;
}

const MAX_BATCH = 256;

export class OpenAIEmbedder implements Embedder {
  readonly id: string;
  private dims: number;
  private readonly batchSize: number;

  constructor(
    private readonly client: OpenAI,
    private readonly opts: OpenAIEmbedderOptions,
  ) {
    this.id = `openai:${opts.model}`;
    this.dims = opts.dimensions ?? 0;
    this.batchSize = Math.max(1, Math.min(opts.batchSize ?? MAX_BATCH, MAX_BATCH));
  }

  /** 0 until the first response (or the option) tells us. */
  get dimensions(): number {
    return this.dims;
  }

  async embedDocuments(texts: string[]): Promise<Float32Array[]> {
    const out: Float32Array[] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      out.push(...(await this.request(texts.slice(i, i + this.batchSize))));
    }
    return out;
  }

  async embedQuery(text: string): Promise<Float32Array> {
    const [v] = await this.request([text]);
    return v!;
  }

  private async request(input: string[]): Promise<Float32Array[]> {
    // The API rejects empty strings; a blank chunk still needs a vector.
    const safe = input.map((t) => (t.trim() ? t : ' '));
    let res: Awaited<ReturnType<OpenAI['embeddings']['create']>>;
    try {
      res = await this.client.embeddings.create({ model: this.opts.model, input: safe });
    } catch (err) {
      const status = (err as { status?: number }).status;
      const what = status ? `answered with HTTP ${status}` : 'could not be reached';
      throw new LiaisonError(
        'llm_failed',
        `The embedding service (${this.opts.model}) ${what}. Check OPENAI_API_KEY, OPENAI_BASE_URL and OPENAI_EMBEDDING_MODEL, then try again; unset OPENAI_API_KEY to use the offline embedder.`,
        { cause: err },
      );
    }
    if (res.data.length !== input.length) {
      throw new LiaisonError('llm_failed', `The embedding service returned ${res.data.length} vectors for ${input.length} texts; try again.`);
    }
    const vectors = [...res.data].sort((a, b) => a.index - b.index).map((d) => Float32Array.from(d.embedding));
    if (!this.dims) this.dims = vectors[0]!.length;
    if (vectors.some((v) => v.length !== this.dims)) {
      throw new LiaisonError(
        'llm_failed',
        `The embedding service returned vectors of ${vectors[0]!.length} numbers where ${this.dims} were expected; check OPENAI_EMBEDDING_MODEL.`,
      );
    }
    return vectors;
  }
}
