// The 'form' reply in Teams: the proposal's items as inputs on a card (Save / Cancel), returned in
// place of the proposal or in the Edit dialog; or, without items, a box to paste notes into. What
// comes back is read here. Its Cancel says it discards the items: in a dialog, closing it keeps them.
import type { Reply } from '../../../core/messages.js';
import type { EditedItem } from '../../../core/skills/proposals.js';
import { encodeAction } from './action-codec.js';
import type { AdaptiveCard, Element } from './cards.js';

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

export function formCard(reply: Reply, thread?: string): AdaptiveCard {
  const body: Element[] = [{ type: 'TextBlock', text: reply.items?.length ? '**Edit the action items**' : reply.text, wrap: true }];
  if (!reply.items?.length) {
    body.push({ type: 'Input.Text', id: 'notes', isMultiline: true, label: 'Meeting notes', isRequired: true, errorMessage: 'Paste the notes first.' });
    return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, actions: [encodeAction({ id: 'notes.submit', label: 'Find action items', style: 'primary' }, reply.context, thread)] };
  }
  for (const item of reply.items) {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        { type: 'Input.Text', id: `task${item.n}`, label: `${item.n}. Task`, value: item.task, isMultiline: true },
        { type: 'Input.Text', id: `owner${item.n}`, label: 'Owner', value: item.owners.map((o) => o.name).join(', ') },
        { type: 'Input.Date', id: `due${item.n}`, label: 'Due', ...(item.due ? { value: item.due } : {}) },
        { type: 'Input.Toggle', id: `drop${item.n}`, title: 'Drop this item', valueOn: 'true', valueOff: 'false', value: 'false' },
      ],
    });
  }
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    actions: [encodeAction({ id: 'proposal.save', label: 'Save', style: 'primary' }, reply.context, thread), encodeAction({ id: 'proposal.cancel', label: 'Discard these items', style: 'danger' }, reply.context, thread)],
  };
}

/** The edited items from the inputs an Action.Execute carried (task1, owner1, due1, drop1, ...). */
export function readFormItems(data: Record<string, unknown>): EditedItem[] {
  const byN = new Map<number, EditedItem>();
  for (const [key, value] of Object.entries(data)) {
    const m = /^(task|owner|due|drop)(\d+)$/.exec(key);
    if (!m) continue;
    const n = Number(m[2]);
    const item = byN.get(n) ?? { n, owner: '', task: '', due: null, drop: false };
    const v = typeof value === 'string' ? value.trim() : '';
    if (m[1] === 'task') item.task = v;
    if (m[1] === 'owner') item.owner = v;
    if (m[1] === 'due') item.due = v || null;
    if (m[1] === 'drop') item.drop = v === 'true';
    byN.set(n, item);
  }
  return [...byN.values()].sort((a, b) => a.n - b.n);
}
