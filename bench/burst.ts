// The burst, measured from outside (`npm run bench -- --burst`): the server runs in its own process
// (bench/burst-server.ts: src/main.ts's serve with its configuration from the environment, the
// real Slack endpoint with signature checks, the real Teams endpoint with token checks against a
// local key server, offline answers over the starter knowledge), and the load client in another
// (bench/slack-load-client.ts) sends N signed Slack mentions (re-sent as Slack does when an ack is
// slow, some re-sent as after a failed delivery) and N Teams activities with valid tokens at once.
// Before the clock starts, a few questions warm the server up (each worker thread loads the index,
// the Bot Framework keys are fetched): the burst hits a server that has answered before. Each setting
// of LIAISON_WORKERS is run several times; the worst run (highest ack p99) is reported, with the
// server's memory (its threads included) read from /proc.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadQuestions } from './questions.js';
import type { FromClient, LoadResult, ToClient } from './slack-load-client.js';
import { startClient } from './slack-bench.js';
import { percentile, round } from './stats.js';
import { teamsEnv, type TeamsEndpoints } from './teams-load.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SECRET = 'bench-burst-signing-secret';
/** The bot user the fake Slack's auth.test names (the server learns it from there, as in production). */
const BOT = 'UBOT';
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;
const SERVER_LOG = path.join(ROOT, 'bench', 'out', 'burst-server.log');

export interface BurstOptions {
  runs: number;
  /** LIAISON_WORKERS settings to compare. */
  workers: number[];
  mentions: number;
  activities: number;
  /** Run the built server (dist/) instead of the sources through tsx. */
  dist: boolean;
  timeoutMs: number;
}

interface Side {
  ackP50: number;
  ackP99: number;
  /** Of the ack, the time before the request had left the load client (its own event loop), p99 ms. */
  sendDelayP99: number;
  answerP50: number;
  answerP95: number;
  /** Answered exactly once, of all sent. */
  once: number;
  sent: number;
}

export interface BurstRun {
  workers: number;
  slack: Side & { slowAckRetries: number };
  teams: Side & { stillWorkingNotes: number };
  rssMb: { ready: number; afterBurst: number; peak: number };
  seconds: number;
  /** The machine's 1-minute load average when the burst started (other work shares its cores). */
  loadAverage: number;
  /**
   * The server's own view (its request-duration histogram, warm-up included): requests answered
   * within 300 ms of the server reading them, of all. Beside the client's times, it tells the
   * server's work from time spent in the network and in the load client's own event loop.
   */
  serverWithin300ms: { slack: [number, number]; teams: [number, number] };
}

/** From /metrics: [answered within 300 ms, all] for one route of liaison_http_request_seconds. */
export function within300(metrics: string, route: string): [number, number] {
  let within = 0;
  let all = 0;
  for (const line of metrics.split('\n')) {
    const m = /^liaison_http_request_seconds_(bucket|count)\{([^}]*)\} (\d+)/.exec(line);
    if (!m || !m[2]!.includes(`route="${route}"`)) continue;
    if (m[1] === 'count') all += Number(m[3]);
    else if (m[2]!.includes('le="0.3"')) within += Number(m[3]);
  }
  return [within, all];
}

function side(acks: number[], sendDelays: number[], answers: (number | null)[], counts: number[]): Side {
  const done = answers.map((a) => a ?? Number.POSITIVE_INFINITY);
  const r = (x: number) => round(x, 1);
  return { ackP50: r(percentile(acks, 50)), ackP99: r(percentile(acks, 99)), sendDelayP99: r(percentile(sendDelays, 99)), answerP50: r(percentile(done, 50)), answerP95: r(percentile(done, 95)), once: counts.filter((c) => c === 1).length, sent: counts.length };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resident memory of a process (all its threads) from /proc: now and its high-water mark, MB. */
async function rssOf(pid: number): Promise<{ now: number; peak: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { now: round(kb('VmRSS') / 1024, 1), peak: round(kb('VmHWM') / 1024, 1) };
}

async function waitReady(base: string, server: ChildProcess): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}) before it was ready; see ${path.relative(ROOT, SERVER_LOG)}`);
    const ok = await fetch(`${base}/healthz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within ${START_TIMEOUT_MS / 1000} s`);
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

async function oneRun(o: BurstOptions, workers: number, n: number, indexDir: string, questions: string[]): Promise<BurstRun> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-burst-'));
  let ready!: (m: { apiUrl: string; teams: TeamsEndpoints }) => void;
  let done!: (r: LoadResult) => void;
  let fail!: (e: Error) => void;
  const endpoints = new Promise<{ apiUrl: string; teams: TeamsEndpoints }>((resolve) => (ready = resolve));
  const result = new Promise<LoadResult>((resolve, reject) => ((done = resolve), (fail = reject)));
  result.catch(() => undefined);
  const client = startClient(
    (msg: FromClient) => {
      if (msg.type === 'ready') ready(msg);
      else if (msg.type === 'result') done(msg);
      else fail(new Error(`load client: ${msg.message}`));
    },
    (code) => fail(new Error(`the load client exited (code ${code}) before reporting`)),
  );
  let server: ChildProcess | undefined;
  try {
    const { apiUrl, teams } = await Promise.race([endpoints, result.then(() => Promise.reject(new Error('the load client reported before it was ready')))]);
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      LIAISON_DATA_DIR: dataDir,
      LIAISON_INDEX_DIR: indexDir,
      LIAISON_KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'),
      LIAISON_WORKERS: String(workers),
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: apiUrl,
      ...teamsEnv(teams),
    };
    const args = ['--import', 'tsx', path.join(ROOT, 'bench/burst-server.ts'), ...(o.dist ? ['--dist'] : [])];
    // The server's log goes to a file: after the result, its last deliveries meet the load client's
    // fakes closed and log errors that say nothing about the burst.
    const logFile = await open(SERVER_LOG, 'a');
    server = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', logFile.fd, logFile.fd] });
    await logFile.close();
    const base = `http://127.0.0.1:${port}`;
    await waitReady(base, server);
    const readyRss = await rssOf(server.pid as number);
    const loadAverage = round(os.loadavg()[0]!, 1);
    const started = performance.now();
    const go: ToClient = {
      type: 'go',
      url: `${base}/slack/events`,
      mentions: n,
      retries: Math.floor(n * 0.1),
      questions,
      secret: SECRET,
      botUserId: BOT,
      timeoutMs: o.timeoutMs,
      teams: { url: `${base}/api/messages`, activities: o.activities },
      run: `r${n}w${workers}x${Math.floor(started)}`,
      warmup: Math.max(1, workers),
    };
    client.send(go);
    const r = await result;
    const seconds = round((performance.now() - started) / 1000, 1);
    const after = await rssOf(server.pid as number);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    const errors = [...r.httpErrors, ...(r.teams?.httpErrors ?? [])];
    if (errors.length) throw new Error(`the server did not acknowledge everything: ${errors.slice(0, 5).join('; ')}`);
    const t = r.teams!;
    return {
      workers,
      slack: { ...side(r.acks, r.sendDelays, r.answers, r.answerCounts), slowAckRetries: r.slowAckRetries },
      teams: { ...side(t.acks, t.sendDelays, t.answers, t.answerCounts), stillWorkingNotes: t.stillWorkingNotes },
      rssMb: { ready: readyRss.now, afterBurst: after.now, peak: after.peak },
      seconds,
      loadAverage,
      serverWithin300ms: { slack: within300(metrics, '/slack/events'), teams: within300(metrics, '/api/messages') },
    };
  } finally {
    if (server) await stopServer(server);
    if (client.exitCode === null && client.signalCode === null) {
      const exited = new Promise((resolve) => client.once('exit', resolve));
      const timer = setTimeout(() => client.kill(), 2_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  }
}

export interface BurstReport {
  options: BurstOptions;
  cpus: number;
  /** Per LIAISON_WORKERS setting: every run, and the worst (highest ack p99 of the two platforms). */
  settings: { workers: number; runs: BurstRun[]; worst: BurstRun }[];
}

export async function runBurst(o: BurstOptions): Promise<BurstReport> {
  const questions = (await loadQuestions(path.join(ROOT, 'bench/data/questions.jsonl'))).map((q) => q.question).slice(0, 40);
  const indexDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'liaison-burst-index-')), 'index');
  await mkdir(path.dirname(SERVER_LOG), { recursive: true });
  try {
    const settings: BurstReport['settings'] = [];
    for (const workers of o.workers) {
      const runs: BurstRun[] = [];
      for (let i = 0; i < o.runs; i++) {
        const run = await oneRun(o, workers, o.mentions, indexDir, questions);
        console.error(`burst: workers=${workers} run ${i + 1}/${o.runs}: ${renderRun(run)}`);
        runs.push(run);
      }
      const worst = runs.reduce((a, b) => (Math.max(b.slack.ackP99, b.teams.ackP99) > Math.max(a.slack.ackP99, a.teams.ackP99) ? b : a));
      settings.push({ workers, runs, worst });
    }
    return { options: o, cpus: os.availableParallelism(), settings };
  } finally {
    await rm(path.dirname(indexDir), { recursive: true, force: true });
  }
}

function renderRun(r: BurstRun): string {
  return (
    `Slack ack p50/p99 ${r.slack.ackP50}/${r.slack.ackP99} ms (p99 ${r.slack.sendDelayP99} ms of it before the request left the client), answer p50/p95 ${r.slack.answerP50}/${r.slack.answerP95} ms, once ${r.slack.once}/${r.slack.sent}, slow-ack retries ${r.slack.slowAckRetries}; ` +
    `Teams ack p50/p99 ${r.teams.ackP50}/${r.teams.ackP99} ms (p99 ${r.teams.sendDelayP99} ms of it before the request left the client), answer p50/p95 ${r.teams.answerP50}/${r.teams.answerP95} ms, once ${r.teams.once}/${r.teams.sent}, still-working notes ${r.teams.stillWorkingNotes}; ` +
    `RSS ready/after/peak ${r.rssMb.ready}/${r.rssMb.afterBurst}/${r.rssMb.peak} MB; ${r.seconds} s; load average ${r.loadAverage}; ` +
    `server-side within 300 ms: Slack ${r.serverWithin300ms.slack.join('/')}, Teams ${r.serverWithin300ms.teams.join('/')}`
  );
}

export function renderBurst(b: BurstReport): string {
  const o = b.options;
  const lines = [
    `## Burst: ${o.mentions} Slack mentions + ${o.activities} Teams activities at once, server in its own process (${o.dist ? 'dist/' : 'tsx src/'}), ${b.cpus} cores, worst of ${o.runs} runs`,
    '',
    '| workers | Slack ack p50 / p99 ms | Slack answer p50 / p95 ms | Slack answered once | slow-ack retries | Teams ack p50 / p99 ms | Teams answer p50 / p95 ms | Teams answered once | server RSS after / peak MB | load average |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { workers, worst: w } of b.settings) {
    lines.push(
      `| ${workers} | ${w.slack.ackP50} / ${w.slack.ackP99} | ${w.slack.answerP50} / ${w.slack.answerP95} | ${w.slack.once}/${w.slack.sent} | ${w.slack.slowAckRetries} | ${w.teams.ackP50} / ${w.teams.ackP99} | ${w.teams.answerP50} / ${w.teams.answerP95} | ${w.teams.once}/${w.teams.sent} | ${w.rssMb.afterBurst} / ${w.rssMb.peak} | ${w.loadAverage} |`,
    );
  }
  for (const { workers, worst: w } of b.settings) {
    lines.push('', `${workers} workers, worst run: of each ack, the part before the request had left the load client (its own event loop, sending the rest of the burst): p99 ${w.slack.sendDelayP99} ms Slack, ${w.teams.sendDelayP99} ms Teams.`);
  }
  // What each thread adds: memory after a burst (every thread has loaded the index) between settings.
  const sorted = [...b.settings].filter((s) => s.workers > 0).sort((a, c) => a.workers - c.workers);
  for (let i = 1; i < sorted.length; i++) {
    const [a, c] = [sorted[i - 1]!, sorted[i]!];
    const median = (s: typeof a) => percentile(s.runs.map((r) => r.rssMb.afterBurst), 50);
    lines.push('', `Each worker thread adds about ${round((median(c) - median(a)) / (c.workers - a.workers), 1)} MB of RSS (median after-burst RSS, ${a.workers} -> ${c.workers} workers).`);
  }
  return lines.join('\n');
}
