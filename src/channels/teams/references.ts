// Conversation references, kept in the PlanStore (never in memory) so any instance can send a
// proactive message later: one per conversation, and one per person for their personal chat.
import type { ConversationReference } from 'botbuilder';
import type { PlanStore } from '../../core/plans/store.js';

const convKey = (conversationId: string) => `teams:ref:conv:${baseConversationId(conversationId)}`;
const userKey = (aadObjectId: string) => `teams:ref:user:${aadObjectId}`;

/** A channel's conversation id without the ";messageid=..." of the thread it was read in. */
export function baseConversationId(id: string): string {
  return id.split(';')[0] ?? id;
}

export interface References {
  /** Remembers where an activity came from (its conversation; a personal chat also under the person). */
  save(ref: Partial<ConversationReference>, personal: boolean, aadObjectId?: string): Promise<void>;
  conversation(conversationId: string): Promise<Partial<ConversationReference> | null>;
  person(aadObjectId: string): Promise<Partial<ConversationReference> | null>;
  /** Forgets a conversation (the app was removed there), and the person's chat when it was theirs. */
  forget(conversationId: string, aadObjectId?: string): Promise<void>;
}

/**
 * Writes started and not yet durable, by store and key: a message is acknowledged without waiting for
 * its reference to reach the disk, and a read in this process waits for the write it would miss, from
 * whichever References over the same store it is made (the app's, and its notifier's).
 */
const writesInFlight = new WeakMap<PlanStore, Map<string, Promise<void>>>();

export function createReferences(store: PlanStore): References {
  const inFlight = writesInFlight.get(store) ?? new Map<string, Promise<void>>();
  writesInFlight.set(store, inFlight);
  const put = (key: string, value: unknown): Promise<void> => {
    const write = store.putState(key, value).finally(() => {
      if (inFlight.get(key) === write) inFlight.delete(key);
    });
    inFlight.set(key, write);
    return write;
  };
  const get = async (key: string): Promise<Partial<ConversationReference> | null> => {
    await inFlight.get(key)?.catch(() => undefined);
    return store.getState(key);
  };
  return {
    async save(ref, personal, aadObjectId) {
      const id = ref.conversation?.id;
      if (!id) return;
      // The channel's own reference (not the thread's), so proactive posts start a new thread.
      const stored = { ...ref, conversation: { ...ref.conversation, id: baseConversationId(id) } };
      delete stored.activityId;
      // Both writes start now (before save's caller moves on), so a read right after sees them.
      await Promise.all([put(convKey(id), stored), personal && aadObjectId ? put(userKey(aadObjectId), stored) : undefined]);
    },
    conversation: (id) => get(convKey(id)),
    person: (aadObjectId) => get(userKey(aadObjectId)),
    async forget(conversationId, aadObjectId) {
      await store.deleteState(convKey(conversationId));
      if (!aadObjectId) return;
      const mine = await store.getState<Partial<ConversationReference>>(userKey(aadObjectId));
      if (mine?.conversation?.id === baseConversationId(conversationId)) await store.deleteState(userKey(aadObjectId));
    },
  };
}
