// Invokes answer in the HTTP response. Card buttons (`adaptiveCard/action`, Action.Execute) run the
// core action and return the refreshed card; the automatic refresh of a user-specific view returns
// the requester's own card.
import { ActivityTypes, CardFactory, type TurnContext } from 'botbuilder';
import type { Inbound } from '../../../core/messages.js';
import { failureCard } from '../boundary.js';
import { deliver, REFRESH_VERB, refreshedView } from '../deliver.js';
import { originOf, personFor, type TeamsDeps } from '../deps.js';
import { decodeAction, type ExecuteData } from '../render/action-codec.js';
import { summaryOf, type AdaptiveCard } from '../render/cards.js';
import { readFormItems } from '../render/forms.js';
import { actionInbound, conversationOf } from '../to-inbound.js';

export const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
/** Actions whose answer replaces the card they were pressed on (a proposal, a reminder, the notes box). */
const REPLACES = /^(?:proposal|commitment|notes)\./;

export async function respond(ctx: TurnContext, body: unknown, status = 200): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

const cardResponse = (card: AdaptiveCard) => ({ statusCode: 200, type: CARD_TYPE, value: card });
const messageResponse = (text: string) => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text });

function othersView(): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', wrap: true, text: 'Only the person who asked can see and act on this.' }] };
}

export async function onCardAction(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const activity = ctx.activity;
  const value = (activity.value ?? {}) as { action?: { verb?: string; data?: ExecuteData } };
  const verb = value.action?.verb ?? '';
  if (verb === REFRESH_VERB) {
    const mine = await refreshedView(deps.store, String(value.action?.data?.v ?? ''), activity.from?.id ?? '');
    await respond(ctx, cardResponse(mine ?? othersView()));
    return;
  }
  const origin = originOf(activity);
  try {
    const decoded = decodeAction(verb, value.action?.data);
    const data = decoded.id === 'proposal.save' ? { ...decoded.data, items: readFormItems(decoded.data) } : decoded.data;
    const person = await personFor(deps, ctx, activity);
    const where = { ...conversationOf(activity), ...(decoded.thread ? { threadId: decoded.thread } : {}) };
    const receivedAt = deps.clock.now();
    const inbound: Inbound =
      decoded.id === 'notes.submit'
        ? { id: `invoke:${activity.id}`, kind: 'notes', from: person, where, text: String(data.notes ?? ''), addressed: true, receivedAt }
        : actionInbound({ id: `invoke:${activity.id}`, person, where, action: { id: decoded.id, ...(decoded.value !== undefined ? { value: decoded.value } : {}), data }, receivedAt });
    const replies = await deps.assistant.handle(inbound);
    if (!REPLACES.test(decoded.id)) {
      // Feedback and the like leave the card as it is: the person gets a short note instead.
      const note = replies.find((r) => r.audience.kind === 'requester');
      await deliver(deps, ctx, origin, replies.filter((r) => r !== note));
      await respond(ctx, messageResponse(note ? summaryOf(note) : 'Done.'));
      return;
    }
    const replaced = await deliver(deps, ctx, origin, replies, true);
    if (replaced?.forEveryone && origin.kind !== 'dm' && activity.replyToId) {
      // The card others see (e.g. the placeholder of a user-specific proposal) shows the outcome too.
      await ctx.updateActivity({ id: activity.replyToId, type: 'message', attachments: [CardFactory.adaptiveCard(replaced.card)] }).catch((err: unknown) => {
        deps.log.warn({ err }, 'teams: could not update the card for everyone');
      });
    }
    await respond(ctx, replaced ? cardResponse(replaced.card) : messageResponse('Done.'));
  } catch (err) {
    await respond(ctx, cardResponse(failureCard(err, deps.log, `action ${verb}`, { conversation: origin.ref.conversation?.id })));
  }
}
