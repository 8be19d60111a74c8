// Slack channel speed: N signed mentions sent at once to the real Bolt HTTP endpoint (local only),
// measuring how fast Slack gets its acknowledgement and how long until the answer reaches the (fake)
// Slack Web API. Some mentions are re-sent as Slack retries; each must still be answered exactly once.
//
// This process runs only what production runs (Bolt on express, the assistant). Slack's side (the
// sender and the fake Web API) runs in a child process, bench/slack-load-client.ts, and measures
// there: ack = request written -> HTTP 200 read; answer = request written -> chat.postMessage recorded.
import { type ChildProcess, fork } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { createSlackApp } from '../src/channels/slack/app.js';
import type { Assistant } from '../src/core/messages.js';
import { silentLogger, type Logger } from '../src/log.js';
import { buildTestAssistant } from '../test/helpers/assistant.js';
import type { FromClient, LoadResult, ToClient } from './slack-load-client.js';
import { benchClock } from './clock.js';

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
  /** Passed to the Slack app: jobs run at once after their acknowledgement. */
  concurrency?: number;
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

const CLIENT_EXIT_GRACE_MS = 2000;
const ROOT = path.resolve(import.meta.dirname, '..');

/** Forks the load client (TypeScript, through tsx) and hands its messages to `on`. */
export function startClient(on: (msg: FromClient) => void, onExit: (code: number | null) => void): ChildProcess {
  const child = fork(path.join(ROOT, 'bench/slack-load-client.ts'), [], { cwd: ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  child.on('message', (m) => on(m as FromClient));
  child.on('exit', onExit);
  return child;
}

export async function runSlackBench(opts: SlackBenchOptions): Promise<SlackBenchResult> {
  const n = opts.mentions ?? 200;
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const built = opts.assistant ? undefined : await buildTestAssistant();
  const assistant = opts.assistant ?? (built as NonNullable<typeof built>).assistant;

  let ready!: (apiUrl: string) => void;
  let done!: (r: LoadResult) => void;
  let fail!: (e: Error) => void;
  const apiUrl = new Promise<string>((resolve) => (ready = resolve));
  const result = new Promise<LoadResult>((resolve, reject) => ((done = resolve), (fail = reject)));
  const failed = result.then(() => new Promise<never>(() => {}));
  const child = startClient(
    (msg) => {
      if (msg.type === 'ready') ready(msg.apiUrl);
      else if (msg.type === 'result') done(msg);
      else if (msg.type === 'failed') fail(new Error(`Slack load client: ${msg.message}`));
    },
    (code) => fail(new Error(`Slack load client exited (code ${code}) before reporting`)),
  );
  let server: Server | undefined;
  let slackApp: ReturnType<typeof createSlackApp> | undefined;
  try {
    const expressApp = express();
    slackApp = createSlackApp({
      botToken: 'xoxb-bench',
      signingSecret: SECRET,
      apiUrl: await Promise.race([apiUrl, failed]),
      botUserId: BOT,
      botId: 'BBENCH',
      assistant,
      clock: benchClock(),
      log: opts.log ?? silentLogger,
      expressApp,
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    });
    server = await new Promise<Server>((resolve) => {
      const s = expressApp.listen(0, '127.0.0.1', () => resolve(s));
    });
    const go: ToClient = {
      type: 'go',
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
      mentions: n,
      retries: Math.floor(n * (opts.retryShare ?? 0.1)),
      questions: opts.questions ?? DEFAULT_QUESTIONS,
      secret: SECRET,
      botUserId: BOT,
      timeoutMs,
    };
    child.send(go);
    const r = await result;
    if (r.httpErrors.length) throw new Error(`the Slack endpoint did not acknowledge: ${r.httpErrors.slice(0, 5).join('; ')}`);
    // A mention never answered counts as the slowest possible.
    const answers = r.answers.map((a) => a ?? Number.POSITIVE_INFINITY);
    return {
      ackP50: percentile(r.acks, 50),
      ackP99: percentile(r.acks, 99),
      answeredOnce: r.answerCounts.every((c) => c === 1),
      answerP50: percentile(answers, 50),
      answerP95: percentile(answers, 95),
      mentions: n,
    };
  } finally {
    // The client exits by itself once it has reported; stop it if it has not within a moment.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const timer = setTimeout(() => child.kill(), CLIENT_EXIT_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    if (server) await new Promise<void>((resolve) => (server as Server).close(() => resolve()));
    await slackApp?.stop();
    await built?.close();
  }
}
