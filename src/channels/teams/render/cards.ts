// Reply -> Adaptive Cards 1.5. The answer text, then proposed items, commitments and numbered sources,
// then the buttons (Action.Execute). Teams refuses a message over ~28 KB, so a long reply becomes
// several cards, each well under it; the buttons go on the last one.
import { actionsOf, type Citation, type CommitmentView, type ProposedItem, type Reply, type ReplyAction } from '../../../core/messages.js';
import { encodeAction, encodeDialogAction, type CardAction, type ExecuteAction } from './action-codec.js';
import { teamsMarkdown } from './hints.js';
import { serviceCardElements } from './service-cards.js';

export type Element = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: Element[];
  actions?: CardAction[];
  refresh?: { action: ExecuteAction; userIds?: string[] };
  msteams?: { width: 'Full' };
}

/** Bytes of JSON one card may take; Teams' limit for a whole message is about 28 KB. */
export const CARD_BUDGET = 24_000;
const TEXT_BUDGET = 6_000;

const text = (t: string, extra: Element = {}): Element => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

/** Splits Markdown at paragraph, then line, then word boundaries into pieces of at most `max` characters. */
export function splitText(md: string, max = TEXT_BUDGET): string[] {
  if (md.length <= max) return [md];
  const out: string[] = [];
  let rest = md;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const cut = Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' '));
    const at = cut > max / 2 ? cut : max;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) out.push(rest);
  return out;
}

export function formatDue(due: string | null): string {
  if (!due) return 'no date';
  const d = new Date(`${due}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? due : `${d.toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' })} ${due}`;
}

function sourceBlocks(sources: Citation[]): Element[] {
  const lines = [...sources]
    .sort((a, b) => a.n - b.n)
    .map((s) => {
      const title = s.url ? `[${s.title}](${s.url})` : `**${s.title}**`;
      const file = s.url && /^https?:/.test(s.source) ? '' : ` · _${s.source}_`;
      const c = s.contact;
      const bits = c ? [c.organization, c.phones?.length && `☎ ${c.phones.join(', ')}`, c.email && `✉ ${c.email}`, c.hours && `🕑 ${c.hours}`, c.address && `📍 ${c.address}`].filter(Boolean) : [];
      return text(`**[${s.n}]** ${title}${file}${bits.length ? `\n\n${bits.join(' · ')}` : ''}`, { spacing: 'Small' });
    });
  return [text('**Sources**', { separator: true, spacing: 'Medium' }), ...lines];
}

function ownerText(o: ProposedItem['owners'][number]): string {
  if (o.resolved) return `**${o.name}**`;
  const maybe = o.candidates?.length ? ` — did you mean ${o.candidates.join(' or ')}?` : '';
  return `**${o.name}** (⚠ not matched to a partner${maybe})`;
}

function itemBlocks(items: ProposedItem[]): Element[] {
  return items.map((item) => {
    const owners = item.owners.length ? item.owners.map(ownerText).join(', ') : '⚠ no owner';
    const flag = item.dueFlag === 'vague' ? ' (⚠ vague date, please check)' : item.dueFlag === 'unparsed' ? ' (⚠ could not read the date)' : '';
    const warn = item.dueWarning ? ` (⚠ ${item.dueWarning})` : '';
    const due = item.due ? `**${formatDue(item.due)}**${flag}${warn}` : `⚠ no date${flag}`;
    return {
      type: 'Container',
      separator: true,
      items: [
        text(`**${item.n}.** ${item.task}`),
        text(`Owner: ${owners} · Due: ${due}`, { spacing: 'None' }),
        ...(item.quote ? [text(`“${item.quote.replace(/\n/g, ' ')}”`, { isSubtle: true, size: 'Small', spacing: 'None' })] : []),
      ],
    };
  });
}

export function commitmentLine(c: CommitmentView): string {
  const due = c.due ? `due ${formatDue(c.due)}` : 'no due date';
  return `**#${c.n}** ${c.task} — ${c.owner} · ${due} · ${c.status}${c.overdue ? ' · ⚠ **overdue**' : ''} · _${c.planLabel}_`;
}


/** The buttons, with the inputs some of them read (a choice set, a date) placed in the body. */
export function actionParts(actions: ReplyAction[], context?: Record<string, string>, thread?: string): { inputs: Element[]; actions: CardAction[] } {
  const inputs: Element[] = [];
  const out = actions.map((a, i): CardAction => {
    if (a.opensForm) return encodeDialogAction(a, context, thread);
    if (a.choices?.length) {
      const id = `choice${i}`;
      inputs.push({ type: 'Input.ChoiceSet', id, label: a.label, style: 'compact', value: a.choices[0]?.value, choices: a.choices.map((c) => ({ title: c.label, value: c.value })) });
      // The note comes back under its id, 'note', which core reads as action.data.note.
      if (a.note) inputs.push({ type: 'Input.Text', id: 'note', label: a.note, isMultiline: true, maxLength: 500 });
      return encodeAction(a, context, thread, id);
    }
    if (a.input === 'date') {
      const id = `date${i}`;
      inputs.push({ type: 'Input.Date', id, label: a.label });
      return encodeAction(a, context, thread, id);
    }
    return encodeAction(a, context, thread);
  });
  return { inputs, actions: out };
}

export function bodyMarkdown(reply: Reply): string {
  const md = teamsMarkdown(reply);
  if (reply.kind === 'error' && reply.ref && !reply.text.includes(reply.ref)) return `${md}\n\n_Reference: ${reply.ref}_`;
  return md;
}

const card = (body: Element[]): AdaptiveCard => ({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, msteams: { width: 'Full' } });

/** The cards for one reply (usually one; several when it is long). */
export function renderCards(reply: Reply, thread?: string): AdaptiveCard[] {
  const body: Element[] = [];
  const md = bodyMarkdown(reply);
  if (md.trim()) body.push(...splitText(md).map((t) => text(t)));
  if (reply.cards?.length) body.push(...serviceCardElements(reply.cards));
  if (reply.kind === 'proposal' && reply.items?.length) body.push(...itemBlocks(reply.items));
  if (reply.commitments?.length) body.push(...splitText(reply.commitments.map(commitmentLine).join('\n\n')).map((t) => text(t, { separator: true })));
  if (reply.sources?.length && !reply.cards?.length) body.push(...sourceBlocks(reply.sources));
  if (!body.length) body.push(text(reply.kind));
  // An explicit empty list means "no buttons" (a declined answer); only a missing list gets defaults.
  const parts = actionParts(actionsOf(reply), reply.context, thread);
  const tail = [...parts.inputs];
  const tailBytes = bytes(tail) + bytes(parts.actions);

  const cards: AdaptiveCard[] = [];
  let current: Element[] = [];
  let size = 0;
  for (const el of body) {
    const b = bytes(el);
    if (current.length && size + b > CARD_BUDGET - tailBytes) {
      cards.push(card(current));
      current = [];
      size = 0;
    }
    current.push(el);
    size += b;
  }
  const last = card([...current, ...tail]);
  if (parts.actions.length) last.actions = parts.actions;
  cards.push(last);
  return cards;
}

/** A short line for notifications and clients that cannot show cards. */
export function summaryOf(reply: Reply): string {
  const first = bodyMarkdown(reply).split('\n').find((l) => l.trim()) ?? reply.kind;
  return first.replace(/[*_`]/g, '').slice(0, 200);
}
