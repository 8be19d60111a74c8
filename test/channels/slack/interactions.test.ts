// Slash commands, the notes modal, the message shortcut, proposal buttons, the edit modal, App Home,
// and failures, through Bolt's real HTTP receiver with a scripted assistant.
import { afterEach, describe, expect, it } from 'vitest';
import type { Inbound, Reply } from '../../../src/core/messages.js';
import { findButton, type Harness, startHarness, visibleText } from './harness.js';
import { scriptedAssistant } from './scripted-assistant.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const proposal: Reply = {
  kind: 'proposal',
  text: 'I found **2** action items. Nothing is logged until you confirm.',
  audience: { kind: 'requester' },
  items: [
    { n: 1, owners: [{ name: 'Ms. Alvarez', partnerId: 'p1', resolved: true }], task: 'Send the VR referral', due: '2026-12-04', quote: 'Ms. Alvarez will send the VR referral by Friday' },
    { n: 2, owners: [{ name: 'Tom', resolved: false, candidates: ['Tom Reyes', 'Tom Li'] }], task: 'Call the CIL', due: null, dueFlag: 'vague', quote: 'Tom to call the CIL soon' },
  ],
  context: { proposalId: 'prop-1' },
};

function script(i: Inbound): Reply[] {
  if (i.kind === 'notes') return [proposal];
  if (i.kind === 'command' && i.command?.name === 'home') {
    return [
      {
        kind: 'home',
        text: 'Two things are waiting on you.',
        audience: { kind: 'requester' },
        commitments: [
          { id: 'c-1', n: 1, planId: 'p', planLabel: 'J.R. (2027)', owner: 'Ms. Alvarez', task: 'Send the VR referral', due: '2026-12-04', status: 'requested', overdue: true },
        ],
      },
    ];
  }
  if (i.kind === 'command') return [{ kind: 'info', text: `Linked this channel to **${i.command?.args.join(' ')}**.`, audience: { kind: 'requester' } }];
  if (i.action?.id === 'proposal.edit') return [{ ...proposal, kind: 'form', text: 'Fix anything that is wrong.' }];
  if (i.action?.id === 'proposal.confirm' || i.action?.id === 'proposal.save') {
    return [
      { kind: 'logged', text: 'Logged 2 items to plan **J.R. (2027)**.', audience: { kind: 'conversation' } },
      { kind: 'notice', text: 'You have a new commitment: Send the VR referral, due 2026-12-04.', audience: { kind: 'person', person: { platform: 'slack', userId: 'U7' } } },
    ];
  }
  if (i.action?.id === 'commitment.done') return [{ kind: 'info', text: 'Marked done.', audience: { kind: 'requester' } }];
  return [];
}

describe('Slack interactions', () => {
  it('runs /liaison link as a command and answers only the requester', async () => {
    const bot = scriptedAssistant(script);
    h = await startHarness(bot);
    const res = await h.command({ text: 'link AB-12', user_id: 'U1', channel_id: 'C1', channel_name: 'transition', trigger_id: 't1', response_url: h.slack.responseUrl('r1') });
    expect(res.status).toBe(200);
    const reply = await h.slack.waitFor((c) => c.method === 'response_url:r1');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(visibleText(reply.args)).toContain('Linked this channel to *AB-12*.');
    expect(bot.inbounds[0]).toMatchObject({ kind: 'command', command: { name: 'link', args: ['AB-12'] }, where: { id: 'C1', kind: 'channel' } });
  });

  it('opens a notes modal, proposes items to the requester, and logs them on Confirm with a DM to the owner', async () => {
    const bot = scriptedAssistant(script);
    h = await startHarness(bot);
    await h.command({ text: 'notes', user_id: 'U1', channel_id: 'C1', trigger_id: 't-notes', response_url: h.slack.responseUrl('r2') });
    const open = await h.slack.waitFor((c) => c.method === 'views.open');
    expect(open.args.trigger_id).toBe('t-notes');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('notes_submit');

    // Submitting an empty modal keeps it open with an error.
    const empty = await h.interaction({
      type: 'view_submission',
      user: { id: 'U1' },
      trigger_id: 't-x',
      view: { id: 'V1', callback_id: 'notes_submit', private_metadata: view.private_metadata, state: { values: { notes: { text: { type: 'plain_text_input', value: '  ' } } } } },
    });
    expect(JSON.parse(empty.body)).toMatchObject({ response_action: 'errors', errors: { notes: expect.stringContaining('Paste') } });

    await h.interaction({
      type: 'view_submission',
      user: { id: 'U1' },
      trigger_id: 't-y',
      view: { id: 'V2', callback_id: 'notes_submit', private_metadata: view.private_metadata, state: { values: { notes: { text: { type: 'plain_text_input', value: 'Ms. Alvarez will send the VR referral by Friday' } } } } },
    });
    const eph = await h.slack.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph.args).toMatchObject({ channel: 'C1', user: 'U1' });
    const seen = visibleText(eph.args);
    expect(seen).toContain('*1.* Send the VR referral');
    expect(seen).toContain('Owner: *Ms. Alvarez* · Due: *Fri 2026-12-04*');
    expect(seen).toContain('> Ms. Alvarez will send the VR referral by Friday');
    expect(seen).toContain('did you mean Tom Reyes or Tom Li?');
    expect(seen).toContain('vague date');
    expect(bot.inbounds.at(-1)).toMatchObject({ kind: 'notes', text: 'Ms. Alvarez will send the VR referral by Friday', where: { id: 'C1' } });

    const confirm = findButton(eph.args, 'proposal.confirm');
    await h.interaction({
      type: 'block_actions',
      user: { id: 'U1' },
      trigger_id: 't-confirm',
      channel: { id: 'C1' },
      container: { type: 'message', message_ts: '9.9', channel_id: 'C1', is_ephemeral: true },
      response_url: h.slack.responseUrl('r-confirm'),
      actions: [{ type: 'button', action_id: confirm.action_id, value: confirm.value, block_id: 'b', action_ts: '1' }],
    });
    const dm = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU7');
    expect(visibleText(dm.args)).toContain('You have a new commitment');
    const logged = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C1');
    expect(logged && visibleText(logged.args)).toContain('Logged 2 items to plan *J.R. (2027)*.');
    expect(bot.inbounds.at(-1)?.action).toEqual({ id: 'proposal.confirm', data: { proposalId: 'prop-1' } });
  });

  it('edits a proposal in a modal and saves the edited items', async () => {
    const bot = scriptedAssistant(script);
    h = await startHarness(bot);
    await h.interaction({
      type: 'message_action',
      callback_id: 'log_action_items',
      trigger_id: 't-short',
      response_url: h.slack.responseUrl('r-short'),
      user: { id: 'U1', name: 'u1' },
      channel: { id: 'C1', name: 'transition' },
      message_ts: '800.000001',
      message: { type: 'message', user: 'U2', ts: '800.000001', text: 'Recap: Ms. Alvarez will send the VR referral by Friday' },
    });
    const eph = await h.slack.waitFor((c) => c.method === 'response_url:r-short');
    expect(bot.inbounds[0]).toMatchObject({ kind: 'notes', permalink: 'https://fake.slack.com/archives/C1/p800000001', where: { threadId: '800.000001' } });
    const edit = findButton(eph.args, 'proposal.edit');
    await h.interaction({
      type: 'block_actions',
      user: { id: 'U1' },
      trigger_id: 't-edit',
      channel: { id: 'C1' },
      container: { type: 'message', message_ts: '9.9', channel_id: 'C1', is_ephemeral: true },
      response_url: h.slack.responseUrl('r-edit'),
      actions: [{ type: 'button', action_id: edit.action_id, value: edit.value, block_id: 'b', action_ts: '1' }],
    });
    const open = await h.slack.waitFor((c) => c.method === 'views.open' && c.args.trigger_id === 't-edit');
    const view = open.args.view as { callback_id: string; private_metadata: string };
    expect(view.callback_id).toBe('proposal_edit');
    await h.interaction({
      type: 'view_submission',
      user: { id: 'U1' },
      trigger_id: 't-save',
      view: {
        id: 'V9',
        callback_id: 'proposal_edit',
        private_metadata: view.private_metadata,
        state: {
          values: {
            'item:1:owner': { value: { type: 'plain_text_input', value: 'Ms. Alvarez' } },
            'item:1:task': { value: { type: 'plain_text_input', value: 'Send the VR referral and consent form' } },
            'item:1:due': { value: { type: 'datepicker', selected_date: '2026-12-05' } },
            'item:1:drop': { value: { type: 'checkboxes', selected_options: [] } },
            'item:2:owner': { value: { type: 'plain_text_input', value: 'Tom Reyes' } },
            'item:2:task': { value: { type: 'plain_text_input', value: 'Call the CIL' } },
            'item:2:due': { value: { type: 'datepicker', selected_date: null } },
            'item:2:drop': { value: { type: 'checkboxes', selected_options: [{ value: 'drop' }] } },
          },
        },
      },
    });
    const logged = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C1');
    expect(logged.args.thread_ts).toBe('800.000001');
    expect(bot.inbounds.at(-1)?.action).toEqual({
      id: 'proposal.save',
      data: {
        proposalId: 'prop-1',
        items: [
          { n: 1, owner: 'Ms. Alvarez', task: 'Send the VR referral and consent form', due: '2026-12-05', drop: false },
          { n: 2, owner: 'Tom Reyes', task: 'Call the CIL', due: null, drop: true },
        ],
      },
    });
  });

  it('publishes the App Home with Done and Snooze, and Done marks the commitment', async () => {
    const bot = scriptedAssistant(script);
    h = await startHarness(bot);
    await h.event({ type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '900.1' });
    const pub = await h.slack.waitFor((c) => c.method === 'views.publish');
    expect(pub.args.user_id).toBe('U1');
    expect(visibleText(pub.args)).toContain('Send the VR referral — Ms. Alvarez · due Fri 2026-12-04 · requested · ⚠ *overdue*');
    const done = findButton(pub.args, 'commitment.done');
    findButton(pub.args, 'commitment.snooze');
    await h.interaction({
      type: 'block_actions',
      user: { id: 'U1' },
      trigger_id: 't-done',
      container: { type: 'view', view_id: 'V1' },
      view: { id: 'V1', type: 'home' },
      actions: [{ type: 'button', action_id: done.action_id, value: done.value, block_id: 'b', action_ts: '1' }],
    });
    const dm = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU1');
    expect(visibleText(dm.args)).toContain('Marked done.');
    expect(bot.inbounds.at(-1)).toMatchObject({ kind: 'action', action: { id: 'commitment.done', value: 'c-1' }, where: { id: 'DU1', kind: 'dm' } });
  });

  it('tells the person, with a reference id, when the assistant fails', async () => {
    const bot = scriptedAssistant(() => {
      throw new Error('store exploded');
    });
    h = await startHarness(bot);
    await h.command({ text: 'plan', user_id: 'U1', channel_id: 'C1', trigger_id: 't-f', response_url: h.slack.responseUrl('r-f') });
    const msg = await h.slack.waitFor((c) => c.method === 'response_url:r-f');
    expect(visibleText(msg.args)).toMatch(/something went wrong.*reference LSN-[0-9A-F]{8}/s);
    expect(visibleText(msg.args)).not.toContain('store exploded');
  });

  it('tells the person, with a reference id, when posting the answer fails midway', async () => {
    const bot = scriptedAssistant(() => [{ kind: 'answer', text: 'An answer [1].', audience: { kind: 'conversation' }, sources: [{ n: 1, source: 'a.md', title: 'A', score: 1 }] }]);
    h = await startHarness(bot);
    h.slack.failOnce('chat.postMessage', 'internal_error');
    await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '990.000001', text: '<@UBOT> question' });
    const eph = await h.slack.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph.args).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '990.000001' });
    expect(visibleText(eph.args)).toMatch(/reference LSN-[0-9A-F]{8}/);
  });
});
