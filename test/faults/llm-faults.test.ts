// The model server down, rate-limiting or slow, under a server in its own process: every question is
// still answered from the sources, before the "still working" note would go out, saying the AI
// service did not answer.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_NOTE } from '../../src/core/knowledge/answer/types.js';
import { KNOWLEDGE_DIR } from '../helpers/assistant.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { callsSaying, eventually, mention, postSlack, slackAnswers, slackEnv } from '../helpers/outside.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

type Mode = 'up' | 'down' | 'rate-limited' | 'slow';

describe('the model server failing', () => {
  let mode: Mode = 'up';
  let openai: FakeOpenAI;
  let slack: FakeSlack;
  let server: ServerProcess | undefined;
  let dir: string;
  let n = 500;

  beforeAll(async () => {
    const failure = (status: number, message: string) => ({ status, body: { error: { message, type: 'server_error', code: null } } });
    openai = await startFakeOpenAI({
      chat: () => (mode === 'down' ? failure(503, 'The server is overloaded.') : mode === 'rate-limited' ? failure(429, 'Rate limit reached.') : 'An answer [1].'),
      chatDelayMs: () => (mode === 'slow' ? 15_000 : 0),
      // Down means down: the question's embedding fails too (the index is built while it is up).
      embeddings: () => (mode === 'down' ? failure(503, 'The server is overloaded.') : undefined),
    });
    slack = await startFakeSlack();
    dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-llm-'));
    server = await startServer({
      name: 'llm-faults',
      env: { LIAISON_DATA_DIR: dir, LIAISON_KNOWLEDGE_DIR: KNOWLEDGE_DIR, OPENAI_API_KEY: 'local', OPENAI_BASE_URL: openai.baseURL, OPENAI_TIMEOUT_MS: '2000', LIAISON_REMINDERS: 'off', ...slackEnv(slack) },
      timeoutMs: 120_000,
    });
  }, 150_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), openai?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  for (const m of ['down', 'rate-limited', 'slow'] as const) {
    it(`answers from the sources when the model server is ${m}, and says so`, async () => {
      mode = m;
      const q = mention(n++, 'Who is presumed eligible for VR services?');
      const from = slack.calls.length;
      expect(await postSlack(server!.url, q.body)).toBe(200);
      expect(await eventually(() => slackAnswers(slack, q).length > 0, 30_000)).toBe(true);
      const answer = JSON.stringify(slackAnswers(slack, q)[0]!.args);
      expect(answer).toContain(FALLBACK_NOTE);
      expect(answer).toMatch(/eligib/i);
      // It came before the person would have been told to keep waiting.
      expect(callsSaying(slack, /Still working on it/, from)).toEqual([]);
    }, 60_000);
  }
});
