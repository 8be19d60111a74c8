// The Teams Notifier: one ping as a proactive message in the person's personal chat with Liaison (the
// stored conversation, or a new 1:1 chat for a partner with a Teams user id and tenant). 'unreachable'
// when neither works (not installed for that person), 'retry' when Teams is throttling or failing.
import { TurnContext, type Activity } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Delivery, DeliveryResult, Notifier } from '../../core/reminders/notifier.js';
import type { Logger } from '../../log.js';
import { cardActivity, forPerson } from './deliver.js';
import { inPersonalChat, personalChatUser, type Proactive } from './proactive.js';
import { renderCards, summaryOf } from './render/cards.js';

interface HttpishError {
  statusCode?: number;
  code?: string;
  response?: { headers?: { get?(name: string): string | undefined } | Record<string, string> };
}

function statusOf(err: unknown): number | undefined {
  const e = err as HttpishError | undefined;
  return typeof e?.statusCode === 'number' ? e.statusCode : undefined;
}

/** Retry-After in milliseconds (seconds or an HTTP date), when the platform gave one. */
export function retryAfterMs(err: unknown, now = Date.now()): number | undefined {
  const headers = (err as HttpishError | undefined)?.response?.headers;
  const raw = typeof headers?.get === 'function' ? headers.get('retry-after') : (headers as Record<string, string> | undefined)?.['retry-after'];
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function classifyFailure(err: unknown): DeliveryResult {
  const status = statusOf(err);
  const reason = err instanceof Error ? err.message.split('\n')[0] ?? 'error' : String(err);
  if (status === 429 || (status !== undefined && status >= 500) || status === undefined) {
    const after = retryAfterMs(err);
    return { status: 'retry', reason: status ? `Teams answered ${status}` : `network: ${reason}`, ...(after !== undefined ? { retryAfterMs: after } : {}) };
  }
  // 403 / 404: the app is not installed for the person, or the conversation is gone.
  return { status: 'unreachable', reason: `Teams answered ${status}: Liaison is not installed for this person or the chat is gone (${reason})` };
}

/**
 * Posts a reply (e.g. the digest) into a conversation Liaison has seen (a linked channel or chat), as
 * a new post. 'unreachable' when no reference is stored for it (the app was never used there).
 */
export async function postToConversation(p: Proactive & { log: Logger }, conversationId: string, reply: Delivery['reply']): Promise<DeliveryResult> {
  const ref = await p.references.conversation(conversationId);
  if (!ref) return { status: 'unreachable', reason: 'Liaison has no stored conversation for this Teams channel or chat' };
  let messageRef: string | undefined;
  try {
    await p.adapter.continueConversationAsync(p.appId, ref, async (ctx) => {
      // A new post, not a reply: sendActivity would reply to the continuation's own (made-up) id.
      const client = ctx.turnState.get<ConnectorClient>(ctx.adapter.ConnectorClientKey);
      for (const card of renderCards(reply)) {
        const activity = TurnContext.applyConversationReference(cardActivity(card, summaryOf(reply)), ref) as Activity;
        delete activity.replyToId;
        delete activity.id;
        const sent = await client.conversations.sendToConversation(conversationId, activity);
        messageRef = `${conversationId}:${sent?.id ?? ''}`;
      }
    });
    return { status: 'sent', ...(messageRef ? { messageRef } : {}) };
  } catch (err) {
    const result = classifyFailure(err);
    p.log.warn({ conversation: conversationId, result }, 'teams: post to conversation failed');
    return result;
  }
}

export function createTeamsNotifier(p: Proactive & { log: Logger }): Notifier {
  return {
    platform: 'teams',
    async deliver(delivery: Delivery): Promise<DeliveryResult> {
      const to = delivery.to;
      // The weekly digest goes to a channel or chat linked to the plan, not to a person.
      if (to.conversationId) return postToConversation(p, to.conversationId, delivery.reply);
      if (!to.userId) return { status: 'unreachable', reason: 'no Teams user id (AAD object id) for this partner' };
      let messageRef: string | undefined;
      try {
        const reached = await inPersonalChat(p, { aadObjectId: to.userId, ...(to.tenantId ? { tenantId: to.tenantId } : {}) }, async (ctx) => {
          // The owner's card refreshes for them: what they did on one device shows on the others.
          for (const card of await forPerson(p.views, renderCards(delivery.reply), personalChatUser(ctx))) {
            const sent = await ctx.sendActivity(cardActivity(card, summaryOf(delivery.reply)));
            messageRef = `${ctx.activity.conversation?.id ?? ''}:${sent?.id ?? ''}`;
          }
        });
        if (!reached) return { status: 'unreachable', reason: 'no conversation with this person and no tenant to start one in' };
        return { status: 'sent', ...(messageRef ? { messageRef } : {}) };
      } catch (err) {
        const result = classifyFailure(err);
        p.log.warn({ key: delivery.key, result }, 'teams: ping not delivered');
        return result;
      }
    },
  };
}
