// The "Edit action items" modal was saved: action `proposal.save` with the edited items and the
// proposal's context.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { readFormItems, type ViewState } from '../../render/views.js';
import { actionInbound } from '../../to-inbound.js';
import { submission } from './submission.js';

export function proposalEdited(deps: SlackDeps) {
  return async ({ body, view, ack, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const items = readFormItems(view.state.values as unknown as ViewState);
    const empty = items.find((i) => !i.drop && !i.task);
    if (empty) {
      await ack({ response_action: 'errors', errors: { [`item:${empty.n}:task`]: 'Write the task, or tick "Drop this item".' } });
      return;
    }
    await ack();
    const { meta, origin, who } = submission(deps, client, body.user.id, view.private_metadata);
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, 'action proposal.save', async () => {
      return actionInbound({
        id: `view:${view.id}`,
        ...(await who()),
        action: { id: 'proposal.save', data: { ...(meta.context ?? {}), items } },
        receivedAt,
      });
    }, true);
  };
}
