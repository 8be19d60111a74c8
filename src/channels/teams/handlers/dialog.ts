// Edit on a proposal opens a dialog (task module): `task/fetch` runs the core action behind the button
// and shows the form it answers; `task/submit` runs the form's action (Save) and the edited items come
// back as a new proposal for the requester. Dialogs take Action.Submit only, so the form's buttons are
// their Action.Submit fallbacks (same verb, same data).
import { CardFactory, type TurnContext } from 'botbuilder';
import { failureCard } from '../boundary.js';
import { cardsFor, deliver } from '../deliver.js';
import { originOf, type TeamsDeps } from '../deps.js';
import { submittedVerb, type CardAction, type SubmitData } from '../render/action-codec.js';
import { summaryOf, type AdaptiveCard } from '../render/cards.js';
import { pressInbound, respond } from './invoke.js';

const SUPERSEDED = 'These items were edited; the edited proposal is in a newer message.';

/** The form for a dialog: its buttons' Action.Submit fallbacks, carrying the view of the card Edit was pressed on. */
function dialogForm(card: AdaptiveCard, view: string | undefined): AdaptiveCard {
  const actions = (card.actions ?? []).flatMap((a): CardAction[] => (a.type === 'Action.Execute' ? (a.fallback ? [a.fallback] : []) : [a]));
  return { ...card, actions: actions.map((a) => (view ? { ...a, data: { ...a.data, r: view } } : a)) as CardAction[] };
}

const dialogMessage = (text: string) => ({ task: { type: 'message', value: text } });

function dataOf(ctx: TurnContext): SubmitData | undefined {
  const data = (ctx.activity.value as { data?: unknown } | undefined)?.data;
  return submittedVerb(data) ? (data as SubmitData) : undefined;
}

export async function onTaskFetch(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const data = dataOf(ctx);
  if (!data) return respond(ctx, dialogMessage('This button is no longer supported. Run the command again for a fresh message.'));
  try {
    const { inbound } = await pressInbound(deps, ctx, ctx.activity, data.verb, data);
    const replies = await deps.assistant.handle(inbound);
    const form = replies.find((r) => r.kind === 'form');
    if (!form) {
      // Not a form (the proposal expired, or someone else's): say why in the dialog.
      const said = replies.find((r) => r.audience.kind === 'requester') ?? replies[0];
      return respond(ctx, dialogMessage(said ? summaryOf(said) : 'Nothing to edit.'));
    }
    const card = dialogForm(cardsFor(form, data.t)[0] as AdaptiveCard, data.r);
    await respond(ctx, { task: { type: 'continue', value: { title: 'Edit the action items', width: 'large', height: 'large', card: CardFactory.adaptiveCard(card) } } });
  } catch (err) {
    const card = failureCard(err, deps.log, `dialog ${data.verb}`, { conversation: ctx.activity.conversation?.id });
    await respond(ctx, { task: { type: 'continue', value: { title: 'Something went wrong', card: CardFactory.adaptiveCard(card) } } });
  }
}

export async function onTaskSubmit(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const data = dataOf(ctx);
  if (!data) return respond(ctx, dialogMessage('This dialog is no longer supported. Run the command again.'));
  const origin = originOf(ctx.activity);
  try {
    const { inbound, view } = await pressInbound(deps, ctx, ctx.activity, data.verb, data);
    const replies = await deps.assistant.handle(inbound);
    // The edited items come back as a new proposal (to the requester only, as the first one was).
    await deliver(deps, ctx, origin, replies);
    // The card Edit was pressed on refreshes to what became of it (superseded, or discarded).
    const outcome = replies.some((r) => r.kind === 'proposal') ? SUPERSEDED : replies[0] ? summaryOf(replies[0]) : undefined;
    if (view && outcome) await deps.proactive.views.replace(view, cardsFor({ kind: 'info', text: outcome, audience: { kind: 'requester' } })[0] as AdaptiveCard);
    await respond(ctx, {});
  } catch (err) {
    const card = failureCard(err, deps.log, `dialog ${data.verb}`, { conversation: origin.ref.conversation?.id });
    await respond(ctx, { task: { type: 'continue', value: { title: 'Something went wrong', card: CardFactory.adaptiveCard(card) } } });
  }
}
