// Student data stays out of the logs at info level: ids and kinds only.
import { Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { createLogger } from '../../../src/log.js';
import { BOT_USER, type Harness, startHarness } from './harness.js';
import { scriptedAssistant } from './scripted-assistant.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
});

it('never logs message text at info level, even when handling fails', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const bot = scriptedAssistant((i) => [{ kind: 'answer', text: `About ${i.text}`, audience: { kind: 'conversation' } }]);
  h = await startHarness(bot, { log: createLogger('info', sink) });
  h.slack.failOnce('chat.postMessage');
  await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.000001', text: `<@${BOT_USER}> Jaylen R. needs a VR referral` });
  await h.slack.waitFor((c) => c.method === 'chat.postEphemeral');
  await h.event({ type: 'app_mention', channel: 'C1', user: 'U1', ts: '1.000002', text: `<@${BOT_USER}> Jaylen R. again` });
  await h.slack.waitFor((c) => c.method === 'chat.postMessage' && !c.failed);
  for (let i = 0; i < 50 && !lines.join('').includes('slack: handled'); i++) await new Promise((r) => setTimeout(r, 20));
  const log = lines.join('');
  expect(log).toContain('slack: handled');
  expect(log).toContain('slack: handling failed');
  expect(log).not.toContain('Jaylen');
});
