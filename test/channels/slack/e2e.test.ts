// End to end with the real assistant (starter knowledge, temp embedded store, rules extractor):
// signed Slack requests in, what people would see recorded by the fake Slack Web API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { BOT_USER, findButton, type Harness, startHarness, visibleText } from './harness.js';

const NOTES = `Transition meeting for JR, Nov 25
Next steps:
- Dana Alvarez will send the VR application packet to the family by Friday
- Tom Okafor to schedule a job shadow at the hospital by 12/5`;

let t: TestAssistant;
let h: Harness;
beforeEach(async () => {
  t = await buildTestAssistant();
  h = await startHarness(t.assistant, { clock: t.clock });
});
afterEach(async () => {
  await h.close();
  await t.close();
});

let seq = 0;
const cmd = (text: string, user = 'U0RIVERA', channel = 'C0TEAM') => {
  const id = `r${++seq}`;
  return h.command({ text, user_id: user, channel_id: channel, trigger_id: `t${seq}`, response_url: h.slack.responseUrl(id) }).then(() => id);
};
/** `/liaison create JR-2027` in C0TEAM, answered before anything else is sent (the command runs on the work queue). */
const createPlan = async () => {
  const created = await cmd('create JR-2027');
  await h.slack.waitFor((c) => c.method === `response_url:${created}` || (c.method === 'chat.postMessage' && c.args.channel === 'C0TEAM'));
};
const press = (args: Record<string, unknown>, coreId: string, user = 'U0RIVERA', extra: Record<string, unknown> = {}) => {
  const b = findButton(args, coreId);
  const id = `p${++seq}`;
  return h
    .interaction({
      type: 'block_actions',
      user: { id: user },
      trigger_id: `tp${seq}`,
      response_url: h.slack.responseUrl(id),
      actions: [{ type: 'button', action_id: b.action_id, value: b.value, block_id: 'b', action_ts: '1' }],
      ...extra,
    })
    .then(() => id);
};

/** Maria runs the "Log action items" shortcut on a message in C0TEAM; its proposal comes to response_url `replyId`. */
const logItems = (ts: string, text: string, replyId: string) =>
  h.interaction({
    type: 'message_action',
    callback_id: 'log_action_items',
    trigger_id: `ts-${replyId}`,
    response_url: h.slack.responseUrl(replyId),
    user: { id: 'U0RIVERA', name: 'maria' },
    channel: { id: 'C0TEAM', name: 'team' },
    message_ts: ts,
    message: { type: 'message', user: 'U0RIVERA', ts, text },
  });

describe('Slack with the real assistant', () => {
  it('answers a mention in the thread with sources, once despite a retry, and takes feedback', async () => {
    const ev = { type: 'app_mention', channel: 'C0TEAM', user: 'U0RIVERA', ts: '1000.000001', text: `<@${BOT_USER}> What are the five Pre-ETS activities?` };
    await h.event(ev, { eventId: 'Ev1' });
    await h.event(ev, { eventId: 'Ev1', retryNum: 1, retryReason: 'http_error' });
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    await new Promise((r) => setTimeout(r, 300));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
    expect(post.args.thread_ts).toBe('1000.000001');
    const seen = visibleText(post.args);
    expect(seen).toMatch(/\[1\]/);
    expect(seen).toContain('*Sources*');
    expect(seen).toMatch(/\*\[1\]\* /);
    const r = await press(post.args, 'feedback', 'U0RIVERA', { channel: { id: 'C0TEAM' }, container: { type: 'message', message_ts: '1.1', channel_id: 'C0TEAM' }, message: { ts: '1.1', thread_ts: '1000.000001' } });
    const thanks = await h.slack.waitFor((c) => c.method === `response_url:${r}`);
    expect(thanks.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(visibleText(thanks.args)).toContain('glad it helped');
  });

  it('proposes notes only to the requester, logs them on Confirm in the thread and DMs each owner', async () => {
    await createPlan();
    await logItems('2000.000001', NOTES, 'short');
    const proposal = await h.slack.waitFor((c) => c.method === 'response_url:short');
    expect(proposal.args.response_type).toBe('ephemeral');
    const seen = visibleText(proposal.args);
    expect(seen).toContain('Owner: *Dana Alvarez*');
    expect(seen).toContain('Owner: *Tom Okafor* · Due: *Sat 2026-12-05*');
    expect(seen).toMatch(/^> (- )?Tom Okafor to schedule a job shadow at the hospital by 12\/5$/m);
    expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '2000.000001')).toHaveLength(0);

    const r = await press(proposal.args, 'proposal.confirm', 'U0RIVERA', {
      channel: { id: 'C0TEAM' },
      container: { type: 'message', message_ts: '2000.000009', channel_id: 'C0TEAM', is_ephemeral: true },
    });
    const logged = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'C0TEAM' && c.args.thread_ts === '2000.000001');
    expect(visibleText(logged.args)).toMatch(/Logged 2 commitments to \*JR-2027\*/);
    const dana = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0ALVAREZ');
    await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0OKAFOR');
    expect(visibleText(dana.args)).toMatch(/VR application packet/);
    expect(r).toBeTruthy();

    // Dana opens the App Home: her commitment with Done / Snooze; Done closes it and refreshes Home.
    await h.event({ type: 'app_home_opened', user: 'U0ALVAREZ', channel: 'DU0ALVAREZ', tab: 'home', event_ts: '3000.1' });
    const home = await h.slack.waitFor((c) => c.method === 'views.publish' && c.args.user_id === 'U0ALVAREZ');
    expect(visibleText(home.args)).toMatch(/send the VR application packet/i);
    findButton(home.args, 'commitment.snooze');
    await press(home.args, 'commitment.done', 'U0ALVAREZ', {
      // Buttons on the Home tab come without a response_url.
      response_url: undefined,
      container: { type: 'view', view_id: 'VH' },
      view: { id: 'VH', type: 'home' },
    });
    const done = await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0ALVAREZ' && /Marked done/.test(visibleText(c.args)));
    expect(done).toBeTruthy();
    const refreshed = await h.slack.waitFor((c) => c.method === 'views.publish' && c.args.user_id === 'U0ALVAREZ' && c !== home);
    expect(visibleText(refreshed.args)).not.toMatch(/VR application packet/i);
  });

  it('flags a date just past that the convention reads as next year, so the person confirming can fix it', async () => {
    t.clock.set('2026-12-06T15:00:00Z');
    await createPlan();
    await logItems('6000.000001', NOTES.replace('Nov 25', 'Dec 6'), 'late');
    const seen = visibleText((await h.slack.waitFor((c) => c.method === 'response_url:late')).args);
    expect(seen).toContain('Owner: *Tom Okafor* · Due: *Sun 2027-12-05* (⚠ 12/5 read as 5 Dec 2027: did you mean a date just past?)');
    expect(seen).not.toMatch(/Dana Alvarez\* · Due: [^\n]*did you mean/);
  });

  it('shows a plan in its linked channel and explains, without the data, elsewhere', async () => {
    await createPlan();
    await logItems('4000.000001', NOTES, 'short2');
    const proposal = await h.slack.waitFor((c) => c.method === 'response_url:short2');
    await press(proposal.args, 'proposal.confirm', 'U0RIVERA', { channel: { id: 'C0TEAM' }, container: { type: 'message', message_ts: '4000.2', channel_id: 'C0TEAM', is_ephemeral: true } });
    await h.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === 'DU0OKAFOR');

    const here = await cmd('plan');
    const shown = await h.slack.waitFor((c) => (c.method === `response_url:${here}` || (c.method === 'chat.postMessage' && c.args.channel === 'C0TEAM')) && /Okafor/.test(visibleText(c.args)));
    expect(visibleText(shown.args)).toMatch(/job shadow/);

    const there = await cmd('plan', 'U0STRANGER', 'C0RANDOM');
    const notLinked = await h.slack.waitFor((c) => c.method === `response_url:${there}` || (c.method === 'chat.postMessage' && c.args.channel === 'C0RANDOM'));
    expect(visibleText(notLinked.args)).toMatch(/not linked to a plan/);
    const link = await cmd('link JR-2027', 'U0STRANGER', 'C0RANDOM');
    const refused = await h.slack.waitFor((c) => c.method === `response_url:${link}`);
    expect(visibleText(refused.args)).toMatch(/JR-2027/);
    expect(visibleText(refused.args)).not.toMatch(/Dana|Okafor|job shadow/);
  });

  it('still tells the person, with a reference id, when Slack fails in the middle of an answer', async () => {
    h.slack.failOnce('chat.postMessage', 'internal_error');
    await h.event({ type: 'app_mention', channel: 'C0TEAM', user: 'U0RIVERA', ts: '5000.000001', text: `<@${BOT_USER}> Who is presumed eligible for VR?` });
    const eph = await h.slack.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(eph.args).toMatchObject({ channel: 'C0TEAM', user: 'U0RIVERA', thread_ts: '5000.000001' });
    expect(visibleText(eph.args)).toMatch(/reference LSN-[0-9A-F]{8}/);
  });
});
