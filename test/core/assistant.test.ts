import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/core/assistant.js';
import { inProcessWork } from '../../src/core/heavy-work.js';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { createExtractor } from '../../src/core/notes/index.js';
import { buildTestAssistant, inbound, type TestAssistant } from '../helpers/assistant.js';

const NOTES = `Transition meeting for JR, Nov 25
Discussed summer work experience and the VR referral.
Next steps:
- Dana Alvarez will send the VR application packet to the family by Friday
- Tom Okafor to schedule a job shadow at the hospital by 12/5
- [x] Maria already sent the consent form`;

let t: TestAssistant;
beforeEach(async () => {
  t = await buildTestAssistant();
});
afterEach(async () => {
  await t.close();
});

const command = (name: string, args: string[] = [], over = {}) => inbound({ kind: 'command', command: { name, args }, text: args.join(' '), ...over });

describe('answering questions', () => {
  it('answers from the knowledge folder with numbered sources and feedback buttons', async () => {
    const [reply] = await t.assistant.handle(inbound({ kind: 'message', text: 'What are the five Pre-ETS activities?' }));
    expect(reply?.kind).toBe('answer');
    expect(reply?.grounded).toBe(true);
    expect(reply?.sources?.length).toBeGreaterThan(0);
    expect(reply?.text).toMatch(/\[1\]/);
    expect(reply?.actions?.map((a) => a.value)).toEqual(['up', 'down']);
  });

  it('says plainly when the knowledge does not answer, without sources', async () => {
    const [reply] = await t.assistant.handle(inbound({ kind: 'message', text: 'How many vacation days do teachers get in Ohio?' }));
    expect(reply?.grounded).toBe(false);
    expect(reply?.sources).toEqual([]);
    expect(reply?.text).toMatch(/don't know/i);
    expect(reply?.text).toMatch(/coordinator/i);
  });

  it('answers a directory question with contact cards and "Show more", whose press returns the next services', async () => {
    const [first] = await t.assistant.handle(inbound({ kind: 'message', text: 'spanish speaking job help in Maple County' }));
    expect(first?.grounded).toBe(true);
    expect(first?.cards).toHaveLength(3);
    for (const card of first!.cards!) expect(card.meets).toEqual(['serves Maple County', 'Spanish']);
    const more = first?.actions?.find((a) => a.id === 'directory.more');
    expect(more?.value).toBe('3');
    const [next] = await t.assistant.handle(inbound({ kind: 'action', text: '', action: { id: 'directory.more', value: more!.value!, data: first!.context! } }));
    expect(next?.kind).toBe('answer');
    expect(next?.text).toMatch(/\(4 to \d+\)/);
    const shown = new Set(first!.cards!.map((c) => c.title));
    expect(next?.cards?.length).toBeGreaterThan(0);
    for (const card of next!.cards!) expect(shown.has(card.title)).toBe(false);
    // A press on a list the store no longer knows says what to do instead of failing.
    const [stale] = await t.assistant.handle(inbound({ kind: 'action', text: '', action: { id: 'directory.more', value: '3', data: { answerId: 'gone' } } }));
    expect(stale?.text).toMatch(/Ask the question again/);
  });

  it('answers a repeated delivery of the same message only once', async () => {
    const msg = inbound({ kind: 'message', text: 'Who is presumed eligible for VR?' });
    expect(await t.assistant.handle(msg)).toHaveLength(1);
    expect(await t.assistant.handle({ ...msg })).toEqual([]);
  });

  it('stays quiet on thread follow-ups unless the channel turned them on', async () => {
    const first = inbound({ kind: 'message', text: 'Who is presumed eligible for VR?' });
    await t.assistant.handle(first);
    const followUp = () => inbound({ kind: 'message', text: 'And how long does the decision take?', addressed: false, where: first.where });
    expect(await t.assistant.handle(followUp())).toEqual([]);
    await t.assistant.handle(command('followups', ['on'], { where: first.where }));
    const [reply] = await t.assistant.handle(followUp());
    expect(reply?.kind).toBe('answer');
    const elsewhere = inbound({ kind: 'message', text: 'unrelated chatter in another thread', addressed: false });
    expect(await t.assistant.handle(elsewhere)).toEqual([]);
  });

  it('proposes notes posted without a mention only in a conversation linked to a plan', async () => {
    const where = { platform: 'teams' as const, id: '19:chat@thread.v2', kind: 'group' as const };
    const from = { platform: 'teams' as const, userId: 'aad-maria', name: 'Maria Rivera', email: 'mrivera@example.org' };
    const pasted = () => inbound({ kind: 'message', text: NOTES, addressed: false, where, from });
    expect(await t.assistant.handle(pasted())).toEqual([]);
    await t.assistant.handle(command('create', ['JR-2027'], { where, from }));
    const [reply] = await t.assistant.handle(pasted());
    expect(reply?.kind).toBe('proposal');
    expect(reply?.audience).toEqual({ kind: 'requester' });
    // Chatter in the same linked conversation stays unanswered.
    expect(await t.assistant.handle(inbound({ kind: 'message', text: 'see you all on Tuesday', addressed: false, where, from }))).toEqual([]);
  });

  it('reads a short thread follow-up together with the question that started the thread', async () => {
    const first = inbound({ kind: 'message', text: 'Who is presumed eligible for VR?' });
    await t.assistant.handle(first);
    const thread = [
      { from: 'U0RIVERA', text: 'Who is presumed eligible for VR?', isBot: false },
      { from: 'UBOT', text: 'Anyone who gets SSI or SSDI ... [1]', isBot: true },
    ];
    const [reply] = await t.assistant.handle(inbound({ kind: 'message', text: 'And how long does the decision take?', where: first.where, thread }));
    expect(reply?.grounded).toBe(true);
    expect(reply?.sources?.map((s) => s.source)).not.toContain('guides/ssi-at-18.md');
    expect(reply?.text).toMatch(/60 days/);
  });

  it('turns bad questions into a clear message, not silence', async () => {
    const [empty] = await t.assistant.handle(inbound({ kind: 'message', text: '   ' }));
    expect(empty?.kind).toBe('error');
    expect(empty?.text).toMatch(/question was empty/);
    const [huge] = await t.assistant.handle(inbound({ kind: 'command', command: { name: 'ask', args: ['x'.repeat(20_000)] }, text: '' }));
    expect(huge?.text).toMatch(/20,000 characters; questions can be up to 2,000/);
  });

  it('records 👍/👎 with the question and its sources for the coordinator', async () => {
    const [answer] = await t.assistant.handle(inbound({ kind: 'message', text: 'What are the five Pre-ETS activities?' }));
    const [thanks] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'feedback', value: 'down', data: answer!.context } }));
    expect(thanks?.text).toMatch(/Thanks/);
    const [record] = await t.store.listFeedback();
    expect(record).toMatchObject({ rating: 'down', question: 'What are the five Pre-ETS activities?' });
    expect(record?.sources.length).toBeGreaterThan(0);
  });

  it('never throws: a failing search becomes a reply with a reference id', async () => {
    const broken = createAssistant({
      work: inProcessWork({ knowledge: { current: async () => { throw new Error('disk on fire'); } }, answerer: createAnswerer(), extractor: createExtractor() }),
      plans: t.plans,
      clock: t.clock,
      timeZone: 'America/New_York',
    });
    const [reply] = await broken.handle(inbound({ kind: 'message', text: 'Who runs the CIL?' }));
    expect(reply?.kind).toBe('error');
    expect(reply?.ref).toMatch(/^LSN-[0-9A-F]{8}$/);
    expect(reply?.text).toContain(reply!.ref!);
    expect(reply?.text).not.toMatch(/disk on fire/);
  });
});

describe('meeting notes to commitments', () => {
  async function proposal() {
    await t.assistant.handle(command('create', ['JR-2027']));
    const [p] = await t.assistant.handle(inbound({ kind: 'notes', text: NOTES }));
    return p!;
  }

  it('proposes items only to the requester and logs nothing before Confirm', async () => {
    const p = await proposal();
    expect(p.kind).toBe('proposal');
    expect(p.audience).toEqual({ kind: 'requester' });
    expect(p.items?.map((i) => [i.owners.map((o) => o.name).join('+'), i.due])).toEqual([
      ['Dana Alvarez', '2026-11-27'],
      ['Tom Okafor', '2026-12-05'],
    ]);
    expect(p.text).toMatch(/Nothing is logged until you press Confirm/);
    expect(p.text).toMatch(/bare weekday/);
    const [shown] = await t.assistant.handle(command('plan'));
    expect(shown?.text).toMatch(/no open commitments/);
  });

  it('after Confirm, tells the channel what was logged and DMs each owner in Slack', async () => {
    const p = await proposal();
    const replies = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const logged = replies.find((r) => r.kind === 'logged');
    expect(logged?.audience).toEqual({ kind: 'conversation' });
    expect(logged?.text).toMatch(/Logged 2 commitments to \*\*JR-2027\*\*/);
    const dms = replies.filter((r) => r.kind === 'notice').map((r) => (r.audience.kind === 'person' ? r.audience.person.userId : ''));
    expect(dms.sort()).toEqual(['U0ALVAREZ', 'U0OKAFOR']);
    const [shown] = await t.assistant.handle(command('plan'));
    expect(shown?.commitments?.map((c) => c.owner)).toEqual(['Dana Alvarez', 'Tom Okafor']);
  });

  it('marks a logged commitment as an IEP transition service from the confirmation', async () => {
    const p = await proposal();
    const replies = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const logged = replies.find((r) => r.kind === 'logged')!;
    const mark = logged.actions!.find((a) => a.id === 'commitment.iep' && a.label.startsWith('#2'))!;
    const [done] = await t.assistant.handle(inbound({ kind: 'action', action: { id: mark.id, value: mark.value! } }));
    expect(done?.text).toMatch(/Marked by Maria Rivera on \*\*JR-2027\*\*: #2 schedule a job shadow at the hospital is a transition service written into the IEP/);
    expect((await t.store.getCommitment(mark.value!))?.iepService).toBe(true);
  });

  it('closes an item with an outcome from a reminder, and refuses to reassign it to someone not on the plan, saying who', async () => {
    const p = await proposal();
    const replies = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const [first, second] = replies.find((r) => r.kind === 'logged')!.commitments!;
    const [refused] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'commitment.reassign', value: 'p-kim', data: { commitmentId: first!.id } } }));
    expect(refused?.kind).toBe('error');
    expect(refused?.text).toMatch(/^Daniel Kim is not on JR-2027's team\. Add them to the plan first, or choose a team member\./);
    const tooLong = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'commitment.cannot', value: 'no-capacity', data: { commitmentId: second!.id, note: 'x'.repeat(501) } } }));
    expect(tooLong[0]?.text).toMatch(/That note is 501 characters; keep it to 500/);
    expect((await t.store.getCommitment(second!.id))?.status).toBe('requested');
    const [closed] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'commitment.cannot', value: 'no-capacity', data: { commitmentId: second!.id, note: ' The hospital stopped  job shadows\nuntil March. ' } } }));
    expect(closed?.text).toBe('Closed by Maria Rivera on **JR-2027**: schedule a job shadow at the hospital (no capacity). Their note: "The hospital stopped job shadows until March."');
    const stored = await t.store.getCommitment(second!.id);
    expect(stored).toMatchObject({ status: 'cancelled', outcome: 'no-capacity' });
    expect(stored?.history.at(-1)?.note).toBe('The hospital stopped job shadows until March.');
    const [again] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'commitment.cannot', value: 'not-eligible', data: { commitmentId: second!.id } } }));
    expect(again?.text).toMatch(/^Nothing changed: .*already cancelled \(no capacity\) by Maria Rivera on \d{4}-\d{2}-\d{2}\. Their note: "The hospital stopped job shadows until March\."$/);
    const [gone] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'commitment.done', data: { commitmentId: 'no-such-commitment' } } }));
    expect(gone?.text).toMatch(/That commitment no longer exists/);
  });

  it('logs the same notes only once, even when they are posted again', async () => {
    const p = await proposal();
    await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const [again] = await t.assistant.handle(inbound({ kind: 'notes', text: NOTES }));
    const [dup] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: again!.context } }));
    expect(dup?.text).toMatch(/already logged/);
    const [shown] = await t.assistant.handle(command('plan'));
    expect(shown?.commitments).toHaveLength(2);
  });

  it('logs notes already logged as a new meeting only when the person presses that button', async () => {
    const p = await proposal();
    await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const [again] = await t.assistant.handle(inbound({ kind: 'notes', text: NOTES }));
    const [dup] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: again!.context } }));
    expect(dup?.text).toMatch(/already logged to \*\*JR-2027\*\* as the meeting of 2026-11-25/);
    expect(dup?.actions?.map((a) => a.id)).toEqual(['proposal.again', 'proposal.cancel']);
    const replies = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.again', data: dup!.context } }));
    expect(replies.find((r) => r.kind === 'logged')?.commitments?.map((c) => c.n)).toEqual([3, 4]);
  });

  it('resolves an owner the channel read from a mention by the platform user id', async () => {
    await t.assistant.handle(command('create', ['JR-2027']));
    const text = 'Next steps\n- @Dee will send the VR packet by Friday\n- Tom Okafor to call the CIL by 12/5';
    const [p] = await t.assistant.handle(inbound({ kind: 'notes', text, mentions: [{ text: '@Dee', platform: 'slack', userId: 'U0ALVAREZ', name: 'Dee' }] }));
    expect(p?.items?.[0]?.owners).toEqual([{ name: 'Dana Alvarez', partnerId: 'p-alvarez', resolved: true }]);
  });

  it('questions a label that reads as a name, and keeps it when the person says so', async () => {
    const [asked] = await t.assistant.handle(command('create', ['Emma', 'Smith', '2027']));
    expect(asked?.text).toMatch(/looks like a student's full name.*"ES-2027"/);
    expect(await t.plans.listPlans({ actor: { platform: 'cli', userId: 'x' } })).toEqual([]);
    const [kept] = await t.assistant.handle(inbound({ kind: 'action', action: { id: asked!.actions![0]!.id, data: asked!.context } }));
    expect(kept?.text).toMatch(/Created the plan \*\*Emma Smith 2027\*\*/);
  });

  it('lets the requester edit: fix a date, drop an item', async () => {
    const p = await proposal();
    const [form] = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.edit', data: p.context } }));
    expect(form?.kind).toBe('form');
    const [edited] = await t.assistant.handle(
      inbound({ kind: 'action', action: { id: 'proposal.save', data: { ...p.context, items: [{ n: 1, due: '2026-12-01' }, { n: 2, drop: true }] } } }),
    );
    expect(edited?.items?.map((i) => i.due)).toEqual(['2026-12-01']);
  });

  it('refuses Confirm from someone other than the requester', async () => {
    const p = await proposal();
    const [refused] = await t.assistant.handle(
      inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context }, from: { platform: 'slack', userId: 'U0OKAFOR' } }),
    );
    expect(refused?.kind).toBe('error');
    expect(refused?.text).toMatch(/Only the person who sent these notes/);
  });

  it('closes a commitment by its number and from a DM button', async () => {
    const p = await proposal();
    const replies = await t.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: p.context } }));
    const [closed] = await t.assistant.handle(command('done', ['2']));
    expect(closed?.text).toMatch(/schedule a job shadow.*outcome: done/);
    const notice = replies.find((r) => r.kind === 'notice' && r.audience.kind === 'person' && r.audience.person.userId === 'U0ALVAREZ')!;
    const dana = { platform: 'slack' as const, userId: 'U0ALVAREZ', name: 'Dana Alvarez' };
    const [done, home] = await t.assistant.handle(
      inbound({ kind: 'action', from: dana, where: { platform: 'slack', id: 'D0ALVAREZ', kind: 'dm' }, action: { id: 'commitment.done', value: notice.actions![0]!.value } }),
    );
    expect(done?.text).toMatch(/Marked done/);
    expect(home?.kind).toBe('home');
    expect(home?.commitments).toEqual([]);
  });
});

describe('who may see a plan', () => {
  it('shows a plan in its linked channel and refuses it elsewhere with an explanation', async () => {
    await t.assistant.handle(command('create', ['JR-2027']));
    const other = { platform: 'slack' as const, id: 'C0RANDOM', kind: 'channel' as const };
    const [notLinked] = await t.assistant.handle(command('plan', [], { where: other }));
    expect(notLinked?.text).toMatch(/not linked to a plan/);
    const stranger = { platform: 'slack' as const, userId: 'U0STRANGER' };
    const [refused] = await t.assistant.handle(command('link', ['JR-2027'], { where: other, from: stranger }));
    expect(refused?.kind).toBe('error');
    expect(refused?.text).toMatch(/JR-2027/);
    expect(refused?.text).not.toMatch(/Dana|Okafor/);
  });
});

describe('plans in a direct conversation', () => {
  it('links a new plan to the DM, so notes sent there are logged to it, and /link switches plans', async () => {
    const dm = { platform: 'slack' as const, id: 'D0RIVERA', kind: 'dm' as const };
    const [created] = await t.assistant.handle(command('create', ['JR-2027'], { where: dm }));
    expect(created?.text).toMatch(/linked it to this direct conversation/);
    const [p] = await t.assistant.handle(inbound({ kind: 'notes', text: NOTES, where: dm }));
    expect(p?.kind).toBe('proposal');
    expect(p?.text).toMatch(/JR-2027/);
    await t.assistant.handle(command('create', ['AB-2028'], { where: dm }));
    const [shown] = await t.assistant.handle(command('plan', [], { where: dm }));
    expect(shown?.text).toMatch(/AB-2028/);
    await t.assistant.handle(command('link', ['JR-2027'], { where: dm }));
    const [back] = await t.assistant.handle(command('plan', [], { where: dm }));
    expect(back?.text).toMatch(/JR-2027/);
  });
});
