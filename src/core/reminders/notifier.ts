// The seam between the reminder loop and the platforms: one Notifier per platform (Slack DM, Teams
// proactive message, email) delivers one ping to one person. A ping is a core Reply (text, the
// commitment, its buttons), rendered by the channel as it renders any reply.
import type { Reply } from '../messages.js';
import type { PreferredPlatform } from '../plans/types.js';

/** Who a ping goes to, on which platform, with what the platform needs to reach them. */
export interface Recipient {
  platform: PreferredPlatform;
  partnerId?: string;
  name?: string;
  /** Slack user id (U...), or Teams AAD object id. */
  userId?: string;
  /** Teams: the tenant of the user, for a new 1:1 conversation. */
  tenantId?: string;
  email?: string;
  /** A conversation rather than a person (the weekly digest to a linked channel). */
  conversationId?: string;
}

export interface Delivery {
  /** The ping's stable key: the same key is never delivered twice. */
  key: string;
  to: Recipient;
  reply: Reply;
}

export type DeliveryResult =
  | { status: 'sent'; messageRef?: string }
  /** The platform cannot reach this person at all (no DM, app not installed): tell the coordinator instead. */
  | { status: 'unreachable'; reason: string }
  /** A passing failure (429, 5xx, network): try again, after retryAfterMs when the platform said. */
  | { status: 'retry'; reason: string; retryAfterMs?: number };

export interface Notifier {
  readonly platform: PreferredPlatform;
  deliver(delivery: Delivery): Promise<DeliveryResult>;
}
