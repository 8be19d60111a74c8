// Per-conversation settings and the record of threads Liaison answered, kept in the store's state.
import type { PlanStore } from '../plans/store.js';
import type { Conversation } from '../messages.js';

const THREAD_TTL_MS = 30 * 24 * 3600 * 1000;

export interface ConversationSettings {
  /** Answer follow-ups in threads Liaison answered, without a new mention. */
  followups: boolean;
}

const settingsKey = (c: Conversation) => `settings:${c.platform}:${c.id}`;
const threadKey = (c: Conversation) => `thread:${c.platform}:${c.id}:${c.threadId}`;

export async function getSettings(store: PlanStore, c: Conversation): Promise<ConversationSettings> {
  return (await store.getState<ConversationSettings>(settingsKey(c))) ?? { followups: false };
}

export async function setFollowups(store: PlanStore, c: Conversation, on: boolean): Promise<void> {
  await store.putState(settingsKey(c), { ...(await getSettings(store, c)), followups: on });
}

export async function rememberThread(store: PlanStore, c: Conversation): Promise<void> {
  if (c.threadId) await store.putState(threadKey(c), 1, THREAD_TTL_MS);
}

/** Whether an unaddressed message should be answered: a thread Liaison answered, follow-ups on. */
export async function shouldFollowUp(store: PlanStore, c: Conversation): Promise<boolean> {
  if (!c.threadId || c.kind === 'dm') return false;
  if (!(await getSettings(store, c)).followups) return false;
  return (await store.getState(threadKey(c))) !== null;
}
