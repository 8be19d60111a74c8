// The earlier messages of a thread, oldest first, for thread follow-ups and mentions inside threads.
import type { webApi } from '@slack/bolt';
import type { Inbound } from '../../../../core/messages.js';
import { decodeSlackText, stripMention } from '../../to-inbound.js';

const THREAD_LIMIT = 50;

export async function fetchThread(
  client: webApi.WebClient,
  channel: string,
  threadTs: string,
  currentTs: string,
  botUserId?: string,
): Promise<NonNullable<Inbound['thread']>> {
  const res = await client.conversations.replies({ channel, ts: threadTs, limit: THREAD_LIMIT });
  return (res.messages ?? [])
    .filter((m) => m.ts !== currentTs && (m.text ?? '').trim() !== '')
    .map((m) => ({
      from: m.user ?? m.bot_id ?? 'unknown',
      text: decodeSlackText(stripMention(m.text ?? '', botUserId)),
      isBot: !!m.bot_id || (!!botUserId && m.user === botUserId),
    }));
}
