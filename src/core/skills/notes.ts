// The "log" job: notes in, proposed items out; nothing is written before a person confirms.
import { forbidden } from '../errors.js';
import type { Inbound, Person, Reply } from '../messages.js';
import { checkNotesSize, DATE_CONVENTION, extractActions, statedMeetingDate, type Extractor } from '../notes/index.js';
import { toView } from '../plans/commitment-ops.js';
import { dateIn } from '../plans/dates.js';
import type { PlanService, RequestContext } from '../plans/plan-service.js';
import type { OwnerResolution } from '../plans/owners.js';
import { ctxOf, info } from './reply.js';
import { applyEdits, dropProposal, loadProposal, saveProposal, toProposedItems, type EditedItem, type Proposal } from './proposals.js';
import { hint, hinted } from '../hints.js';

export interface NotesDeps {
  plans: PlanService;
  extractor: Extractor;
  timeZone: string;
}

/** A message that reads like meeting notes: several lines, and the rules find at least one item. */
export function looksLikeNotes(text: string, meetingDate: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length >= 3 && extractActions(text, { meetingDate }).length > 0;
}

export async function propose(deps: NotesDeps, inbound: Inbound, text: string): Promise<Reply[]> {
  checkNotesSize(text);
  const ctx = ctxOf(inbound);
  const plan = await deps.plans.findPlanForConversation(ctx.conversation!);
  if (!plan) {
    return [info(hinted`This conversation is not linked to a student's plan, so there is nowhere to log these notes. Link it first with ${hint('link', '<plan label>')} (or start one with ${hint('create', '<label>')}), then send the notes again.`)];
  }
  await deps.plans.getPlan(plan.id, ctx); // access check
  const postedOn = dateIn(plan.timeZone || deps.timeZone, inbound.receivedAt);
  const meetingDate = statedMeetingDate(text, postedOn) ?? postedOn;
  const partners = await deps.plans.partnerNames();
  const { items, fallback, mentions } = await deps.extractor.extract(text, { meetingDate, poster: inbound.from.name, timeZone: plan.timeZone, partners });
  if (!items.length) {
    return [info('I did not find any action items in these notes (an owner, a task and ideally a due date), so nothing was logged. Items read best as "Name will <task> by <date>".')];
  }
  const proposal = await saveProposal(deps.plans.store, {
    planId: plan.id,
    planLabel: plan.label,
    meetingDate,
    messageId: inbound.id,
    permalink: inbound.permalink,
    notesText: text,
    items,
    mentions: [...(inbound.mentions ?? []), ...mentions],
    requester: inbound.from,
    conversation: inbound.where,
    fallback,
  });
  return [await proposalReply(deps, proposal, ctx)];
}

async function proposalReply(deps: NotesDeps, p: Proposal, ctx: RequestContext): Promise<Reply> {
  const names = [...new Set(p.items.flatMap((i) => i.owners))];
  const resolved = await deps.plans.resolveOwners(p.planId, names, ctx, p.mentions);
  const byName = new Map<string, OwnerResolution>(resolved.map((r) => [r.written, r]));
  const items = toProposedItems(p.items, byName);
  const unmatched = items.some((i) => i.owners.some((o) => !o.resolved));
  const lines = [
    `I found ${items.length} action item${items.length === 1 ? '' : 's'} for **${p.planLabel}** (meeting of ${p.meetingDate}). Nothing is logged until you press Confirm.`,
    unmatched ? 'Owners I could not match to a partner are kept as written and flagged; use Edit to fix them.' : '',
    p.fallback ? `_${p.fallback}_` : '',
    `_${DATE_CONVENTION}_`,
  ];
  return {
    kind: 'proposal',
    audience: { kind: 'requester' },
    text: lines.filter(Boolean).join('\n\n'),
    items,
    actions: [
      { id: 'proposal.confirm', label: 'Confirm', style: 'primary' },
      { id: 'proposal.edit', label: 'Edit', opensForm: true },
      { id: 'proposal.cancel', label: 'Cancel', style: 'danger' },
    ],
    context: { proposalId: p.id },
  };
}

async function ownProposal(deps: NotesDeps, inbound: Inbound): Promise<Proposal | null> {
  const id = String(inbound.action?.data?.proposalId ?? '');
  const p = id ? await loadProposal(deps.plans.store, id) : null;
  if (p && (p.requester.platform !== inbound.from.platform || p.requester.userId !== inbound.from.userId)) {
    throw forbidden('Only the person who sent these notes can confirm, edit or cancel them.');
  }
  return p;
}

const EXPIRED = 'Those proposed items are no longer pending (they were confirmed, cancelled, or are more than a week old). Send the notes again to start over.';

/** Logs the proposal; `again` logs notes already logged as a new meeting (the person chose to). */
export async function confirm(deps: NotesDeps, inbound: Inbound, again = false): Promise<Reply[]> {
  const p = await ownProposal(deps, inbound);
  if (!p) return [info(EXPIRED)];
  const ctx: RequestContext = { actor: ctxOf(inbound).actor, conversation: { platform: p.conversation.platform, id: p.conversation.id, kind: p.conversation.kind } };
  const result = await deps.plans.logMeeting({
    ...ctx,
    planId: p.planId,
    meetingDate: p.meetingDate,
    messageId: p.messageId,
    sourceLink: p.permalink,
    notesText: p.notesText,
    items: p.items.map((i) => ({ owners: i.owners, task: i.task, due: i.due, quote: i.quote })),
    ...(p.mentions?.length ? { mentions: p.mentions } : {}),
    again,
  });
  if (result.duplicate) {
    // The proposal stays, so the person can still choose to log the notes as a new meeting.
    const when = result.meeting ? ` as the meeting of ${result.meeting.date}` : '';
    return [
      {
        ...info(`These notes were already logged to **${p.planLabel}**${when}; nothing new was added. If this was a new meeting with the same notes, log them again as one.`),
        actions: [{ id: 'proposal.again', label: 'Log as a new meeting' }, { id: 'proposal.cancel', label: 'Cancel' }],
        context: { proposalId: p.id },
      },
    ];
  }
  await dropProposal(deps.plans.store, p.id);
  const listed = await deps.plans.listCommitments(p.planId, { scope: 'all' }, ctx);
  const mine = listed.filter((c) => result.logged.some((l) => l.id === c.id));
  const who = inbound.from.name ?? inbound.from.userId;
  const replies: Reply[] = [
    {
      kind: 'logged',
      audience: { kind: 'conversation' },
      text: `Logged ${mine.length} commitment${mine.length === 1 ? '' : 's'} to **${p.planLabel}** from the meeting of ${p.meetingDate} (confirmed by ${who}). Mark any that is a transition service written into the IEP: if an agency does not deliver it, the escalation says what the law requires.`,
      commitments: mine.map(toView),
      actions: mine.slice(0, 10).map((c) => ({ id: 'commitment.iep', label: `#${c.n ?? '?'} is an IEP service`, value: c.id })),
    },
  ];
  const partners = new Map((await deps.plans.listPartners()).map((x) => [x.id, x]));
  for (const c of mine) {
    for (const o of c.owners) {
      const partner = o.partnerId ? partners.get(o.partnerId) : undefined;
      const userId = inbound.from.platform === 'slack' ? partner?.slackUserId : inbound.from.platform === 'teams' ? partner?.teamsUserId : undefined;
      if (!partner || !userId) continue;
      const person: Person = { platform: inbound.from.platform, userId, name: partner.name };
      replies.push({
        kind: 'notice',
        audience: { kind: 'person', person },
        text: `New commitment for you on **${p.planLabel}**: ${c.task}${c.due ? ` (due ${c.due})` : ' (no due date yet)'}. Logged by ${who} from the meeting of ${p.meetingDate}.`,
        commitments: [toView(c)],
        actions: [
          { id: 'commitment.done', label: 'Done', value: c.id, style: 'primary' },
          { id: 'commitment.snooze', label: 'Snooze a week', value: c.id },
        ],
      });
    }
  }
  return replies;
}

export async function cancel(deps: NotesDeps, inbound: Inbound): Promise<Reply[]> {
  const p = await ownProposal(deps, inbound);
  if (!p) return [info(EXPIRED)];
  await dropProposal(deps.plans.store, p.id);
  return [info('Cancelled. Nothing was logged.')];
}

export async function editForm(deps: NotesDeps, inbound: Inbound): Promise<Reply[]> {
  const p = await ownProposal(deps, inbound);
  if (!p) return [info(EXPIRED)];
  const reply = await proposalReply(deps, p, ctxOf(inbound));
  return [{ ...reply, kind: 'form', text: `Edit the items for **${p.planLabel}**. Clear a date to leave it open; tick "drop" to remove an item.` }];
}

export async function saveEdits(deps: NotesDeps, inbound: Inbound): Promise<Reply[]> {
  const p = await ownProposal(deps, inbound);
  if (!p) return [info(EXPIRED)];
  const edits = (inbound.action?.data?.items ?? []) as EditedItem[];
  const items = applyEdits(p.items, Array.isArray(edits) ? edits : []);
  if (!items.length) {
    await dropProposal(deps.plans.store, p.id);
    return [info('You dropped every item, so nothing will be logged.')];
  }
  const updated = await saveProposal(deps.plans.store, { ...p, items });
  return [await proposalReply(deps, updated, ctxOf(inbound))];
}
