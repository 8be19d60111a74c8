// Mentions, DMs, thread follow-ups, retries and signatures, through Bolt's real HTTP receiver.
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/messages.js';
import { BOT_USER, buttonIds, type Harness, startHarness, visibleText } from './harness.js';
import { scriptedAssistant } from './scripted-assistant.js';

const answer = (text: string): Reply => ({
  kind: 'answer',
  text,
  audience: { kind: 'conversation' },
  grounded: true,
  sources: [
    {
      n: 1,
      source: 'hsds/county.json#vr-1',
      title: 'Vocational Rehabilitation — Pierce County office',
      score: 0.8,
      contact: { organization: 'State DVR', phones: ['253-555-0100'], hours: 'Mon-Fri 8-5' },
    },
    { n: 2, source: 'guides/pre-ets.md', title: 'Pre-Employment Transition Services', url: 'https://example.org/pre-ets', score: 0.6 },
  ],
  context: { answerId: 'a1' },
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('Slack events', () => {
  it('answers a mention in the thread with numbered sources, contact details and feedback buttons', async () => {
    const bot = scriptedAssistant(() => [answer('Call **DVR** first [1]; see [the guide](https://example.org/pre-ets) [2].')]);
    h = await startHarness(bot);
    const res = await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '100.000001', text: `<@${BOT_USER}> who handles VR intake?` });
    expect(res.status).toBe(200);
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe('C1');
    expect(post.args.thread_ts).toBe('100.000001');
    const seen = visibleText(post.args);
    expect(seen).toContain('Call *DVR* first [1]; see <https://example.org/pre-ets|the guide> [2].');
    expect(seen).toContain('*[1]* *Vocational Rehabilitation — Pierce County office*');
    expect(seen).toContain('☎ 253-555-0100');
    expect(seen).toContain('<https://example.org/pre-ets|Pre-Employment Transition Services>');
    expect(buttonIds(post.args)).toEqual(['liaison:feedback:0', 'liaison:feedback:1']);
    const inbound = bot.inbounds[0];
    expect(inbound).toMatchObject({ id: 'C1:100.000001', kind: 'message', text: 'who handles VR intake?', addressed: true });
    expect(inbound?.where).toMatchObject({ platform: 'slack', id: 'C1', kind: 'channel' });
  });

  it('gives one answer for the app_mention and message events of one message and for Slack retries', async () => {
    const bot = scriptedAssistant(() => [answer('One answer [1].')]);
    h = await startHarness(bot);
    const msg = { channel: 'C1', user: 'U1', ts: '200.000001', text: `<@${BOT_USER}> what is Pre-ETS?`, channel_type: 'channel' };
    await Promise.all([
      h.event({ type: 'app_mention', ...msg }, { eventId: 'EvA' }),
      h.event({ type: 'message', ...msg }, { eventId: 'EvB' }),
    ]);
    await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    await h.event({ type: 'app_mention', ...msg }, { eventId: 'EvA', retryNum: 1, retryReason: 'http_error' });
    await h.event({ type: 'app_mention', ...msg }, { eventId: 'EvA', retryNum: 2, retryReason: 'http_timeout' });
    await new Promise((r) => setTimeout(r, 200));
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('tells the person the answer is still coming when it takes long, then answers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    h = await startHarness(scriptedAssistant(async () => (await gate, [answer('There it is [1].')])), { stillWorkingMs: 100 });
    await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '310.000001', text: `<@${BOT_USER}> a slow one` });
    const note = await h.slack.waitFor((c) => c.method === 'chat.postEphemeral');
    expect(note.args).toMatchObject({ channel: 'C1', user: 'U1', thread_ts: '310.000001' });
    expect(String(note.args.text)).toMatch(/Still working on it/);
    release();
    const posted = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(String(posted.args.text)).toMatch(/There it is/);
    expect(h.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
  });

  it('acknowledges before the assistant has finished', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let finished = false;
    const bot = scriptedAssistant(async () => {
      await gate;
      finished = true;
      return [answer('Late but there [1].')];
    });
    h = await startHarness(bot);
    const res = await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '300.000001', text: `<@${BOT_USER}> slow one` });
    expect(res.status).toBe(200);
    expect(finished).toBe(false);
    release();
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(visibleText(post.args)).toContain('Late but there');
  });

  it('answers a DM at the top level of the DM', async () => {
    const bot = scriptedAssistant(() => [answer('Yes [1].')]);
    h = await startHarness(bot);
    await h.event({ type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', ts: '400.000001', text: 'is SSI counted at 18?' });
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.channel).toBe('D1');
    expect(post.args.thread_ts).toBeUndefined();
    expect(bot.inbounds[0]?.where.kind).toBe('dm');
  });

  it('passes thread follow-ups without a mention as not addressed, with the thread so far', async () => {
    const bot = scriptedAssistant((i) => (i.text.includes('thanks') ? [] : [answer('Follow-up answer [1].')]));
    h = await startHarness(bot);
    h.slack.setThread('C1', '500.000001', [
      { ts: '500.000001', user: 'U1', text: `<@${BOT_USER}> who runs the CIL?` },
      { ts: '500.000002', user: BOT_USER, bot_id: 'BBOT', text: 'The CIL is run by ... [1]' },
      { ts: '500.000003', user: 'U1', text: 'and their hours?' },
    ]);
    await h.event({ type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', ts: '500.000003', thread_ts: '500.000001', text: 'and their hours?' });
    const post = await h.slack.waitFor((c) => c.method === 'chat.postMessage');
    expect(post.args.thread_ts).toBe('500.000001');
    const inbound = bot.inbounds[0];
    expect(inbound?.addressed).toBe(false);
    expect(inbound?.thread).toEqual([
      { from: 'U1', text: 'who runs the CIL?', isBot: false },
      { from: BOT_USER, text: 'The CIL is run by ... [1]', isBot: true },
    ]);
    // When the assistant stays quiet, nothing is posted.
    await h.event({ type: 'message', channel: 'C1', channel_type: 'channel', user: 'U2', ts: '500.000004', thread_ts: '500.000001', text: 'thanks!' });
    await new Promise((r) => setTimeout(r, 200));
    expect(bot.inbounds).toHaveLength(2);
    expect(h.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('ignores top-level channel chatter, bot messages and edits', async () => {
    const bot = scriptedAssistant(() => [answer('x')]);
    h = await startHarness(bot);
    await h.event({ type: 'message', channel: 'C1', channel_type: 'channel', user: 'U1', ts: '600.000001', text: 'lunch?' });
    await h.event({ type: 'message', channel: 'C1', channel_type: 'channel', bot_id: 'B9', ts: '600.000002', thread_ts: '1.1', text: 'beep' });
    await h.event({ type: 'message', subtype: 'message_changed', channel: 'C1', ts: '600.000003', message: { text: 'x' } });
    await new Promise((r) => setTimeout(r, 150));
    expect(bot.inbounds).toHaveLength(0);
  });

  it('rejects a bad signature and a stale timestamp with 401 and does nothing', async () => {
    const bot = scriptedAssistant(() => [answer('x')]);
    h = await startHarness(bot);
    const ev = { type: 'app_mention', channel: 'C1', user: 'U1', ts: '700.000001', text: `<@${BOT_USER}> hi` };
    expect((await h.event(ev, { secret: 'wrong-secret' })).status).toBe(401);
    expect((await h.event(ev, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    await new Promise((r) => setTimeout(r, 100));
    expect(bot.inbounds).toHaveLength(0);
  });
});
