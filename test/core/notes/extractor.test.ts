// The LLM extractor through the real openai client against a local server speaking the OpenAI API.
import { afterEach, describe, expect, it } from 'vitest';
import { createExtractor, FALLBACK_NOTE } from '../../../src/core/notes/extractor.js';
import { startFakeOpenAI, type ChatResponder, type FakeOpenAI } from '../../helpers/fake-openai.js';
import { testChatModel } from '../../helpers/llm.js';

const NOTES = [
  'Next steps',
  '- Dana will send the release to mom (555-123-4567, mom@example.com) by Friday',
  '- J.R. will tour the campus before the Dec 9 interview',
].join('\n');
// Dana and Tom are partners in the directory: the model sees them by name.
const OPTS = { meetingDate: '2026-11-25', poster: 'Kim', partners: ['Dana Alvarez', 'Tom Becker'] };

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function extractorAnswering(chat: ChatResponder, over: { chatDelayMs?: number; timeoutMs?: number; maxRetries?: number } = {}) {
  fake = await startFakeOpenAI({ chat, chatDelayMs: over.chatDelayMs });
  const llm = testChatModel(fake.baseURL, {}, over.maxRetries ?? 0);
  return createExtractor({ llm, chatModel: 'test-model', timeoutMs: over.timeoutMs });
}

const item = (over: Record<string, unknown>) => ({
  owners: ['Dana'],
  task: 'send the release to mom',
  due: '2026-11-27',
  dueText: 'by Friday',
  dueFlag: null,
  quote: '- Dana will send the release to mom ([PHONE], [EMAIL]) by Friday',
  ...over,
});

describe('createExtractor with an LLM', () => {
  it('sends redacted notes with a strict json_schema response format and returns the model items', async () => {
    const extractor = await extractorAnswering(() => JSON.stringify({ items: [item({})] }));
    const result = await extractor.extract(NOTES, OPTS);

    const body = fake!.requests[0]!.body as { model: string; messages: { role: string; content: string }[]; response_format: { type: string; json_schema: { strict: boolean; schema: { properties: { items: { items: { required: string[] } } } } } } };
    const sent = body.messages.map((m) => m.content).join('\n');
    expect(sent).toContain('[PHONE]');
    expect(sent).toContain('[EMAIL]');
    expect(sent).not.toContain('555-123-4567');
    expect(sent).not.toContain('mom@example.com');
    expect(sent).toContain('2026-11-25');
    expect(sent).toContain('Dana will send');
    expect(body.model).toBe('test-model');
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema.properties.items.items.required).toContain('quote');

    expect(result.mode).toBe('llm');
    expect(result.fallback).toBeUndefined();
    expect(result.items).toEqual([
      { owners: ['Dana'], task: 'send the release to mom', due: '2026-11-27', dueText: 'by Friday', quote: item({}).quote },
    ]);
  });

  it('drops an item whose quote is not in the notes, and re-reads dates by our convention', async () => {
    const extractor = await extractorAnswering(() =>
      JSON.stringify({
        items: [
          item({ owners: ['Tom'], task: 'apply for SSI', quote: 'Tom will apply for SSI for J.R.' }),
          item({ owners: ['J.R.'], task: 'tour the campus', due: '2026-12-10', dueText: 'before the Dec 9 interview', quote: 'J.R. will tour the campus before the Dec 9 interview' }),
          item({ owners: ['I'], task: 'check the bus route', due: 'next week', dueText: null, quote: 'J.R. will tour the campus' }),
        ],
      }),
    );
    const { items, mode } = await extractor.extract(NOTES, OPTS);
    expect(mode).toBe('llm');
    expect(items.map((i) => i.owners)).toEqual([['J.R.'], ['Kim']]);
    expect(items[0]!.due).toBe('2026-12-09');
    expect(items[1]).toMatchObject({ due: null, dueFlag: 'unparsed' });
  });

  it.each([
    ['a 500 from the service', () => ({ status: 500, body: { error: { message: 'boom', type: 'server_error', code: null } } })],
    ['content that is not JSON', () => 'Here are the items: Dana sends the release.'],
    ['JSON that does not fit the schema', () => JSON.stringify({ items: [{ owner: 'Dana' }] })],
  ] as [string, ChatResponder][])('falls back to the rules with a note on %s', async (_label, chat) => {
    const extractor = await extractorAnswering(chat);
    const result = await extractor.extract(NOTES, OPTS);
    expect(result.mode).toBe('rules');
    expect(result.fallback).toBe(FALLBACK_NOTE);
    expect(result.items.map((i) => [i.owners, i.due])).toEqual([
      [['Dana'], '2026-11-27'],
      [['J.R.'], '2026-12-09'],
    ]);
  });
});

describe('the fallback within the chat deadline', () => {
  const expectRules = (result: Awaited<ReturnType<ReturnType<typeof createExtractor>['extract']>>) => {
    expect(result.mode).toBe('rules');
    expect(result.fallback).toBe(FALLBACK_NOTE);
    expect(result.items.map((i) => i.owners)).toEqual([['Dana'], ['J.R.']]);
  };

  // LangChain retries a 429 only when Retry-After asks for a short wait; without it, at once.
  it('falls back on a 429 without waiting, even with the production retry setting', async () => {
    const extractor = await extractorAnswering(() => ({ status: 429, body: { error: { message: 'slow down', type: 'rate_limit', code: null } } }), { maxRetries: 1 });
    expectRules(await extractor.extract(NOTES, OPTS));
    expect(fake!.requests).toHaveLength(1);
  });

  it('gives up at the deadline, retries included, and the rules answer', async () => {
    const extractor = await extractorAnswering(() => JSON.stringify({ items: [item({})] }), { chatDelayMs: 3000, timeoutMs: 300, maxRetries: 1 });
    const started = Date.now();
    expectRules(await extractor.extract(NOTES, OPTS));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('createExtractor without an LLM', () => {
  it('uses the rules and says so, without a fallback note', async () => {
    const result = await createExtractor().extract(NOTES, OPTS);
    expect(result).toMatchObject({ mode: 'rules' });
    expect(result.fallback).toBeUndefined();
    expect(result.items).toHaveLength(2);
  });

  it('refuses notes over 64 KB before any work', async () => {
    await expect(createExtractor().extract('x'.repeat(70_000), OPTS)).rejects.toMatchObject({ code: 'too_large' });
  });
});
