// The weekly picture of a plan, posted to each conversation linked to it (Monday morning, the plan's
// time zone): overdue, due this week, no date yet and later, grouped by agency, with the plan's
// on-time rate over the last 90 days measured against the original due dates (a snooze does not make
// a late item on time), and any reminder that could not be delivered. An outside agency's items are
// shown only while the plan's consent covers that agency.
import { addDays, dateIn, startOfDay } from '../plans/dates.js';
import type { Reply, ReplyAction } from '../messages.js';
import { isOpen, type Commitment, type Partner, type Plan } from '../plans/types.js';
import { isoWeekday } from './calendar.js';
import type { ReminderPolicy } from './policy.js';
import { consentCovers } from './recipients.js';

const RATE_DAYS = 90;
const MAX_BUTTONS = 10;

/** The Monday of the plan's current week, and whether its digest moment has come. */
export function digestWeek(plan: Plan, policy: ReminderPolicy, now: Date): { week: string; due: boolean } {
  const today = dateIn(plan.timeZone, now);
  const week = addDays(today, -(isoWeekday(today) - policy.digestDay + 7) % 7);
  const moment = startOfDay(week, plan.timeZone) + policy.digestTime * 60_000;
  return { week, due: now.getTime() >= moment };
}

/** The due date a commitment was first given: a later snooze or change does not move it. */
export function originalDue(c: Commitment): string | null {
  const firstChange = c.history.find((h) => h.what === 'due');
  return firstChange ? (firstChange.from ?? null) : c.due;
}

function closedOn(c: Commitment): string | null {
  const closed = [...c.history].reverse().find((h) => h.what === 'status' && /^(completed|cancelled)/.test(h.to ?? ''));
  return closed ? closed.at.slice(0, 10) : null;
}

/** Completed on or before their original due date, among those due in the last 90 days. */
export function onTimeRate(cs: Commitment[], today: string): { onTime: number; of: number } {
  const from = addDays(today, -RATE_DAYS);
  let onTime = 0;
  let of = 0;
  for (const c of cs) {
    const due = originalDue(c);
    if (!due || due < from || due > today || c.status === 'cancelled') continue;
    of += 1;
    const done = c.status === 'completed' ? closedOn(c) : null;
    if (done && done <= due) onTime += 1;
  }
  return { onTime, of };
}

/**
 * Items an owner closed as not doable in the last week, with the reason they gave: the coordinator's
 * cue to find another way. An outside agency's items only where consent covers it, as above.
 */
function couldNotBeDone(plan: Plan, commitments: Commitment[], partners: ReadonlyMap<string, Partner>, today: string): string[] {
  const since = addDays(today, -7);
  const out: string[] = [];
  for (const c of commitments) {
    if (c.status !== 'cancelled' || !c.outcome || c.outcome === 'no-longer-needed') continue;
    const closed = [...c.history].reverse().find((h) => h.what === 'status');
    if (!closed || closed.at.slice(0, 10) < since) continue;
    const owner = c.owners.map((o) => (o.partnerId ? partners.get(o.partnerId) : undefined)).find(Boolean);
    if (owner && !consentCovers(plan, owner, today).ok) continue;
    const why = closed.note ? `: "${closed.note}"` : '';
    out.push(`#${c.n ?? '?'} ${c.task} (${c.outcome.replace(/-/g, ' ')}, closed by ${closed.by} on ${closed.at.slice(0, 10)})${why}`);
  }
  return out;
}

export function digestReply(plan: Plan, commitments: Commitment[], partners: ReadonlyMap<string, Partner>, now: Date): Reply {
  const today = dateIn(plan.timeZone, now);
  const weekEnd = addDays(today, 7 - isoWeekday(today));
  const open = commitments.filter((c) => isOpen(c.status));
  const groups = new Map<string, { lines: string[]; hidden: number; reason?: string }>();
  const buttons: ReplyAction[] = [];
  const section = (c: Commitment) => (!c.due ? 'no date yet' : c.due < today ? 'overdue' : c.due <= weekEnd ? 'due this week' : 'later');
  for (const c of [...open].sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))) {
    const owner = c.owners.map((o) => (o.partnerId ? partners.get(o.partnerId) : undefined)).find(Boolean);
    const agency = owner?.agency ?? (owner ? 'No agency' : 'Not in the directory');
    const g = groups.get(agency) ?? { lines: [] as string[], hidden: 0 };
    const consent = owner ? consentCovers(plan, owner, today) : { ok: true as const };
    if (!consent.ok) {
      g.hidden += 1;
      g.reason = consent.reason;
    } else {
      const names = c.owners.map((o) => (o.partnerId ? (partners.get(o.partnerId)?.name ?? o.written) : o.written)).join(' and ');
      g.lines.push(`- #${c.n ?? '?'} ${c.task} (${names}; ${section(c)}${c.due ? `, ${c.due}` : ''})`);
      if (section(c) !== 'later' && buttons.length < MAX_BUTTONS * 2) {
        buttons.push({ id: 'commitment.done', label: `Done #${c.n ?? '?'}`, value: c.id, style: 'primary' });
      }
    }
    groups.set(agency, g);
  }
  const counts = ['overdue', 'due this week', 'no date yet', 'later'].map((s) => `${open.filter((c) => section(c) === s).length} ${s}`).join(', ');
  const rate = onTimeRate(commitments, today);
  const failed = commitments.flatMap((c) => (c.reminders?.log ?? []).filter((l) => l.status === 'failed' && l.at.slice(0, 10) >= addDays(today, -7)).map((l) => `#${c.n ?? '?'} ${c.task} (${l.kind} reminder to ${l.to})`));
  const lines = [
    `**Weekly update for ${plan.label}** (week of ${today}): ${open.length} open: ${counts}.`,
    rate.of ? `On time over the last ${RATE_DAYS} days: ${rate.onTime} of ${rate.of} (${Math.round((100 * rate.onTime) / rate.of)}%), against the original due dates.` : `No commitments came due in the last ${RATE_DAYS} days.`,
  ];
  for (const [agency, g] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`**${agency}**`);
    lines.push(...g.lines);
    if (g.hidden) lines.push(`- ${g.hidden} item${g.hidden === 1 ? '' : 's'} not shown here: ${g.reason}.`);
  }
  const couldNot = couldNotBeDone(plan, commitments, partners, today);
  if (couldNot.length) lines.push('**Could not be done (closed in the last 7 days)**', ...couldNot.map((f) => `- ${f}`));
  if (failed.length) lines.push('**Reminders that could not be delivered this week**', ...failed.map((f) => `- ${f}`));
  return { kind: 'plan', audience: { kind: 'conversation' }, text: lines.join('\n'), actions: buttons };
}
