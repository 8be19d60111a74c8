// Teams activities -> Inbound. A message's id is `${conversation}:${activity id}`, so Teams'
// redeliveries of one message are the same Inbound (the assistant dedupes by id).
import type { Activity } from 'botbuilder';
import type { Conversation, Inbound, Person } from '../../core/messages.js';
import { readTeamsMentions, type MentionEntity } from './mentions.js';
import { baseConversationId } from './references.js';

export function conversationOf(activity: Partial<Activity>): Conversation {
  const raw = activity.conversation?.id ?? '';
  const type = activity.conversation?.conversationType;
  const kind: Conversation['kind'] = type === 'channel' ? 'channel' : type === 'groupChat' || activity.conversation?.isGroup ? 'group' : 'dm';
  // In a channel every message sits in a thread: ";messageid=<root post>" names it.
  const thread = /;messageid=(\d+)/.exec(raw)?.[1];
  return { platform: 'teams', id: baseConversationId(raw), kind, ...(kind === 'channel' && thread ? { threadId: thread } : {}) };
}

/** The person behind an activity: the AAD object id is the user id partners are matched by. */
export function personOf(activity: Partial<Activity>, extra: { email?: string } = {}): Person {
  const from = activity.from;
  return {
    platform: 'teams',
    userId: from?.aadObjectId ?? from?.id ?? 'unknown',
    ...(from?.name ? { name: from.name } : {}),
    ...(extra.email ? { email: extra.email } : {}),
  };
}

/** Teams sends HTML for formatted messages; core wants lines of text. */
export function plainText(text: string): string {
  if (!/<(p|br|div|li|ul|ol|strong|b|em|i|span)\b/i.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|li|h\d)>/gi, '\n')
    .replace(/<(?!\/?at>)[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const BARE = new Set(['help', 'plan', 'plans', 'unlink', 'home']);

/**
 * The command-menu words ("link JR-2027", "done 3", "log notes ..."), recognised only in their exact
 * shapes so a question that starts with "plan" stays a question.
 */
export function parseTeamsCommand(text: string): { name: string; args: string[] } | undefined {
  const notes = /^(?:log\s+)?notes\b[:\s]*([\s\S]*)$/i.exec(text.trim());
  if (notes) return { name: 'notes', args: notes[1]?.trim() ? ['text'] : [] };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const name = (words[0] ?? '').toLowerCase();
  const args = words.slice(1);
  if (BARE.has(name) && args.length === 0) return { name, args };
  if ((name === 'link' || name === 'create') && args.length >= 1 && args.length <= 3) return { name, args };
  if (name === 'done' && /^#?\d+$/.test(args[0] ?? '')) return { name, args };
  if (name === 'snooze' && /^#?\d+$/.test(args[0] ?? '') && args.length <= 2) return { name, args };
  if (name === 'followups' && args.length === 1 && /^(on|off)$/i.test(args[0] ?? '')) return { name, args };
  return undefined;
}

export interface ReadMessage {
  inbound: Inbound;
  mentionsBot: boolean;
}

export function messageInbound(activity: Partial<Activity>, opts: { person: Person; addressed: boolean; receivedAt: Date }): Inbound {
  const where = conversationOf(activity);
  const read = readTeamsMentions(plainText(activity.text ?? ''), activity.entities as MentionEntity[] | undefined, activity.recipient?.id);
  const command = parseTeamsCommand(read.text);
  const base = {
    id: `${where.id}:${activity.id ?? ''}`,
    from: opts.person,
    where,
    ...(read.mentions.length ? { mentions: read.mentions } : {}),
    receivedAt: opts.receivedAt,
  };
  if (command && opts.addressed) {
    const text = command.name === 'notes' ? read.text.replace(/^(?:log\s+)?notes\b[:\s]*/i, '') : command.args.join(' ');
    return { ...base, kind: 'command', text, addressed: true, command: command.name === 'notes' ? { name: 'notes', args: text ? ['text'] : [] } : command };
  }
  return { ...base, kind: 'message', text: read.text, addressed: opts.addressed };
}

/** Whether a message is for Liaison, and whether it addressed it (personal chat or @mention). */
export function classifyMessage(activity: Partial<Activity>): { addressed: boolean } | undefined {
  // Liaison's own messages and other bots' (28:...) are never questions or notes.
  if (activity.from?.id && (activity.from.id === activity.recipient?.id || activity.from.id.startsWith('28:'))) return undefined;
  const where = conversationOf(activity);
  if (where.kind === 'dm') return { addressed: true };
  const read = readTeamsMentions(activity.text ?? '', activity.entities as MentionEntity[] | undefined, activity.recipient?.id);
  if (read.mentionsBot) return { addressed: true };
  // Without a mention (resource-specific consent): the assistant decides (follow-ups it answered before).
  return { addressed: false };
}

export function actionInbound(opts: { id: string; person: Person; where: Conversation; action: NonNullable<Inbound['action']>; receivedAt: Date }): Inbound {
  return { id: opts.id, kind: 'action', from: opts.person, where: opts.where, text: '', addressed: true, action: opts.action, receivedAt: opts.receivedAt };
}
