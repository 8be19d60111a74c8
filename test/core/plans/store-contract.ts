// The one contract every PlanStore passes. Run by embedded-store.test.ts and redis-store.redis.test.ts.
import type { Commitment } from '../../../src/core/plans/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreConflict, type PlanStore } from '../../../src/core/plans/store.js';
import { audit, makePartner, makePlan, meetingWrite } from './fixtures.js';

export interface ContractHarness {
  /** A fresh, empty store for one test. */
  open(): Promise<PlanStore>;
  /** A second store instance over the same data (another process, in production). */
  openTwin(): Promise<PlanStore>;
  /** Called after each test, after the stores are closed. */
  cleanup(): Promise<void>;
  /** How many raw entries remain in the backing storage (for "delete leaves nothing"). */
  remaining?(): Promise<number>;
}

const day = (iso: string) => new Date(`${iso}T05:00:00Z`).getTime();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function planStoreContract(name: string, h: ContractHarness): void {
  describe(`PlanStore contract: ${name}`, () => {
    let store: PlanStore;
    const opened: PlanStore[] = [];
    beforeEach(async () => {
      store = await h.open();
      opened.push(store);
    });
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
      await h.cleanup();
    });
    const twin = async () => {
      const s = await h.openTwin();
      opened.push(s);
      return s;
    };

    it('creates a plan and finds it by id, by label in any case, and in the list', async () => {
      const plan = makePlan({ label: 'AB-12' });
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      expect(await store.getPlan(plan.id)).toEqual(plan);
      expect((await store.getPlanByLabel('ab-12'))?.id).toBe(plan.id);
      expect((await store.listPlans()).map((p) => p.id)).toEqual([plan.id]);
      expect(await store.getPlan('nope')).toBeNull();
    });

    it('refuses a second plan with the same label, and a save from a stale version', async () => {
      const plan = makePlan({ label: 'CD' });
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const clash = store.savePlan(makePlan({ label: 'cd' }), { expectedVersion: null, audit: audit('x', 'plan.create') });
      await expect(clash).rejects.toMatchObject({ code: 'conflict', reason: 'label' });
      const v2 = { ...plan, members: ['p1'], version: 2 };
      await store.savePlan(v2, { expectedVersion: 1, audit: audit(plan.id, 'plan.member.add') });
      const stale = store.savePlan({ ...plan, members: ['p2'], version: 2 }, { expectedVersion: 1, audit: audit(plan.id, 'x') });
      await expect(stale).rejects.toBeInstanceOf(StoreConflict);
      expect((await store.getPlan(plan.id))?.members).toEqual(['p1']);
    });

    it('links a conversation to one plan only, and unlinks it', async () => {
      const a = makePlan();
      const b = makePlan();
      for (const p of [a, b]) await store.savePlan(p, { expectedVersion: null, audit: audit(p.id, 'plan.create') });
      const conv = { platform: 'slack' as const, id: 'C123' };
      await store.savePlan({ ...a, links: [conv], version: 2 }, { expectedVersion: 1, linkAdd: conv, audit: audit(a.id, 'plan.link') });
      expect((await store.getPlanByConversation(conv))?.id).toBe(a.id);
      const steal = store.savePlan({ ...b, links: [conv], version: 2 }, { expectedVersion: 1, linkAdd: conv, audit: audit(b.id, 'plan.link') });
      await expect(steal).rejects.toMatchObject({ reason: 'link', otherPlanId: a.id });
      await store.savePlan({ ...a, links: [], version: 3 }, { expectedVersion: 2, linkRemove: conv, audit: audit(a.id, 'plan.unlink') });
      expect(await store.getPlanByConversation(conv)).toBeNull();
    });

    it('logs a meeting atomically and lists its commitments by due date', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const w = meetingWrite(plan.id, [day('2026-04-10'), null, day('2026-03-20')]);
      expect(await store.logMeeting(plan.id, w)).toEqual({ duplicate: false, meetingId: w.meeting.id });
      expect((await store.listCommitments(plan.id)).map((c) => c.task)).toEqual(['task 3', 'task 1', 'task 2']);
      expect((await store.listMeetings(plan.id)).map((m) => m.commitmentIds)).toEqual([w.meeting.commitmentIds]);
      expect(await store.getCommitment(w.commitments[0]!.id)).toEqual(w.commitments[0]);
    });

    it('answers dueBefore from the due index: earliest first, strictly before t, open only, across plans', async () => {
      const [p1, p2] = [makePlan(), makePlan()];
      for (const p of [p1, p2]) await store.savePlan(p, { expectedVersion: null, audit: audit(p.id, 'plan.create') });
      const w1 = meetingWrite(p1.id, [day('2026-03-05'), day('2026-03-09'), null]);
      const w2 = meetingWrite(p2.id, [day('2026-03-07'), day('2026-03-20')]);
      await store.logMeeting(p1.id, w1);
      await store.logMeeting(p2.id, w2);
      const due = await store.dueBefore(new Date(day('2026-03-09')), 10);
      expect(due.map((c) => c.dueAt)).toEqual([day('2026-03-05'), day('2026-03-07')]);
      expect((await store.dueBefore(new Date(day('2026-12-31')), 2)).map((c) => c.dueAt)).toEqual([day('2026-03-05'), day('2026-03-07')]);

      const first = w1.commitments[0]!;
      await store.saveCommitment({ ...first, status: 'completed', outcome: 'done', version: 2 }, 1, audit(p1.id, 'commitment.done'));
      const moved = w2.commitments[1]!;
      await store.saveCommitment({ ...moved, dueAt: day('2026-03-01'), due: '2026-03-01', version: 2 }, 1, audit(p2.id, 'commitment.due'));
      expect((await store.dueBefore(new Date(day('2026-12-31')), 10)).map((c) => c.id)).toEqual([moved.id, w2.commitments[0]!.id, w1.commitments[1]!.id]);
      const stale = store.saveCommitment({ ...moved, version: 2 }, 1, audit(p2.id, 'x'));
      await expect(stale).rejects.toMatchObject({ reason: 'version' });
    });

    it('answers pingsDueBy from the ping index: by next ping, at or before t, open only; every change moves it in the same write', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const w = meetingWrite(plan.id, [day('2026-03-05'), day('2026-03-09'), null]);
      const [a, b, c] = w.commitments as [Commitment, Commitment, Commitment];
      a.nextPingAt = day('2026-03-03');
      b.nextPingAt = day('2026-03-02');
      c.nextPingAt = null;
      await store.logMeeting(plan.id, w);
      expect((await store.pingsDueBy(new Date(day('2026-03-03')), 10)).map((x) => x.id)).toEqual([b.id, a.id]);
      expect((await store.pingsDueBy(new Date(day('2026-03-02')), 10)).map((x) => x.id)).toEqual([b.id]);
      // Snoozed: its next ping moves; closed: it leaves the index; both with the change itself.
      await store.saveCommitment({ ...b, nextPingAt: day('2026-04-01'), version: 2 }, 1, audit(plan.id, 'commitment.snooze'));
      await store.saveCommitment({ ...a, status: 'completed', nextPingAt: day('2026-03-03'), version: 2 }, 1, audit(plan.id, 'commitment.done'));
      expect(await store.pingsDueBy(new Date(day('2026-03-31')), 10)).toEqual([]);
      expect((await store.pingsDueBy(new Date(day('2026-04-01')), 10)).map((x) => x.id)).toEqual([b.id]);
      await store.deletePlan(plan.id);
      expect(await store.pingsDueBy(new Date(day('2027-01-01')), 10)).toEqual([]);
    });

    it('writes an audit entry for each change, in order', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      await store.savePlan({ ...plan, version: 2 }, { expectedVersion: 1, audit: audit(plan.id, 'plan.goal') });
      const w = meetingWrite(plan.id, [day('2026-03-05')]);
      await store.logMeeting(plan.id, w);
      await store.saveCommitment({ ...w.commitments[0]!, status: 'accepted', version: 2 }, 1, audit(plan.id, 'commitment.status'));
      expect((await store.listAudit(plan.id)).map((a) => a.action)).toEqual(['plan.create', 'plan.goal', 'meeting.log', 'commitment.status']);
    });

    it('deletes a plan with its commitments, meetings, audit trail, due entries and links', async () => {
      const plan = makePlan({ label: 'EF' });
      const conv = { platform: 'teams' as const, id: '19:abc' };
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      await store.savePlan({ ...plan, links: [conv], version: 2 }, { expectedVersion: 1, linkAdd: conv, audit: audit(plan.id, 'plan.link') });
      const w = meetingWrite(plan.id, [day('2026-03-05'), day('2026-03-06')], ['msg:1', 'notes:x']);
      await store.logMeeting(plan.id, w);
      expect(await store.deletePlan(plan.id)).toBe(true);
      expect(await store.getPlan(plan.id)).toBeNull();
      expect(await store.getPlanByLabel('EF')).toBeNull();
      expect(await store.getPlanByConversation(conv)).toBeNull();
      expect(await store.getCommitment(w.commitments[0]!.id)).toBeNull();
      expect(await store.dueBefore(new Date(day('2027-01-01')), 10)).toEqual([]);
      expect(await store.listAudit(plan.id)).toEqual([]);
      expect(await store.listMeetings(plan.id)).toEqual([]);
      if (h.remaining) expect(await h.remaining()).toBe(0);
      expect(await store.deletePlan(plan.id)).toBe(false);
      // The label and the conversation are free again.
      const again = makePlan({ label: 'EF' });
      await store.savePlan({ ...again, links: [conv] }, { expectedVersion: null, linkAdd: conv, audit: audit(again.id, 'plan.create') });
      expect((await store.getPlanByConversation(conv))?.id).toBe(again.id);
    });

    it('logs the same notes once: a repeated key returns the first meeting and writes nothing', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const first = meetingWrite(plan.id, [day('2026-03-05')], ['msg:111', 'notes:2026-03-01:aaa']);
      await store.logMeeting(plan.id, first);
      const sameText = meetingWrite(plan.id, [day('2026-03-05')], ['msg:222', 'notes:2026-03-01:aaa']);
      expect(await store.logMeeting(plan.id, sameText)).toEqual({ duplicate: true, meetingId: first.meeting.id });
      expect(await store.listCommitments(plan.id)).toHaveLength(1);
      expect(await store.listMeetings(plan.id)).toHaveLength(1);
      expect((await store.listAudit(plan.id)).filter((a) => a.action === 'meeting.log')).toHaveLength(1);
    });

    it('finds the meeting notes were logged under by any of their keys', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const first = meetingWrite(plan.id, [day('2026-03-05')], ['msg:111', 'notes:aaa']);
      await store.logMeeting(plan.id, first);
      expect(await store.meetingForKeys(plan.id, ['msg:999', 'notes:aaa'])).toBe(first.meeting.id);
      expect(await store.meetingForKeys(plan.id, ['msg:999'])).toBeNull();
      expect(await store.meetingForKeys(plan.id, [])).toBeNull();
    });

    it('reserves commitment numbers once each, across instances, and forgets them with the plan', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const other = await twin();
      const firsts = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? other : store).reserveNumbers(plan.id, 2)));
      expect(firsts.sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11]);
      await store.deletePlan(plan.id);
      expect(await store.reserveNumbers(plan.id, 1)).toBe(1);
    });

    it('logs one set of items when the same notes arrive at the same moment, on one or two instances', async () => {
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const other = await twin();
      const writes = Array.from({ length: 8 }, () => meetingWrite(plan.id, [day('2026-03-05'), day('2026-03-06')], ['msg:same', 'notes:2026-03-01:same']));
      const results = await Promise.all(writes.map((w, i) => (i % 2 ? other : store).logMeeting(plan.id, w)));
      expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(new Set(results.map((r) => r.meetingId)).size).toBe(1);
      expect(await store.listCommitments(plan.id)).toHaveLength(2);
      expect(await other.listCommitments(plan.id)).toHaveLength(2);
    });

    it('refuses to log into a plan that does not exist', async () => {
      await expect(store.logMeeting('missing', meetingWrite('missing', [null]))).rejects.toMatchObject({ reason: 'missing' });
    });

    it('upserts partners and finds them by id and by email in any case', async () => {
      await store.upsertPartners([makePartner({ id: 'p1', name: 'Rosa Alvarez', email: 'Rosa@dvr.example.gov' }), makePartner({ id: 'p2', name: 'Dan Kim' })]);
      expect((await store.getPartnerByEmail('rosa@DVR.example.gov'))?.id).toBe('p1');
      await store.upsertPartners([makePartner({ id: 'p1', name: 'Rosa Alvarez', email: 'ralvarez@dvr.example.gov' })]);
      expect(await store.getPartnerByEmail('rosa@dvr.example.gov')).toBeNull();
      expect((await store.getPartner('p1'))?.email).toBe('ralvarez@dvr.example.gov');
      expect((await store.listPartners()).map((p) => p.name)).toEqual(['Dan Kim', 'Rosa Alvarez']);
    });

    it('claimOnce lets exactly one of many concurrent callers through, again after the ttl', async () => {
      const other = await twin();
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).claimOnce('evt:1', 300)));
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.claimOnce('evt:2', 300)).toBe(true);
      await sleep(450);
      expect(await store.claimOnce('evt:1', 300)).toBe(true);
    });

    it('keeps state until deleted or until its ttl passes', async () => {
      await store.putState('proposal:1', { items: [1, 2], by: 'U1' });
      await store.putState('pending:2', 'soon gone', 200);
      expect(await store.getState('proposal:1')).toEqual({ items: [1, 2], by: 'U1' });
      expect(await store.getState('pending:2')).toBe('soon gone');
      await sleep(350);
      expect(await store.getState('pending:2')).toBeNull();
      await store.deleteState('proposal:1');
      expect(await store.getState('proposal:1')).toBeNull();
      expect(await store.getState('never')).toBeNull();
    });

    it('appends feedback and lists it in order', async () => {
      await store.appendFeedback({ at: '2026-03-01T00:00:00Z', rating: 'up', question: 'Who runs Pre-ETS?', sources: ['dvr.md'] });
      await store.appendFeedback({ at: '2026-03-02T00:00:00Z', rating: 'down', question: 'SSI at 18?', sources: [] });
      expect((await store.listFeedback()).map((f) => f.rating)).toEqual(['up', 'down']);
    });
  });
}
