// Buttons carry the core action id and the Reply.context they must echo back. Slack wants action_ids
// unique within a message, so the id gets a position suffix; the value holds the button value and the
// context as JSON (Slack allows 2,000 characters).
import type { ReplyAction } from '../../../core/messages.js';

export const ACTION_PREFIX = 'liaison:';
/** Matches every button Liaison renders; listeners register on it once. */
export const ACTION_PATTERN = /^liaison:/;

interface Packed {
  v?: string;
  c?: Record<string, string>;
  /** The thread the message with the button belongs to, so follow-up replies land there. */
  t?: string;
}

export function encodeButton(action: ReplyAction, position: number, context?: Record<string, string>, thread?: string) {
  const packed: Packed = {};
  if (thread) packed.t = thread;
  if (action.value !== undefined) packed.v = action.value;
  if (context && Object.keys(context).length) packed.c = context;
  let value = JSON.stringify(packed);
  if (value.length > 2000) value = JSON.stringify({ v: action.value, t: thread });
  return {
    type: 'button' as const,
    action_id: `${ACTION_PREFIX}${action.id}:${position}`,
    text: { type: 'plain_text' as const, text: action.label.slice(0, 75), emoji: true },
    value,
    ...(action.style ? { style: action.style } : {}),
  };
}

/** The core action (id, value, echoed context) behind a pressed button. */
export function decodeButton(
  actionId: string,
  value: string | undefined,
): { id: string; value?: string; data: Record<string, unknown>; thread?: string } {
  const body = actionId.startsWith(ACTION_PREFIX) ? actionId.slice(ACTION_PREFIX.length) : actionId;
  const id = body.replace(/:\d+$/, '');
  let packed: Packed = {};
  try {
    packed = value ? (JSON.parse(value) as Packed) : {};
  } catch {
    packed = { v: value };
  }
  return {
    id,
    ...(packed.v !== undefined ? { value: packed.v } : {}),
    data: { ...(packed.c ?? {}) },
    ...(packed.t ? { thread: packed.t } : {}),
  };
}
