// A burst from outside: 200 Slack mentions and 200 Teams activities at once against the real server in
// its own process, with Slack's retries of some of them; every question is answered exactly once.
// (How fast the acknowledgements are is measured in `npm run bench`, never asserted here.)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { startKeyServer, type KeyServer } from '../helpers/bot-tokens.js';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { eventually, mention, postSlack, postTeams, slackAnswers, slackEnv, teamsAnswers, teamsEnv, teamsQuestion, TEAMS_PRELOAD } from '../helpers/outside.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const N = 200;
const QUESTIONS = [
  'Who is presumed eligible for VR services?',
  'what does pre-ets cover for a 16 y/o',
  'Where can a family get help with SSI benefits planning?',
  'what is a CIL and what do they do',
];

describe('a burst of 200 Slack mentions and 200 Teams messages', () => {
  let slack: FakeSlack;
  let keys: KeyServer;
  let connector: FakeConnector;
  let server: ServerProcess | undefined;
  let dataDir: string;

  beforeAll(async () => {
    [slack, keys, connector] = await Promise.all([startFakeSlack(), startKeyServer(), startFakeConnector()]);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-burst-'));
    server = await startServer({
      name: 'burst',
      preload: [TEAMS_PRELOAD],
      env: { LIAISON_DATA_DIR: dataDir, LIAISON_INDEX_DIR: await starterIndexDir(), LIAISON_REMINDERS: 'off', ...slackEnv(slack), ...teamsEnv(keys, connector) },
    });
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), keys?.close(), connector?.close()]);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers each one exactly once, retries included', async () => {
    const mentions = Array.from({ length: N }, (_, i) => mention(i, QUESTIONS[i % QUESTIONS.length]!));
    const activities = Array.from({ length: N }, (_, i) => teamsQuestion(connector, i, QUESTIONS[(i + 1) % QUESTIONS.length]!));
    const statuses = await Promise.all([
      ...mentions.map((m) => postSlack(server!.url, m.body)),
      ...activities.map((a) => postTeams(server!.url, keys, connector, a)),
      // Slack retries some while their answers are being computed: after an error, and after a slow ack.
      ...mentions.slice(0, 20).map((m) => postSlack(server!.url, m.body, { retryNum: 1, retryReason: 'http_error' })),
      ...mentions.slice(20, 40).map((m) => postSlack(server!.url, m.body, { retryNum: 1, retryReason: 'http_timeout' })),
    ]);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const unanswered = () => ({
      slack: mentions.filter((m) => !slackAnswers(slack, m).length).length,
      teams: activities.filter((a) => !teamsAnswers(connector, a).length).length,
    });
    await eventually(() => unanswered().slack + unanswered().teams === 0, 150_000, 500);
    expect(unanswered()).toEqual({ slack: 0, teams: 0 });
    // A late retry of an answered mention, and a quiet moment for any duplicate to show.
    expect(await postSlack(server!.url, mentions[0]!.body, { retryNum: 2, retryReason: 'http_error' })).toBe(200);
    await new Promise((r) => setTimeout(r, 1_500));
    expect(mentions.filter((m) => slackAnswers(slack, m).length !== 1).map((m) => m.ts)).toEqual([]);
    expect(activities.filter((a) => teamsAnswers(connector, a).length !== 1).map((a) => a.id)).toEqual([]);
    expect(String(slackAnswers(slack, mentions[0]!)[0]!.args.text)).toMatch(/eligib/i);
  }, 200_000);
});
