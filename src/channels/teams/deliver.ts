// Sends each Reply to its audience from inside a turn (the proactive turn after an acknowledged
// message, or a card button's invoke): the conversation (its thread), only the requester (a
// user-specific view in a group conversation, or their personal chat), or another person (1:1).
import { randomUUID } from 'node:crypto';
import { CardFactory, type Activity, type ConversationReference, type TurnContext } from 'botbuilder';
import type { Reply } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { inPersonalChat, personalChatUser, type Proactive } from './proactive.js';
import { encodeAction, replacesCard, verbOf } from './render/action-codec.js';
import { renderCards, summaryOf, type AdaptiveCard } from './render/cards.js';
import { formCard } from './render/forms.js';
import { REFRESH_VERB, refreshFor, type Views } from './views.js';

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
  /** A private channel: Teams lets no app post there, so every reply goes to the requester's personal chat. */
  cannotPost?: boolean;
}

export interface DeliverDeps {
  proactive: Proactive;
  log: Logger;
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

/**
 * A card everyone in the conversation sees, which the requester's client refreshes into theirs. A
 * client without Universal Actions never refreshes: its "Show me" (an Action.Submit) sends the
 * requester's card to their personal chat with Liaison instead.
 */
async function userSpecific(deps: DeliverDeps, origin: Origin, cards: AdaptiveCard[]): Promise<AdaptiveCard> {
  const id = randomUUID();
  await deps.proactive.views.bind(oneCard(cards), [origin.fromId], id);
  const who = origin.name ?? 'the person who asked';
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', wrap: true, text: `Liaison has something for **${who}** to review; only they see it here. ${who}: if it does not open, press **Show me** and it comes to your chat with Liaison.` }],
    actions: [encodeAction({ id: REFRESH_VERB, label: 'Show me', value: id })],
    refresh: refreshFor(id, [origin.fromId]),
  };
}

/** The cards for one person, the last (with the buttons) refreshing for them when its buttons replace it. */
export async function forPerson(views: Views, cards: AdaptiveCard[], userIds: string[]): Promise<AdaptiveCard[]> {
  const last = cards[cards.length - 1];
  if (!last?.actions?.some((a) => replacesCard(verbOf(a)))) return cards;
  return [...cards.slice(0, -1), await views.bind(last, userIds)];
}

/** Sends cards to a person's personal chat with Liaison; false when it cannot be reached. */
export async function toPerson(deps: DeliverDeps, aadObjectId: string, tenantId: string | undefined, cards: AdaptiveCard[], summary: string): Promise<boolean> {
  return inPersonalChat(deps.proactive, { aadObjectId, ...(tenantId ? { tenantId } : {}) }, async (ctx) => {
    for (const c of await forPerson(deps.proactive.views, cards, personalChatUser(ctx))) await ctx.sendActivity(cardActivity(c, summary));
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
      const sent = await toPerson(deps, audience.person.userId, origin.tenantId, cards, summaryOf(reply));
      if (!sent) deps.log.warn({ kind: reply.kind }, 'teams: no conversation with that person; reply not delivered');
      continue;
    }
    if (origin.cannotPost) {
      if (!(await toPerson(deps, origin.aadObjectId, origin.tenantId, cards, summaryOf(reply)))) deps.log.warn({ kind: reply.kind }, 'teams: a reply from a private channel had no personal chat to go to; not delivered');
      continue;
    }
    if (invoke && !replacement && (cards.length === 1 || reply.kind === 'form')) {
      replacement = { card: cards[0] as AdaptiveCard, forEveryone: audience.kind === 'conversation' };
      continue;
    }
    if (audience.kind === 'requester' && origin.kind !== 'dm') {
      // A user-specific view is one card; a reply too long for one goes to the requester's personal chat.
      if (cards.length > 1 && (await toPerson(deps, origin.aadObjectId, origin.tenantId, cards, summaryOf(reply)))) continue;
      await ctx.sendActivity(cardActivity(await userSpecific(deps, origin, cards), summaryOf(reply)));
      continue;
    }
    const shown = audience.kind === 'requester' ? await forPerson(deps.proactive.views, cards, [origin.fromId]) : cards;
    for (const c of shown) await ctx.sendActivity(cardActivity(c, summaryOf(reply)));
  }
  return replacement;
}
