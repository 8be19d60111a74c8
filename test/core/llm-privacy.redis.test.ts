// What a model sees and what Liaison keeps of it, through the real assistant with a Redis store and
// the local server that speaks the OpenAI HTTP API: answers are cached under Liaison's prefix (a
// repeated question is not paid for twice), extraction is not; a thread's follow-up carries the
// earlier turn; no student or parent name reaches the model, and names come back in the answer and
// in the logged owners; `plan delete` forgets the plan's threads.
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Inbound } from '../../src/core/messages.js';
import { buildTestAssistant, inbound, type TestAssistant } from '../helpers/assistant.js';
import { startFakeOpenAI, type FakeOpenAI } from '../helpers/fake-openai.js';
import { keysWithPrefix, openTestRedis, redisUnavailableReason, testRedisUrl, uniquePrefix } from '../helpers/redis.js';

const unavailable = await redisUnavailableReason();

const QUESTION = 'What are the five Pre-ETS activities?';
const ABOUT_MAYA = 'Mateo Ortiz asked about Pre-ETS. What are the five Pre-ETS activities?';

/** Every message text of a chat request, joined: what the model was shown. */
const shown = (body: Record<string, unknown>) => (body.messages as { content: unknown }[]).map((m) => (typeof m.content === 'string' ? m.content : JSON.stringify(m.content))).join('\n');
const lastUser = (body: Record<string, unknown>) => (body.messages as { role: string; content: string }[]).filter((m) => m.role === 'user').at(-1)?.content ?? '';

/** Answers questions with the first placeholder it was given (to check it is restored); notes with the items below. */
function respond(body: Record<string, unknown>): string {
  if (body.response_format) {
    const notes = lastUser(body);
    const parent = /\[Parent \d+\]/.exec(notes)?.[0] ?? 'nobody';
    const student = /\[Student [A-Z]\]/.exec(notes)?.[0] ?? 'nobody';
    const line = (who: string) => notes.split('\n').find((l) => l.startsWith(`- ${who}`))?.replace(/^- /, '') ?? '';
    return JSON.stringify({
      items: [
        { owners: [parent], task: 'Sign the release of information', due: '2026-11-27', dueText: 'by Friday', dueFlag: null, quote: line(parent) },
        { owners: [student], task: `Bring the résumé ${student} wrote to the job fair`, due: null, dueText: null, dueFlag: null, quote: line(student) },
        { owners: ['Dana Alvarez'], task: 'Send the VR application packet', due: '2026-11-27', dueText: 'by Friday', dueFlag: null, quote: line('Dana Alvarez') },
      ],
    });
  }
  const who = /\[(?:Student|Parent|Person) [A-Z0-9]+\]/.exec(lastUser(body))?.[0];
  return `${who ? `${who} can` : 'Students can'} take part in job exploration counseling and four other activities [1].`;
}

describe.skipIf(unavailable !== null)('a model behind Liaison, with Redis', () => {
  let fake: FakeOpenAI;
  let admin: Redis;
  let t: TestAssistant;
  let prefix: string;
  const chats = () => fake.requests.filter((r) => r.path.endsWith('/chat/completions'));

  beforeAll(async () => {
    fake = await startFakeOpenAI({ chat: respond });
    admin = openTestRedis();
  });
  afterAll(async () => {
    await fake.close();
    admin.disconnect();
  });

  async function start(over: Record<string, string> = {}) {
    prefix = uniquePrefix('llm');
    fake.requests.length = 0;
    t = await buildTestAssistant({
      // Azure without an embedding deployment: chat through the fake, the starter index's offline embeddings kept.
      env: {
        AZURE_OPENAI_ENDPOINT: new URL(fake.baseURL).origin,
        AZURE_OPENAI_API_KEY: 'test-key',
        AZURE_OPENAI_DEPLOYMENT: 'chat',
        OPENAI_TIMEOUT_MS: '5000',
        REDIS_URL: testRedisUrl,
        LIAISON_REDIS_PREFIX: prefix,
        ...over,
      },
    });
  }
  afterEach(async () => {
    await t.close();
    const keys = await keysWithPrefix(admin, `${prefix}*`);
    if (keys.length) await admin.del(...keys);
  });

  const ask = (text: string, over: Partial<Inbound> = {}) => t.assistant.handle(inbound({ kind: 'message', text, ...over }));

  it('answers a repeated question from the cache, kept under the prefix with a TTL', async () => {
    await start({ LIAISON_LLM_CACHE_HOURS: '2' });
    const [first] = await ask(QUESTION);
    const [second] = await ask(QUESTION);
    expect(first?.text).toMatch(/job exploration counseling/);
    expect(second?.text).toBe(first?.text);
    expect(chats()).toHaveLength(1);
    const cached = await keysWithPrefix(admin, `${prefix}*llm-cache:*`);
    expect(cached).toHaveLength(1);
    const ttl = await admin.pttl(cached[0]!);
    expect(ttl).toBeGreaterThan(3_500_000);
    expect(ttl).toBeLessThanOrEqual(7_200_000);
  });

  it('asks the model again when the cache is off', async () => {
    await start({ LIAISON_LLM_CACHE_HOURS: '0' });
    await ask(QUESTION);
    await ask(QUESTION);
    expect(chats()).toHaveLength(2);
    expect(await keysWithPrefix(admin, `${prefix}*llm-cache:*`)).toEqual([]);
  });

  it('sends no student or parent name, and gives the answer back with the name', async () => {
    await start();
    const [reply] = await ask("Mateo Ortiz is 16 and her mom Rosa Ortiz asked about Pre-ETS. What are the five Pre-ETS activities?");
    const sent = shown(chats()[0]!.body);
    expect(sent).not.toMatch(/Mateo|Rosa|Ortiz/);
    expect(sent).toContain('[Student A] is 16 and her mom [Parent 1] asked');
    expect(reply?.text).toMatch(/^Mateo Ortiz can take part/);
  });

  it('answers a follow-up in the thread with the earlier turn, redacted, and not in another thread', async () => {
    await start();
    const thread = { platform: 'slack' as const, id: 'C0TEAM', kind: 'channel' as const, threadId: '1700009999.000100' };
    await ask(ABOUT_MAYA, { where: thread });
    // As a channel passes it: the thread's earlier messages.
    await ask('and which one helps Mateo most with a job?', { where: thread, thread: [{ from: 'U0RIVERA', text: ABOUT_MAYA, isBot: false }] });
    await ask(QUESTION, { where: { ...thread, threadId: '1700008888.000100' } });
    const [, followUp, elsewhere] = chats();
    const history = (followUp!.body.messages as { role: string; content: string }[]).map((m) => [m.role, m.content]);
    expect(history[0]).toEqual(['user', expect.stringContaining('[Student A] asked about Pre-ETS. What are')]);
    expect(history[1]).toEqual(['assistant', '[Student A] can take part in job exploration counseling and four other activities.']);
    // The same person keeps the same placeholder across the thread's turns.
    expect(lastUser(followUp!.body)).toContain('helps [Student A] most');
    expect(shown(followUp!.body)).not.toMatch(/Mateo|Ortiz/);
    expect((elsewhere!.body.messages as unknown[]).length).toBe(1);
    const remembered = await keysWithPrefix(admin, `${prefix}*llm-thread:*`);
    expect(remembered).toHaveLength(2);
    // The remembered turns are the redacted text; the names they stand for are kept beside them, to read the next answer back.
    for (const key of remembered) {
      const { messages, names } = JSON.parse((await admin.get(key))!) as { messages: unknown[]; names: [string, string][] };
      expect(JSON.stringify(messages)).not.toMatch(/Mateo|Ortiz/);
      expect(messages.length).toBeGreaterThan(0);
      if (names.length) expect(names).toEqual([['Student A', 'Mateo Ortiz']]);
      expect(await admin.pttl(key)).toBeGreaterThan(0);
    }
  });

  it('extracts without names, is never cached, and logs the owners by their names', async () => {
    await start();
    await t.assistant.handle(inbound({ kind: 'command', command: { name: 'create', args: ['MO-2027'] }, text: 'MO-2027' }));
    const notes = [
      'Transition meeting for MO, Nov 25',
      '- Rosa Ortiz (mom) will sign the release of information by Friday',
      '- Mateo will bring her résumé to the job fair',
      '- Dana Alvarez will send the VR application packet by Friday',
    ].join('\n');
    const [proposal] = await t.assistant.handle(inbound({ kind: 'notes', text: notes }));
    await t.assistant.handle(inbound({ kind: 'notes', text: notes }));
    const extractions = chats().filter((r) => r.body.response_format);
    expect(extractions).toHaveLength(2);
    const sent = shown(extractions[0]!.body);
    expect(sent).not.toMatch(/Mateo|Rosa|Ortiz/);
    expect(sent).toContain('Dana Alvarez will send');
    expect(await keysWithPrefix(admin, `${prefix}*llm-cache:*`)).toEqual([]);
    expect(proposal?.items?.map((i) => [i.owners.map((o) => o.name).join('+'), i.task])).toEqual([
      ['Rosa Ortiz', 'Sign the release of information'],
      ['Mateo', 'Bring the résumé Mateo wrote to the job fair'],
      ['Dana Alvarez', 'Send the VR application packet'],
    ]);
    await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: proposal!.context } }));
    const [plan] = await t.assistant.handle(inbound({ kind: 'command', command: { name: 'plan', args: [] }, text: '' }));
    // Owners outside the directory are kept as written, and flagged.
    expect(plan?.commitments?.map((c) => c.owner).sort()).toEqual(['Dana Alvarez', 'Mateo (not in the directory)', 'Rosa Ortiz (not in the directory)']);
  });

  it('forgets what the model was told in the plan’s conversations when the plan is deleted', async () => {
    await start();
    await t.assistant.handle(inbound({ kind: 'command', command: { name: 'create', args: ['MO-2027'] }, text: 'MO-2027' }));
    await ask(ABOUT_MAYA);
    await ask(QUESTION, { where: { platform: 'slack', id: 'C0OTHER', kind: 'channel', threadId: '1700007777.000100' } });
    expect(await keysWithPrefix(admin, `${prefix}*llm-thread*`)).toHaveLength(4);
    await t.plans.deletePlan('MO-2027', { actor: { platform: 'cli', userId: 'operator' } });
    const left = await keysWithPrefix(admin, `${prefix}*llm-thread*`);
    expect(left.every((k) => k.includes('C0OTHER'))).toBe(true);
    expect(left).toHaveLength(2);
  });
});
