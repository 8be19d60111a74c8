// The Action.Submit fallback of every card button, for Teams clients without Universal Actions: the
// press arrives as a message whose value holds the button's data and verb. It does what the
// Action.Execute would: the same core action (runCardAction), the pressed card updated in place. What
// is for the presser alone (a note, a refusal, a user-specific view they asked to see) goes to their
// personal chat with Liaison, since an old client cannot show it only to them in a group conversation.
import { CardFactory, type TurnContext } from 'botbuilder';
import { cardActivity, cardsFor, toPerson, type Origin } from '../deliver.js';
import { originOf, queueTurn, type TeamsDeps } from '../deps.js';
import type { SubmitData } from '../render/action-codec.js';
import type { AdaptiveCard } from '../render/cards.js';
import { REFRESH_VERB } from '../views.js';
import { ONLY_REQUESTER, runCardAction, TOO_OLD } from './invoke.js';

const noteCard = (text: string): AdaptiveCard[] => cardsFor({ kind: 'info', text, audience: { kind: 'requester' } });

/** Cards for the presser alone: in place in a personal chat, else in their personal chat with Liaison. */
async function toPresser(deps: TeamsDeps, ctx: TurnContext, origin: Origin, cards: AdaptiveCard[], summary: string): Promise<void> {
  if (origin.kind === 'dm') {
    for (const c of cards) await ctx.sendActivity(cardActivity(c, summary));
    return;
  }
  const sent = await toPerson(deps, origin.aadObjectId, origin.tenantId, cards, summary);
  if (!sent) deps.log.warn({ conversation: origin.ref.conversation?.id }, 'teams: no personal chat with the presser; the answer to their press was not delivered');
}

async function showView(deps: TeamsDeps, ctx: TurnContext, origin: Origin, viewId: string): Promise<void> {
  const view = await deps.proactive.views.read(viewId, origin.fromId);
  if (view === null || view === 'others') return toPresser(deps, ctx, origin, noteCard(view === null ? TOO_OLD : ONLY_REQUESTER), 'Liaison');
  await toPresser(deps, ctx, origin, [view], 'Liaison has something for you to review');
}

export function onSubmit(deps: TeamsDeps, ctx: TurnContext, data: SubmitData): void {
  const activity = ctx.activity;
  const origin = originOf(activity);
  queueTurn(deps, origin, `submit ${data.verb}`, async (turn) => {
    if (data.verb === REFRESH_VERB) return showView(deps, turn, origin, String(data.v ?? ''));
    const pressed = await runCardAction(deps, turn, activity, origin, data.verb, data);
    if ('note' in pressed) return toPresser(deps, turn, origin, noteCard(pressed.note), pressed.note);
    const inPlace = origin.kind === 'dm' || pressed.forEveryone;
    if (inPlace && activity.replyToId) {
      await turn.updateActivity({ id: activity.replyToId, type: 'message', attachments: [CardFactory.adaptiveCard(pressed.card)] });
      return;
    }
    if (inPlace) await turn.sendActivity(cardActivity(pressed.card));
    else await toPresser(deps, turn, origin, [pressed.card], 'Liaison');
  });
}

