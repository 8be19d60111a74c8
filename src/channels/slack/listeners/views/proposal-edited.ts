// The "Edit action items" modal was saved: action `proposal.save` with the edited items and the
// proposal's context.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { decodeOrigin, readFormItems, type ViewState } from '../../render/views.js';
import { actionInbound, conversationKind } from '../../to-inbound.js';

export function proposalEdited(deps: SlackDeps) {
  return async ({ body, view, ack, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const items = readFormItems(view.state.values as unknown as ViewState);
    const empty = items.find((i) => !i.drop && !i.task);
    if (empty) {
      await ack({ response_action: 'errors', errors: { [`item:${empty.n}:task`]: 'Write the task, or tick "Drop this item".' } });
      return;
    }
    await ack();
    const meta = decodeOrigin(view.private_metadata);
    const userId = body.user.id;
    const origin = { ...(meta.channel ? { channel: meta.channel } : {}), ...(meta.threadTs ? { threadTs: meta.threadTs } : {}), userId };
    const receivedAt = deps.now();
    queueInbound(deps, client, origin, 'action proposal.save', async () => {
      const channel = meta.channel ?? (await deps.directory.dmChannel(client, userId));
      return actionInbound({
        id: `view:${view.id}`,
        person: await deps.directory.person(client, userId),
        where: { platform: 'slack', id: channel, kind: conversationKind(channel), ...(meta.threadTs ? { threadId: meta.threadTs } : {}) },
        action: { id: 'proposal.save', data: { ...(meta.context ?? {}), items } },
        receivedAt,
      });
    });
  };
}
