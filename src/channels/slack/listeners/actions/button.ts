// Every Liaison button (feedback, proposal confirm/edit/cancel, commitment done/snooze) becomes an
// action Inbound carrying the button's value and the reply context it echoes.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Conversation } from '../../../../core/messages.js';
import { queueInbound, type SlackDeps } from '../../deps.js';
import type { Origin } from '../../deliver.js';
import { decodeElement } from '../../render/action-codec.js';
import { actionInbound, conversationKind } from '../../to-inbound.js';

/** Actions whose answer replaces the (ephemeral) message the button was on, so it cannot be pressed twice. */
const REPLACES = new Set(['proposal.confirm', 'proposal.cancel', 'proposal.again']);
/** A reminder's buttons: the reminder is edited to show what happened and who did it. */
const EDITS_REMINDER = /^commitment\./;
const ELEMENTS = new Set(['button', 'static_select', 'datepicker']);

export function button(deps: SlackDeps) {
  return async ({ body, ack, client }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const pressed = body.actions[0];
    if (!pressed || !ELEMENTS.has(pressed.type)) return;
    const decoded = decodeElement(pressed as Parameters<typeof decodeElement>[0], (pressed as { block_id?: string }).block_id);
    const container = (body.container ?? {}) as { type?: string; is_ephemeral?: boolean; thread_ts?: string; message_ts?: string };
    const channel = body.channel?.id;
    const threadTs = decoded.thread ?? container.thread_ts ?? body.message?.thread_ts ?? (container.is_ephemeral ? undefined : body.message?.ts);
    const origin: Origin = {
      ...(channel ? { channel } : {}),
      ...(threadTs ? { threadTs } : {}),
      userId: body.user.id,
      ...(body.response_url ? { responseUrl: body.response_url } : {}),
      triggerId: body.trigger_id,
      replaceOriginal: (!!container.is_ephemeral && REPLACES.has(decoded.id)) || (container.type === 'message' && !!body.response_url && EDITS_REMINDER.test(decoded.id) && !!decoded.data.commitmentId),
    };
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, `action ${decoded.id}`, async () => {
      const person = await deps.directory.person(client, body.user.id);
      const where: Conversation = channel
        ? { platform: 'slack', id: channel, kind: conversationKind(channel), ...(threadTs ? { threadId: threadTs } : {}) }
        : { platform: 'slack', id: await deps.directory.dmChannel(client, body.user.id), kind: 'dm' };
      return actionInbound({
        id: `action:${body.trigger_id}`,
        person,
        where,
        action: { id: decoded.id, ...(decoded.value !== undefined ? { value: decoded.value } : {}), data: decoded.data },
        receivedAt,
      });
    }, true);
  };
}
