// Slack's side of the Slack bench, in its own process so its CPU does not slow the server it measures:
// a fake Slack Web API (where the answers arrive) and the Events API sender (signed mentions, all at
// once, then some retries of the same events). Talks to 127.0.0.1 only, and exits by itself.
//
// Protocol (IPC with the parent, bench/slack-bench.ts):
//   child  -> { type: 'ready', apiUrl }            fake Slack is listening
//   parent -> { type: 'go', ...LoadPlan }          the Bolt endpoint is listening; send the load
//   child  -> { type: 'result', ...LoadResult }    then the child closes everything and exits
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { startFakeSlack } from '../test/helpers/fake-slack.js';

export interface LoadPlan {
  url: string;
  mentions: number;
  retries: number;
  questions: string[];
  secret: string;
  botUserId: string;
  /** Give up waiting for answers after this long. */
  timeoutMs: number;
}

export interface LoadResult {
  /** Per mention (retries excluded): request sent -> HTTP 200 received, ms. */
  acks: number[];
  /** Per mention: request sent -> its answer recorded by the fake Web API, ms (null: no answer in time). */
  answers: (number | null)[];
  /** Per mention: chat.postMessage calls in its thread, counted after a quiet period. */
  answerCounts: number[];
  /** Non-200 responses, retries included. */
  httpErrors: string[];
}

export type ToClient = { type: 'go' } & LoadPlan;
export type FromClient = { type: 'ready'; apiUrl: string } | ({ type: 'result' } & LoadResult) | { type: 'failed'; message: string };

/** After the last answer, how long to wait for a duplicate (which must not come). */
const QUIET_MS = 300;
/** Beyond the answer timeout, how long before the client exits no matter what. */
const EXIT_MARGIN_MS = 10_000;
/** How long to wait for the parent's 'go' before giving up. */
const START_TIMEOUT_MS = 60_000;

interface Mention {
  body: string;
  channel: string;
  ts: string;
}

function mention(plan: LoadPlan, i: number): Mention {
  const ts = `${1_800_000_000 + i}.000100`;
  const channel = `C${i % 10}`;
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `EvBench${i}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: plan.botUserId, is_bot: true }],
    event: { type: 'app_mention', channel, user: `U${i % 20}`, ts, text: `<@${plan.botUserId}> ${plan.questions[i % plan.questions.length]}` },
  });
  return { body, channel, ts };
}

function signedHeaders(secret: string, body: string, retryNum?: number): Record<string, string> {
  const stamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'x-slack-request-timestamp': String(stamp),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${stamp}:${body}`).digest('hex')}`,
    ...(retryNum ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': 'http_error' } : {}),
  };
}

/** POSTs a prepared request; resolves with the time from writing it to the response status (ms). */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; ms: number; started: number }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const ms = performance.now() - started;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms, started }));
    });
    req.on('error', reject);
    const started = performance.now();
    req.end(body);
  });
}

async function run(plan: LoadPlan, slack: Awaited<ReturnType<typeof startFakeSlack>>): Promise<LoadResult> {
  const url = new URL(plan.url);
  if (url.hostname !== '127.0.0.1') throw new Error(`the load client only talks to 127.0.0.1, not ${url.hostname}`);
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });
  // Everything is prepared before the clock starts: only sending and waiting are measured.
  const mentions = Array.from({ length: plan.mentions }, (_, i) => mention(plan, i));
  const firsts = mentions.map((m) => ({ m, headers: signedHeaders(plan.secret, m.body) }));
  const answered = mentions.map((m) =>
    slack
      .waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === m.channel && c.args.thread_ts === m.ts, plan.timeoutMs)
      .then(
        () => performance.now(),
        () => null,
      ),
  );
  const httpErrors: string[] = [];
  const sent = await Promise.all(firsts.map(({ m, headers }) => post(agent, url, headers, m.body)));
  sent.forEach((s, i) => s.status !== 200 && httpErrors.push(`mention ${i}: HTTP ${s.status}`));
  // Slack retries the first few (as after a failed delivery) while their answers are being computed.
  const retried = await Promise.all(
    mentions.slice(0, plan.retries).map((m) => post(agent, url, signedHeaders(plan.secret, m.body, 1), m.body)),
  );
  retried.forEach((s, i) => s.status !== 200 && httpErrors.push(`retry of mention ${i}: HTTP ${s.status}`));
  const at = await Promise.all(answered);
  await new Promise((r) => setTimeout(r, QUIET_MS));
  agent.destroy();
  const perThread = new Map<string, number>();
  for (const c of slack.callsTo('chat.postMessage')) {
    const key = `${String(c.args.channel)}:${String(c.args.thread_ts)}`;
    perThread.set(key, (perThread.get(key) ?? 0) + 1);
  }
  return {
    acks: sent.map((s) => s.ms),
    answers: at.map((t, i) => (t === null ? null : t - (sent[i] as { started: number }).started)),
    answerCounts: mentions.map((m) => perThread.get(`${m.channel}:${m.ts}`) ?? 0),
    httpErrors,
  };
}

async function main(): Promise<void> {
  const send = (msg: FromClient) => new Promise<void>((resolve) => process.send?.(msg, undefined, {}, () => resolve()));
  if (!process.send) throw new Error('slack-load-client runs as a child of bench/slack-bench.ts (needs an IPC channel)');
  const slack = await startFakeSlack();
  // The parent went away: nothing left to report to.
  const orphaned = () => void slack.close().finally(() => process.exit(1));
  process.once('disconnect', orphaned);
  const finish = async (code: number) => {
    process.off('disconnect', orphaned);
    await slack.close().catch(() => undefined);
    process.exitCode = code;
    process.disconnect?.();
  };
  const noGo = setTimeout(() => process.exit(1), START_TIMEOUT_MS).unref();
  process.once('message', (msg: ToClient) => {
    clearTimeout(noGo);
    setTimeout(() => void send({ type: 'failed', message: 'load client timed out' }).finally(() => process.exit(1)), msg.timeoutMs + EXIT_MARGIN_MS).unref();
    run(msg, slack).then(
      (result) => send({ type: 'result', ...result }).then(() => finish(0)),
      (err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) }).then(() => finish(1)),
    );
  });
  await send({ type: 'ready', apiUrl: slack.apiUrl });
}

await main();
