// Where the LLM's thread memory lives in the store's state, and how a conversation's memory is
// forgotten (plan delete). Kept apart from llm-store.ts so the plan service can forget a thread
// without loading LangChain.
import type { PlanStore } from './plans/store.js';
import type { ConversationRef } from './plans/types.js';

/** A thread of a conversation: the model's memory is kept per thread. */
export interface ThreadRef extends ConversationRef {
  threadId: string;
}

export const threadMemoryKey = (t: ThreadRef) => `llm-thread:${t.platform}:${t.id}:${t.threadId}`;
/** The threads of a conversation that have memory, so they can be deleted together. */
export const conversationThreadsKey = (c: ConversationRef) => `llm-threads:${c.platform}:${c.id}`;

/** Notes a thread under its conversation, for as long as its memory is kept. */
export async function noteThread(store: PlanStore, t: ThreadRef, ttlMs: number): Promise<void> {
  const key = conversationThreadsKey(t);
  const threads = (await store.getState<string[]>(key)) ?? [];
  if (!threads.includes(t.threadId)) threads.push(t.threadId);
  await store.putState(key, threads, ttlMs);
}

/** Deletes the model's memory of every thread in these conversations; returns how many threads. */
export async function forgetConversations(store: PlanStore, conversations: readonly ConversationRef[]): Promise<number> {
  let forgotten = 0;
  for (const c of conversations) {
    const threads = (await store.getState<string[]>(conversationThreadsKey(c))) ?? [];
    for (const threadId of threads) await store.deleteState(threadMemoryKey({ ...c, threadId }));
    await store.deleteState(conversationThreadsKey(c));
    forgotten += threads.length;
  }
  return forgotten;
}
