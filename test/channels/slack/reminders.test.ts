// A reminder in Slack, end to end: the sweep DMs the owner through the Slack notifier (to a local
// server that speaks the Web API), and each button goes back through the real Bolt receiver.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackNotifier } from '../../../src/channels/slack/notifier.js';
import { Notifiers } from '../../../src/core/reminders/deliver.js';
import { sweep } from '../../../src/core/reminders/sweep.js';
import { silentLogger } from '../../../src/log.js';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { findButton, startHarness, visibleText, type Harness } from './harness.js';

let t: TestAssistant;
let h: Harness;
const coordinator = { actor: { platform: 'slack' as const, userId: 'U0RIVERA', name: 'Maria Rivera' }, conversation: { platform: 'slack' as const, id: 'C0TEAM', kind: 'channel' as const } };

beforeEach(async () => {
  t = await buildTestAssistant({ now: '2026-11-30T15:00:00Z' }); // a Monday
  h = await startHarness(t.assistant, { clock: t.clock });
  await t.plans.createPlan({ label: 'JR-2027', coordinator: 'Maria Rivera' }, coordinator);
  await t.plans.addMember('JR-2027', 'Tom Okafor', coordinator);
  await t.plans.linkConversation('JR-2027', coordinator.conversation, coordinator);
  await t.plans.logMeeting({ planId: 'JR-2027', meetingDate: '2026-11-30', notesText: 'x', items: [{ owners: ['Tom Okafor'], task: 'schedule a job shadow', due: '2026-12-04', quote: 'Tom Okafor to schedule a job shadow by Friday' }], ...coordinator });
});
afterEach(async () => {
  await h.close();
  await t.close();
});

async function remind(at: string) {
  t.clock.set(at);
  const notifiers = new Notifiers([createSlackNotifier({ botToken: 'xoxb-test', apiUrl: h.slack.apiUrl, log: silentLogger })]);
  return sweep({ store: t.store, planner: t.planner, notifiers, clock: t.clock });
}

let seq = 0;
function press(message: Record<string, unknown>, coreId: string, extra: Record<string, unknown> = {}) {
  const id = `p${++seq}`;
  const blocks = message.blocks as { type: string; block_id?: string; elements?: { type: string; action_id: string; value?: string; options?: { value: string }[] }[] }[];
  const block = blocks.find((b) => b.type === 'actions' && b.elements?.some((e) => e.action_id.startsWith(`liaison:${coreId}:`)))!;
  const element = block.elements!.find((e) => e.action_id.startsWith(`liaison:${coreId}:`))!;
  const action = { ...element, block_id: block.block_id, action_ts: '1', ...extra };
  return h
    .interaction({ type: 'block_actions', user: { id: 'U0OKAFOR' }, trigger_id: `t${id}`, response_url: h.slack.responseUrl(id), container: { type: 'message', message_ts: '9.9', channel_id: 'DU0OKAFOR' }, channel: { id: 'DU0OKAFOR' }, actions: [action] })
    .then(() => h.slack.waitFor((c) => c.method === `response_url:${id}`));
}

describe('a reminder in Slack', () => {
  it('DMs the owner on the due day with Done, Snooze, Can’t do it; Done closes it and edits the reminder; a second press says what happened', async () => {
    expect((await remind('2026-12-04T14:00:00Z')).map((r) => [r.kind, r.status])).toEqual([['due', 'sent']]);
    const dm = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0OKAFOR');
    expect(visibleText(dm.args)).toMatch(/\*Due today on JR-2027\*: schedule a job shadow, due Fri 2026-12-04\./);
    findButton(dm.args, 'commitment.done');
    const done = await press(dm.args, 'commitment.done');
    expect(done.args).toMatchObject({ replace_original: true });
    expect(visibleText(done.args)).toMatch(/Marked done by .* on \*JR-2027\*: schedule a job shadow/);
    expect((await t.plans.listCommitments('JR-2027', { scope: 'open' }, coordinator))).toEqual([]);
    const stale = await press(dm.args, 'commitment.done');
    expect(visibleText(stale.args)).toMatch(/Nothing changed: "schedule a job shadow" was already completed \(done\) by .* on 2026-12-04/);
  });

  it('snoozes from the select menu, and picks a date from the date picker', async () => {
    await remind('2026-12-04T14:00:00Z');
    const dm = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0OKAFOR');
    const blocks = dm.args.blocks as { type: string; elements?: { type: string; action_id: string; options?: { value: string }[] }[] }[];
    const select = blocks.flatMap((b) => b.elements ?? []).find((e) => e.type === 'static_select' && e.action_id.startsWith('liaison:commitment.snooze:'))!;
    const threeDays = select.options!.find((o) => JSON.parse(o.value).v === '3')!;
    const snoozed = await press(dm.args, 'commitment.snooze', { selected_option: threeDays });
    expect(visibleText(snoozed.args)).toMatch(/is now due 2026-12-07/);
    const picker = blocks.flatMap((b) => b.elements ?? []).find((e) => e.type === 'datepicker')!;
    const dated = await press({ blocks: [{ type: 'actions', block_id: (blocks.find((b) => b.elements?.includes(picker as never)) as { block_id?: string }).block_id, elements: [picker] }] }, 'commitment.snooze', { selected_date: '2026-12-18' });
    expect(visibleText(dated.args)).toMatch(/is now due 2026-12-18/);
  });
});
