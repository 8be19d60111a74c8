// The wiring from the environment to the model: config.ts -> services.ts createSkills -> the
// answerer and extractor, against the local OpenAI server, as OpenAI-compatible and as Azure.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { createSkills } from '../src/services.js';
import { FIXTURE_ABSTAIN_THRESHOLD } from './fixtures/answer/dev-questions.js';
import { hits } from './fixtures/answer/passages.js';
import { startFakeOpenAI, type FakeOpenAI } from './helpers/fake-openai.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

const Q = 'Who do I call to apply for job help in Harbor County?';
const H = hits(['harborVr', 0.81], ['vrElig', 0.44], ['preEts', 0.35]);
const env = (over: Record<string, string>) => ({ LIAISON_ABSTAIN_THRESHOLD: String(FIXTURE_ABSTAIN_THRESHOLD), ...over });

describe('createSkills from the environment', () => {
  it('answers through Azure OpenAI: the deployment URL, api-version and api-key', async () => {
    fake = await startFakeOpenAI({ chat: () => 'Call the Harbor County VR office at (555) 010-2200 [1].' });
    const config = loadConfig(
      env({ AZURE_OPENAI_ENDPOINT: new URL(fake.baseURL).origin, AZURE_OPENAI_API_KEY: 'az-key', AZURE_OPENAI_DEPLOYMENT: 'liaison-chat', AZURE_OPENAI_API_VERSION: '2024-10-21' }),
    );
    const { answerer } = createSkills(config, silentLogger);
    const a = await answerer.answer(Q, H);
    expect(a.mode).toBe('llm');
    expect(a.fallback).toBeUndefined();
    const req = fake.requests[0]!;
    expect(req.path).toBe('/openai/deployments/liaison-chat/chat/completions');
    expect(req.query['api-version']).toBe('2024-10-21');
    expect(req.headers['api-key']).toBe('az-key');
  });

  it('extracts through Azure OpenAI with a JSON schema, not by falling back to the rules', async () => {
    fake = await startFakeOpenAI({ chat: () => JSON.stringify({ items: [] }) });
    const config = loadConfig(env({ AZURE_OPENAI_ENDPOINT: new URL(fake.baseURL).origin, AZURE_OPENAI_API_KEY: 'az-key', AZURE_OPENAI_DEPLOYMENT: 'liaison-chat' }));
    const { extractor } = createSkills(config, silentLogger);
    const result = await extractor.extract('- Dana will send the release by Friday', { meetingDate: '2026-11-25' });
    expect(result).toMatchObject({ mode: 'llm', items: [] });
    expect(result.fallback).toBeUndefined();
    expect(fake.requests[0]?.body.response_format).toMatchObject({ type: 'json_schema' });
  });

  it('extracts through an OpenAI-compatible server, and tells the person when it fell back', async () => {
    let status = 200;
    fake = await startFakeOpenAI({
      chat: () => (status === 200 ? JSON.stringify({ items: [] }) : { status, body: { error: { message: 'down', type: 'server_error', code: null } } }),
    });
    const { extractor } = createSkills(loadConfig(env({ OPENAI_API_KEY: 'local', OPENAI_BASE_URL: fake.baseURL })), silentLogger);
    const notes = '- Dana will send the release by Friday';
    expect(await extractor.extract(notes, { meetingDate: '2026-11-25' })).toMatchObject({ mode: 'llm', items: [] });
    status = 500;
    const fallen = await extractor.extract(notes, { meetingDate: '2026-11-25' });
    expect(fallen.mode).toBe('rules');
    expect(fallen.fallback).toMatch(/unavailable/);
    expect(fallen.items).toHaveLength(1);
    // One retry in production settings, then the rules.
    expect(fake.requests.filter((r) => r.path === '/v1/chat/completions')).toHaveLength(3);
  });
});
