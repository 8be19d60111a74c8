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

/** Context and thread for elements that have no value of their own (a date picker) ride on the block id. */
const BLOCK_PREFIX = 'liaison-ctx:';

export function actionsBlockId(context?: Record<string, string>, thread?: string): string | undefined {
  if ((!context || !Object.keys(context).length) && !thread) return undefined;
  const id = `${BLOCK_PREFIX}${JSON.stringify({ ...(context ? { c: context } : {}), ...(thread ? { t: thread } : {}) })}`;
  return id.length <= 255 ? id : undefined;
}

/**
 * The element for one core action: a button, a select menu for an action with choices (the choice
 * goes back as its value), or a date picker for one that asks for a date.
 */
export function encodeElement(action: ReplyAction, position: number, context?: Record<string, string>, thread?: string) {
  const action_id = `${ACTION_PREFIX}${action.id}:${position}`;
  const placeholder = { type: 'plain_text' as const, text: action.label.slice(0, 150), emoji: true };
  if (action.input === 'date') return { type: 'datepicker' as const, action_id, placeholder };
  if (action.choices?.length) {
    const options = action.choices.slice(0, 100).map((c) => {
      const packed = JSON.stringify({ v: c.value, ...(context && Object.keys(context).length ? { c: context } : {}) });
      return { text: { type: 'plain_text' as const, text: c.label.slice(0, 75) }, value: packed.length <= 150 ? packed : JSON.stringify({ v: c.value }) };
    });
    return { type: 'static_select' as const, action_id, placeholder, options };
  }
  return encodeButton(action, position, context, thread);
}

/** The core action behind a pressed element: a button, a chosen option, or a picked date. */
export function decodeElement(
  element: { type: string; action_id: string; value?: string; selected_option?: { value: string } | null; selected_date?: string | null },
  blockId?: string,
): { id: string; value?: string; data: Record<string, unknown>; thread?: string } {
  if (element.type === 'static_select') return decodeButton(element.action_id, element.selected_option?.value);
  if (element.type !== 'datepicker') return decodeButton(element.action_id, element.value);
  let fromBlock: Packed = {};
  if (blockId?.startsWith(BLOCK_PREFIX)) {
    try {
      fromBlock = JSON.parse(blockId.slice(BLOCK_PREFIX.length)) as Packed;
    } catch {
      fromBlock = {};
    }
  }
  const base = decodeButton(element.action_id, undefined);
  return { ...base, ...(element.selected_date ? { value: element.selected_date } : {}), data: { ...(fromBlock.c ?? {}) }, ...(fromBlock.t ? { thread: fromBlock.t } : {}) };
}
