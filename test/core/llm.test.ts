import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIClient } from '../../src/core/llm.js';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('createOpenAIClient against an OpenAI-compatible server', () => {
  it('sends chat completions to the configured base URL with the key and response_format', async () => {
    fake = await startFakeOpenAI({ chat: () => JSON.stringify({ items: [] }) });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL: fake.baseURL, timeoutMs: 5000 });
    const res = await client.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: 'hello' }],
      response_format: { type: 'json_object' },
    });
    expect(JSON.parse(res.choices[0]!.message.content ?? '')).toEqual({ items: [] });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.path).toBe('/v1/chat/completions');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    expect(fake.requests[0]!.body.response_format).toEqual({ type: 'json_object' });
  });

  it('decodes base64 embeddings that the client asks for by default', async () => {
    fake = await startFakeOpenAI({ dimensions: 8 });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL: fake.baseURL, timeoutMs: 5000 });
    const res = await client.embeddings.create({ model: 'text-embedding-3-small', input: ['a', 'b'] });
    expect(fake.requests[0]!.body.encoding_format).toBe('base64');
    expect(res.data.map((d) => d.embedding.length)).toEqual([8, 8]);
    const expected = Array.from(fakeVector('a', 8));
    res.data[0]!.embedding.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 5));
  });

  it('retries a server error only a little, then fails with the status', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ status: 500, body: { error: { message: 'boom', type: 'server_error' } } }) });
    const client = createOpenAIClient({ apiKey: 'sk-test', baseURL: fake.baseURL, timeoutMs: 5000 });
    await expect(
      client.chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] }),
    ).rejects.toMatchObject({ status: 500 });
    expect(fake.requests.length).toBe(2);
  });
});
