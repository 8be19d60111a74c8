// Slack's mention markup ("<@U123>", "<@U123|dana>") read before core sees the text: each becomes an
// "@handle" of the person's name, and the Inbound carries the mention (platform, user id, name), so
// core resolves owners by Slack user id without knowing Slack's syntax.
import type { webApi } from '@slack/bolt';
import type { Mention, Person } from '../../core/messages.js';
import { handleOf } from '../../core/notes/index.js';
import type { Directory } from './directory.js';

const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g;

/** The people mentioned in `text`, looked up (cached) so their mentions read as names. */
export async function mentionedPeople(directory: Directory, client: webApi.WebClient, text: string): Promise<Map<string, Person>> {
  const ids = [...new Set([...text.matchAll(MENTION)].map((m) => m[1]!))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await directory.person(client, id)] as const)));
}

/** The text with Slack's mention markup read as "@handles", and the mentions behind them. */
export function readSlackMentions(text: string, people: Map<string, Person> = new Map()): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  const out = text.replace(MENTION, (_m, userId: string, label?: string) => {
    const name = people.get(userId)?.name ?? (label || undefined);
    const handle = handleOf(name ?? userId);
    if (!mentions.some((m) => m.text === handle)) mentions.push({ text: handle, platform: 'slack', userId, ...(name ? { name } : {}) });
    return handle;
  });
  return { text: out, mentions };
}
