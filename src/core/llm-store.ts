// What Liaison keeps of its exchanges with a model, in the plan store's state (Redis under
// LIAISON_REDIS_PREFIX through the key module, or the embedded store), each entry with a TTL:
// - StoreCache: LangChain's BaseCache for answers, so the same question over the same sources is
//   not paid for twice. It is given only to the answering model: extraction results hold people's
//   tasks and are never cached.
// - ThreadHistory: LangChain's chat-message history for one thread, so a follow-up is answered
//   with the turns before it, plus the thread's name placeholders so they stay the same each turn.
// Both hold text as the model saw it: redacted, with placeholders instead of names.
// (@langchain/community's RedisCache and RedisChatMessageHistory would need a second Redis
// connection with an ioredis keyPrefix, which SCAN patterns ignore, and nothing without Redis.)
import { createHash } from 'node:crypto';
import { BaseCache, deserializeStoredGeneration, serializeGeneration } from '@langchain/core/caches';
import { BaseListChatMessageHistory } from '@langchain/core/chat_history';
import { mapChatMessagesToStoredMessages, mapStoredMessagesToChatMessages, type BaseMessage, type StoredGeneration, type StoredMessage } from '@langchain/core/messages';
import type { Generation } from '@langchain/core/outputs';
import { noteThread, threadMemoryKey, type ThreadRef } from './llm-memory-keys.js';
import type { NameEntries } from './privacy/pseudonyms.js';
import type { PlanStore } from './plans/store.js';

export const cacheKey = (prompt: string, llmKey: string) => `llm-cache:${createHash('sha256').update(llmKey).update('\u0000').update(prompt).digest('hex')}`;

export class StoreCache extends BaseCache<Generation[]> {
  constructor(
    private readonly store: PlanStore,
    private readonly ttlMs: number,
  ) {
    super();
  }

  // A store that is away costs a model call, never the answer: LangChain would otherwise fail the
  // call and the person would get the offline answer as if the model were down.
  async lookup(prompt: string, llmKey: string): Promise<Generation[] | null> {
    const stored = await this.store.getState<StoredGeneration[]>(cacheKey(prompt, llmKey)).catch(() => null);
    return stored ? stored.map((g) => deserializeStoredGeneration(g)) : null;
  }

  async update(prompt: string, llmKey: string, value: Generation[]): Promise<void> {
    await this.store.putState(cacheKey(prompt, llmKey), value.map(serializeGeneration), this.ttlMs).catch(() => undefined);
  }
}

interface ThreadRecord {
  messages: StoredMessage[];
  names: NameEntries;
}

/** Turns kept per thread: a follow-up needs the last few exchanges, not the whole thread. */
export const MAX_REMEMBERED_MESSAGES = 8;

export class ThreadHistory extends BaseListChatMessageHistory {
  lc_namespace = ['liaison', 'thread_history'];

  constructor(
    private readonly store: PlanStore,
    private readonly thread: ThreadRef,
    private readonly ttlMs: number,
  ) {
    super();
  }

  private async read(): Promise<ThreadRecord> {
    return (await this.store.getState<ThreadRecord>(threadMemoryKey(this.thread))) ?? { messages: [], names: [] };
  }

  private async write(record: ThreadRecord): Promise<void> {
    await noteThread(this.store, this.thread, this.ttlMs);
    await this.store.putState(threadMemoryKey(this.thread), { ...record, messages: record.messages.slice(-MAX_REMEMBERED_MESSAGES) }, this.ttlMs);
  }

  async getMessages(): Promise<BaseMessage[]> {
    return mapStoredMessagesToChatMessages((await this.read()).messages);
  }

  async addMessage(message: BaseMessage): Promise<void> {
    await this.addMessages([message]);
  }

  override async addMessages(messages: BaseMessage[]): Promise<void> {
    const record = await this.read();
    await this.write({ ...record, messages: [...record.messages, ...mapChatMessagesToStoredMessages(messages)] });
  }

  override async clear(): Promise<void> {
    await this.store.deleteState(threadMemoryKey(this.thread));
  }

  /** The placeholders this thread's names were given in earlier turns. */
  async names(): Promise<NameEntries> {
    return (await this.read()).names;
  }

  /** The earlier turns and their placeholders, in one read. */
  async recall(): Promise<{ messages: BaseMessage[]; names: NameEntries }> {
    const record = await this.read();
    return { messages: mapStoredMessagesToChatMessages(record.messages), names: record.names };
  }

  /** Records one exchange and the placeholders in use, in one write. */
  async addTurn(messages: BaseMessage[], names: NameEntries): Promise<void> {
    const record = await this.read();
    await this.write({ names, messages: [...record.messages, ...mapChatMessagesToStoredMessages(messages)] });
  }
}

/** The memory of each thread, kept `ttlMs` after its last turn. */
export const threadHistories = (store: PlanStore, ttlMs: number) => (thread: ThreadRef) => new ThreadHistory(store, thread, ttlMs);
