// The one error boundary of the Teams channel: whatever fails while handling an activity, the person
// gets a short message with a reference id, and the same id is logged. Never silent.
import type { TurnContext } from 'botbuilder';
import { describeError, newRef } from '../../core/errors.js';
import type { Reply } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { cardActivity } from './deliver.js';
import { renderCards, type AdaptiveCard } from './render/cards.js';

export function failureCard(err: unknown, log: Logger, what: string, where: Record<string, unknown>): AdaptiveCard {
  const ref = newRef();
  log.error({ err, ref, what, ...where }, 'teams: handling failed');
  const said = describeError(err, ref);
  const reply: Reply = { kind: 'error', text: said.text, hints: said.hints, ref, audience: { kind: 'requester' } };
  return renderCards(reply)[0] as AdaptiveCard;
}

/** Runs `work` in a turn; a failure becomes a message in that turn (with a reference id) and a log line. */
export async function withBoundary(ctx: TurnContext, log: Logger, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    const card = failureCard(err, log, what, { conversation: ctx.activity.conversation?.id });
    try {
      await ctx.sendActivity(cardActivity(card, 'Something went wrong'));
    } catch (second) {
      log.error({ err: second, first: err }, 'teams: could not tell the person about a failure');
    }
  }
}
