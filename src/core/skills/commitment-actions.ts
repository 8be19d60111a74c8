// Buttons that act on one commitment, from a reminder, an escalation, a DM or the home view: Done,
// Snooze (days or a date), Can't do it (an outcome, and a note saying why), Reassign (a plan member), IEP service (the mark
// an escalation reads), and for the
// coordinator Remind again, Close with an outcome, Draft the reconvene note. A press on a stale
// message says what already happened instead of acting twice.
import { badInput } from '../errors.js';
import { hint, hinted } from '../hints.js';
import type { Inbound, Reply } from '../messages.js';
import type { PlanService, RequestContext } from '../plans/plan-service.js';
import { isOpen, OUTCOMES, type Commitment, type Outcome } from '../plans/types.js';
import { ctxOf, info } from './reply.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Which commitment, and the value the press carries (a ping's buttons carry the id in context; the home view's in value). */
function target(inbound: Inbound): { id: string; value?: string } {
  const fromContext = inbound.action?.data?.commitmentId;
  if (typeof fromContext === 'string' && fromContext) return { id: fromContext, ...(inbound.action?.value ? { value: inbound.action.value } : {}) };
  const id = inbound.action?.value ?? '';
  if (!id) throw badInput(hinted`That button did not say which commitment it was for. Open ${hint('plan')} and use the number instead.`);
  return { id };
}

function stale(c: Commitment): Reply {
  const last = [...c.history].reverse().find((h) => h.what === 'status');
  const when = last ? ` by ${last.by} on ${last.at.slice(0, 10)}` : '';
  return info(`Nothing changed: "${c.task}" was already ${c.status}${c.outcome ? ` (${c.outcome.replace(/-/g, ' ')})` : ''}${when}.${last?.note ? ` Their note: "${last.note}"` : ''}`);
}

/** Longest note kept with a closing: a reason, not a letter. */
const NOTE_CHARS = 500;

/** The note a press carries (Can't do it: why), trimmed; too long a note is refused, not cut. */
function noteOf(inbound: Inbound): string | undefined {
  const raw = inbound.action?.data?.note;
  const note = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  if (note.length > NOTE_CHARS) throw badInput(`That note is ${note.length} characters; keep it to ${NOTE_CHARS} (the reason, in a sentence or two) and press again.`);
  return note || undefined;
}

const outcomeOf = (v: string | undefined): Outcome => {
  const o = (v ?? '') as Outcome;
  if (!OUTCOMES.includes(o)) throw badInput(`"${v ?? ''}" is not an outcome; choose one of ${OUTCOMES.join(', ')}.`);
  return o;
};

export async function commitmentAction(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const action = inbound.action?.id ?? '';
  const { id, value } = target(inbound);
  const ctx: RequestContext = { actor: ctxOf(inbound).actor, ...(inbound.where.kind === 'dm' ? {} : { conversation: ctxOf(inbound).conversation }) };
  const before = await plans.store.getCommitment(id);
  if (!before) return [info('That commitment no longer exists: its plan may have been deleted. Nothing was changed.')];
  if (!isOpen(before.status) && action !== 'commitment.reconvene') return [stale(before)];
  const who = inbound.from.name ?? inbound.from.userId;
  switch (action) {
    case 'commitment.done': {
      const c = await plans.markDone(id, 'done', ctx);
      return [info(`Marked done by ${who} on **${c.planLabel}**: ${c.task}. Thank you!`)];
    }
    case 'commitment.snooze': {
      const by = value && ISO_DAY.test(value) ? { until: value } : { days: value ? Number(value) : 7 };
      const c = await plans.snooze(id, by, ctx);
      return [info(`Snoozed by ${who} on **${c.planLabel}**: ${c.task} is now due ${c.due}.`)];
    }
    case 'commitment.date': {
      if (!value || !ISO_DAY.test(value)) throw badInput('Pick a date for it (YYYY-MM-DD).');
      const c = await plans.changeDue(id, value, ctx);
      return [info(`Dated by ${who} on **${c.planLabel}**: ${c.task} is due ${c.due}.`)];
    }
    case 'commitment.cannot':
    case 'commitment.close': {
      const outcome = outcomeOf(value);
      const note = noteOf(inbound);
      const c = outcome === 'done' ? await plans.markDone(id, 'done', ctx, note) : await plans.cancel(id, outcome, ctx, note);
      return [info(`Closed by ${who} on **${c.planLabel}**: ${c.task} (${outcome.replace(/-/g, ' ')}).${note ? ` Their note: "${note}"` : ''}`)];
    }
    case 'commitment.reassign': {
      if (!value) throw badInput('Choose who takes it over.');
      const plan = await plans.load(before.planId);
      if (!plan.members.includes(value)) {
        const partner = (await plans.listPartners()).find((p) => p.id === value);
        throw badInput(`${partner?.name ?? value} is not on ${plan.label}'s team. Add them to the plan first, or choose a team member.`);
      }
      const c = await plans.reassign(id, [value], ctx);
      return [info(`Reassigned by ${who} on **${c.planLabel}**: ${c.task} is now ${c.ownerNames.join(' and ')}'s.`)];
    }
    case 'commitment.iep': {
      const c = await plans.setIepService(id, value !== 'off', ctx);
      return [info(`${c.iepService ? 'Marked' : 'Unmarked'} by ${who} on **${c.planLabel}**: #${c.n ?? '?'} ${c.task} ${c.iepService ? 'is' : 'is no longer'} a transition service written into the IEP.`)];
    }
    case 'commitment.remind': {
      const c = await plans.remindAgain(id, ctx);
      return [info(`${who} asked for ${c.ownerNames.join(' and ')} to be reminded again about "${c.task}" on **${c.planLabel}**; the reminder goes out at the next sweep.`)];
    }
    case 'commitment.reconvene': {
      const plan = await plans.getPlan(before.planId, ctx);
      return [info(reconveneNote(plan.label, before))];
    }
    default:
      return [info('That button is no longer supported. Run the command again to get a fresh message.')];
  }
}

/** A draft the coordinator can adapt: the notice that the IEP team reconvenes (34 CFR 300.324(c)(1)). */
function reconveneNote(label: string, c: Commitment): string {
  return [
    `**Draft: reconvening the IEP team for ${label}**`,
    '',
    `At the meeting of ${c.source.meetingDate}, a participating agency agreed to provide this transition service: "${c.task}"${c.due ? `, by ${c.due}` : ''}. It has not been provided.`,
    'Under 34 CFR 300.324(c)(1), when a participating agency other than the school fails to provide the transition services described in the IEP, the school must reconvene the IEP team to identify alternative strategies to meet the transition objectives.',
    'We propose to meet on [date] to agree how the service will be provided. Please reply with the times that work for you; the student and the family are invited, and the agency with their consent.',
  ].join('\n');
}
