// Routes each activity by kind, after remembering where it came from (every activity refreshes the
// stored conversation reference, so proactive messages can reach the conversation and the person).
import { TurnContext } from 'botbuilder';
import type { TeamsDeps } from '../deps.js';
import { onCardAction, respond } from './invoke.js';
import { onTaskFetch, onTaskSubmit } from './dialog.js';
import { onMessage } from './message.js';
import { onSubmit } from './submit.js';
import { submittedVerb, type SubmitData } from '../render/action-codec.js';
import { onFetchTask, onSubmitAction } from './message-action.js';

async function remember(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const a = ctx.activity;
  if (!a.conversation?.id || a.channelId !== 'msteams') return;
  if (a.type === 'installationUpdate' && (a.action === 'remove' || a.action === 'remove-upgrade')) {
    // Uninstalled here: a reminder must not count on this conversation any more.
    await deps.references.forget(a.conversation.id, a.from?.aadObjectId).catch((err: unknown) => deps.log.warn({ err }, 'teams: could not forget the conversation'));
    return;
  }
  const personal = a.conversation.conversationType === 'personal' || (!a.conversation.conversationType && !a.conversation.isGroup);
  try {
    await deps.references.save(TurnContext.getConversationReference(a), personal, a.from?.aadObjectId);
  } catch (err) {
    deps.log.warn({ err }, 'teams: could not store the conversation reference');
  }
}

export function createTurnHandler(deps: TeamsDeps): (ctx: TurnContext) => Promise<void> {
  return async (ctx) => {
    const a = ctx.activity;
    if (a.type === 'message') {
      // Acknowledged without waiting for the reference to be durable: remember reads the activity at
      // once, starts the writes (which reads in this process wait for) and logs its own failure.
      void remember(deps, ctx);
      // A card button's Action.Submit fallback (clients without Universal Actions) carries our verb.
      if (submittedVerb(a.value)) onSubmit(deps, ctx, a.value as SubmitData);
      else onMessage(deps, ctx);
      return;
    }
    await remember(deps, ctx);
    switch (a.type) {
      case 'invoke':
        if (a.name === 'adaptiveCard/action') return onCardAction(deps, ctx);
        if (a.name === 'composeExtension/fetchTask') return onFetchTask(ctx);
        if (a.name === 'composeExtension/submitAction') return onSubmitAction(deps, ctx);
        if (a.name === 'task/fetch') return onTaskFetch(deps, ctx);
        if (a.name === 'task/submit') return onTaskSubmit(deps, ctx);
        return respond(ctx, undefined, 501);
      default:
        // conversationUpdate, installationUpdate: the reference stored above is all Liaison needs.
        return;
    }
  };
}
