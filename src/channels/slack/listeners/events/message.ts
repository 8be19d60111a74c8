// Messages: DMs to the bot, mentions (same Inbound as app_mention, so one answer), and thread
// follow-ups without a mention (addressed: false; the assistant decides whether to answer).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { mentionedPeople } from '../../mentions.js';
import { conversationKind, mentionsBot, messageInbound, replyThread, stripMention, type SlackMessageEvent } from '../../to-inbound.js';
import { fetchThread } from './thread.js';

/** Subtypes that are still a person writing something new. */
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

/** Whether a message is for Liaison at all, and whether it addressed it. */
export function classifyMessage(event: SlackMessageEvent, botUserId?: string): { addressed: boolean } | undefined {
  if (!PERSON_SUBTYPES.has(event.subtype) || event.bot_id || !event.user) return undefined;
  if (botUserId && event.user === botUserId) return undefined;
  if (conversationKind(event.channel, event.channel_type) === 'dm') return { addressed: true };
  if (mentionsBot(event.text, botUserId)) return { addressed: true };
  if (event.thread_ts && event.thread_ts !== event.ts) return { addressed: false };
  return undefined;
}

/** Shared by `message` and `app_mention`: both queue the same Inbound for the same message. */
export function handleMessageEvent(deps: SlackDeps, client: AllMiddlewareArgs['client'], event: SlackMessageEvent, addressed: boolean): void {
  const isDm = conversationKind(event.channel, event.channel_type) === 'dm';
  const userId = event.user as string;
  const origin = { channel: event.channel, threadTs: isDm ? event.thread_ts : replyThread(event), userId };
  const receivedAt = deps.clock.now();
  queueInbound(deps, client, origin, addressed ? 'message' : 'thread follow-up', async () => {
    const inThread = !!event.thread_ts && event.thread_ts !== event.ts;
    const [person, people, thread] = await Promise.all([
      deps.directory.person(client, userId),
      mentionedPeople(deps.directory, client, stripMention(event.text ?? '', deps.botUserId)),
      inThread
        ? fetchThread(client, event.channel, event.thread_ts as string, event.ts, deps.botUserId).catch((err: unknown) => {
            // Without the thread the assistant still gets the message; it only loses context.
            deps.log.warn({ err, channel: event.channel }, 'slack: conversations.replies failed; continuing without the thread');
            return undefined;
          })
        : undefined,
    ]);
    return messageInbound(event, { person, people, botUserId: deps.botUserId, addressed, thread, receivedAt });
  });
}

export function message(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const e = event as unknown as SlackMessageEvent;
    const handling = classifyMessage(e, deps.botUserId);
    if (!handling) return;
    handleMessageEvent(deps, client, e, handling.addressed);
  };
}
