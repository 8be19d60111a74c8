// `liaison remind run` reaches a Teams partner: the CLI builds the Teams notifier from the settings
// alone (no server running) and delivers through the real botbuilder SDK to a local server speaking
// the Bot Connector API. Emulator settings (no app id) keep MSAL out of it: outgoing calls carry no token.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeConnector, type FakeConnector } from '../helpers/fake-connector.js';
import { jsonLines, liaison, makeWorkspace, seedReminderPlan, type Workspace } from './helpers.js';

let ws: Workspace;
let connector: FakeConnector;
const NOW = '2026-12-07T15:00:00Z'; // Monday
const run = (argv: string[], opts: Parameters<typeof liaison>[2] = {}) =>
  liaison(ws, argv, { now: NOW, env: { TEAMS_ALLOW_UNAUTHENTICATED: '1', TEAMS_SERVICE_URL: connector.serviceUrl }, ...opts });

beforeAll(async () => {
  ws = await makeWorkspace();
  connector = await startFakeConnector();
  await seedReminderPlan(ws, run, 'name,email,agency,kind,teams_user_id,teams_tenant_id,preferred_platform,time_zone\nMaria Rivera,mrivera@example.org,Maple County Schools,school,,,email,America/New_York\nDana Alvarez,dalvarez@example.org,DVR,agency,aad-dana,tenant-0001,teams,America/New_York\n');
});
afterAll(async () => {
  await connector.close();
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison remind run with Teams configured', () => {
  it('delivers a Teams partner\'s ping in a new 1:1 chat, as a card with its buttons, once', async () => {
    const sent = await run(['remind', 'run', '--at', '2026-12-09T14:00:00Z', '--send', '--json']);
    expect(sent.code).toBe(0);
    const upcoming = jsonLines(sent.stdout).find((r) => r.kind === 'upcoming');
    expect(upcoming).toMatchObject({ plan: 'JR-2027', to: { platform: 'teams' }, status: 'sent' });
    const created = await connector.waitFor((c) => c.op === 'createConversation');
    expect(created.body).toMatchObject({ isGroup: false, members: [{ id: 'aad-dana' }], tenantId: 'tenant-0001' });
    const ping = connector.sent().find((c) => JSON.stringify(c.body).includes('Coming up on'));
    expect(ping?.conversationId).toMatch(/^a:new-chat-/);
    const card = (ping!.body.attachments as { content: { actions: { verb: string }[] } }[])[0]!.content;
    expect(card.actions.map((a) => a.verb)).toContain('commitment.done');

    const again = await run(['remind', 'run', '--at', '2026-12-09T14:00:00Z', '--send', '--json']);
    expect(jsonLines(again.stdout).filter((r) => r.kind === 'upcoming')).toHaveLength(0);
    expect(connector.sent().filter((c) => JSON.stringify(c.body).includes('Coming up on'))).toHaveLength(1);
  });
});
