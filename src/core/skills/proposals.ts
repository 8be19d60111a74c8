// Proposed action items awaiting a person's Confirm: kept in the store's state (so any instance can
// take the button press), with owners resolved against the plan's partners for display.
import { randomUUID } from 'node:crypto';
import type { ExtractedItem } from '../notes/index.js';
import type { OwnerResolution } from '../plans/owners.js';
import type { PlanStore } from '../plans/store.js';
import type { Conversation, Mention, Person, ProposedItem } from '../messages.js';

export const PROPOSAL_TTL_MS = 7 * 24 * 3600 * 1000;

export interface Proposal {
  id: string;
  planId: string;
  planLabel: string;
  meetingDate: string;
  messageId?: string;
  permalink?: string;
  /** Kept only until confirmed or cancelled: it is what makes logging the same notes twice a no-op. */
  notesText: string;
  items: ExtractedItem[];
  /** The people the notes mention (from the channel and from markup pasted in the notes). */
  mentions?: Mention[];
  requester: Person;
  conversation: Conversation;
  fallback?: string;
}

const key = (id: string) => `proposal:${id}`;

export async function saveProposal(store: PlanStore, p: Omit<Proposal, 'id'> & { id?: string }): Promise<Proposal> {
  const proposal = { ...p, id: p.id ?? randomUUID() };
  await store.putState(key(proposal.id), proposal, PROPOSAL_TTL_MS);
  return proposal;
}

export const loadProposal = (store: PlanStore, id: string) => store.getState<Proposal>(key(id));
export const dropProposal = (store: PlanStore, id: string) => store.deleteState(key(id));

/** The items as a person sees them before confirming: owners matched, ambiguous ones as choices. */
export function toProposedItems(items: ExtractedItem[], resolutions: Map<string, OwnerResolution>): ProposedItem[] {
  return items.map((item, i) => ({
    n: i + 1,
    owners: item.owners.map((written) => {
      const r = resolutions.get(written);
      if (r?.match === 'resolved') return { name: r.partner.name, partnerId: r.partner.id, resolved: true };
      if (r?.match === 'ambiguous') return { name: written, resolved: false, candidates: r.candidates.map((c) => c.name) };
      return { name: written, resolved: false };
    }),
    task: item.task,
    due: item.due,
    dueFlag: item.dueFlag,
    ...(item.dueWarning ? { dueWarning: item.dueWarning } : {}),
    quote: item.quote,
  }));
}

export interface EditedItem {
  n: number;
  owner?: string;
  task?: string;
  due?: string | null;
  drop?: boolean;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Applies a person's edits from the Edit form; a date that is not YYYY-MM-DD is kept out and flagged. */
export function applyEdits(items: ExtractedItem[], edits: EditedItem[]): ExtractedItem[] {
  const byN = new Map(edits.map((e) => [e.n, e]));
  const out: ExtractedItem[] = [];
  items.forEach((item, i) => {
    const e = byN.get(i + 1);
    if (!e) return void out.push(item);
    if (e.drop) return;
    const owners = e.owner?.trim() ? e.owner.split(/\s*(?:,|&|\band\b)\s*/).filter(Boolean) : item.owners;
    const task = e.task?.trim() || item.task;
    let due = item.due;
    let dueFlag = item.dueFlag;
    if (e.due !== undefined) {
      const d = e.due?.trim() ?? '';
      if (!d) [due, dueFlag] = [null, undefined];
      else if (ISO_DAY.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`))) [due, dueFlag] = [d, undefined];
      else [due, dueFlag] = [null, 'unparsed'];
    }
    const { dueWarning: _checked, ...rest } = item;
    // A date the person edited is theirs: its warning goes; an untouched one keeps it.
    out.push({ ...(e.due !== undefined ? rest : item), owners, task, due, dueFlag });
  });
  return out;
}
