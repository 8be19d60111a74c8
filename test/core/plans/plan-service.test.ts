import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { PlanService } from '../../../src/core/plans/plan-service.js';
import { cli, inChannel, kim, serviceHarness } from './service-fixtures.js';

type Harness = Awaited<ReturnType<typeof serviceHarness>>;
let h: Harness;
beforeEach(async () => {
  h = await serviceHarness();
});
afterEach(async () => {
  await h.close();
});

const notes = `- Ms. Alvarez will send the Pre-ETS referral by 3/9
- Maria to check the CIL peer group schedule
- Mr. Ortega and Dr. Kim set up the job shadow`;
const items = [
  { owners: ['Ms. Alvarez'], task: 'Send the Pre-ETS referral', due: '2026-03-09', quote: 'Ms. Alvarez will send the Pre-ETS referral by 3/9' },
  { owners: ['Maria'], task: 'Check the CIL peer group schedule', due: null, quote: 'Maria to check the CIL peer group schedule' },
  { owners: ['Mr. Ortega', 'Dr. Kim'], task: 'Set up the job shadow', due: '2026-03-09', quote: 'Mr. Ortega and Dr. Kim set up the job shadow' },
];
const log = (over: Partial<Parameters<PlanService['logMeeting']>[0]> = {}) =>
  h.service.logMeeting({ planId: h.planId, meetingDate: '2026-03-02', messageId: 'm-1', notesText: notes, items, ...inChannel('C1', 'U0KIM'), ...over });

describe('who may see a plan', () => {
  it('shows the plan in its linked channel to anyone there', async () => {
    expect((await h.service.getPlan('ab-12', inChannel('C1'))).label).toBe('AB-12');
    await log();
    expect(await h.service.listCommitments('AB-12', { scope: 'open' }, inChannel('C1'))).toHaveLength(3);
  });

  it('refuses it in another channel, even to a member, and says how to link it', async () => {
    for (const ctx of [inChannel('C2'), inChannel('C2', 'U0KIM')]) {
      const err = await h.service.listCommitments('AB-12', { scope: 'all' }, ctx).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'forbidden', said: { text: 'AB-12 is not shared with this conversation. Ask its coordinator to link it here with {{hint:0}}.', hints: [{ action: 'link', args: ['AB-12'] }] } });
    }
  });

  it('shows it in a DM to its members and coordinator, and to the CLI, but not to a stranger', async () => {
    const mariaDm = { actor: { platform: 'slack' as const, userId: 'U0MLOPEZ' }, conversation: { platform: 'slack' as const, id: 'D2', kind: 'dm' as const } };
    const rosaTeams = { actor: { platform: 'teams' as const, userId: 'aad-1' } };
    for (const ctx of [kim, mariaDm, rosaTeams, cli]) expect((await h.service.getPlan('AB-12', ctx)).id).toBe(h.planId);
    const stranger = { actor: { platform: 'slack' as const, userId: 'U0STRANGER' }, conversation: { platform: 'slack' as const, id: 'D9', kind: 'dm' as const } };
    await expect(h.service.getPlan('AB-12', stranger)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('lets only the team link a plan, and finds the plan linked to a conversation', async () => {
    await expect(h.service.linkConversation('AB-12', { platform: 'slack', id: 'C2' }, inChannel('C2'))).rejects.toMatchObject({ code: 'forbidden' });
    expect((await h.service.findPlanForConversation({ platform: 'slack', id: 'C1' }))?.label).toBe('AB-12');
    await h.service.unlinkConversation('AB-12', { platform: 'slack', id: 'C1' }, kim);
    expect(await h.service.findPlanForConversation({ platform: 'slack', id: 'C1' })).toBeNull();
    await expect(h.service.getPlan('AB-12', inChannel('C1'))).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('names an unknown plan and says how to list the right ones', async () => {
    await expect(h.service.getPlan('ZZ-9', kim)).rejects.toMatchObject({ code: 'not_found', said: { hints: [{ action: 'plans' }] } });
  });
});

describe('plan labels', () => {
  it('refuses a full name and suggests initials', async () => {
    const err = await h.service.createPlan({ label: 'Jordan Smith' }, kim).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'bad_input', message: expect.stringContaining('"JS-2031"') });
  });

  it('refuses empty, long and punctuated labels, and accepts initials and local ids', async () => {
    for (const bad of ['  ', 'A'.repeat(25), 'AB/12', 'J.S.']) await expect(h.service.createPlan({ label: bad }, kim)).rejects.toMatchObject({ code: 'bad_input' });
    for (const good of ['JS', 'jd 2031', 'Student_7', 'MR-44 B']) expect((await h.service.createPlan({ label: good }, kim)).label).toBe(good);
    await expect(h.service.createPlan({ label: 'ab-12' }, kim)).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('logging meeting notes', () => {
  it('resolves owners, keeps an ambiguous one with its candidates and an unknown one as written', async () => {
    const { logged, duplicate } = await log();
    expect(duplicate).toBe(false);
    expect(logged.map((c) => c.owners)).toEqual([
      [{ written: 'Ms. Alvarez', partnerId: 'alvarez', match: 'resolved' }],
      [{ written: 'Maria', match: 'ambiguous', candidates: ['maria-c', 'maria-l'] }],
      [
        { written: 'Mr. Ortega', match: 'unresolved' },
        { written: 'Dr. Kim', partnerId: 'kim', match: 'resolved' },
      ],
    ]);
    const listed = await h.service.listCommitments('AB-12', { scope: 'all' }, cli);
    expect(listed.find((c) => c.task.startsWith('Set up'))?.ownerNames).toEqual(['Mr. Ortega (not in the directory)', 'Daniel Kim']);
  });

  it('logs the same notes once: same message id, or the same text reposted, or two at the same moment', async () => {
    const first = await log();
    const again = await log();
    expect(again).toMatchObject({ duplicate: true, logged: first.logged, meeting: { date: first.meeting!.date } });
    const otherDate = await log({ messageId: 'm-9', meetingDate: '2026-03-04' });
    expect(otherDate).toMatchObject({ duplicate: true, meeting: { date: first.meeting!.date } });
    const reposted = await log({ messageId: 'm-2', notesText: notes.replace(/^- /gm, '* ').toUpperCase() });
    expect(reposted.duplicate).toBe(true);
    const [a, b] = await Promise.all([log({ messageId: 'm-3', notesText: 'other notes' }), log({ messageId: 'm-3', notesText: 'other notes' })]);
    expect([a.duplicate, b.duplicate].sort()).toEqual([false, true]);
    expect(await h.service.listCommitments('AB-12', { scope: 'all' }, cli)).toHaveLength(6);
  });

  it('logs notes already logged as a new meeting only when asked to, numbering on from the last', async () => {
    const first = await log();
    expect(first.logged.map((c) => c.n)).toEqual([1, 2, 3]);
    const again = await log({ messageId: 'm-2', meetingDate: '2026-03-09', again: true });
    expect(again.duplicate).toBe(false);
    expect(again.logged.map((c) => c.n)).toEqual([4, 5, 6]);
    await h.service.markDone(first.logged[1]!.id, 'done', cli);
    const open = await h.service.listCommitments('AB-12', { scope: 'open' }, cli);
    expect(open.map((c) => c.n).sort((a, b) => a! - b!)).toEqual([1, 3, 4, 5, 6]);
  });

  it('numbers commitments stored before numbers existed, once, in the order they were logged', async () => {
    const { logged } = await log();
    for (const c of logged) {
      const { n: _n, ...bare } = (await h.store.getCommitment(c.id))!;
      await h.store.saveCommitment({ ...bare, version: c.version + 1 }, c.version, h.service.audit(cli, h.planId, 'test', 'strip the number'));
    }
    expect(await h.service.upgrade()).toMatchObject({ numbered: 3 });
    expect(await h.service.upgrade()).toMatchObject({ numbered: 0 });
    const numbers = (await h.store.listCommitments(h.planId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)).map((c) => c.n);
    expect(numbers).toEqual([4, 5, 6]);
  });

  it('flags overdue in the owner’s time zone', async () => {
    await log();
    // 04:30 UTC on 10 March: already the 10th in New York (Kim), still the 9th in Chicago (Alvarez).
    h.clock.set('2026-03-10T04:30:00Z');
    const open = await h.service.listCommitments('AB-12', { scope: 'open' }, cli);
    const overdue = Object.fromEntries(open.map((c) => [c.task, c.overdue]));
    // The job shadow's first resolved owner is Kim (New York); the referral's is Alvarez (Chicago).
    expect(overdue).toEqual({ 'Send the Pre-ETS referral': false, 'Set up the job shadow': true, 'Check the CIL peer group schedule': false });
    h.clock.set('2026-03-10T05:30:00Z');
    expect((await h.service.listCommitments('AB-12', { scope: 'open' }, cli)).filter((c) => c.overdue).map((c) => c.task).sort()).toEqual(['Send the Pre-ETS referral', 'Set up the job shadow']);
  });
});

describe('changing commitments', () => {
  it('marks done, snoozes, reassigns and changes due dates, with history and audit', async () => {
    const { logged } = await log();
    const [referral, schedule, shadow] = logged as [(typeof logged)[0], (typeof logged)[0], (typeof logged)[0]];
    const done = await h.service.markDone(referral.id, 'done', inChannel('C1', 'U0KIM'));
    expect([done.status, done.outcome]).toEqual(['completed', 'done']);
    await expect(h.service.markDone(referral.id, 'done', cli)).rejects.toMatchObject({ code: 'bad_input' });
    const snoozed = await h.service.snooze(shadow.id, { days: 7 }, cli);
    expect(snoozed.due).toBe('2026-03-16');
    const mine = await h.service.reassign(schedule.id, ['mlopez@cil.example.org'], cli);
    expect(mine.owners).toEqual([{ written: 'mlopez@cil.example.org', partnerId: 'maria-l', match: 'resolved' }]);
    const dated = await h.service.changeDue(schedule.id, '2026-04-01', cli);
    expect(dated.history.map((x) => x.what)).toEqual(['created', 'owners', 'due']);
    await expect(h.service.changeDue(schedule.id, '2026-02-30', cli)).rejects.toMatchObject({ code: 'bad_input' });
    const actions = (await h.store.listAudit(h.planId)).map((a) => a.action);
    expect(actions.slice(-5)).toEqual(['meeting.log', 'commitment.done', 'commitment.snooze', 'commitment.reassign', 'commitment.due']);
    expect((await h.store.dueBefore(new Date('2026-12-31T00:00:00Z'), 10)).map((c) => c.id)).toEqual([shadow.id, schedule.id]);
  });

  it('lists a person’s open commitments across plans for their home view', async () => {
    await log();
    await h.service.createPlan({ label: 'CD-3' }, kim);
    await h.service.logMeeting({ planId: 'CD-3', meetingDate: '2026-03-02', notesText: 'x', items: [{ owners: ['@Daniel.Kim'], task: 'Call the family', due: '2026-03-05', quote: 'x' }], mentions: [{ text: '@Daniel.Kim', platform: 'slack', userId: 'U0KIM' }], ...kim });
    const home = await h.service.openCommitmentsFor(kim.actor);
    expect(home.map((c) => [c.planLabel, c.task])).toEqual([
      ['CD-3', 'Call the family'],
      ['AB-12', 'Set up the job shadow'],
    ]);
  });
});

describe('export and delete', () => {
  it('exports Markdown and JSON, then deletes everything the plan held', async () => {
    await h.service.setGoal('AB-12', 'employment', 'Work in a veterinary clinic', kim);
    await h.service.recordConsent('AB-12', { agencies: ['DVR', 'CIL'], givenBy: 'parent', from: '2026-01-15', until: '2027-01-15' }, kim);
    await log();
    const md = await h.service.exportPlan('AB-12', 'md', kim);
    expect(md).toContain('# Transition plan AB-12');
    expect(md).toContain('Work in a veterinary clinic');
    expect(md).toContain('Mr. Ortega (not in the directory)');
    const json = JSON.parse(await h.service.exportPlan('AB-12', 'json', kim));
    expect(json.commitments).toHaveLength(3);
    expect(json.audit.map((a: { action: string }) => a.action)).toContain('plan.consent');
    await expect(h.service.deletePlan('AB-12', { actor: { platform: 'slack', userId: 'U0MLOPEZ' } })).rejects.toMatchObject({ code: 'forbidden' });
    await h.service.deletePlan('AB-12', kim);
    await expect(h.service.getPlan('AB-12', cli)).rejects.toMatchObject({ code: 'not_found' });
    expect(await h.store.dueBefore(new Date('2030-01-01'), 10)).toEqual([]);
    expect(await h.store.listAudit(h.planId)).toEqual([]);
    expect(await h.service.findPlanForConversation({ platform: 'slack', id: 'C1' })).toBeNull();
  });
});

it('keeps plans and commitments when the embedded store is reopened', async () => {
  await log();
  await h.store.close();
  const reopened = await openEmbeddedStore({ dataDir: h.dir, clock: h.clock });
  h.store = reopened;
  const service = new PlanService({ store: reopened, clock: h.clock });
  expect((await service.listCommitments('ab-12', { scope: 'open' }, inChannel('C1'))).map((c) => c.task)).toContain('Send the Pre-ETS referral');
});
