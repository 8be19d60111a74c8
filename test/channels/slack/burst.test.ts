// A burst of mentions, more than the Slack channel works on at once, through Bolt's real HTTP receiver:
// every one is acknowledged while no answer has been computed yet, and each is answered exactly once,
// Slack retries included. Ordering and counts only; speed is the bench's job (bench/slack-bench.ts).
import { afterEach, expect, it } from 'vitest';
import { DEFAULT_CONCURRENCY } from '../../../src/channels/slack/app.js';
import { BOT_USER, type Harness, startHarness } from './harness.js';
import { scriptedAssistant } from './scripted-assistant.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

it('acknowledges a burst of mentions before computing their answers, then answers each exactly once', async () => {
  const n = DEFAULT_CONCURRENCY + 8;
  const retried = 5;
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const events: string[] = [];
  const bot = scriptedAssistant(async (inbound) => {
    events.push(`started ${inbound.id}`);
    await gate;
    events.push(`computed ${inbound.id}`);
    return [{ kind: 'answer', text: `Answer for ${inbound.id}`, audience: { kind: 'conversation' } }];
  });
  h = await startHarness(bot);
  const harness = h;
  const mention = (i: number) => ({ type: 'app_mention', channel: `C${i % 3}`, user: `U${i % 4}`, ts: `900.${String(i).padStart(6, '0')}`, text: `<@${BOT_USER}> question ${i}` });

  const acks = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      harness.event(mention(i), { eventId: `EvBurst${i}` }).then((r) => {
        events.push(`acked ${i}`);
        return r.status;
      }),
    ),
  );
  // Slack re-sends some while their answers are still being worked on.
  const retryAcks = await Promise.all(
    Array.from({ length: retried }, (_, i) => harness.event(mention(i), { eventId: `EvBurst${i}`, retryNum: 1, retryReason: 'http_error' }).then((r) => r.status)),
  );
  expect(acks).toEqual(Array(n).fill(200));
  expect(retryAcks).toEqual(Array(retried).fill(200));
  // Every ack went out with no answer computed, and the channel holds the rest of the burst back.
  expect(events.filter((e) => e.startsWith('acked'))).toHaveLength(n);
  expect(events.some((e) => e.startsWith('computed'))).toBe(false);
  expect(h.slack.callsTo('chat.postMessage')).toHaveLength(0);
  const started = events.filter((e) => e.startsWith('started')).length;
  expect(started).toBeGreaterThan(0);
  expect(started).toBeLessThanOrEqual(DEFAULT_CONCURRENCY);

  release();
  const threads = Array.from({ length: n }, (_, i) => mention(i));
  await Promise.all(threads.map((m) => harness.slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === m.channel && c.args.thread_ts === m.ts)));
  // Give a duplicate (there must be none) the chance to arrive.
  await new Promise((r) => setTimeout(r, 100));
  const posts = h.slack.callsTo('chat.postMessage');
  expect(posts).toHaveLength(n);
  for (const m of threads) expect(posts.filter((c) => c.args.channel === m.channel && c.args.thread_ts === m.ts)).toHaveLength(1);
  expect(bot.inbounds.map((i) => i.id).sort()).toEqual(threads.map((m) => `${m.channel}:${m.ts}`).sort());
});
