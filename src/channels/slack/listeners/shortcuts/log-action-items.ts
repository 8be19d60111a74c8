// Message shortcut "Log action items" on a posted recap: the message's text as notes, with its permalink.
import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { mentionedPeople } from '../../mentions.js';
import { conversationKind, notesInbound } from '../../to-inbound.js';

export const LOG_ACTION_ITEMS = 'log_action_items';

export function logActionItems(deps: SlackDeps) {
  return async ({ shortcut, ack, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const message = shortcut.message;
    const threadTs = (message.thread_ts as string | undefined) ?? message.ts;
    const origin = {
      channel: shortcut.channel.id,
      threadTs,
      userId: shortcut.user.id,
      responseUrl: shortcut.response_url,
      triggerId: shortcut.trigger_id,
    };
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, 'shortcut log_action_items', async () => {
      const [person, people, permalink] = await Promise.all([
        deps.directory.person(client, shortcut.user.id),
        mentionedPeople(deps.directory, client, message.text ?? ''),
        client.chat
          .getPermalink({ channel: shortcut.channel.id, message_ts: message.ts })
          .then((r) => r.permalink)
          .catch((err: unknown) => {
            deps.log.warn({ err, channel: shortcut.channel.id }, 'slack: chat.getPermalink failed; logging without a link');
            return undefined;
          }),
      ]);
      return notesInbound({
        id: `shortcut:${shortcut.trigger_id}`,
        person,
        where: { platform: 'slack', id: shortcut.channel.id, kind: conversationKind(shortcut.channel.id), threadId: threadTs },
        text: message.text ?? '',
        people,
        ...(permalink ? { permalink } : {}),
        receivedAt,
      });
    }, true);
  };
}
