// Small pieces every skill uses: a plain reply, and who is asking from where, as the plan service sees it.
import type { Hinted } from '../hints.js';
import type { Inbound, Reply } from '../messages.js';
import type { RequestContext } from '../plans/plan-service.js';

/** A plain-text reply (with hints: commands each channel words), by default only to the person who asked. */
export function info(text: string | Hinted, audience: 'requester' | 'conversation' = 'requester'): Reply {
  if (typeof text === 'string') return { kind: 'info', audience: { kind: audience }, text };
  return { kind: 'info', audience: { kind: audience }, text: text.text, ...(text.hints.length ? { hints: text.hints } : {}) };
}

export const ctxOf = (inbound: Inbound): RequestContext => ({
  actor: { platform: inbound.from.platform, userId: inbound.from.userId, name: inbound.from.name, email: inbound.from.email },
  conversation: { platform: inbound.where.platform, id: inbound.where.id, kind: inbound.where.kind },
});
