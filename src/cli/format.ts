// Plain-text lists for the terminal: proposed items and commitments.
import type { ExtractedItem } from '../core/notes/index.js';
import type { ListedCommitment } from '../core/plans/plan-service.js';

export const ownersText = (owners: string[]) => owners.join(' and ');

function dueText(item: ExtractedItem): string {
  if (item.due) return `due ${item.due}${item.dueWarning ? `; check it: ${item.dueWarning}` : ''}`;
  if (item.dueFlag === 'vague') return 'no due date: the timing is vague';
  if (item.dueFlag === 'unparsed') return `no due date: could not read ${item.dueText ? `"${item.dueText}"` : 'the date'}`;
  return 'no due date';
}

export function formatItems(items: ExtractedItem[]): string[] {
  return items.flatMap((item, i) => [`  ${i + 1}. ${ownersText(item.owners)}: ${item.task} (${dueText(item)})`, `     "${item.quote}"`]);
}

/** One commitment line; `n` is its number in the plan (PLAN#n), shown when given. */
export function formatCommitment(c: ListedCommitment, n?: number): string {
  const head = n === undefined ? '  -' : `  #${n}`;
  const due = c.due ? `due ${c.due}` : 'no due date';
  const status = c.status === 'requested' ? '' : `; ${c.status}${c.outcome ? ` (${c.outcome})` : ''}`;
  const unmatched = c.owners.some((o) => o.match !== 'resolved') ? ' [owner not matched to a partner]' : '';
  return `${head} ${c.overdue ? 'OVERDUE ' : ''}${c.ownerNames.join(' and ')}: ${c.task} (${due}${status})${unmatched}`;
}

/** One commitment for --json output: a line a script can read (numbers, ids, dates, owners). */
export function commitmentJson(c: ListedCommitment): Record<string, unknown> {
  return {
    id: c.id,
    n: c.n ?? null,
    plan: c.planLabel,
    task: c.task,
    owners: c.owners.map((o, i) => ({ written: o.written, partnerId: o.partnerId ?? null, match: o.match, name: c.ownerNames[i] })),
    due: c.due,
    status: c.status,
    outcome: c.outcome ?? null,
    overdue: c.overdue,
    meetingDate: c.source.meetingDate,
    quote: c.source.quote,
  };
}
