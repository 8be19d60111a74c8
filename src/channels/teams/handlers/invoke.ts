// Card buttons. An Action.Execute press (`adaptiveCard/action`) answers in the HTTP response with the
// card that replaces the pressed one; the automatic refresh of a card returns the person's own view.
// `runCardAction` is the one path from a press to the core action, shared with the Action.Submit
// fallback (submit.ts) and the Edit dialog (dialog.ts).
import { ActivityTypes, CardFactory, type Activity, type TurnContext } from 'botbuilder';
import type { Inbound } from '../../../core/messages.js';
import { failureCard } from '../boundary.js';
import { deliver, type Origin } from '../deliver.js';
import { originOf, personFor, type TeamsDeps } from '../deps.js';
import { decodeAction, replacesCard, type ExecuteData } from '../render/action-codec.js';
import { summaryOf, type AdaptiveCard } from '../render/cards.js';
import { readFormItems } from '../render/forms.js';
import { actionInbound, conversationOf } from '../to-inbound.js';
import { REFRESH_VERB } from '../views.js';

export const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

export async function respond(ctx: TurnContext, body: unknown, status = 200): Promise<void> {
  await ctx.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

const cardResponse = (card: AdaptiveCard) => ({ statusCode: 200, type: CARD_TYPE, value: card });
const messageResponse = (text: string) => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text });

export const ONLY_REQUESTER = 'Only the person who asked can see and act on this.';
export const TOO_OLD = 'This card is too old to refresh. Run the command again, or send the notes again, for a fresh one.';

function othersView(): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body: [{ type: 'TextBlock', wrap: true, text: ONLY_REQUESTER }] };
}

/** What a press comes to: the card that replaces the pressed one (for everyone, or the presser only), or a short note. */
export type Pressed = { card: AdaptiveCard; forEveryone: boolean } | { note: string };

/** The Inbound for a press on a card `activity` was about (an invoke, a message-back, a dialog). */
export async function pressInbound(deps: TeamsDeps, ctx: TurnContext, activity: Partial<Activity>, verb: string, data: ExecuteData | undefined): Promise<{ inbound: Inbound; view?: string }> {
  const decoded = decodeAction(verb, data);
  const inputs = decoded.id === 'proposal.save' ? { ...decoded.data, items: readFormItems(decoded.data) } : decoded.data;
  const person = await personFor(deps, ctx, activity);
  const where = { ...conversationOf(activity), ...(decoded.thread ? { threadId: decoded.thread } : {}) };
  const receivedAt = deps.clock.now();
  const id = `press:${activity.id}`;
  const inbound: Inbound =
    decoded.id === 'notes.submit'
      ? { id, kind: 'notes', from: person, where, text: String(inputs.notes ?? ''), addressed: true, receivedAt }
      : actionInbound({ id, person, where, action: { id: decoded.id, ...(decoded.value !== undefined ? { value: decoded.value } : {}), data: inputs }, receivedAt });
  return { inbound, ...(decoded.view ? { view: decoded.view } : {}) };
}

/**
 * Runs the core action behind a button on a card `activity` was about (an invoke or a message-back).
 * Replies other than the replacement are delivered through `ctx`; a card that refreshes for its person
 * (a view) stores what replaced it.
 */
export async function runCardAction(deps: TeamsDeps, ctx: TurnContext, activity: Partial<Activity>, origin: Origin, verb: string, data: ExecuteData | undefined): Promise<Pressed> {
  const { inbound, view } = await pressInbound(deps, ctx, activity, verb, data);
  const replies = await deps.assistant.handle(inbound);
  if (!replacesCard(verb)) {
    // Feedback and the like leave the card as it is: the person gets a short note instead.
    const note = replies.find((r) => r.audience.kind === 'requester');
    await deliver(deps, ctx, origin, replies.filter((r) => r !== note));
    return { note: note ? summaryOf(note) : 'Done.' };
  }
  const replaced = await deliver(deps, ctx, origin, replies, true);
  if (!replaced) return { note: 'Done.' };
  const card = view ? await deps.proactive.views.replace(view, replaced.card) : replaced.card;
  return { card, forEveryone: replaced.forEveryone };
}

export async function onCardAction(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const activity = ctx.activity;
  const value = (activity.value ?? {}) as { action?: { verb?: string; data?: ExecuteData } };
  const verb = value.action?.verb ?? '';
  if (verb === REFRESH_VERB) {
    const view = await deps.proactive.views.read(String(value.action?.data?.v ?? ''), activity.from?.id ?? '');
    await respond(ctx, view === null ? messageResponse(TOO_OLD) : cardResponse(view === 'others' ? othersView() : view));
    return;
  }
  const origin = originOf(activity);
  try {
    const pressed = await runCardAction(deps, ctx, activity, origin, verb, value.action?.data);
    if ('note' in pressed) return respond(ctx, messageResponse(pressed.note));
    if (pressed.forEveryone && origin.kind !== 'dm' && activity.replyToId) {
      // The card others see (e.g. the placeholder of a user-specific proposal) shows the outcome too.
      await ctx.updateActivity({ id: activity.replyToId, type: 'message', attachments: [CardFactory.adaptiveCard(pressed.card)] }).catch((err: unknown) => {
        deps.log.warn({ err }, 'teams: could not update the card for everyone');
      });
    }
    await respond(ctx, cardResponse(pressed.card));
  } catch (err) {
    await respond(ctx, cardResponse(failureCard(err, deps.log, `action ${verb}`, { conversation: origin.ref.conversation?.id })));
  }
}
