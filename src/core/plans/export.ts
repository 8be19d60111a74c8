// A plan written out whole: Markdown for people, JSON for machines (records requests, moving systems).
import { ownerLabel } from './owners.js';
import type { AuditEntry, Commitment, Meeting, Partner, Plan } from './types.js';

export interface PlanBundle {
  plan: Plan;
  partners: Partner[];
  meetings: Meeting[];
  commitments: Commitment[];
  audit: AuditEntry[];
  exportedAt: string;
}

export function exportJson(b: PlanBundle): string {
  return JSON.stringify({ format: 'liaison.plan/1', ...b }, null, 2);
}

const GOAL_TITLES = { employment: 'Employment', education: 'Education / training', 'independent-living': 'Independent living' } as const;

export function exportMarkdown(b: PlanBundle): string {
  const byId = new Map(b.partners.map((p) => [p.id, p]));
  const who = (id: string) => {
    const p = byId.get(id);
    return p ? `${p.name}${p.agency ? ` (${p.agency})` : ''}` : id;
  };
  const { plan } = b;
  const out: string[] = [`# Transition plan ${plan.label}`, '', `Exported ${b.exportedAt}. Coordinator: ${plan.coordinator.partnerId ? who(plan.coordinator.partnerId) : (plan.coordinator.name ?? plan.coordinator.userId)}.`, ''];
  out.push('## Team', '', ...(plan.members.length ? plan.members.map((m) => `- ${who(m)}`) : ['- (no members yet)']), '');
  out.push('## Postsecondary goals', '');
  for (const [domain, title] of Object.entries(GOAL_TITLES)) out.push(`- **${title}**: ${plan.goals[domain as keyof typeof GOAL_TITLES] ?? '(not set)'}`);
  out.push('', '## Consent to share', '');
  out.push(
    plan.consent
      ? `Given by the ${plan.consent.givenBy.replace('-', ' ')} for ${plan.consent.agencies.join(', ')}, from ${plan.consent.from}${plan.consent.until ? ` until ${plan.consent.until}` : ' (no end date)'}.`
      : 'No consent recorded.',
  );
  out.push('', '## Commitments', '');
  if (!b.commitments.length) out.push('None.');
  for (const c of b.commitments) {
    const owners = c.owners.map((o) => ownerLabel(o, byId)).join(' and ');
    out.push(`- [${c.status === 'completed' ? 'x' : ' '}] ${c.task}. Owner: ${owners}. Due: ${c.due ?? 'no date'}. Status: ${c.status}${c.outcome ? ` (${c.outcome})` : ''}. From the ${c.source.meetingDate} meeting: "${c.source.quote}"`);
  }
  out.push('', '## Meetings', '');
  if (!b.meetings.length) out.push('None.');
  for (const m of b.meetings) out.push(`- ${m.date}: ${m.commitmentIds.length} item(s)${m.sourceLink ? ` ([notes](${m.sourceLink}))` : ''}`);
  out.push('', '## Audit trail', '');
  for (const a of b.audit) out.push(`- ${a.at} ${a.action} by ${a.actor.name ?? `${a.actor.platform}:${a.actor.userId}`}${a.conversation ? ` in ${a.conversation.platform}:${a.conversation.id}` : ''}: ${a.detail}`);
  return `${out.join('\n')}\n`;
}
