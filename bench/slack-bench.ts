// Slack channel speed: N signed mentions sent at once to the real Bolt HTTP endpoint (local only),
// measuring how fast Slack gets its acknowledgement and how long until the answer reaches the (fake)
// Slack Web API. Some mentions are re-sent as Slack retries; each must still be answered exactly once.
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSlackApp } from '../src/channels/slack/app.js';
import type { Assistant } from '../src/core/messages.js';
import { silentLogger, type Logger } from '../src/log.js';
import { buildTestAssistant } from '../test/helpers/assistant.js';
import { startFakeSlack } from '../test/helpers/fake-slack.js';

export interface SlackBenchOptions {
  /** The assistant to answer with; by default the real one, offline, over the starter knowledge and a temp store. */
  assistant?: Assistant;
  /** Number of mentions (default 200). */
  mentions?: number;
  /** Questions to cycle through. */
  questions?: string[];
  /** Share of mentions re-sent as a Slack retry (default 0.1). */
  retryShare?: number;
  /** Give up waiting for answers after this long (default 120 s). */
  timeoutMs?: number;
  log?: Logger;
}

export interface SlackBenchResult {
  ackP50: number;
  ackP99: number;
  answeredOnce: boolean;
  answerP50: number;
  answerP95: number;
  mentions: number;
}

const SECRET = 'bench-signing-secret';
const BOT = 'UBENCHBOT';

const DEFAULT_QUESTIONS = [
  'Who do I call about vocational rehabilitation?',
  'What are Pre-Employment Transition Services?',
  'Does SSI count a student’s earnings?',
  'Where is the nearest Center for Independent Living?',
  'How does a student request accommodations in college?',
];

function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round((sorted[i] as number) * 10) / 10;
}

export async function runSlackBench(opts: SlackBenchOptions): Promise<SlackBenchResult> {
  const n = opts.mentions ?? 200;
  const questions = opts.questions ?? DEFAULT_QUESTIONS;
  const built = opts.assistant ? undefined : await buildTestAssistant();
  const assistant = opts.assistant ?? (built as NonNullable<typeof built>).assistant;
  const slack = await startFakeSlack();
  const expressApp = express();
  createSlackApp({
    botToken: 'xoxb-bench',
    signingSecret: SECRET,
    apiUrl: slack.apiUrl,
    botUserId: BOT,
    botId: 'BBENCH',
    assistant,
    log: opts.log ?? silentLogger,
    expressApp,
  });
  const server: Server = await new Promise((resolve) => {
    const s = expressApp.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const send = async (i: number, retryNum?: number) => {
    const ts = `${1_800_000_000 + i}.000100`;
    const body = JSON.stringify({
      type: 'event_callback',
      team_id: 'T1',
      api_app_id: 'A1',
      event_id: `EvBench${i}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: 'T1', user_id: BOT, is_bot: true }],
      event: { type: 'app_mention', channel: `C${i % 10}`, user: `U${i % 20}`, ts, text: `<@${BOT}> ${questions[i % questions.length]}` },
    });
    const stamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${stamp}:${body}`).digest('hex')}`;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(stamp),
      'x-slack-signature': signature,
      ...(retryNum ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_error' } : {}),
    };
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers, body });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`mention ${i} got HTTP ${res.status}`);
    return { started, ack: performance.now() - started, ts, channel: `C${i % 10}` };
  };

  try {
    const epoch = Date.now() - performance.now();
    const sent = await Promise.all(Array.from({ length: n }, (_, i) => send(i)));
    const retries = Math.floor(n * (opts.retryShare ?? 0.1));
    await Promise.all(Array.from({ length: retries }, (_, i) => send(i, 1)));

    const answers = await Promise.all(
      sent.map((s) =>
        slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === s.channel && c.args.thread_ts === s.ts, opts.timeoutMs ?? 120_000),
      ),
    );
    // Let any duplicate answer (which must not exist) arrive before counting.
    await new Promise((r) => setTimeout(r, 300));
    const perThread = new Map<string, number>();
    for (const c of slack.callsTo('chat.postMessage')) {
      const key = `${String(c.args.channel)}:${String(c.args.thread_ts)}`;
      perThread.set(key, (perThread.get(key) ?? 0) + 1);
    }
    const answeredOnce = sent.every((s) => perThread.get(`${s.channel}:${s.ts}`) === 1);
    const acks = sent.map((s) => s.ack);
    const ends = answers.map((a, i) => a.at - (epoch + (sent[i]?.started ?? 0)));
    return {
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      answeredOnce,
      answerP50: percentile(ends, 50),
      answerP95: percentile(ends, 95),
      mentions: n,
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await slack.close();
    await built?.close();
  }
}
