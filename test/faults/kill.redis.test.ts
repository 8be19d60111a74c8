// kill -9 of a server in its own process, during a reminder sweep and during a notes confirmation.
// After a restart: no ping lost, none doubled beyond those in flight when it died, and a meeting's
// items are all logged or none (and can then be confirmed again).
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { commitmentTasks, pingsPerOwner, seedDuePings } from '../helpers/due-pings.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { callWithButton, eventually, mention, postSlack, pressButton, slackEnv } from '../helpers/outside.js';
import { keysWithPrefix, openTestRedis, redisUnavailableReason, testRedisUrl, uniquePrefix } from '../helpers/redis.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const unavailable = await redisUnavailableReason();
const PINGS = 40;
/** Reminder deliveries one server runs at once (the BullMQ worker's concurrency): at most these are in flight. */
const IN_FLIGHT = 4;
const NOTES_CHANNEL = 'CKILL';

describe.skipIf(unavailable !== null)('kill -9 of a server', () => {
  const prefix = uniquePrefix('kill');
  let slack: FakeSlack;
  let server: ServerProcess | undefined;
  let dir: string;
  let env: Record<string, string>;
  const start = () => startServer({ name: 'killed', env: { ...env, LIAISON_REMINDER_SWEEP_MINUTES: '0.02', ...slackEnv(slack) } });

  beforeAll(async () => {
    slack = await startFakeSlack();
    dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-kill-'));
    env = { REDIS_URL: testRedisUrl, LIAISON_REDIS_PREFIX: prefix, LIAISON_INDEX_DIR: await starterIndexDir(), LIAISON_DATA_DIR: dir };
    await seedDuePings(env, PINGS, { linkChannel: NOTES_CHANNEL });
    // Slow DMs, so the server dies with deliveries in flight.
    slack.delay('chat.postMessage', 250);
    server = await start();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await slack?.close();
    const redis = openTestRedis();
    const keys = await keysWithPrefix(redis, `${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('loses no ping and doubles none beyond those in flight when it dies mid-sweep', async () => {
    expect(await eventually(() => pingsPerOwner(slack, PINGS).filter((n) => n > 0).length >= 8, 60_000, 50)).toBe(true);
    await server!.kill();
    const atDeath = pingsPerOwner(slack, PINGS).filter((n) => n > 0).length;
    expect(atDeath).toBeLessThan(PINGS);
    server = await start();
    // Deliveries the dead server held are retried once their locks lapse (BullMQ: about 30 s).
    expect(await eventually(() => pingsPerOwner(slack, PINGS).every((n) => n > 0), 120_000, 500)).toBe(true);
    await new Promise((r) => setTimeout(r, 2_000));
    const counts = pingsPerOwner(slack, PINGS);
    const doubled = counts.reduce((sum, n) => sum + n - 1, 0);
    expect(counts.filter((n) => n === 0)).toEqual([]);
    expect(doubled).toBeLessThanOrEqual(IN_FLIGHT);
  }, 180_000);

  it('logs a meeting whole or not at all when it dies during the confirmation', async () => {
    slack.delay('chat.postMessage', 0);
    // Killed at once, a moment later, and a little later again: each time all items or none.
    for (const [round, waitMs] of [0, 30, 120].entries()) {
      const notes = mention(700 + round, `Next steps\n- Tom Okafor will call the CIL about case ${round} by Friday\n- Dana Alvarez will send VR form ${round}\n- Maria Rivera will book the tour ${round}`);
      const from = slack.calls.length;
      expect(await postSlack(server!.url, notes.body.replace(/"channel":"CF\d"/, `"channel":"${NOTES_CHANNEL}"`))).toBe(200);
      expect(await eventually(() => !!callWithButton({ ...slack, calls: slack.calls.slice(from) }, 'proposal.confirm'), 30_000)).toBe(true);
      const proposal = callWithButton({ ...slack, calls: slack.calls.slice(from) }, 'proposal.confirm')!;
      expect(await pressButton(server!.url, slack, proposal, 'proposal.confirm')).toBe(200);
      await new Promise((r) => setTimeout(r, waitMs));
      await server!.kill();
      const ofThisMeeting = async () => (await commitmentTasks(env)).filter((t) => t.includes(` ${round}`) && /CIL about case|VR form|tour/.test(t)).length;
      const logged = await ofThisMeeting();
      expect([0, 3]).toContain(logged);
      server = await start();
      // Confirming again after the restart logs what was missing, and nothing twice.
      expect(await pressButton(server!.url, slack, proposal, 'proposal.confirm')).toBe(200);
      expect(await eventually(async () => (await ofThisMeeting()) === 3, 30_000)).toBe(true);
    }
  }, 180_000);
});
