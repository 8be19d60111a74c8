// Reply -> plain text for a terminal: the same content Slack and Teams render, without the widgets.
import { wordHints } from '../../core/hints.js';
import type { Reply } from '../../core/messages.js';
import { consoleWording } from './hints.js';

export function renderText(reply: Reply): string {
  const plain = wordHints(reply.text, reply.hints, consoleWording)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\n)_(.+?)_(?=\n|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1');
  const out: string[] = [plain];
  if (reply.sources?.length) {
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
