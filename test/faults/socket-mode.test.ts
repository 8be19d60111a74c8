// Socket Mode from outside: the server in its own process opens its WebSocket through
// apps.connections.open on the fake Web API, acknowledges each envelope by its id, answers a question,
// a slash command and a button press through it, and goes on doing so after Slack asks it to reconnect.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { starterIndexDir } from '../helpers/assistant.js';
import { commitmentTasks, seedDuePings } from '../helpers/due-pings.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { startFakeSocketMode, type FakeSocketMode } from '../helpers/fake-socket-mode.js';
import { buttonPayload, callWithButton, eventually, mention, slackAnswers, type Mention } from '../helpers/outside.js';
import { startServer, type ServerProcess } from '../helpers/server-process.js';

const NOTES_CHANNEL = 'CSOCKET';

describe('Slack over Socket Mode', () => {
  let slack: FakeSlack;
  let socket: FakeSocketMode;
  let server: ServerProcess | undefined;
  let dir: string;
  let env: Record<string, string>;
  let n = 800;

  const ask = async (text: string, channel?: string): Promise<Mention> => {
    const m = mention(n++, text);
    const body = channel ? m.body.replace(/"channel":"CF\d"/, `"channel":"${channel}"`) : m.body;
    await socket.send('events_api', JSON.parse(body) as Record<string, unknown>);
    return { ...m, channel: channel ?? m.channel };
  };

  beforeAll(async () => {
    [slack, socket] = await Promise.all([startFakeSlack(), startFakeSocketMode()]);
    slack.setSocketModeUrl(socket.url);
    dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-socket-'));
    env = { LIAISON_DATA_DIR: dir, LIAISON_INDEX_DIR: await starterIndexDir() };
    await seedDuePings(env, 1, { linkChannel: NOTES_CHANNEL });
    server = await startServer({ name: 'socket-mode', env: { ...env, LIAISON_REMINDERS: 'off', SLACK_BOT_TOKEN: 'xoxb-socket-test', SLACK_APP_TOKEN: 'xapp-1-socket-test', SLACK_API_URL: slack.apiUrl } });
    await socket.waitForConnections(1);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await Promise.all([slack?.close(), socket?.close()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers a question, a slash command and a button press, before and after a reconnect', async () => {
    expect(slack.callsTo('apps.connections.open').map((c) => c.token)).toEqual(['xapp-1-socket-test']);
    for (const round of [0, 1]) {
      const q = await ask('Who is presumed eligible for VR services?');
      expect(await eventually(() => slackAnswers(slack, q).length > 0, 30_000)).toBe(true);
      expect(String(slackAnswers(slack, q)[0]!.args.text)).toMatch(/eligib/i);

      const responseUrl = slack.responseUrl(`help-${round}`);
      const beforeCommand = slack.calls.length;
      await socket.send('slash_commands', { command: '/liaison', text: 'help', user_id: 'U0RIVERA', user_name: 'maria', channel_id: NOTES_CHANNEL, team_id: 'T1', response_url: responseUrl, trigger_id: `t-help-${round}` });
      // The help reply reaches the person who typed the command (through response_url or privately).
      const helped = () => slack.calls.slice(beforeCommand).filter((c) => c.method === `response_url:help-${round}` || (c.method === 'chat.postEphemeral' && c.args.user === 'U0RIVERA'));
      expect(await eventually(() => helped().length > 0, 30_000)).toBe(true);
      expect(JSON.stringify(helped()[0]!.args)).toMatch(/meeting notes|commitments|plan/i);

      const from = slack.calls.length;
      await ask(`Next steps\n- Tom Okafor will call the CIL about round ${round} by Friday\n- Dana Alvarez will send the VR form for round ${round}`, NOTES_CHANNEL);
      const recent = () => ({ ...slack, calls: slack.calls.slice(from) });
      expect(await eventually(() => !!callWithButton(recent(), 'proposal.confirm'), 30_000)).toBe(true);
      await socket.send('interactive', buttonPayload(slack, callWithButton(recent(), 'proposal.confirm')!, 'proposal.confirm'));
      expect(await eventually(async () => (await commitmentTasks(env)).filter((t) => t.includes(`round ${round}`)).length === 2, 30_000)).toBe(true);

      if (round === 0) {
        // Slack asks for a reconnect: the client opens a fresh connection through apps.connections.open.
        socket.disconnect();
        await socket.waitForConnections(2);
        expect(await eventually(() => socket.open() === 1, 20_000)).toBe(true);
        expect(slack.callsTo('apps.connections.open')).toHaveLength(2);
      }
    }
  }, 150_000);
});
