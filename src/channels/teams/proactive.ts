// Messages sent outside a turn: into a stored conversation (continueConversationAsync), or into a new
// 1:1 chat with a person who has none stored yet (createConversationAsync; it works once the app is
// installed for that person). The reply path after an acknowledged message uses it too, because the
// turn's context is revoked once the HTTP answer is sent.
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { References } from './references.js';
import type { Views } from './views.js';

export interface Proactive {
  adapter: CloudAdapter;
  /** '' in emulator mode. */
  appId: string;
  references: References;
  /** Cards that refresh for their person (proposals, reminders). */
  views: Views;
  /** Where new 1:1 chats are created (TEAMS_SERVICE_URL). */
  serviceUrl: string;
  /** The OAuth scope of Bot Framework tokens (the audience of outgoing calls). */
  audience: string;
  /** The bot's own Teams tenant, for new chats when the person's is unknown. */
  tenantId?: string;
}

export function continueIn(p: Proactive, ref: Partial<ConversationReference>, logic: (ctx: TurnContext) => Promise<void>): Promise<void> {
  return p.adapter.continueConversationAsync(p.appId, ref, logic);
}

/**
 * Runs `logic` in the person's personal chat: the stored one, else a new one. Returns false when the
 * person cannot be reached (no stored chat and no tenant to create one in); errors from the platform
 * (not installed: 403, throttled: 429) are thrown for the caller to judge.
 */
export async function inPersonalChat(
  p: Proactive,
  person: { aadObjectId: string; tenantId?: string },
  logic: (ctx: TurnContext) => Promise<void>,
): Promise<boolean> {
  const stored = await p.references.person(person.aadObjectId);
  if (stored) {
    await continueIn(p, stored, logic);
    return true;
  }
  const tenantId = person.tenantId ?? p.tenantId;
  if (!tenantId) return false;
  await p.adapter.createConversationAsync(
    p.appId,
    'msteams',
    p.serviceUrl,
    p.audience,
    { isGroup: false, bot: { id: p.appId ? `28:${p.appId}` : 'liaison', name: 'Liaison' }, members: [{ id: person.aadObjectId, name: '' }], tenantId, channelData: { tenant: { id: tenantId } } },
    async (ctx) => {
      // Remember the new chat so the next message goes straight there.
      const ref = ctx.activity.conversation ? { ...ctxReference(ctx) } : undefined;
      if (ref) await p.references.save(ref, true, person.aadObjectId);
      await logic(ctx);
    },
  );
  return true;
}

function ctxReference(ctx: TurnContext): Partial<ConversationReference> {
  const a = ctx.activity;
  return { channelId: a.channelId, serviceUrl: a.serviceUrl, conversation: a.conversation, bot: a.recipient, user: a.from };
}

/** The person's Teams id (29:...) in a personal-chat turn, when the stored chat names it; [] otherwise. */
export function personalChatUser(ctx: TurnContext): string[] {
  const id = ctx.activity.from?.id;
  return id?.startsWith('29:') ? [id] : [];
}
