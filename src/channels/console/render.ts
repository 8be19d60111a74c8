// Reply -> plain text for a terminal: the same content Slack and Teams render, without the widgets.
import { wordHints } from '../../core/hints.js';
import type { Reply } from '../../core/messages.js';
import { cardMarkdown } from '../../core/skills/directory.js';
import { consoleWording } from './hints.js';

function plainMarkdown(md: string): string {
  return md
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\n)_(.+?)_(?=\n|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
}

export function renderText(reply: Reply): string {
  const plain = plainMarkdown(wordHints(reply.text, reply.hints, consoleWording));
  const out: string[] = [plain];
  for (const card of reply.cards ?? []) out.push('', ...plainMarkdown(cardMarkdown(card)).split('\n').map((l, i) => (i === 0 ? l : `    ${l}`)));
  const more = reply.actions?.find((a) => a.id === 'directory.more');
  if (more) out.push('', 'More services fit than are listed: type "more" in the chat console, or narrow the question.');
  if (reply.sources?.length && !reply.cards?.length) {
    out.push('', 'Sources:');
    for (const s of reply.sources) {
      out.push(`  [${s.n}] ${s.title} (${s.url ?? s.source})`);
      const c = s.contact;
      if (c) {
        const parts = [c.organization, c.phones?.join(', '), c.hours, c.address].filter(Boolean);
        if (parts.length) out.push(`      ${parts.join(' | ')}`);
      }
    }
  }
  if (reply.items?.length) {
    out.push('');
    for (const item of reply.items) {
      const owners = item.owners.map((o) => (o.resolved ? o.name : `${o.name} (not matched to a partner)`)).join(' & ');
      const due = item.due ?? (item.dueFlag === 'vague' ? 'no date (vague timing)' : item.dueFlag === 'unparsed' ? 'no date (could not read it)' : 'no date');
      out.push(`  ${item.n}. ${owners}: ${item.task} (due ${due})`, ...(item.dueWarning ? [`     check the date: ${item.dueWarning}`] : []), `     "${item.quote}"`);
    }
  }
  if (reply.commitments?.length) {
    out.push('');
    reply.commitments.forEach((c) =>
      out.push(`  #${c.n} [${c.planLabel}] ${c.owner}: ${c.task} (due ${c.due ?? 'no date'}${c.overdue ? ', OVERDUE' : ''}; ${c.status})`),
    );
  }
  if (reply.kind === 'proposal') out.push('', 'Type "confirm" to log these items or "cancel" to drop them.');
  if (reply.audience.kind === 'person') out.unshift(`(to ${reply.audience.person.name ?? reply.audience.person.userId})`);
  return out.join('\n');
}
