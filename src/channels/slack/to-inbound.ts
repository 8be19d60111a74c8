// Slack payloads -> Inbound. Messages get id `${channel}:${ts}`, so the app_mention and message events
// of one message, and Slack's retries of either, are the same Inbound (the assistant dedupes by id).
import type { Conversation, Inbound, Person } from '../../core/messages.js';
import { readSlackMentions } from './mentions.js';

export interface SlackMessageEvent {
  channel: string;
  ts: string;
  thread_ts?: string;
  user?: string;
  text?: string;
  channel_type?: string;
  bot_id?: string;
  subtype?: string;
}

export function conversationKind(channel: string, channelType?: string): Conversation['kind'] {
  if (channelType === 'im' || channelType === 'directmessage') return 'dm';
  if (channelType === 'mpim' || channelType === 'group' || channelType === 'privategroup') return 'group';
  if (channelType === 'channel') return 'channel';
  if (channel.startsWith('D')) return 'dm';
  if (channel.startsWith('G')) return 'group';
  return 'channel';
}

/** Slack escapes &, < and > in message text; core wants the characters. */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Removes the bot's own mention (`<@U123>` or `<@U123|name>`) and tidies the spaces it leaves. */
export function stripMention(text: string, botUserId?: string): string {
  if (!botUserId) return text.trim();
  return text
    .replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>[,:]?`, 'g'), ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

export function mentionsBot(text: string | undefined, botUserId?: string): boolean {
  return !!text && !!botUserId && new RegExp(`<@${botUserId}(\\|[^>]*)?>`).test(text);
}

/** The thread a reply to this message belongs in: its thread, or a new thread under it in channels. */
export function replyThread(event: Pick<SlackMessageEvent, 'ts' | 'thread_ts'>): string {
  return event.thread_ts ?? event.ts;
}

/** Mentions read as @handles (the people looked up by the listener), then Slack's escapes decoded. */
function readText(text: string, people?: Map<string, Person>): Pick<Inbound, 'text' | 'mentions'> {
  const read = readSlackMentions(text, people);
  return { text: decodeSlackText(read.text).trim(), ...(read.mentions.length ? { mentions: read.mentions } : {}) };
}

export function messageInbound(
  event: SlackMessageEvent,
  opts: { person: Person; botUserId?: string; addressed: boolean; thread?: Inbound['thread']; receivedAt: Date; people?: Map<string, Person> },
): Inbound {
  const kind = conversationKind(event.channel, event.channel_type);
  return {
    id: `${event.channel}:${event.ts}`,
    kind: 'message',
    from: opts.person,
    where: { platform: 'slack', id: event.channel, kind, ...(event.thread_ts ? { threadId: event.thread_ts } : {}) },
    ...readText(stripMention(event.text ?? '', opts.botUserId), opts.people),
    addressed: opts.addressed,
    ...(opts.thread?.length ? { thread: opts.thread } : {}),
    receivedAt: opts.receivedAt,
  };
}

const COMMANDS = new Set(['ask', 'notes', 'create', 'link', 'unlink', 'plans', 'plan', 'done', 'snooze', 'followups', 'home', 'help']);

/** `/liaison link AB-12` -> link [AB-12]; an unknown first word is a question (`ask`). */
export function parseCommand(text: string): { name: string; args: string[] } {
  const words = decodeSlackText(text).trim().split(/\s+/).filter(Boolean);
  const first = (words[0] ?? 'help').toLowerCase();
  if (COMMANDS.has(first)) return { name: first, args: words.slice(1) };
  return { name: 'ask', args: words };
}

export function commandInbound(
  body: { trigger_id: string; channel_id: string; channel_name?: string; text?: string },
  opts: { person: Person; receivedAt: Date; people?: Map<string, Person> },
): Inbound {
  const read = readSlackMentions(body.text ?? '', opts.people);
  const command = parseCommand(read.text);
  return {
    id: `command:${body.trigger_id}`,
    kind: 'command',
    from: opts.person,
    where: { platform: 'slack', id: body.channel_id, kind: conversationKind(body.channel_id, body.channel_name) },
    text: command.args.join(' '),
    ...(read.mentions.length ? { mentions: read.mentions } : {}),
    addressed: true,
    command,
    receivedAt: opts.receivedAt,
  };
}

export function actionInbound(opts: {
  id: string;
  person: Person;
  where: Conversation;
  action: NonNullable<Inbound['action']>;
  receivedAt: Date;
}): Inbound {
  return {
    id: opts.id,
    kind: 'action',
    from: opts.person,
    where: opts.where,
    text: '',
    addressed: true,
    action: opts.action,
    receivedAt: opts.receivedAt,
  };
}

export function notesInbound(opts: {
  id: string;
  person: Person;
  where: Conversation;
  text: string;
  permalink?: string;
  receivedAt: Date;
  people?: Map<string, Person>;
}): Inbound {
  return {
    id: opts.id,
    kind: 'notes',
    from: opts.person,
    where: opts.where,
    ...readText(opts.text, opts.people),
    addressed: true,
    ...(opts.permalink ? { permalink: opts.permalink } : {}),
    receivedAt: opts.receivedAt,
  };
}
