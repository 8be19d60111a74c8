// What a ping says: the task, the plan label (never the student's name), the due date, the line of
// notes it came from, and buttons that close the loop from the message itself. An escalation tells
// the coordinator who owes what, since when and what was already tried.
import type { Reply, ReplyAction } from '../messages.js';
import { OUTCOMES, type Commitment, type Partner, type Plan } from '../plans/types.js';
import type { PlannedPing } from './schedule.js';

const HEADINGS: Record<PlannedPing['kind'], string> = {
  upcoming: 'Coming up',
  due: 'Due today',
  overdue: 'Overdue',
  escalation: 'Still overdue',
  'ask-date': 'No date yet',
};

const SNOOZE = [
  { value: '1', label: '1 day' },
  { value: '3', label: '3 days' },
  { value: '7', label: '1 week' },
];
const CANNOT = OUTCOMES.filter((o) => o !== 'done').map((o) => ({ value: o, label: o.replace(/-/g, ' ').replace('couldnt', "couldn't") }));

function weekdayDate(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  return `${d.toLocaleDateString('en-US', { weekday: 'short', timeZone: 'UTC' })} ${day}`;
}

function ownerNames(c: Commitment, partners: ReadonlyMap<string, Partner>): string {
  return c.owners.map((o) => (o.partnerId ? (partners.get(o.partnerId)?.name ?? o.written) : o.written)).join(' and ');
}

function memberChoices(plan: Plan, partners: ReadonlyMap<string, Partner>, c: Commitment): { value: string; label: string }[] {
  const owning = new Set(c.owners.map((o) => o.partnerId));
  return plan.members.filter((m) => !owning.has(m)).map((m) => ({ value: m, label: partners.get(m)?.name ?? m }));
}

/** The buttons of an owner's ping, or of the coordinator's escalation. */
function actionsFor(ping: PlannedPing, plan: Plan, partners: ReadonlyMap<string, Partner>, c: Commitment, agencyOwner: boolean): ReplyAction[] {
  const reassign = memberChoices(plan, partners, c);
  const reassignAction: ReplyAction[] = reassign.length ? [{ id: 'commitment.reassign', label: 'Reassign', choices: reassign }] : [];
  if (ping.kind === 'escalation') {
    return [
      { id: 'commitment.remind', label: 'Remind again', style: 'primary' },
      ...reassignAction,
      { id: 'commitment.close', label: 'Close with an outcome', choices: OUTCOMES.map((o) => ({ value: o, label: o.replace(/-/g, ' ') })) },
      ...(c.iepService && agencyOwner ? [{ id: 'commitment.reconvene', label: 'Draft the reconvene note' }] : []),
    ];
  }
  return [
    { id: 'commitment.done', label: 'Done', style: 'primary' },
    ...(ping.kind === 'ask-date' ? [{ id: 'commitment.date', label: 'Set a date', input: 'date' as const }] : [{ id: 'commitment.snooze', label: 'Snooze', choices: SNOOZE }, { id: 'commitment.snooze', label: 'Snooze to a date', input: 'date' as const }]),
    { id: 'commitment.cannot', label: "Can't do it", choices: CANNOT, note: 'Why? (optional; the coordinator sees it)' },
    ...reassignAction,
  ];
}

export interface PingTextInput {
  ping: PlannedPing;
  c: Commitment;
  plan: Plan;
  partners: ReadonlyMap<string, Partner>;
  redirected?: { forWhom: string; reason: string };
  /** For an escalation: the pings that already went out. */
  tried?: string[];
  /** Whom to tell about it: the plan's coordinator. */
  coordinator?: { name?: string; email?: string };
}

export function pingReply({ ping, c, plan, partners, redirected, tried, coordinator }: PingTextInput): Reply {
  const owners = ownerNames(c, partners);
  const ownerPartner = c.owners.map((o) => (o.partnerId ? partners.get(o.partnerId) : undefined)).find(Boolean);
  const agencyOwner = ownerPartner?.kind === 'agency';
  const lines: string[] = [];
  if (redirected) lines.push(`_This is for ${redirected.forWhom}; it came to you because ${redirected.reason}._`);
  const due = c.due ? `due ${weekdayDate(c.due)}` : 'no due date yet';
  if (ping.kind === 'escalation') {
    lines.push(`**${HEADINGS[ping.kind]} on ${plan.label}**: ${owners}${ownerPartner?.agency ? ` (${ownerPartner.agency})` : ''} owes "${c.task}", ${due}.`);
    lines.push(tried?.length ? `Already tried: ${tried.join('; ')}. They get no more automatic reminders; choose what happens next.` : 'They get no more automatic reminders; choose what happens next.');
    if (c.iepService && agencyOwner) {
      lines.push(
        `This is a transition service written into the IEP, and ${ownerPartner?.agency ?? 'the agency'} is a participating agency: under 34 CFR 300.324(c)(1), when an agency fails to provide a transition service it agreed to, the school must reconvene the IEP team to identify other ways to provide it.`,
      );
    }
  } else if (ping.kind === 'ask-date') {
    lines.push(`**${HEADINGS[ping.kind]} on ${plan.label}**: "${c.task}" (${owners}) was logged without a date. When can it be done?`);
  } else {
    lines.push(`**${HEADINGS[ping.kind]} on ${plan.label}**: ${c.task}, ${due}.`);
  }
  const from = c.source.link ? `[the meeting of ${c.source.meetingDate}](${c.source.link})` : `the meeting of ${c.source.meetingDate}`;
  if (c.source.quote) lines.push(`From ${from}:\n> ${c.source.quote.replace(/\n/g, ' ')}`);
  if (!ping.toCoordinator && !redirected && coordinator?.name) lines.push(`_Questions or a change: ${coordinator.name}${coordinator.email ? ` (${coordinator.email})` : ''}, the plan's coordinator._`);
  return {
    kind: 'notice',
    audience: { kind: 'requester' },
    text: lines.join('\n\n'),
    actions: actionsFor(ping, plan, partners, c, agencyOwner),
    context: { commitmentId: c.id },
  };
}
