// Sends each Reply to its audience from inside a turn (the proactive turn after an acknowledged
// message, or a card button's invoke): the conversation (its thread), only the requester (a
// user-specific view in a group conversation, or their personal chat), or another person (1:1).
import { randomUUID } from 'node:crypto';
import { CardFactory, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Reply } from '../../core/messages.js';
import type { PlanStore } from '../../core/plans/store.js';
import type { Logger } from '../../log.js';
import { inPersonalChat, type Proactive } from './proactive.js';
import { encodeAction } from './render/action-codec.js';
import { renderCards, summaryOf, type AdaptiveCard } from './render/cards.js';
import { formCard } from './render/forms.js';

/** Where the inbound came from: enough to answer in the right place. */
export interface Origin {
  ref: Partial<ConversationReference>;
  kind: 'dm' | 'channel' | 'group';
  /** The requester's Teams id (29:...), which user-specific views name. */
  fromId: string;
  aadObjectId: string;
  name?: string;
  tenantId?: string;
  thread?: string;
}

export interface DeliverDeps {
  proactive: Proactive;
  store: PlanStore;
  log: Logger;
}

export const REFRESH_VERB = 'liaison.refresh';
const VIEW_TTL_MS = 7 * 24 * 3600 * 1000;
const viewKey = (id: string) => `teams:view:${id}`;

export interface StoredView {
  userIds: string[];
  card: AdaptiveCard;
}

export function cardActivity(card: AdaptiveCard, summary?: string): Partial<Activity> {
  return { type: 'message', ...(summary ? { summary } : {}), attachments: [CardFactory.adaptiveCard(card)] };
}

export function cardsFor(reply: Reply, thread?: string): AdaptiveCard[] {
  return reply.kind === 'form' ? [formCard(reply, thread)] : renderCards(reply, thread);
}

/** Merges several cards into one (a user-specific view shows a single card). */
function oneCard(cards: AdaptiveCard[]): AdaptiveCard {
  const last = cards[cards.length - 1] as AdaptiveCard;
  return { ...last, body: cards.flatMap((c) => c.body) };
}

/** A card everyone in the conversation sees, which the requester's client refreshes into theirs. */
async function userSpecific(deps: DeliverDeps, origin: Origin, cards: AdaptiveCard[]): Promise<AdaptiveCard> {
  const id = randomUUID();
  const mine = oneCard(cards);
  await deps.store.putState(viewKey(id), { userIds: [origin.fromId], card: mine } satisfies StoredView, VIEW_TTL_MS);
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', wrap: true, text: `Liaison has something for **${origin.name ?? 'the person who asked'}** to review; only they see it here.` }],
    refresh: { action: encodeAction({ id: REFRESH_VERB, label: 'Show', value: id }), userIds: [origin.fromId] },
  };
}

/** The requester's own view of a user-specific card, or null for anyone else (or when it expired). */
export async function refreshedView(store: PlanStore, id: string, fromId: string): Promise<AdaptiveCard | null> {
  const view = await store.getState<StoredView>(viewKey(id));
  return view && view.userIds.includes(fromId) ? view.card : null;
}

async function toPerson(deps: DeliverDeps, aadObjectId: string, tenantId: string | undefined, activities: Partial<Activity>[]): Promise<boolean> {
  return inPersonalChat(deps.proactive, { aadObjectId, ...(tenantId ? { tenantId } : {}) }, async (ctx) => {
    for (const a of activities) await ctx.sendActivity(a);
  });
}

/** The card that replaces the one whose button was pressed; `forEveryone` when the whole conversation should see it. */
export interface Replacement {
  card: AdaptiveCard;
  forEveryone: boolean;
}

/**
 * Delivers `replies` through `ctx`. With `invoke`, the first reply for the conversation or the requester
 * is returned instead of sent: it replaces the card whose button was pressed.
 */
export async function deliver(deps: DeliverDeps, ctx: TurnContext, origin: Origin, replies: Reply[], invoke = false): Promise<Replacement | undefined> {
  let replacement: Replacement | undefined;
  for (const reply of replies) {
    const cards = cardsFor(reply, origin.thread);
    const audience = reply.audience;
    if (audience.kind === 'person') {
      if (audience.person.platform !== 'teams') {
        deps.log.warn({ platform: audience.person.platform, kind: reply.kind }, 'teams: reply addressed to a person on another platform; skipped');
        continue;
      }
      const sent = await toPerson(deps, audience.person.userId, origin.tenantId, cards.map((c) => cardActivity(c, summaryOf(reply))));
      if (!sent) deps.log.warn({ kind: reply.kind }, 'teams: no conversation with that person; reply not delivered');
      continue;
    }
    if (invoke && !replacement && (cards.length === 1 || reply.kind === 'form')) {
      replacement = { card: cards[0] as AdaptiveCard, forEveryone: audience.kind === 'conversation' };
      continue;
    }
    if (audience.kind === 'requester' && origin.kind !== 'dm') {
      await ctx.sendActivity(cardActivity(await userSpecific(deps, origin, cards), summaryOf(reply)));
      continue;
    }
    for (const c of cards) await ctx.sendActivity(cardActivity(c, summaryOf(reply)));
  }
  return replacement;
}
