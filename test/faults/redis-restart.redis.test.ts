// Redis restarts under a running server (its own Redis, on its own port, keeping its data on disk):
// while it is down questions are still answered and a confirmation says logging is briefly unavailable
// and writes nothing; when it is back, reminders go out again, each once.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { commitmentTasks, pingsPerOwner, seedDuePings } from '../helpers/due-pings.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { callsSaying, callWithButton, eventually, mention, postSlack, pressButton, slackAnswers, slackEnv } from '../helpers/outside.js';
import { redisUnavailableReason } from '../helpers/redis.js';
import { freePort, startRedis, stopRedis } from '../helpers/redis-process.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const unavailable = await redisUnavailableReason();
const NOTES_CHANNEL = 'CNOTES';
const NOTES = 'Next steps\n- Tom Okafor will call the CIL by Friday\n- Dana Alvarez will send the VR application';

describe.skipIf(unavailable !== null)('Redis restarting under a running server', () => {
  let redis: ChildProcess | undefined;
  let port: number;
  let slack: FakeSlack;
  let server: ServerProcess | undefined;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    port = await freePort();
    dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-restart-'));
    redis = await startRedis(port, { dir });
    slack = await startFakeSlack();
    env = { REDIS_URL: `redis://127.0.0.1:${port}`, LIAISON_INDEX_DIR: await starterIndexDir(), LIAISON_DATA_DIR: dir };
    await seedDuePings(env, 5, { linkChannel: NOTES_CHANNEL });
    server = await startServer({ name: 'restart', env: { ...env, LIAISON_REMINDER_SWEEP_MINUTES: '0.02', ...slackEnv(slack) } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.close();
    if (redis) await stopRedis(redis);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps answering, refuses to half-log, and resumes reminders', async () => {
    expect(await eventually(() => pingsPerOwner(slack, 5).every((n) => n === 1), 30_000)).toBe(true);
    const before = await commitmentTasks(env);

    // Meeting notes proposed while Redis is up; confirmed while it is down.
    const notes = mention(1, NOTES);
    const notesBody = notes.body.replace(/"channel":"CF\d"/, `"channel":"${NOTES_CHANNEL}"`);
    expect(await postSlack(server!.url, notesBody)).toBe(200);
    expect(await eventually(() => !!callWithButton(slack, 'proposal.confirm'), 30_000)).toBe(true);
    const proposal = callWithButton(slack, 'proposal.confirm')!;

    await stopRedis(redis!, 'SIGTERM');
    const downAt = slack.calls.length;
    const question = mention(2, 'Who is presumed eligible for VR services?');
    expect(await postSlack(server!.url, question.body)).toBe(200);
    expect(await eventually(() => slackAnswers(slack, question).length > 0, 30_000)).toBe(true);
    expect(String(slackAnswers(slack, question)[0]!.args.text)).toMatch(/eligib/i);

    expect(await pressButton(server!.url, slack, proposal, 'proposal.confirm', { responseId: 'confirm-down' })).toBe(200);
    expect(await eventually(() => callsSaying(slack, /briefly unavailable/, downAt).length > 0, 30_000)).toBe(true);
    expect(JSON.stringify(callsSaying(slack, /briefly unavailable/, downAt)[0]!.args)).toMatch(/Nothing was changed; try again in a minute/);

    redis = await startRedis(port, { dir });
    // Nothing of the refused confirmation was written.
    expect(await commitmentTasks(env)).toEqual(before);
    // New commitments due after the restart go out: the sweep runs again.
    await seedDuePings(env, 5, { plan: 'FT-2028', first: 100 });
    expect(await eventually(() => pingsPerOwner(slack, 5, 100).every((n) => n > 0), 60_000)).toBe(true);
    // The same confirmation, pressed again now, logs both items at once.
    expect(await pressButton(server!.url, slack, proposal, 'proposal.confirm', { responseId: 'confirm-up' })).toBe(200);
    expect(await eventually(async () => (await commitmentTasks(env)).length === before.length + 2, 30_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 2_000));
    expect([...pingsPerOwner(slack, 5), ...pingsPerOwner(slack, 5, 100)]).toEqual(Array(10).fill(1));
  }, 180_000);
});
