// Plan commands from chat: create, link, unlink, plan, done, snooze, home. The plan service decides
// who may see what; this file only turns its answers into replies.
import { badInput } from '../errors.js';
import type { Inbound, Reply } from '../messages.js';
import { toView } from '../plans/commitment-ops.js';
import type { ListedCommitment, PlanService } from '../plans/plan-service.js';
import { LabelLooksLikeName } from '../plans/labels.js';
import { OUTCOMES, type Outcome } from '../plans/types.js';
import { ctxOf, info } from './reply.js';
import { hint, hinted, joinHinted } from '../hints.js';

export async function createPlan(plans: PlanService, inbound: Inbound, args: string[], allowLabel = false): Promise<Reply[]> {
  const label = args.join(' ').trim();
  if (!label) throw badInput(hinted`Give the plan a label: ${hint('create', '<initials or local id>')}, e.g. ${hint('create', 'JR-2027')}.`);
  const ctx = ctxOf(inbound);
  let plan;
  try {
    plan = await plans.createPlan({ label, allowLabel }, ctx);
  } catch (err) {
    if (!(err instanceof LabelLooksLikeName)) throw err;
    // A false alarm is the person's call: they can keep the label with one press.
    return [
      {
        ...info(`${err.message} If it is not a name, keep it.`),
        actions: [{ id: 'plan.create.anyway', label: `Keep "${err.label}"` }],
        context: { label: err.label },
      },
    ];
  }
  await linkHere(plans, inbound, plan.id);
  const where = inbound.where.kind === 'dm' ? 'this direct conversation' : 'this channel';
  return [info(`Created the plan **${plan.label}** and linked it to ${where}. You are its coordinator.`, 'conversation')];
}

export async function link(plans: PlanService, inbound: Inbound, args: string[]): Promise<Reply[]> {
  const label = args.join(' ').trim();
  if (!label) throw badInput(hinted`Say which plan: ${hint('link', '<plan label>')}. The coordinator chose the label (initials or a local id).`);
  const plan = await linkHere(plans, inbound, label);
  return [
    info(
      `This conversation is now linked to **${plan.label}**. Its commitments can be shown here, and meeting notes posted here are logged to it. Everyone in this conversation can see them, so keep it to the student's team.`,
      'conversation',
    ),
  ];
}

/**
 * Links the conversation to a plan. A direct conversation with Liaison holds one plan at a time (the
 * one its notes are logged to), so linking there moves the link from the previous plan.
 */
async function linkHere(plans: PlanService, inbound: Inbound, planRef: string) {
  const ctx = ctxOf(inbound);
  const current = await plans.findPlanForConversation(ctx.conversation!);
  if (current && inbound.where.kind === 'dm' && current.id !== planRef && current.label.toLowerCase() !== planRef.toLowerCase()) {
    await plans.unlinkConversation(current.id, ctx.conversation!, ctx);
    try {
      return await plans.linkConversation(planRef, ctx.conversation!, ctx);
    } catch (err) {
      await plans.linkConversation(current.id, ctx.conversation!, ctx); // put the old link back
      throw err;
    }
  }
  return plans.linkConversation(planRef, ctx.conversation!, ctx);
}

export async function unlink(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const ctx = ctxOf(inbound);
  const plan = await plans.findPlanForConversation(ctx.conversation!);
  if (!plan) return [info('This conversation is not linked to any plan.')];
  await plans.unlinkConversation(plan.id, ctx.conversation!, ctx);
  return [info(`Unlinked **${plan.label}** from this conversation. Its details will no longer be shown here.`, 'conversation')];
}

async function openHere(plans: PlanService, inbound: Inbound): Promise<{ label: string; items: ListedCommitment[] } | null> {
  const ctx = ctxOf(inbound);
  const plan = await plans.findPlanForConversation(ctx.conversation!);
  if (!plan) return null;
  return { label: plan.label, items: await plans.listCommitments(plan.id, { scope: 'open' }, ctx) };
}

async function notLinked(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const mine = await plans.listPlans(ctxOf(inbound));
  const list = mine.length ? ` Plans you are on: ${mine.map((p) => `**${p.label}**`).join(', ')}.` : '';
  return [info(hinted`This conversation is not linked to a plan. Link one with ${hint('link', '<plan label>')}.${list}`)];
}

export async function listPlans(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const mine = await plans.listPlans(ctxOf(inbound));
  if (!mine.length) return [info(hinted`You are not on any plan yet. Start one with ${hint('create', '<label>')}, or ask a coordinator to add you to theirs.`)];
  const here = await plans.findPlanForConversation(ctxOf(inbound).conversation!);
  const lines = mine.map((p) => `- **${p.label}**${here?.id === p.id ? ' (linked here)' : ''}`);
  return [info(joinHinted([`Plans you are on:\n${lines.join('\n')}`, hinted`Link one here with ${hint('link', '<plan label>')}.`], '\n\n'))];
}

export async function showPlan(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const here = await openHere(plans, inbound);
  if (!here) return notLinked(plans, inbound);
  const overdue = here.items.filter((c) => c.overdue).length;
  const said = here.items.length
    ? hinted`**${here.label}**: ${here.items.length} open commitment${here.items.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}. Mark one done with ${hint('done', '<n>')}.`
    : hinted`**${here.label}** has no open commitments.`;
  return [{ kind: 'plan', audience: { kind: 'conversation' }, text: said.text, hints: said.hints, commitments: here.items.map(toView) }];
}

async function nth(plans: PlanService, inbound: Inbound, args: string[], verb: 'done' | 'snooze'): Promise<{ c: ListedCommitment; rest: string[] } | Reply[]> {
  const here = await openHere(plans, inbound);
  if (!here) return notLinked(plans, inbound);
  const n = Number(String(args[0] ?? '').replace(/^#/, ''));
  const found = Number.isInteger(n) ? here.items.find((c) => c.n === n) : undefined;
  if (!found) {
    const numbers = here.items.map((c) => `#${c.n}`).join(', ');
    throw badInput(
      here.items.length
        ? hinted`Say which commitment by its number in ${hint('plan')} (open now: ${numbers}), e.g. ${hint(verb, String(here.items[0]!.n ?? 1))}.`
        : `**${here.label}** has no open commitments.`,
    );
  }
  return { c: found, rest: args.slice(1) };
}

export async function done(plans: PlanService, inbound: Inbound, args: string[]): Promise<Reply[]> {
  const found = await nth(plans, inbound, args, 'done');
  if (Array.isArray(found)) return found;
  const outcome = (found.rest.join('-').toLowerCase() || 'done') as Outcome;
  if (!OUTCOMES.includes(outcome)) throw badInput(`"${found.rest.join(' ')}" is not an outcome. Use one of: ${OUTCOMES.join(', ')}.`);
  // Closed with its outcome, as `liaison plan done --outcome` does: "not eligible" is an answer, not a cancellation.
  const c = await plans.markDone(found.c.id, outcome, ctxOf(inbound));
  return [info(`Closed on **${c.planLabel}**: ${c.task} (${c.ownerNames.join(' and ')}), outcome: ${outcome}.`, 'conversation')];
}

export async function snooze(plans: PlanService, inbound: Inbound, args: string[]): Promise<Reply[]> {
  const found = await nth(plans, inbound, args, 'snooze');
  if (Array.isArray(found)) return found;
  const days = found.rest[0] ? Number(found.rest[0]) : 7;
  const c = await plans.snooze(found.c.id, { days }, ctxOf(inbound));
  return [info(`Moved on **${c.planLabel}**: ${c.task} is now due ${c.due}.`, 'conversation')];
}

export async function home(plans: PlanService, inbound: Inbound): Promise<Reply[]> {
  const mine = await plans.openCommitmentsFor(ctxOf(inbound).actor);
  const overdue = mine.filter((c) => c.overdue).length;
  const text = mine.length
    ? `You have ${mine.length} open commitment${mine.length === 1 ? '' : 's'}${overdue ? `, ${overdue} overdue` : ''}.`
    : 'You have no open commitments. Items you are given in meeting notes show up here.';
  return [
    {
      kind: 'home',
      audience: { kind: 'requester' },
      text,
      commitments: mine.map(toView),
      actions: mine.flatMap((c) => [
        { id: 'commitment.done', label: 'Done', value: c.id, style: 'primary' as const },
        { id: 'commitment.snooze', label: 'Snooze a week', value: c.id },
      ]),
    },
  ];
}
