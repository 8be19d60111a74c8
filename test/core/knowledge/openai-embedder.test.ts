import { afterEach, describe, expect, it } from 'vitest';
import { LiaisonError } from '../../../src/core/errors.js';
import { createEmbedder } from '../../../src/core/knowledge/embedder.js';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';
import { OpenAIEmbedder } from '../../../src/core/knowledge/openai-embedder.js';
import { createRemoteEmbeddings, type LlmConfig } from '../../../src/core/llm.js';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../../helpers/fake-openai.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const openai = (baseURL: string, extra: Partial<LlmConfig> = {}): LlmConfig =>
  ({ provider: 'openai', apiKey: 'sk-test', baseURL, chatModel: 'm', embeddingModel: 'text-embedding-3-small', timeoutMs: 5000, ...extra }) as LlmConfig;

describe('OpenAIEmbedder through LangChain OpenAIEmbeddings', () => {
  it('sends a question without its personal details or the names in it', async () => {
    fake = await startFakeOpenAI({ dimensions: 12 });
    const e = createEmbedder(openai(fake.baseURL));
    await e.embedQuery("Can Mateo Ortiz (DOB 3/4/2009) get Pre-ETS? His mom Rosa asked, rosa@example.com");
    expect(fake.requests[0]!.body.input).toBe('Can [Student A] (DOB [DOB]) get Pre-ETS? His mom [Parent 1] asked, [EMAIL]');
  });

  it('decodes base64 vectors, learns the size and keeps input order', async () => {
    fake = await startFakeOpenAI({ dimensions: 12 });
    const e = createEmbedder(openai(fake.baseURL));
    expect(e.id).toBe('openai:text-embedding-3-small');
    const [a, b] = await e.embedDocuments(['first text', 'second text']);
    expect(e.dimensions).toBe(12);
    expect(fake.requests[0]!.body.encoding_format).toBe('base64');
    expect(fake.requests[0]!.body.model).toBe('text-embedding-3-small');
    const want = fakeVector('second text', 12);
    b!.forEach((x, i) => expect(x).toBeCloseTo(want[i]!, 6));
    expect(Array.from(a!)).not.toEqual(Array.from(b!));
  });

  it('splits large inputs into batches of at most 256', async () => {
    fake = await startFakeOpenAI({ dimensions: 4 });
    const e = createEmbedder(openai(fake.baseURL, { embeddingModel: 'm' }));
    const texts = Array.from({ length: 600 }, (_, i) => `chunk ${i}`);
    const out = await e.embedDocuments(texts);
    expect(out).toHaveLength(600);
    expect(fake.requests.map((r) => (r.body.input as string[]).length)).toEqual([256, 256, 88]);
    const want = fakeVector('chunk 599', 4);
    out[599]!.forEach((x, i) => expect(x).toBeCloseTo(want[i]!, 6));
  });

  it('turns a server error into a LiaisonError that says what to check', async () => {
    fake = await startFakeOpenAI({
      embeddings: () => ({ status: 500, body: { error: { message: 'upstream exploded', type: 'server_error' } } }),
    });
    const e = new OpenAIEmbedder(createRemoteEmbeddings(openai(fake.baseURL), { maxRetries: 0 })!.embeddings, { model: 'text-embedding-3-small' });
    const err = await e.embedQuery('hello').catch((x: unknown) => x);
    expect(err).toBeInstanceOf(LiaisonError);
    expect((err as LiaisonError).code).toBe('llm_failed');
    expect((err as LiaisonError).message).toMatch(/HTTP 500/);
    expect((err as LiaisonError).message).toMatch(/OPENAI_/);
  });

  it('falls back to the offline embedder when OpenAI is not configured', () => {
    expect(createEmbedder()).toBeInstanceOf(OfflineEmbedder);
  });
});
