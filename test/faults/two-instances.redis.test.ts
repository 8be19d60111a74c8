// Two servers on one Redis (one key prefix of their own), each in its own process: an event Slack
// delivers to both is answered once, and the reminder sweep running on both sends every ping once.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { pingsPerOwner, seedDuePings } from '../helpers/due-pings.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { eventually, mention, postSlack, slackAnswers, slackEnv } from '../helpers/outside.js';
import { keysWithPrefix, openTestRedis, redisUnavailableReason, testRedisUrl, uniquePrefix } from '../helpers/redis.js';
import { startServer, stopAll, type ServerProcess } from '../helpers/server-process.js';

const unavailable = await redisUnavailableReason();
const PINGS = 30;

describe.skipIf(unavailable !== null)('two instances on one Redis', () => {
  const prefix = uniquePrefix('two-instances');
  let slack: FakeSlack;
  let servers: ServerProcess[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    slack = await startFakeSlack();
    const shared = { REDIS_URL: testRedisUrl, LIAISON_REDIS_PREFIX: prefix, LIAISON_INDEX_DIR: await starterIndexDir() };
    await seedDuePings({ ...shared, LIAISON_DATA_DIR: os.tmpdir() }, PINGS);
    for (let i = 0; i < 2; i++) dirs.push(await mkdtemp(path.join(os.tmpdir(), 'liaison-two-')));
    // A sweep every 1.2 s on each: their ticks overlap while the pings go out.
    servers = await Promise.all(dirs.map((dir, i) => startServer({ name: `instance-${i}`, env: { ...shared, LIAISON_DATA_DIR: dir, LIAISON_REMINDER_SWEEP_MINUTES: '0.02', ...slackEnv(slack) } })));
  }, 120_000);
  afterAll(async () => {
    await stopAll(servers);
    await slack?.close();
    const redis = openTestRedis();
    const keys = await keysWithPrefix(redis, `${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  it('sends every due ping once, though both sweep', async () => {
    await eventually(() => pingsPerOwner(slack, PINGS).every((n) => n > 0), 60_000);
    // Several more sweeps on both: nothing goes out twice.
    await new Promise((r) => setTimeout(r, 4_000));
    expect(pingsPerOwner(slack, PINGS)).toEqual(Array(PINGS).fill(1));
    // Both took part in sweeping (each logs the pings it handled).
    const swept = servers.map((s) => s.logs.filter((l) => l.msg === 'reminder ping').length);
    expect(swept.reduce((a, b) => a + b)).toBe(PINGS);
  }, 90_000);

  it('answers a Slack event delivered to both instances once', async () => {
    const mentions = Array.from({ length: 10 }, (_, i) => mention(900 + i, 'Who is presumed eligible for VR services?'));
    const statuses = await Promise.all(mentions.flatMap((m) => servers.map((s, i) => postSlack(s.url, m.body, i ? { retryNum: 1, retryReason: 'http_error' } : {}))));
    expect(statuses.every((s) => s === 200)).toBe(true);
    await eventually(() => mentions.every((m) => slackAnswers(slack, m).length > 0), 60_000);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(mentions.map((m) => slackAnswers(slack, m).length)).toEqual(Array(10).fill(1));
  }, 90_000);
});
