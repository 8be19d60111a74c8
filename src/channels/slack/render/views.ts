// Modals (paste notes, edit a proposal) and the App Home tab. Views allow 100 blocks; text inputs 3,000 chars.
import type { types } from '@slack/bolt';
import type { Reply } from '../../../core/messages.js';
import { type Block, buttons, renderCommitment, sections } from './blocks.js';
import { toMrkdwn } from './mrkdwn.js';
import { replyMarkdown } from './hints.js';

export const NOTES_CALLBACK = 'notes_submit';
export const FORM_CALLBACK = 'proposal_edit';
const MAX_VIEW_BLOCKS = 100;
const MAX_METADATA = 3000;

/** Where a modal's result goes; kept in the view's private_metadata. */
export interface ViewOrigin {
  channel?: string;
  threadTs?: string;
  context?: Record<string, string>;
}

export function encodeOrigin(origin: ViewOrigin): string {
  const json = JSON.stringify(origin);
  return json.length <= MAX_METADATA ? json : JSON.stringify({ channel: origin.channel, threadTs: origin.threadTs });
}

export function decodeOrigin(metadata: string | undefined): ViewOrigin {
  try {
    return metadata ? (JSON.parse(metadata) as ViewOrigin) : {};
  } catch {
    return {};
  }
}

const plain = (text: string) => ({ type: 'plain_text' as const, text: text.slice(0, 150), emoji: true });

export function notesModal(origin: ViewOrigin): types.ModalView {
  return {
    type: 'modal',
    callback_id: NOTES_CALLBACK,
    private_metadata: encodeOrigin(origin),
    title: plain('Meeting notes'),
    submit: plain('Find action items'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: 'notes',
        label: plain('Paste the meeting notes'),
        hint: plain('Up to 3,000 characters. For longer notes, post them and use the "Log action items" shortcut on the message.'),
        element: { type: 'plain_text_input', action_id: 'text', multiline: true, max_length: 3000 },
      },
    ],
  };
}

const ITEM_BLOCKS = 5;

export function formModal(reply: Reply, origin: ViewOrigin): types.ModalView {
  const items = reply.items ?? [];
  const room = Math.floor((MAX_VIEW_BLOCKS - 2) / ITEM_BLOCKS);
  const blocks: Block[] = [...sections(toMrkdwn(replyMarkdown(reply) || 'Fix the owner, task or date, or drop an item, then save.')).slice(0, 1)];
  for (const item of items.slice(0, room)) {
    const owner = item.owners.map((o) => o.name).join(', ');
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: `*Item ${item.n}*${item.quote ? `\n> ${item.quote.slice(0, 2800)}` : ''}` } },
      {
        type: 'input',
        block_id: `item:${item.n}:owner`,
        label: plain('Owner'),
        element: { type: 'plain_text_input', action_id: 'value', ...(owner ? { initial_value: owner } : {}) },
      },
      {
        type: 'input',
        block_id: `item:${item.n}:task`,
        label: plain('Task'),
        element: { type: 'plain_text_input', action_id: 'value', initial_value: item.task.slice(0, 3000), max_length: 3000 },
      },
      {
        type: 'input',
        block_id: `item:${item.n}:due`,
        label: plain('Due date'),
        optional: true,
        element: { type: 'datepicker', action_id: 'value', ...(item.due ? { initial_date: item.due } : {}) },
      },
      {
        type: 'input',
        block_id: `item:${item.n}:drop`,
        label: plain('Remove'),
        optional: true,
        element: { type: 'checkboxes', action_id: 'value', options: [{ text: plain('Drop this item'), value: 'drop' }] },
      },
    );
  }
  if (items.length > room) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `${items.length - room} more items are kept as proposed.` }] });
  }
  return {
    type: 'modal',
    callback_id: FORM_CALLBACK,
    private_metadata: encodeOrigin({ ...origin, context: reply.context }),
    title: plain('Edit action items'),
    submit: plain('Save'),
    close: plain('Cancel'),
    blocks,
  };
}

interface StateValue {
  type?: string;
  value?: string | null;
  selected_date?: string | null;
  selected_options?: { value: string }[];
}
export type ViewState = Record<string, Record<string, StateValue>>;

export interface EditedItem {
  n: number;
  owner: string;
  task: string;
  due: string | null;
  drop: boolean;
}

/** Reads the edit modal's inputs back into the shape `proposal.save` expects. */
export function readFormItems(values: ViewState): EditedItem[] {
  const byN = new Map<number, EditedItem>();
  for (const [blockId, actions] of Object.entries(values)) {
    const m = /^item:(\d+):(owner|task|due|drop)$/.exec(blockId);
    if (!m) continue;
    const n = Number(m[1]);
    const item = byN.get(n) ?? { n, owner: '', task: '', due: null, drop: false };
    const v = actions.value;
    if (m[2] === 'owner') item.owner = (v?.value ?? '').trim();
    if (m[2] === 'task') item.task = (v?.value ?? '').trim();
    if (m[2] === 'due') item.due = v?.selected_date ?? null;
    if (m[2] === 'drop') item.drop = (v?.selected_options ?? []).some((o) => o.value === 'drop');
    byN.set(n, item);
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}

export function homeView(reply: Reply): types.HomeView {
  const list = reply.commitments ?? [];
  const blocks: Block[] = [{ type: 'header', text: plain('Your open commitments') }, ...sections(toMrkdwn(replyMarkdown(reply))).slice(0, 3)];
  const room = Math.floor((MAX_VIEW_BLOCKS - blocks.length - 2) / 2);
  for (const c of list.slice(0, room)) {
    blocks.push(
      ...sections(renderCommitment(c)),
      ...buttons([
        { id: 'commitment.done', label: 'Done', value: c.id, style: 'primary' },
        { id: 'commitment.snooze', label: 'Snooze', value: c.id },
      ]),
    );
  }
  if (list.length > room) {
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${list.length - room} more. Use \`/liaison plan\` in a plan's channel to see them all.` }] });
  }
  if (!list.length && blocks.length === 1) blocks.push(...sections('Nothing open for you right now.'));
  return { type: 'home', blocks };
}
