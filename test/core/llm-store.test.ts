// The answer cache and thread memory without Redis: the same classes over the embedded store, with
// their TTL read on the store's clock, and a conversation's memory forgotten as plan delete does.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/core/clock.js';
import { forgetConversations } from '../../src/core/llm-memory-keys.js';
import { StoreCache, threadHistories } from '../../src/core/llm-store.js';
import { createPlanStore } from '../../src/core/plans/create-store.js';
import type { PlanStore } from '../../src/core/plans/store.js';

const HOUR = 3_600_000;
let dir: string;
let store: PlanStore;
const clock = fixedClock('2026-11-25T15:00:00Z');

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-llm-store-'));
  clock.set('2026-11-25T15:00:00Z');
  store = await createPlanStore({ dataDir: dir, clock });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the answer cache in the embedded store', () => {
  it('gives back a stored answer for the same prompt and model, and nothing once its TTL has passed', async () => {
    const cache = new StoreCache(store, 2 * HOUR);
    await cache.update('prompt', 'model-a', [{ text: '[Student A] can apply [1].' }]);
    expect((await cache.lookup('prompt', 'model-a'))?.map((g) => g.text)).toEqual(['[Student A] can apply [1].']);
    expect(await cache.lookup('prompt', 'model-b')).toBeNull();
    expect(await cache.lookup('other prompt', 'model-a')).toBeNull();
    clock.advance(2 * HOUR + 1);
    expect(await cache.lookup('prompt', 'model-a')).toBeNull();
  });

  it('lets the model answer when the store is away', async () => {
    const cache = new StoreCache(store, HOUR);
    await store.close();
    expect(await cache.lookup('prompt', 'model-a')).toBeNull();
    await expect(cache.update('prompt', 'model-a', [{ text: 'answer' }])).resolves.toBeUndefined();
    store = await createPlanStore({ dataDir: dir, clock });
  });
});

describe('thread memory in the embedded store', () => {
  const thread = { platform: 'teams' as const, id: '19:team@thread', threadId: 'm1' };

  it('keeps a thread’s turns and placeholders apart from other threads, until its TTL', async () => {
    const memoryOf = threadHistories(store, HOUR);
    await memoryOf(thread).addTurn([new HumanMessage('Can [Student A] get Pre-ETS?'), new AIMessage('Yes, from age 14.')], [['Student A', 'Mateo Ortiz']]);
    const again = memoryOf(thread);
    expect((await again.getMessages()).map((m) => [m.getType(), m.content])).toEqual([
      ['human', 'Can [Student A] get Pre-ETS?'],
      ['ai', 'Yes, from age 14.'],
    ]);
    expect(await again.names()).toEqual([['Student A', 'Mateo Ortiz']]);
    expect(await memoryOf({ ...thread, threadId: 'm2' }).getMessages()).toEqual([]);
    clock.advance(HOUR + 1);
    expect(await again.getMessages()).toEqual([]);
  });

  it('keeps the last turns only', async () => {
    const memory = threadHistories(store, HOUR)(thread);
    for (let i = 1; i <= 6; i++) await memory.addTurn([new HumanMessage(`question ${i}`), new AIMessage(`answer ${i}`)], []);
    const kept = (await memory.getMessages()).map((m) => m.content);
    expect(kept).toHaveLength(8);
    expect(kept[0]).toBe('question 3');
    expect(kept.at(-1)).toBe('answer 6');
  });

  it('forgets every thread of a conversation, and only that conversation', async () => {
    const memoryOf = threadHistories(store, HOUR);
    const other = { platform: 'slack' as const, id: 'C0OTHER', threadId: 't1' };
    for (const t of [thread, { ...thread, threadId: 'm2' }, other]) await memoryOf(t).addMessages([new HumanMessage('hello')]);
    expect(await forgetConversations(store, [{ platform: 'teams', id: thread.id }])).toBe(2);
    expect(await memoryOf(thread).getMessages()).toEqual([]);
    expect(await memoryOf({ ...thread, threadId: 'm2' }).getMessages()).toEqual([]);
    expect(await memoryOf(other).getMessages()).toHaveLength(1);
  });
});
