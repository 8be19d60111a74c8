// Changes to one commitment, as pure functions: each returns a new version with its history entry.
import { badInput } from '../errors.js';
import { dateIn, isValidDate, startOfDay } from './dates.js';
import { isOpen, type Commitment, type CommitmentChange, type CommitmentOwner, type CommitmentStatus, type Outcome } from './types.js';

export function checkDue(due: string | null): string | null {
  if (due === null || due === '') return null;
  if (!isValidDate(due)) throw badInput(`"${due}" is not a date. Write due dates as YYYY-MM-DD, e.g. 2026-05-01.`);
  return due;
}

export const dueAtFor = (due: string | null, tz: string) => (due === null ? null : startOfDay(due, tz));

/** Open, dated, and the owner's calendar has moved past the due day. */
export function isOverdue(c: Commitment, now: Date): boolean {
  return isOpen(c.status) && c.due !== null && dateIn(c.timeZone, now) > c.due;
}

function change(c: Commitment, entry: Omit<CommitmentChange, 'at' | 'by'>, by: string, at: Date, patch: Partial<Commitment>): Commitment {
  return { ...c, ...patch, history: [...c.history, { at: at.toISOString(), by, ...entry }], updatedAt: at.toISOString(), version: c.version + 1 };
}

export function withStatus(c: Commitment, status: CommitmentStatus, outcome: Outcome | undefined, by: string, at: Date, note?: string): Commitment {
  if (!isOpen(c.status)) throw badInput(`That commitment is already ${c.status}${c.outcome ? ` (${c.outcome})` : ''}; it cannot change to ${status}.`);
  const to = outcome ? `${status} (${outcome})` : status;
  const next = change(c, { what: 'status', from: c.status, to, ...(note ? { note } : {}) }, by, at, { status });
  if (outcome) next.outcome = outcome;
  return next;
}

export function withDue(c: Commitment, due: string | null, by: string, at: Date): Commitment {
  const checked = checkDue(due);
  if (!isOpen(c.status)) throw badInput(`That commitment is ${c.status}; reopen it before changing its due date.`);
  return change(c, { what: 'due', from: c.due, to: checked }, by, at, { due: checked, dueAt: dueAtFor(checked, c.timeZone) });
}

export function withOwners(c: Commitment, owners: CommitmentOwner[], timeZone: string, by: string, at: Date): Commitment {
  if (!owners.length) throw badInput('A commitment needs at least one owner. Name who will do it.');
  const show = (os: CommitmentOwner[]) => os.map((o) => o.partnerId ?? o.written).join(', ');
  return change(c, { what: 'owners', from: show(c.owners), to: show(owners) }, by, at, { owners, timeZone, dueAt: dueAtFor(c.due, timeZone) });
}

/** The coordinator asked for the owner to be reminded again: a new reminder schedule counts from today. */
export function withRemindAgain(c: Commitment, today: string, by: string, at: Date): Commitment {
  if (!isOpen(c.status)) throw badInput(`That commitment is ${c.status}; there is nothing to remind anyone of.`);
  const reminders = { basis: `remind:${today}`, handled: [], log: c.reminders?.log ?? [] };
  return change(c, { what: 'reminder', from: c.reminders?.basis ?? null, to: reminders.basis }, by, at, { reminders });
}

/** Marks (or unmarks) the commitment as a transition service written into the IEP. */
export function withIepService(c: Commitment, on: boolean, by: string, at: Date): Commitment {
  return change(c, { what: 'iep', from: c.iepService ? 'iep service' : null, to: on ? 'iep service' : null }, by, at, { iepService: on });
}
