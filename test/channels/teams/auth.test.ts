// The endpoint through the real botbuilder SDK: valid channel tokens are processed; every rejected
// token is a 401 (botbuilder itself answers 500 for some), and a message is acknowledged before the
// reply reaches the connector.
import { createSign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../../../src/core/messages.js';
import { fixedClock } from '../../../src/core/clock.js';
import { createPlanStore } from '../../../src/core/plans/create-store.js';
import type { PlanStore } from '../../../src/core/plans/store.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scriptedAssistant, type ScriptedAssistant } from '../slack/scripted-assistant.js';
import { cardOf, cardText, messageActivity, startTeamsHarness, type TeamsHarness } from './harness.js';

let h: TeamsHarness;
let assistant: ScriptedAssistant;
let store: PlanStore;
let dir: string;
let release: () => void = () => undefined;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-teams-auth-'));
  store = await createPlanStore({ dataDir: dir, clock: fixedClock('2026-11-25T15:00:00Z') });
  assistant = scriptedAssistant(async (inbound) => {
    if (inbound.text === 'slow') await new Promise<void>((resolve) => (release = resolve));
    return [{ kind: 'info', text: `You said: ${inbound.text}`, audience: { kind: 'conversation' } }];
  });
  h = await startTeamsHarness(assistant as Assistant, store);
});
afterAll(async () => {
  release();
  await h.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const msg = (text = 'hello') => messageActivity(h.connector.serviceUrl, { text });

describe('Teams endpoint tokens', () => {
  it('processes a message with a valid channel token and replies through the connector with the bot credentials', async () => {
    const res = await h.send(msg('hello there'));
    expect(res.status).toBe(200);
    const reply = await h.connector.waitFor((c) => c.op === 'replyToActivity' && c.body.type === 'message');
    expect(reply.auth).toBe('Bearer test');
    expect(cardText(cardOf(reply))).toContain('You said: hello there');
  });

  const now = () => Math.floor(Date.now() / 1000);
  const cases: [string, () => string | null][] = [
    ['no token', () => null],
    ['an unknown key id', () => h.keys.token({ kid: 'someone-elses-key', serviceUrl: h.connector.serviceUrl })],
    ['a forged signature under the known key id', () => h.keys.token({ key: h.keys.strangerKey, serviceUrl: h.connector.serviceUrl })],
    ['alg: none', () => h.keys.token({ unsigned: true, serviceUrl: h.connector.serviceUrl })],
    ['a wrong audience', () => h.keys.token({ claims: { aud: 'another-bot' }, serviceUrl: h.connector.serviceUrl })],
    ['a wrong issuer', () => h.keys.token({ claims: { iss: 'https://evil.example' }, serviceUrl: h.connector.serviceUrl })],
    ['an expired token', () => h.keys.token({ claims: { exp: now() - 3600, nbf: now() - 7200, iat: now() - 7200 }, serviceUrl: h.connector.serviceUrl })],
    ['a serviceurl claim that is not the activity serviceUrl', () => h.keys.token({ serviceUrl: 'https://smba.example/other/' })],
  ];
  for (const [name, token] of cases) {
    it(`answers 401 to ${name}, and the assistant never sees it`, async () => {
      const before = assistant.inbounds.length;
      const res = await h.send(msg(`rejected: ${name}`), token());
      expect(res.status).toBe(401);
      await new Promise((r) => setTimeout(r, 50));
      expect(assistant.inbounds.length).toBe(before);
    });
  }

  it('answers a message at once and sends the reply after, even when the answer is slow', async () => {
    const res = await h.send(msg('slow'));
    expect(res.status).toBe(200);
    expect(h.connector.sent().some((c) => cardText(cardOf(c)).includes('You said: slow'))).toBe(false);
    // The typing indicator is already on its way while the answer is prepared.
    await h.connector.waitFor((c) => c.body.type === 'typing');
    while (!assistant.inbounds.some((i) => i.text === 'slow')) await new Promise((r) => setTimeout(r, 10));
    release();
    await h.connector.waitFor((c) => c.body.type === 'message' && JSON.stringify(c.body).includes('You said: slow'));
  });

  describe('with one token for many activities, as the Bot Connector sends them', () => {
    it('answers every message sent with the same token, each once', async () => {
      const token = h.keys.token({ serviceUrl: h.connector.serviceUrl });
      const texts = Array.from({ length: 12 }, (_, i) => `same token, message ${String.fromCharCode(65 + i)}.`);
      const statuses = await Promise.all(texts.map((t) => h.send(msg(t), token).then((r) => r.status)));
      expect(statuses.every((s) => s === 200)).toBe(true);
      await Promise.all(texts.map((t) => h.connector.waitFor((c) => c.body.type === 'message' && cardText(cardOf(c)).includes(`You said: ${t}`))));
      for (const t of texts) expect(h.connector.sent().filter((c) => c.body.type === 'message' && cardText(cardOf(c)).includes(`You said: ${t}`))).toHaveLength(1);
    });

    it('refuses a token that was just accepted when the activity names another service URL', async () => {
      const token = h.keys.token({ serviceUrl: h.connector.serviceUrl });
      expect((await h.send(msg('accepted first'), token)).status).toBe(200);
      await h.connector.waitFor((c) => c.body.type === 'message' && cardText(cardOf(c)).includes('You said: accepted first'));
      const before = assistant.inbounds.length;
      const elsewhere = messageActivity('https://smba.example/other/', { text: 'same token, other service URL' });
      expect((await h.send(elsewhere, token)).status).toBe(401);
      await new Promise((r) => setTimeout(r, 50));
      expect(assistant.inbounds.length).toBe(before);
    });

    it('refuses the forged twin of a token that was just accepted (same claims, another signature)', async () => {
      const genuine = h.keys.token({ serviceUrl: h.connector.serviceUrl });
      expect((await h.send(msg('the genuine one'), genuine)).status).toBe(200);
      // The same header and claims, signed by a key the server does not publish.
      const signed = genuine.slice(0, genuine.lastIndexOf('.'));
      const forged = `${signed}.${createSign('RSA-SHA256').update(signed).sign(h.keys.strangerKey).toString('base64url')}`;
      expect((await h.send(msg('the forged one'), forged)).status).toBe(401);
    });
  });
});

describe('Teams emulator mode (no app id, TEAMS_ALLOW_UNAUTHENTICATED=1)', () => {
  it('accepts a request without a token and replies without one', async () => {
    const { loadConfig } = await import('../../../src/config.js');
    const { createTeamsApp } = await import('../../../src/channels/teams/app.js');
    const { startFakeConnector } = await import('../../helpers/fake-connector.js');
    const express = (await import('express')).default;
    const { silentLogger } = await import('../../../src/log.js');
    const connector = await startFakeConnector();
    const app = express();
    const config = loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1' });
    expect(config.host).toBe('127.0.0.1');
    const teams = createTeamsApp({ config: config.teams!, assistant, store, clock: fixedClock('2026-11-25T15:00:00Z'), log: silentLogger, expressApp: app });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as import('node:net').AddressInfo).port}/api/messages`;
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(connector.serviceUrl, { text: 'emulated' })) });
      expect(res.status).toBe(200);
      const reply = await connector.waitFor((c) => c.body.type === 'message');
      expect(reply.auth).toBeUndefined();
      expect(cardText(cardOf(reply))).toContain('You said: emulated');
    } finally {
      await teams.stop();
      await new Promise((r) => server.close(r));
      await connector.close();
    }
  });
});
