// Slack and Teams answering 429 (with Retry-After) or 5xx to a server in its own process: answers and
// reminder pings are tried again, and each arrives once; none is lost.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { startKeyServer, type KeyServer } from '../helpers/bot-tokens.js';
import { pingsPerOwner, seedDuePings } from '../helpers/due-pings.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { eventually, mention, postSlack, postTeams, slackAnswers, slackEnv, teamsAnswers, teamsEnv, teamsQuestion, TEAMS_PRELOAD } from '../helpers/outside.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const QUESTION = 'Who is presumed eligible for VR services?';

describe('Slack and Teams refusing for a while', () => {
  let slack: FakeSlack;
  let keys: KeyServer;
  let connector: FakeConnector;
  let server: ServerProcess | undefined;
  let dir: string;

  beforeAll(async () => {
    [slack, keys, connector] = await Promise.all([startFakeSlack(), startKeyServer(), startFakeConnector()]);
    dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-refusals-'));
    const env = { LIAISON_DATA_DIR: dir, LIAISON_INDEX_DIR: await starterIndexDir() };
    await seedDuePings(env, 3);
    // The reminder DMs meet a rate limit, then a server error, before Slack takes them.
    slack.failNext('conversations.open', 1, 429, 1);
    slack.failNext('conversations.open', 1, 503);
    server = await startServer({ name: 'refusals', preload: [TEAMS_PRELOAD], env: { ...env, LIAISON_REMINDER_SWEEP_MINUTES: '0.02', ...slackEnv(slack), ...teamsEnv(keys, connector) } });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), keys?.close(), connector?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('delivers each reminder ping once after 429 and 503', async () => {
    expect(await eventually(() => pingsPerOwner(slack, 3).every((n) => n > 0), 40_000)).toBe(true);
    expect(slack.callsTo('conversations.open').filter((c) => c.failed)).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(pingsPerOwner(slack, 3)).toEqual([1, 1, 1]);
  }, 60_000);

  it('answers each Slack question once after 429 and 500', async () => {
    slack.failNext('chat.postMessage', 1, 429, 1);
    slack.failNext('chat.postMessage', 1, 500);
    const mentions = [0, 1, 2].map((i) => mention(300 + i, QUESTION));
    for (const m of mentions) expect(await postSlack(server!.url, m.body)).toBe(200);
    expect(await eventually(() => mentions.every((m) => slackAnswers(slack, m).length > 0), 30_000)).toBe(true);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.failed)).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(mentions.map((m) => slackAnswers(slack, m).length)).toEqual([1, 1, 1]);
  }, 60_000);

  it('answers each Teams question once after 429 and 500', async () => {
    connector.failNext('replyToActivity', 429, '1');
    connector.failNext('replyToActivity', 500);
    const activities = [0, 1, 2].map((i) => teamsQuestion(connector, 300 + i, QUESTION));
    for (const a of activities) expect(await postTeams(server!.url, keys, connector, a)).toBe(200);
    expect(await eventually(() => activities.every((a) => teamsAnswers(connector, a).length > 0), 30_000)).toBe(true);
    expect(connector.calls.filter((c) => c.failed).map((c) => c.op)).toEqual(['replyToActivity', 'replyToActivity']);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(activities.map((a) => teamsAnswers(connector, a).length)).toEqual([1, 1, 1]);
  }, 60_000);
});
