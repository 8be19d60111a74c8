// Fault outcomes for `npm run bench`, each against the real server in its own process (the fault
// tests' helper, test/helpers/server-process.ts), on a Redis the bench starts on its own port:
// - Redis restarting under a running server: whether questions are answered while it is down, how
//   long until /readyz reports the store back after Redis returns, and how long until a ping that fell
//   due after the restart goes out; pings lost and doubled.
// - kill -9 with reminder deliveries in flight, then a restart: pings lost and doubled, and how long
//   the restarted server took to deliver the rest (BullMQ hands a dead worker's jobs on after its lock
//   lapses).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pingsPerOwner, seedDuePings } from '../test/helpers/due-pings.js';
import { startFakeSlack, type FakeSlack } from '../test/helpers/fake-slack.js';
import { eventually, mention, postSlack, slackAnswers, slackEnv } from '../test/helpers/outside.js';
import { freePort, startRedis, stopRedis } from '../test/helpers/redis-process.js';
import { startServer, type ServerProcess } from '../test/helpers/server-process.js';
import { KNOWLEDGE_DIR } from '../test/helpers/assistant.js';

export interface FaultFigures {
  ran: boolean;
  reason?: string;
  redisRestart?: { answeredWhileDown: boolean; readyAfterMs: number | null; pingAfterRestartMs: number | null; lost: number; doubled: number };
  kill?: { pings: number; deliveredBeforeKill: number; recoveredMs: number | null; lost: number; doubled: number };
}

const PINGS = 40;
const SWEEP = { LIAISON_REMINDER_SWEEP_MINUTES: '0.02' };

function lostAndDoubled(counts: number[]): { lost: number; doubled: number } {
  return { lost: counts.filter((n) => n === 0).length, doubled: counts.reduce((s, n) => s + Math.max(0, n - 1), 0) };
}

async function redisRestart(slack: FakeSlack, indexDir: string): Promise<NonNullable<FaultFigures['redisRestart']>> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-restart-'));
  let redis = await startRedis(port, { dir });
  let server: ServerProcess | undefined;
  const env = { REDIS_URL: `redis://127.0.0.1:${port}`, LIAISON_INDEX_DIR: indexDir, LIAISON_DATA_DIR: dir };
  try {
    await seedDuePings(env, 10, { first: 2000 });
    server = await startServer({ name: 'bench-restart', env: { ...env, ...SWEEP, ...slackEnv(slack) } });
    await eventually(() => pingsPerOwner(slack, 10, 2000).every((n) => n > 0), 60_000);
    await stopRedis(redis, 'SIGTERM');
    const q = mention(5000, 'Who is presumed eligible for VR services?');
    await postSlack(server.url, q.body);
    const answeredWhileDown = await eventually(() => slackAnswers(slack, q).length > 0, 30_000);
    redis = await startRedis(port, { dir });
    const back = performance.now();
    const ready = await eventually(async () => (await fetch(`${server!.url}/readyz`).catch(() => undefined))?.status === 200, 60_000, 50);
    const readyAfterMs = ready ? performance.now() - back : null;
    await seedDuePings(env, 10, { plan: 'FT-2029', first: 3000 });
    const seeded = performance.now();
    const pinged = await eventually(() => pingsPerOwner(slack, 10, 3000).every((n) => n > 0), 60_000, 50);
    const pingAfterRestartMs = pinged ? performance.now() - seeded : null;
    await new Promise((r) => setTimeout(r, 2_000));
    return { answeredWhileDown, readyAfterMs, pingAfterRestartMs, ...lostAndDoubled([...pingsPerOwner(slack, 10, 2000), ...pingsPerOwner(slack, 10, 3000)]) };
  } finally {
    await server?.stop();
    await stopRedis(redis);
    await rm(dir, { recursive: true, force: true });
  }
}

async function killMidSweep(slack: FakeSlack, indexDir: string): Promise<NonNullable<FaultFigures['kill']>> {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-kill-'));
  const redis = await startRedis(port);
  const env = { REDIS_URL: `redis://127.0.0.1:${port}`, LIAISON_INDEX_DIR: indexDir, LIAISON_DATA_DIR: dir };
  const start = () => startServer({ name: 'bench-kill', env: { ...env, ...SWEEP, ...slackEnv(slack) } });
  let server: ServerProcess | undefined;
  try {
    await seedDuePings(env, PINGS, { first: 4000 });
    slack.delay('chat.postMessage', 250);
    server = await start();
    await eventually(() => pingsPerOwner(slack, PINGS, 4000).filter((n) => n > 0).length >= 8, 60_000, 50);
    await server.kill();
    const deliveredBeforeKill = pingsPerOwner(slack, PINGS, 4000).filter((n) => n > 0).length;
    const restarted = performance.now();
    server = await start();
    const done = await eventually(() => pingsPerOwner(slack, PINGS, 4000).every((n) => n > 0), 150_000, 100);
    const recoveredMs = done ? performance.now() - restarted : null;
    await new Promise((r) => setTimeout(r, 2_000));
    return { pings: PINGS, deliveredBeforeKill, recoveredMs, ...lostAndDoubled(pingsPerOwner(slack, PINGS, 4000)) };
  } finally {
    slack.delay('chat.postMessage', 0);
    await server?.stop();
    await stopRedis(redis);
    await rm(dir, { recursive: true, force: true });
  }
}

export async function faultSection(): Promise<FaultFigures> {
  const slack = await startFakeSlack();
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-faults-index-'));
  try {
    // The servers build their own offline index of knowledge/ into indexDir on first start.
    const warm = await startServer({ name: 'bench-faults-index', env: { LIAISON_INDEX_DIR: indexDir, LIAISON_KNOWLEDGE_DIR: KNOWLEDGE_DIR, LIAISON_DATA_DIR: indexDir, LIAISON_REMINDERS: 'off' }, timeoutMs: 120_000 });
    await warm.stop();
    return { ran: true, redisRestart: await redisRestart(slack, indexDir), kill: await killMidSweep(slack, indexDir) };
  } catch (err) {
    return { ran: false, reason: (err as Error).message.split('\n')[0]! };
  } finally {
    await slack.close();
    await rm(indexDir, { recursive: true, force: true });
  }
}
