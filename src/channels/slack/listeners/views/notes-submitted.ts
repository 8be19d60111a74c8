// The "Meeting notes" modal was submitted: the pasted text becomes a notes Inbound for its channel.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import type { ViewState } from '../../render/views.js';
import { mentionedPeople } from '../../mentions.js';
import { notesInbound } from '../../to-inbound.js';
import { submission } from './submission.js';

export function notesSubmitted(deps: SlackDeps) {
  return async ({ body, view, ack, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const values = view.state.values as unknown as ViewState;
    const text = values.notes?.text?.value?.trim() ?? '';
    if (!text) {
      await ack({ response_action: 'errors', errors: { notes: 'Paste the meeting notes first.' } });
      return;
    }
    await ack();
    const { origin, who } = submission(deps, client, body.user.id, view.private_metadata);
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, 'notes modal', async () => {
      return notesInbound({
        id: `view:${view.id}`,
        ...(await who()),
        text,
        people: await mentionedPeople(deps.directory, client, text),
        receivedAt,
      });
    }, true);
  };
}
