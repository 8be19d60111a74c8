// The "Meeting notes" modal was submitted: the pasted text becomes a notes Inbound for its channel.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { decodeOrigin, type ViewState } from '../../render/views.js';
import { conversationKind, notesInbound } from '../../to-inbound.js';

export function notesSubmitted(deps: SlackDeps) {
  return async ({ body, view, ack, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const values = view.state.values as unknown as ViewState;
    const text = values.notes?.text?.value?.trim() ?? '';
    if (!text) {
      await ack({ response_action: 'errors', errors: { notes: 'Paste the meeting notes first.' } });
      return;
    }
    await ack();
    const meta = decodeOrigin(view.private_metadata);
    const userId = body.user.id;
    const origin = { ...(meta.channel ? { channel: meta.channel } : {}), ...(meta.threadTs ? { threadTs: meta.threadTs } : {}), userId };
    const receivedAt = deps.now();
    queueInbound(deps, client, origin, 'notes modal', async () => {
      const channel = meta.channel ?? (await deps.directory.dmChannel(client, userId));
      return notesInbound({
        id: `view:${view.id}`,
        person: await deps.directory.person(client, userId),
        where: { platform: 'slack', id: channel, kind: conversationKind(channel), ...(meta.threadTs ? { threadId: meta.threadTs } : {}) },
        text,
        receivedAt,
      });
    });
  };
}
