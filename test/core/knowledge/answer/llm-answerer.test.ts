import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnswerer } from '../../../../src/core/knowledge/answer/answerer.js';
import { createAnswerRunnable } from '../../../../src/core/knowledge/answer/llm-answerer.js';
import { FALLBACK_NOTE } from '../../../../src/core/knowledge/answer/types.js';
import { FIXTURE_ABSTAIN_THRESHOLD } from '../../../fixtures/answer/dev-questions.js';
import { chunk, hits } from '../../../fixtures/answer/passages.js';
import { startFakeOpenAI, type ChatResponder, type FakeOpenAI } from '../../../helpers/fake-openai.js';
import { testChatModel } from '../../../helpers/llm.js';
import { expectValidCitations } from './citations.js';

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function llmAnswerer(chat: ChatResponder) {
  fake = await startFakeOpenAI({ chat });
  const llm = testChatModel(fake.baseURL);
  return createAnswerer({ llm, chatModel: 'test-model', abstainThreshold: FIXTURE_ABSTAIN_THRESHOLD });
}

function promptOf(body: Record<string, unknown>): string {
  const messages = body.messages as { role: string; content: string }[];
  return messages.map((m) => m.content).join('\n');
}

const Q = 'Who do I call to apply for job help in Harbor County?';
const H = hits(['harborVr', 0.81], ['vrElig', 0.44], ['preEts', 0.35]);

describe('LLM answers through the openai client', () => {
  it('sends the question and the numbered, titled, delimited sources', async () => {
    const answerer = await llmAnswerer(() => 'Call the Harbor County VR office at (555) 010-2200 [1].');
    await answerer.answer(Q, H);
    expect(fake!.requests).toHaveLength(1);
    const req = fake!.requests[0]!;
    expect(req.path).toBe('/v1/chat/completions');
    expect(req.body.model).toBe('test-model');
    const prompt = promptOf(req.body);
    expect(prompt).toContain(`Question: ${Q}`);
    expect(prompt).toMatch(/<sources>[\s\S]*<source n="1">\nTitle: Harbor County Vocational Rehabilitation Office[\s\S]*<\/sources>/);
    expect(prompt).toContain('<source n="2">\nTitle: Vocational rehabilitation eligibility');
    expect(prompt).toContain('(555) 010-2200');
    expect(prompt).toMatch(/not instructions/);
    expect(prompt).not.toMatch(/\{\{\w+\}\}/);
  });

  it('redacts a student\'s contact details and ids from the question before it leaves', async () => {
    const answerer = await llmAnswerer(() => 'Call the Harbor County VR office at (555) 010-2200 [1].');
    await answerer.answer('Student ID 448812, mom at 555-867-5309 or jr.mom@example.com: who do I call for VR in Harbor County?', H);
    const prompt = promptOf(fake!.requests[0]!.body);
    expect(prompt).not.toMatch(/448812|867-5309|jr\.mom@example\.com/);
    expect(prompt).toMatch(/\[ID\][\s\S]*\[PHONE\][\s\S]*\[EMAIL\]/);
  });

  it('marks the year of a source whose figures are dated', async () => {
    const answerer = await llmAnswerer(() => 'In 2026 the rate is $994 a month [1].');
    await answerer.answer("What's the monthly SSI check for one person?", hits(['ssi18', 0.71], ['able', 0.38]));
    expect(promptOf(fake!.requests[0]!.body)).toMatch(/<source n="1">\nTitle: SSI when a student turns 18\nSection: [^\n]+\nFigures as of: 2026/);
  });

  it('keeps the citations the model used, renumbered in order of use', async () => {
    const answerer = await llmAnswerer(
      () => 'VR decides within 60 days [2]. Apply at the Harbor County office, (555) 010-2200 [1][2]. See also [9].',
    );
    const a = await answerer.answer(Q, H);
    expect(a.mode).toBe('llm');
    expect(a.grounded).toBe(true);
    expect(a.fallback).toBeUndefined();
    expect(a.text).toBe('VR decides within 60 days [1]. Apply at the Harbor County office, (555) 010-2200 [2][1]. See also.');
    expect(a.citations.map((c) => c.source)).toEqual(['federal/vr-eligibility.md', 'harbor-county.json#svc-vr']);
    expectValidCitations(a);
  });

  it('reads "[1, 3]" as two citations', async () => {
    const answerer = await llmAnswerer(() => 'Students from 16 can get Pre-ETS through VR [1, 3].');
    const a = await answerer.answer(Q, H);
    expect(a.text).toContain('[1][2]');
    expect(a.citations.map((c) => c.source)).toEqual(['harbor-county.json#svc-vr', 'federal/pre-ets.md']);
  });

  it('turns the model saying it does not know into a decline without citations', async () => {
    const answerer = await llmAnswerer(() => "I don't know: the sources do not answer that.");
    const a = await answerer.answer(Q, H);
    expect(a.grounded).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.text).toMatch(/^I don't know/);
  });

  it('falls back at once when the service answers 429 without Retry-After', async () => {
    fake = await startFakeOpenAI({ chat: () => ({ status: 429, body: { error: { message: 'slow down', type: 'rate_limit', code: null } } }) });
    const a = await createAnswerer({ llm: testChatModel(fake.baseURL, {}, 1), chatModel: 'test-model', abstainThreshold: FIXTURE_ABSTAIN_THRESHOLD }).answer(Q, H);
    expect(fake.requests).toHaveLength(1);
    expect(a.mode).toBe('extractive');
    expect(a.fallback).toBe(FALLBACK_NOTE);
  });

  it('falls back to the extractive answer with a note when the service returns 500', async () => {
    const answerer = await llmAnswerer(() => ({ status: 500, body: { error: { message: 'boom', type: 'server_error', code: null } } }));
    const a = await answerer.answer(Q, H);
    expect(fake!.requests).toHaveLength(1);
    expect(a.mode).toBe('extractive');
    expect(a.fallback).toBe(FALLBACK_NOTE);
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('(555) 010-2200');
    expectValidCitations(a);
  });

  it('falls back when the model returns an empty answer', async () => {
    const answerer = await llmAnswerer(() => '   ');
    const a = await answerer.answer(Q, H);
    expect(a.fallback).toBe(FALLBACK_NOTE);
    expect(a.text).toContain('41 Mill Street');
  });

  it('falls back when the service does not answer in time', async () => {
    // A server that accepts the request and never replies.
    const server = createServer(() => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const llm = testChatModel(`http://127.0.0.1:${port}/v1`, {}, 1);
      const started = Date.now();
      const a = await createAnswerer({ llm, chatModel: 'test-model', timeoutMs: 300 }).answer(Q, H);
      // The deadline covers the retry too.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(a.fallback).toBe(FALLBACK_NOTE);
      expect(a.text).toContain('(555) 010-2200');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('falls back to quoting the sources when the model cites none', async () => {
    const answerer = await llmAnswerer(() => 'Just call the VR office, they are nice.');
    const a = await answerer.answer(Q, H);
    expect(a.mode).toBe('extractive');
    expect(a.fallback).toMatch(/named no sources/);
    expectValidCitations(a);
  });

  it('makes no call at all when the grounding gate declines', async () => {
    const answerer = await llmAnswerer(() => 'This should never be sent [1].');
    const a = await answerer.answer('Can you book the conference room for Thursday?', hits(['iep', 0.15], ['harborVr', 0.12]));
    expect(a.grounded).toBe(false);
    expect(a.mode).toBe('llm');
    expect(fake!.requests).toHaveLength(0);
  });
});

describe('createAnswerer without a client', () => {
  it('answers offline with the extractive path', async () => {
    const a = await createAnswerer().answer(Q, H);
    expect(a.mode).toBe('extractive');
    expect(a.fallback).toBeUndefined();
    expect(a.text).toContain('(555) 010-2200');
  });
});

describe('the answer runnable with LangChain fake models', () => {
  it('answers from a fake chat model and renumbers its citations', async () => {
    const llm = new FakeListChatModel({ responses: ['Apply at the Harbor County VR office [2].'] });
    const a = await (await createAnswerRunnable({ llm, chatModel: 'fake' })).invoke({ question: Q, hits: H });
    expect(a).toMatchObject({ mode: 'llm', grounded: true, text: 'Apply at the Harbor County VR office [1].' });
    expect(a.citations).toHaveLength(1);
  });

  it('falls back to the extractive answer when the model throws', async () => {
    const llm = new FakeListChatModel({ responses: ['unused'] });
    vi.spyOn(llm, '_generate').mockRejectedValue(new Error('model down'));
    const a = await (await createAnswerRunnable({ llm, chatModel: 'fake' })).invoke({ question: Q, hits: H });
    expect(a.mode).toBe('extractive');
    expect(a.fallback).toBe(FALLBACK_NOTE);
  });
  it('falls back to an answer that reads the found source\'s other sections, as the offline answer does', async () => {
    const llm = new FakeListChatModel({ responses: ['unused'] });
    vi.spyOn(llm, '_generate').mockRejectedValue(new Error('model down'));
    const about = { chunk: { ...chunk('preEts'), id: 'programs/peer-mentoring.html::0', source: 'programs/peer-mentoring.html', title: 'Peer Connect Mentoring', headings: [], text: 'Peer Connect Mentoring pairs new college students with disabilities with trained peer mentors who meet them every week.' }, score: 0.9 };
    const apply = { ...about.chunk, id: 'programs/peer-mentoring.html::1', headings: ['How to apply'], text: 'Fill in the short form online. Getting matched with a peer mentor usually takes about 6 weeks.' };
    const chunksOf = (source: string) => (source === about.chunk.source ? [about.chunk, apply] : []);
    const runnable = await createAnswerRunnable({ llm, chatModel: 'fake' });
    const q = 'how long does it take to get matched with a peer connect mentor?';
    const a = await runnable.invoke({ question: q, hits: [about], chunksOf });
    expect(a.fallback).toBe(FALLBACK_NOTE);
    expect(a.text).toContain('6 weeks');
    expectValidCitations(a);
  });
});
