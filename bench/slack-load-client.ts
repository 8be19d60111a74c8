// Slack's (and Teams') side of the Slack bench and the burst, in its own process so its CPU does not
// slow the server it measures: a fake Slack Web API (where the answers arrive) and the Events API
// sender (signed mentions, all at once; a mention not acknowledged within Slack's 3 seconds is re-sent
// as Slack does, and some are re-sent as after a failed delivery); with `teams` in the plan, a key
// server, a fake Bot Connector and activities with valid tokens sent at the same moment
// (bench/teams-load.ts). Talks to 127.0.0.1 only, and exits by itself.
//
// Protocol (IPC with the parent, bench/slack-bench.ts or bench/burst.ts):
//   child  -> { type: 'ready', apiUrl, teams }     fake Slack, key server and connector are listening
//   parent -> { type: 'go', ...LoadPlan }          the server is listening; send the load
//   child  -> { type: 'result', ...LoadResult }    then the child closes everything and exits
import { createHmac } from 'node:crypto';
import { Agent, request } from 'node:http';
import { startFakeSlack } from '../test/helpers/fake-slack.js';
import { prepareActivities, startTeamsSide, type TeamsEndpoints, type TeamsLoadResult, type TeamsSide } from './teams-load.js';

export interface LoadPlan {
  url: string;
  mentions: number;
  retries: number;
  questions: string[];
  secret: string;
  botUserId: string;
  /** Give up waiting for answers after this long. */
  timeoutMs: number;
  /** Teams activities sent at the same moment as the mentions, to this /api/messages. */
  teams?: { url: string; activities: number };
  /** Tells this run's events and conversations apart from earlier runs'. */
  run?: string;
  /**
   * Mentions answered (with one Teams activity) before the clock starts, in channels of their own: a
   * server that has answered before, as in production (each worker thread has loaded the index, the
   * Bot Framework keys are cached), not one measured while it warms up.
   */
  warmup?: number;
}

export interface LoadResult {
  /** Per mention (retries excluded): request sent -> HTTP 200 received, ms. */
  acks: number[];
  /**
   * Per mention: request sent -> its last byte handed to the kernel, ms: the part of the ack spent in this
   * process (connecting, and waiting for its own event loop while it sends the rest of the burst).
   */
  sendDelays: number[];
  /** Per mention: request sent -> its answer recorded by the fake Web API, ms (null: no answer in time). */
  answers: (number | null)[];
  /** Per mention: chat.postMessage calls in its thread, counted after a quiet period. */
  answerCounts: number[];
  /** Non-200 responses, retries included. */
  httpErrors: string[];
  /** Mentions re-sent because their acknowledgement took longer than Slack waits. */
  slowAckRetries: number;
  teams?: TeamsLoadResult;
}

export type ToClient = { type: 'go' } & LoadPlan;
export type FromClient = { type: 'ready'; apiUrl: string; teams: TeamsEndpoints } | ({ type: 'result' } & LoadResult) | { type: 'failed'; message: string };

/** Slack re-sends an event whose acknowledgement has not come within this long. */
const SLACK_ACK_LIMIT_MS = 3_000;

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
  const channel = `C${plan.run ?? ''}${i % 10}`;
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `EvBench${plan.run ?? ''}${i}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: plan.botUserId, is_bot: true }],
    event: { type: 'app_mention', channel, user: `U${i % 20}`, ts, text: `<@${plan.botUserId}> ${plan.questions[i % plan.questions.length]}` },
  });
  return { body, channel, ts };
}

function signedHeaders(secret: string, body: string, retryNum?: number, retryReason = 'http_error'): Record<string, string> {
  const stamp = Math.floor(Date.now() / 1000);
  return {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'x-slack-request-timestamp': String(stamp),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${stamp}:${body}`).digest('hex')}`,
    ...(retryNum ? { 'x-slack-retry-num': String(retryNum), 'x-slack-retry-reason': retryReason } : {}),
  };
}

/**
 * POSTs a prepared request; resolves with the time from writing it to the response status (ms), and
 * how much of it passed before the request had left this process (`sendMs`).
 */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; ms: number; sendMs: number; started: number }> {
  return new Promise((resolve, reject) => {
    let sendMs = Number.NaN;
    const req = request(url, { method: 'POST', agent, headers }, (res) => {
      const ms = performance.now() - started;
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms, sendMs, started }));
    });
    req.on('error', reject);
    req.on('finish', () => (sendMs = performance.now() - started));
    const started = performance.now();
    req.end(body);
  });
}

type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

const answeredIn = (slack: FakeSlack, m: Mention, timeoutMs: number) =>
  slack.waitFor((c) => c.method === 'chat.postMessage' && c.args.channel === m.channel && c.args.thread_ts === m.ts, timeoutMs).then(
    () => performance.now(),
    () => null,
  );

async function warmUp(plan: LoadPlan, slack: FakeSlack, teams: TeamsSide, agent: Agent, url: URL, teamsUrl?: URL): Promise<void> {
  const warm = { ...plan, run: `${plan.run ?? ''}warm` };
  const mentions = Array.from({ length: plan.warmup ?? 0 }, (_, i) => mention(warm, i));
  const activities = teamsUrl ? prepareActivities(teams, 1, plan.questions, warm.run) : [];
  const answers = mentions.map((m) => answeredIn(slack, m, plan.timeoutMs));
  const teamsAnswers = teams.answers(activities, plan.timeoutMs, 0);
  await Promise.all([...mentions.map((m) => post(agent, url, signedHeaders(plan.secret, m.body), m.body)), ...activities.map((a) => post(agent, teamsUrl as URL, a.headers, a.body))]);
  if ([...(await Promise.all(answers)), ...(await teamsAnswers).at].includes(null)) throw new Error('the server did not answer the warm-up questions');
}

async function run(plan: LoadPlan, slack: FakeSlack, teams: TeamsSide): Promise<LoadResult> {
  const url = new URL(plan.url);
  const teamsUrl = plan.teams ? new URL(plan.teams.url) : undefined;
  for (const u of [url, teamsUrl]) if (u && u.hostname !== '127.0.0.1') throw new Error(`the load client only talks to 127.0.0.1, not ${u.hostname}`);
  if (plan.warmup) {
    // Its own connections: the server may close idle ones while the burst reuses them (socket hang up).
    const warm = new Agent({ keepAlive: false });
    await warmUp(plan, slack, teams, warm, url, teamsUrl);
    warm.destroy();
  }
  // A connection per request, as deliveries from many hosts arrive: a kept-alive one reused for a retry
  // can be closed by the server at that moment (its keep-alive timeout) and fail as "socket hang up".
  const agent = new Agent({ keepAlive: false, maxSockets: Number.POSITIVE_INFINITY });
  // Everything is prepared before the clock starts: only sending and waiting are measured.
  const mentions = Array.from({ length: plan.mentions }, (_, i) => mention(plan, i));
  const firsts = mentions.map((m) => ({ m, headers: signedHeaders(plan.secret, m.body) }));
  const activities = plan.teams ? prepareActivities(teams, plan.teams.activities, plan.questions, plan.run ?? '') : [];
  const answered = mentions.map((m) => answeredIn(slack, m, plan.timeoutMs));
  const teamsAnswered = teams.answers(activities, plan.timeoutMs, QUIET_MS);
  const httpErrors: string[] = [];
  const timeoutRetries: Promise<{ status: number }>[] = [];
  // As Slack does: an event not acknowledged in time is sent again (and the first one still counts).
  const sendMention = ({ m, headers }: (typeof firsts)[number]) => {
    const slow = setTimeout(() => timeoutRetries.push(post(agent, url, signedHeaders(plan.secret, m.body, 1, 'http_timeout'), m.body)), SLACK_ACK_LIMIT_MS);
    return post(agent, url, headers, m.body).finally(() => clearTimeout(slow));
  };
  const [sent, teamsSent] = await Promise.all([
    Promise.all(firsts.map(sendMention)),
    Promise.all(activities.map((a) => post(agent, teamsUrl as URL, a.headers, a.body))),
  ]);
  sent.forEach((s, i) => s.status !== 200 && httpErrors.push(`mention ${i}: HTTP ${s.status}`));
  // Slack retries the first few (as after a failed delivery) while their answers are being computed.
  const retried = await Promise.all(
    mentions.slice(0, plan.retries).map((m) => post(agent, url, signedHeaders(plan.secret, m.body, 1), m.body)),
  );
  retried.forEach((s, i) => s.status !== 200 && httpErrors.push(`retry of mention ${i}: HTTP ${s.status}`));
  (await Promise.all(timeoutRetries)).forEach((s) => s.status !== 200 && httpErrors.push(`retry after a slow ack: HTTP ${s.status}`));
  const [at, teamsDone] = await Promise.all([Promise.all(answered), teamsAnswered]);
  await new Promise((r) => setTimeout(r, QUIET_MS));
  agent.destroy();
  const perThread = new Map<string, number>();
  for (const c of slack.callsTo('chat.postMessage')) {
    const key = `${String(c.args.channel)}:${String(c.args.thread_ts)}`;
    perThread.set(key, (perThread.get(key) ?? 0) + 1);
  }
  const since = (t: number | null, started: number) => (t === null ? null : t - started);
  return {
    acks: sent.map((s) => s.ms),
    sendDelays: sent.map((s) => s.sendMs),
    answers: at.map((t, i) => since(t, (sent[i] as { started: number }).started)),
    answerCounts: mentions.map((m) => perThread.get(`${m.channel}:${m.ts}`) ?? 0),
    httpErrors,
    slowAckRetries: timeoutRetries.length,
    ...(plan.teams
      ? {
          teams: {
            acks: teamsSent.map((s) => s.ms),
            sendDelays: teamsSent.map((s) => s.sendMs),
            answers: teamsDone.at.map((t, i) => since(t, (teamsSent[i] as { started: number }).started)),
            answerCounts: teamsDone.answerCounts,
            stillWorkingNotes: teamsDone.stillWorkingNotes,
            httpErrors: teamsSent.flatMap((s, i) => (s.status === 200 ? [] : [`activity ${i}: HTTP ${s.status}`])),
          },
        }
      : {}),
  };
}

async function main(): Promise<void> {
  const send = (msg: FromClient) => new Promise<void>((resolve) => process.send?.(msg, undefined, {}, () => resolve()));
  if (!process.send) throw new Error('slack-load-client runs as a child of bench/slack-bench.ts (needs an IPC channel)');
  const slack = await startFakeSlack();
  const teams = await startTeamsSide();
  const closeAll = () => Promise.all([slack.close(), teams.close()]);
  // The parent went away: nothing left to report to.
  const orphaned = () => void closeAll().finally(() => process.exit(1));
  process.once('disconnect', orphaned);
  const finish = async (code: number) => {
    process.off('disconnect', orphaned);
    await closeAll().catch(() => undefined);
    process.exitCode = code;
    process.disconnect?.();
  };
  const noGo = setTimeout(() => process.exit(1), START_TIMEOUT_MS).unref();
  process.once('message', (msg: ToClient) => {
    clearTimeout(noGo);
    setTimeout(() => void send({ type: 'failed', message: 'load client timed out' }).finally(() => process.exit(1)), msg.timeoutMs + EXIT_MARGIN_MS).unref();
    run(msg, slack, teams).then(
      (result) => send({ type: 'result', ...result }).then(() => finish(0)),
      (err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) }).then(() => finish(1)),
    );
  });
  await send({ type: 'ready', apiUrl: slack.apiUrl, teams: teams.endpoints });
}

await main();
