// The model factory against the local server speaking the OpenAI HTTP API, through LangChain:
// OpenAI-compatible URLs and Azure OpenAI's URL shape, retries and the deadline.
import { HumanMessage } from '@langchain/core/messages';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmbedder } from '../../src/core/knowledge/embedder.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import { createChatModel, createRemoteEmbeddings, MAX_RETRIES } from '../../src/core/llm.js';
import { chatModelName } from '../../src/core/llm-config.js';
import { fakeVector, startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { azureConfig, openaiConfig } from '../helpers/llm.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const serverError = () => ({ status: 500, body: { error: { message: 'boom', type: 'server_error', code: null } } });

describe('createChatModel against an OpenAI-compatible server', () => {
  it('sends chat completions to the configured base URL with the key, the model and temperature 0', async () => {
    fake = await startFakeOpenAI({ chat: () => 'hello back' });
    const model = createChatModel(openaiConfig(fake.baseURL));
    const reply = await model.invoke([new HumanMessage('hello')]);
    expect(reply.content).toBe('hello back');
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]!.path).toBe('/v1/chat/completions');
    expect(fake.requests[0]!.headers.authorization).toBe('Bearer test-key');
    expect(fake.requests[0]!.body).toMatchObject({ model: 'test-model', temperature: 0 });
  });

  it('retries once, not LangChain\'s default six times, then fails with the status', async () => {
    fake = await startFakeOpenAI({ chat: serverError });
    const model = createChatModel(openaiConfig(fake.baseURL));
    await expect(model.invoke('x')).rejects.toMatchObject({ status: 500 });
    expect(MAX_RETRIES).toBe(1);
    expect(fake.requests.length).toBe(1 + MAX_RETRIES);
  });

  it('decodes base64 embeddings through OpenAIEmbeddings', async () => {
    fake = await startFakeOpenAI({ dimensions: 8 });
    const remote = createRemoteEmbeddings(openaiConfig(fake.baseURL))!;
    const [a] = await remote.embeddings.embedDocuments(['a', 'b']);
    expect(fake.requests[0]!.body).toMatchObject({ model: 'test-embedding', input: ['a', 'b'] });
    expect(fake.requests[0]!.body.encoding_format ?? 'base64').toBe('base64');
    const expected = Array.from(fakeVector('a', 8));
    a!.forEach((x, i) => expect(x).toBeCloseTo(expected[i]!, 5));
  });
});

describe('Azure OpenAI configuration', () => {
  it('reaches the deployment through Azure\'s URL shape with the api-key header and api-version', async () => {
    fake = await startFakeOpenAI({ chat: () => 'from azure' });
    const cfg = azureConfig(fake.baseURL);
    const model = createChatModel(cfg);
    expect(chatModelName(cfg)).toBe('azure:chat-dep');
    const reply = await model.invoke('hi');
    expect(reply.content).toBe('from azure');
    const req = fake.requests[0]!;
    expect(req.path).toBe('/openai/deployments/chat-dep/chat/completions');
    expect(req.query['api-version']).toBe('2024-10-21');
    expect(req.headers['api-key']).toBe('azure-key');
  });

  it('embeds through the embedding deployment, or stays offline without one', async () => {
    fake = await startFakeOpenAI({ dimensions: 6 });
    const e = createEmbedder(azureConfig(fake.baseURL));
    expect(e.id).toBe('openai:azure:embed-dep');
    const v = await e.embedQuery('twelve');
    expect(v).toHaveLength(6);
    expect(fake.requests[0]!.path).toBe('/openai/deployments/embed-dep/embeddings');
    expect(fake.requests[0]!.headers['api-key']).toBe('azure-key');
    expect(createEmbedder(azureConfig(fake.baseURL, { embeddingDeployment: undefined }))).toBeInstanceOf(OfflineEmbedder);
  });
});
