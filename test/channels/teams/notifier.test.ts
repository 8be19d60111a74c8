// The Teams notifier against the fake Bot Connector through the real SDK: a stored personal chat, a
// new 1:1 chat for a partner with a tenant, and the failures the reminder loop must tell apart.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.js';
import type { Reply } from '../../../src/core/messages.js';
import { createPlanStore } from '../../../src/core/plans/create-store.js';
import type { PlanStore } from '../../../src/core/plans/store.js';
import { classifyFailure, retryAfterMs } from '../../../src/channels/teams/notifier.js';
import { scriptedAssistant } from '../slack/scripted-assistant.js';
import { cardOf, cardText, messageActivity, startTeamsHarness, TENANT, type TeamsHarness } from './harness.js';

let h: TeamsHarness;
let store: PlanStore;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-teams-notify-'));
  store = await createPlanStore({ dataDir: dir, clock: fixedClock('2026-11-25T15:00:00Z') });
  h = await startTeamsHarness(scriptedAssistant(() => []), store);
});
afterAll(async () => {
  await h.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const ping: Reply = {
  kind: 'notice',
  text: 'Due Friday on **JR-2027**: send the VR application packet to the family.',
  audience: { kind: 'conversation' },
  actions: [
    { id: 'commitment.done', label: 'Done', value: 'c1', style: 'primary' },
    { id: 'commitment.snooze', label: 'Snooze', value: 'c1', choices: [{ value: '1', label: '1 day' }, { value: '7', label: '1 week' }] },
  ],
};

describe('Teams notifier', () => {
  it('sends into the personal chat stored when the person last wrote to Liaison', async () => {
    const from = { id: '29:dana', name: 'Dana Alvarez', aadObjectId: 'aad-dana' };
    const res = await h.send(messageActivity(h.connector.serviceUrl, { from, text: '' }));
    expect(res.status).toBe(200);
    const result = await h.teams.notifier.deliver({ key: 'k1', to: { platform: 'teams', userId: 'aad-dana' }, reply: ping });
    expect(result.status).toBe('sent');
    const sent = h.connector.sent().at(-1)!;
    expect(sent.conversationId).toBe('a:personal-aad-dana');
    const card = cardOf(sent);
    expect(cardText(card)).toContain('send the VR application packet');
    expect(JSON.stringify(card)).toContain('"type":"Input.ChoiceSet"');
    expect((card.actions as { verb: string }[]).map((a) => a.verb)).toEqual(['commitment.done', 'commitment.snooze']);
  });

  it('starts a 1:1 chat with a partner who has a Teams id and tenant but no stored chat, and remembers it', async () => {
    const result = await h.teams.notifier.deliver({ key: 'k2', to: { platform: 'teams', userId: 'aad-kim', tenantId: TENANT }, reply: ping });
    expect(result.status).toBe('sent');
    const created = h.connector.calls.filter((c) => c.op === 'createConversation').at(-1)!;
    expect(created.body).toMatchObject({ isGroup: false, members: [{ id: 'aad-kim' }], tenantId: TENANT });
    const sent = h.connector.sent().at(-1)!;
    expect(sent.conversationId).toMatch(/^a:new-chat-/);
    const again = await h.teams.notifier.deliver({ key: 'k3', to: { platform: 'teams', userId: 'aad-kim', tenantId: TENANT }, reply: ping });
    expect(again.status).toBe('sent');
    expect(h.connector.calls.filter((c) => c.op === 'createConversation')).toHaveLength(1);
  });

  it('says unreachable when Liaison is not installed for the person, or there is no Teams id', async () => {
    h.connector.failNext('createConversation', 403);
    const refused = await h.teams.notifier.deliver({ key: 'k4', to: { platform: 'teams', userId: 'aad-new', tenantId: TENANT }, reply: ping });
    expect(refused).toMatchObject({ status: 'unreachable' });
    expect(await h.teams.notifier.deliver({ key: 'k5', to: { platform: 'teams', name: 'No Id' }, reply: ping })).toMatchObject({ status: 'unreachable' });
  });

  it('asks for a retry when Teams keeps throttling, after the Retry-After it gave', async () => {
    // The connector client itself retries a 429 three times, waiting as Teams says; then it is ours.
    for (const wait of ['0', '0', '0', '7']) h.connector.failNext('createConversation', 429, wait);
    const result = await h.teams.notifier.deliver({ key: 'k6', to: { platform: 'teams', userId: 'aad-busy', tenantId: TENANT }, reply: ping });
    expect(result).toMatchObject({ status: 'retry' });
    expect(result.status === 'retry' ? result.retryAfterMs : undefined).toBe(7000);
  });

  it('reads Retry-After as seconds or a date, and treats a 5xx as passing', () => {
    const headers = (v: string) => ({ response: { headers: { get: (n: string) => (n === 'retry-after' ? v : undefined) } } });
    expect(retryAfterMs(headers('3'))).toBe(3000);
    expect(retryAfterMs(headers(new Date(Date.parse('2026-01-01T00:00:10Z')).toUTCString()), Date.parse('2026-01-01T00:00:00Z'))).toBe(10_000);
    expect(classifyFailure(Object.assign(new Error('boom'), { statusCode: 502 }))).toMatchObject({ status: 'retry' });
    expect(classifyFailure(Object.assign(new Error('gone'), { statusCode: 404 }))).toMatchObject({ status: 'unreachable' });
  });

  it('posts a digest into a linked channel as a new post (not into the thread it last saw), or says unreachable', async () => {
    const activity = messageActivity(h.connector.serviceUrl, { kind: 'channel', text: 'anything' });
    expect((await h.send(activity)).status).toBe(200);
    const channel = (activity.conversation as { id: string }).id.split(';')[0]!;
    expect(await h.teams.post(channel, ping)).toMatchObject({ status: 'sent' });
    const posted = h.connector.sent().at(-1)!;
    expect(posted.conversationId).toBe(channel);
    expect(posted.op).toBe('sendToConversation');
    expect(await h.teams.post('19:never-seen@thread.tacv2', ping)).toMatchObject({ status: 'unreachable' });
  });
});
