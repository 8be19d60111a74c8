// Messages: personal chat, @mentions in channels and group chats (addressed), and - with resource-
// specific consent - the rest of a linked conversation (not addressed: the assistant decides). The
// HTTP answer goes out at once; the typing indicator and the reply follow in a proactive turn.
import type { TurnContext } from 'botbuilder';
import { originOf, personFor, queueInbound, type TeamsDeps } from '../deps.js';
import { isPrivateChannel, privateChannelRefusal } from '../private-channel.js';
import { classifyMessage, messageInbound } from '../to-inbound.js';

export function onMessage(deps: TeamsDeps, ctx: TurnContext): void {
  const activity = ctx.activity;
  const handling = classifyMessage(activity);
  if (!handling || !(activity.text ?? '').trim()) return;
  const receivedAt = deps.clock.now();
  const inPrivate = isPrivateChannel(activity);
  queueInbound(
    deps,
    originOf(activity),
    handling.addressed ? 'message' : 'follow-up',
    async (turn) => {
      // No typing indicator where Liaison may not post (a private channel).
      if (handling.addressed && !inPrivate) await turn.sendActivity({ type: 'typing' });
      const person = await personFor(deps, turn, activity);
      return messageInbound(activity, { person, addressed: handling.addressed, receivedAt });
    },
    {
      answer: async (inbound) => (inPrivate ? privateChannelRefusal(inbound) : undefined) ?? deps.assistant.handle(inbound),
      // Where Liaison may not post (a private channel), no still-working note either.
      addressed: handling.addressed && !inPrivate,
    },
  );
}
