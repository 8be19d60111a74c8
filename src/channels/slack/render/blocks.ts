// Reply -> Block Kit messages. Long replies become several messages so each stays within Slack's
// limits (3,000 characters per section text, 50 blocks per message); buttons go on the last one.
import type { types } from '@slack/bolt';
import { actionsOf, type Citation, type CommitmentView, type ProposedItem, type Reply, type ReplyAction } from '../../../core/messages.js';
import { actionsBlockId, encodeElement } from './action-codec.js';
import { replyMarkdown } from './hints.js';
import { escapeMrkdwn, slackLink, splitMrkdwn, toMrkdwn } from './mrkdwn.js';
import { serviceCardBlocks } from './service-cards.js';

export type Block = types.KnownBlock;
export interface SlackMessage {
  /** Notification / fallback text. */
  text: string;
  blocks: Block[];
}

export const MAX_BLOCKS = 50;
export const MAX_SECTION = 3000;
const FALLBACK_MAX = 3000;

export function sections(mrkdwn: string): Block[] {
  return splitMrkdwn(mrkdwn, MAX_SECTION - 100).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

export function buttons(actions: ReplyAction[], context?: Record<string, string>, thread?: string): Block[] {
  const out: Block[] = [];
  const blockId = actionsBlockId(context, thread);
  for (let i = 0; i < actions.length; i += 25) {
    out.push({ type: 'actions', ...(blockId && i === 0 ? { block_id: blockId } : {}), elements: actions.slice(i, i + 25).map((a, j) => encodeElement(a, i + j, context, thread)) } as Block);
  }
  return out;
}

export function formatDue(due: string | null): string {
  if (!due) return 'no date';
  const d = new Date(`${due}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return due;
  const weekday = d.toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' });
  return `${weekday} ${due}`;
}

export function renderSources(sources: Citation[]): string {
  const lines = ['*Sources*'];
  for (const s of [...sources].sort((a, b) => a.n - b.n)) {
    const title = s.url ? slackLink(s.url, s.title) : `*${escapeMrkdwn(s.title)}*`;
    const file = s.url && /^https?:/.test(s.source) ? '' : ` · _${escapeMrkdwn(s.source)}_`;
    lines.push(`*[${s.n}]* ${title}${file}`);
    const c = s.contact;
    if (c) {
      const bits = [
        c.organization && escapeMrkdwn(c.organization),
        c.phones?.length && `☎ ${c.phones.map(escapeMrkdwn).join(', ')}`,
        c.email && `✉ ${slackLink(`mailto:${c.email}`, c.email)}`,
        c.hours && `🕑 ${escapeMrkdwn(c.hours)}`,
        c.address && `📍 ${escapeMrkdwn(c.address)}`,
        c.url && c.url !== s.url && slackLink(c.url),
      ].filter(Boolean);
      if (bits.length) lines.push(`      ${bits.join(' · ')}`);
    }
  }
  return lines.join('\n');
}

function ownerText(o: ProposedItem['owners'][number]): string {
  if (o.resolved) return `*${escapeMrkdwn(o.name)}*`;
  const maybe = o.candidates?.length ? ` — did you mean ${o.candidates.map(escapeMrkdwn).join(' or ')}?` : '';
  return `*${escapeMrkdwn(o.name)}* (⚠ not matched to a partner${maybe})`;
}

export function renderItems(items: ProposedItem[]): string {
  return items
    .map((item) => {
      const owners = item.owners.length ? item.owners.map(ownerText).join(', ') : '⚠ no owner';
      const flag = item.dueFlag === 'vague' ? ' (⚠ vague date, please check)' : item.dueFlag === 'unparsed' ? ' (⚠ could not read the date)' : '';
      const warn = item.dueWarning ? ` (⚠ ${escapeMrkdwn(item.dueWarning)})` : '';
      const due = item.due ? `*${formatDue(item.due)}*${flag}${warn}` : `⚠ no date${flag}`;
      const quote = item.quote ? `\n> ${escapeMrkdwn(item.quote).replace(/\n/g, ' ')}` : '';
      return `*${item.n}.* ${escapeMrkdwn(item.task)}\n      Owner: ${owners} · Due: ${due}${quote}`;
    })
    .join('\n\n');
}

export function renderCommitment(c: CommitmentView, n?: number): string {
  const num = n ? `*#${n}* ` : '';
  const due = c.due ? `due ${formatDue(c.due)}` : 'no due date';
  const late = c.overdue ? ' · ⚠ *overdue*' : '';
  return `${num}${escapeMrkdwn(c.task)} — ${escapeMrkdwn(c.owner)} · ${due} · ${escapeMrkdwn(c.status)}${late} · _${escapeMrkdwn(c.planLabel)}_`;
}

function bodyText(reply: Reply): string {
  const text = toMrkdwn(replyMarkdown(reply));
  if (reply.kind === 'error' && reply.ref && !reply.text.includes(reply.ref)) return `${text}\n_Reference: ${reply.ref}_`;
  return text;
}

/** The Block Kit messages for one reply (usually one; several when the reply is long). */
export function renderMessages(reply: Reply, thread?: string): SlackMessage[] {
  const body: Block[] = [];
  const text = bodyText(reply);
  if (text.trim()) body.push(...sections(text));
  if (reply.cards?.length) body.push(...serviceCardBlocks(reply.cards));
  if (reply.kind === 'proposal' && reply.items?.length) body.push(...sections(renderItems(reply.items)));
  if (reply.commitments?.length) {
    body.push(...sections(reply.commitments.map((c) => renderCommitment(c, c.n)).join('\n')));
  }
  if (reply.sources?.length && !reply.cards?.length) body.push({ type: 'divider' }, ...sections(renderSources(reply.sources)));
  // An explicit empty list means "no buttons" (e.g. a declined answer); only a missing list gets defaults.
  const actions = actionsOf(reply);
  const tail = buttons(actions, reply.context, thread);
  if (!body.length) body.push({ type: 'section', text: { type: 'mrkdwn', text: ' ' } });

  const messages: SlackMessage[] = [];
  const room = MAX_BLOCKS - tail.length;
  for (let i = 0; i < body.length; i += room) messages.push({ text: '', blocks: body.slice(i, i + room) });
  const last = messages[messages.length - 1];
  if (last) last.blocks.push(...tail);
  const fallback = text.length > FALLBACK_MAX ? `${text.slice(0, FALLBACK_MAX - 1)}…` : text;
  messages.forEach((m, i) => {
    m.text = i === 0 ? fallback || reply.kind : '(continued)';
  });
  return messages;
}
