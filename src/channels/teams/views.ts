// Cards that refresh for the person they are for (Universal Actions' `refresh`): a proposal for its
// requester, a reminder for its owner. The card each of them should see is kept in the PlanStore under
// a view id the card carries; a button pressed on it stores what replaced it, so the person's other
// devices (and a reopened chat) show the outcome, not stale buttons. In a group conversation the same
// mechanism gives a user-specific view: everyone else sees a placeholder.
import { randomUUID } from 'node:crypto';
import type { PlanStore } from '../../core/plans/store.js';
import { encodeAction, type CardAction } from './render/action-codec.js';
import type { AdaptiveCard } from './render/cards.js';

export const REFRESH_VERB = 'liaison.refresh';
/** Longer than a proposal lives (a week), so a reminder card refreshes for as long as it matters. */
const VIEW_TTL_MS = 30 * 24 * 3600 * 1000;
const viewKey = (id: string) => `teams:view:${id}`;

interface StoredView {
  /** Teams ids (29:...) the view is for; empty: everyone in the conversation (a 1:1 chat). */
  userIds: string[];
  card: AdaptiveCard;
}

export interface Views {
  /** Stores `card` as the view `id` (new when not given) and returns it with its refresh and view id on its buttons. */
  bind(card: AdaptiveCard, userIds: string[], id?: string): Promise<AdaptiveCard>;
  /** Replaces a view's card (a button on it was pressed), keeping who it is for; the card unchanged when the view is gone. */
  replace(id: string, card: AdaptiveCard): Promise<AdaptiveCard>;
  /** The view for `fromId`: 'others' when it is someone else's, null when it expired. */
  read(id: string, fromId: string): Promise<AdaptiveCard | 'others' | null>;
}

/** The refresh clause that asks for view `id`; `userIds` empty lets Teams refresh for everyone (a 1:1 chat). */
export function refreshFor(id: string, userIds: string[]): NonNullable<AdaptiveCard['refresh']> {
  // A refresh is never shown as a button, so it needs no Action.Submit fallback.
  const { fallback, ...action } = encodeAction({ id: REFRESH_VERB, label: 'Show', value: id });
  return { action, ...(userIds.length ? { userIds } : {}) };
}

/** The card with view `id` on every button, so a press can update the view. */
function tagged(card: AdaptiveCard, id: string, userIds: string[]): AdaptiveCard {
  const tag = (a: CardAction): CardAction =>
    a.type === 'Action.Submit' ? { ...a, data: { ...a.data, r: id } } : { ...a, data: { ...a.data, r: id }, ...(a.fallback ? { fallback: { ...a.fallback, data: { ...a.fallback.data, r: id } } } : {}) };
  return { ...card, ...(card.actions ? { actions: card.actions.map(tag) } : {}), refresh: refreshFor(id, userIds) };
}

export function createViews(store: PlanStore): Views {
  const put = async (id: string, userIds: string[], card: AdaptiveCard) => {
    const bound = tagged(card, id, userIds);
    await store.putState(viewKey(id), { userIds, card: bound } satisfies StoredView, VIEW_TTL_MS);
    return bound;
  };
  return {
    bind: (card, userIds, id = randomUUID()) => put(id, userIds, card),
    async replace(id, card) {
      const view = await store.getState<StoredView>(viewKey(id));
      return view ? put(id, view.userIds, card) : card;
    },
    async read(id, fromId) {
      const view = await store.getState<StoredView>(viewKey(id));
      if (!view) return null;
      return view.userIds.length === 0 || view.userIds.includes(fromId) ? view.card : 'others';
    },
  };
}
