// Teams' mention markup ("<at>Dana Alvarez</at>" with a mention entity) read before core sees the
// text: the bot's own mention is removed, every other one becomes an "@handle" of the person's name,
// and the Inbound carries the mention with the person's AAD object id when Teams gave it.
import type { Mention } from '../../core/messages.js';
import { handleOf } from '../../core/notes/index.js';

export interface MentionEntity {
  type: string;
  text?: string;
  mentioned?: { id?: string; name?: string; aadObjectId?: string };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function readTeamsMentions(text: string, entities: MentionEntity[] | undefined, botId: string | undefined): { text: string; mentions: Mention[]; mentionsBot: boolean } {
  const mentions: Mention[] = [];
  let out = text;
  let mentionsBot = false;
  for (const e of entities ?? []) {
    if (e.type !== 'mention' || !e.text || !e.mentioned) continue;
    const pattern = new RegExp(`${escapeRe(e.text)}[,:]?`, 'g');
    if (botId && e.mentioned.id === botId) {
      mentionsBot = true;
      out = out.replace(pattern, ' ');
      continue;
    }
    const name = e.mentioned.name ?? e.text.replace(/<\/?at>/g, '');
    const handle = handleOf(name);
    out = out.replace(new RegExp(escapeRe(e.text), 'g'), handle);
    const userId = e.mentioned.aadObjectId ?? e.mentioned.id;
    if (!mentions.some((m) => m.text === handle)) mentions.push({ text: handle, platform: 'teams', ...(userId ? { userId } : {}), name });
  }
  return { text: out.replace(/<\/?at>/g, '').replace(/[ \t]{2,}/g, ' ').trim(), mentions, mentionsBot };
}
