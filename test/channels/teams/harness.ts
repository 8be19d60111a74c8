// Drives the real botbuilder endpoint on a random port with tokens signed by a local key server;
// outgoing Bot Connector calls go to the fake connector through a credentials factory (MSAL refuses a
// non-HTTPS authority).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createTeamsApp, type TeamsApp } from '../../../src/channels/teams/app.js';
import { loadConfig, type TeamsConfig } from '../../../src/config.js';
import { fixedClock, type Clock } from '../../../src/core/clock.js';
import type { Assistant } from '../../../src/core/messages.js';
import type { PlanStore } from '../../../src/core/plans/store.js';
import { silentLogger, type Logger } from '../../../src/log.js';
import { startKeyServer, TEST_APP_ID, TEST_ISSUER, type KeyServer } from '../../helpers/bot-tokens.js';
import { startFakeConnector, type FakeConnector } from '../../helpers/fake-connector.js';
import { TestCredentials } from '../../helpers/test-credentials.js';

export const BOT_ID = `28:${TEST_APP_ID}`;
export const TENANT = 'tenant-0001';

export interface TeamsHarness {
  keys: KeyServer;
  connector: FakeConnector;
  teams: TeamsApp;
  config: TeamsConfig;
  url: string;
  /** Posts an activity; `token` null sends none, a string sends that one, default a valid token. */
  send(activity: Record<string, unknown>, token?: string | null): Promise<{ status: number; ms: number; body: string }>;
  close(): Promise<void>;
}

export async function startTeamsHarness(assistant: Assistant, store: PlanStore, opts: { clock?: Clock; log?: Logger; stillWorkingMs?: number } = {}): Promise<TeamsHarness> {
  const keys = await startKeyServer();
  const connector = await startFakeConnector();
  const config = loadConfig({
    MICROSOFT_APP_ID: TEST_APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-used-with-the-test-credentials',
    MICROSOFT_APP_TENANT_ID: TENANT,
    TEAMS_OPENID_METADATA_URL: keys.metadataUrl,
    TEAMS_TOKEN_ISSUER: TEST_ISSUER,
    TEAMS_SERVICE_URL: connector.serviceUrl,
  }).teams as TeamsConfig;
  const app = express();
  const teams = createTeamsApp({
    config,
    assistant,
    store,
    clock: opts.clock ?? fixedClock('2026-11-25T15:00:00Z'),
    log: opts.log ?? silentLogger,
    expressApp: app,
    credentials: new TestCredentials(TEST_APP_ID, 'x', TENANT),
    ...(opts.stillWorkingMs ? { stillWorkingMs: opts.stillWorkingMs } : {}),
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    keys,
    connector,
    teams,
    config,
    url,
    async send(activity, token) {
      const t = token === undefined ? keys.token({ serviceUrl: connector.serviceUrl }) : token;
      const started = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) }, body: JSON.stringify(activity) });
      const body = await res.text();
      return { status: res.status, ms: performance.now() - started, body };
    },
    async close() {
      await teams.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connector.close();
      await keys.close();
    },
  };
}

let seq = 0;

export interface ActivityOptions {
  text?: string;
  kind?: 'personal' | 'channel' | 'groupChat';
  from?: { id: string; name: string; aadObjectId: string };
  conversationId?: string;
  mentionBot?: boolean;
  entities?: Record<string, unknown>[];
}

export const MARIA = { id: '29:maria', name: 'Maria Rivera', aadObjectId: 'aad-maria' };
export const KIM = { id: '29:kim', name: 'Daniel Kim', aadObjectId: '29:teams-kim' };

/** A message activity as Teams sends it (personal chat by default). */
export function messageActivity(serviceUrl: string, o: ActivityOptions = {}): Record<string, unknown> {
  const id = `${1700000000000 + ++seq}`;
  const kind = o.kind ?? 'personal';
  const from = o.from ?? MARIA;
  const conversationId = o.conversationId ?? (kind === 'personal' ? `a:personal-${from.aadObjectId}` : kind === 'channel' ? `19:team-channel@thread.tacv2;messageid=${id}` : '19:group-chat@thread.v2');
  const text = o.mentionBot ? `<at>Liaison</at> ${o.text ?? ''}` : (o.text ?? '');
  const entities = [...(o.mentionBot ? [{ type: 'mention', text: '<at>Liaison</at>', mentioned: { id: BOT_ID, name: 'Liaison' } }] : []), ...(o.entities ?? [])];
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from,
    recipient: { id: BOT_ID, name: 'Liaison' },
    conversation: { id: conversationId, conversationType: kind, tenantId: TENANT, ...(kind !== 'personal' ? { isGroup: true } : {}) },
    channelData: { tenant: { id: TENANT }, ...(kind === 'channel' ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:team-channel@thread.tacv2' } } : {}) },
    text,
    textFormat: 'plain',
    ...(entities.length ? { entities } : {}),
  };
}

/** The Adaptive Card in a sent activity. */
export function cardOf(call: { body: Record<string, unknown> }): Record<string, unknown> {
  const att = (call.body.attachments as { contentType: string; content: Record<string, unknown> }[] | undefined)?.[0];
  if (!att || att.contentType !== 'application/vnd.microsoft.card.adaptive') throw new Error(`no adaptive card in ${JSON.stringify(call.body).slice(0, 300)}`);
  return att.content;
}

/** Every TextBlock text in a card. */
export function cardText(card: Record<string, unknown>): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'TextBlock' && typeof o.text === 'string') out.push(o.text);
      Object.values(o).forEach(walk);
    }
  };
  walk(card.body);
  return out.join('\n');
}

/** The Action.Execute with `verb` on a card. */
export function executeAction(card: Record<string, unknown>, verb: string): { verb: string; data: Record<string, unknown> } {
  const a = ((card.actions ?? []) as { verb?: string; data: Record<string, unknown> }[]).find((x) => x.verb === verb);
  if (!a) throw new Error(`no ${verb} on the card: ${JSON.stringify(card.actions)}`);
  return a as { verb: string; data: Record<string, unknown> };
}

/** An adaptiveCard/action invoke pressing `action` (with extra input values). */
export function cardInvoke(serviceUrl: string, base: Record<string, unknown>, action: { verb: string; data: Record<string, unknown> }, inputs: Record<string, unknown> = {}, from = MARIA): Record<string, unknown> {
  return { ...base, type: 'invoke', name: 'adaptiveCard/action', id: `inv-${++seq}`, from, serviceUrl, text: undefined, entities: undefined, value: { action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } }, trigger: 'manual' } };
}

/** The Action.Submit a client without Universal Actions shows for the button `verb` (its fallback, or the button itself). */
export function submitAction(card: Record<string, unknown>, verb: string): { data: Record<string, unknown> } {
  type Button = { type: string; verb?: string; data: Record<string, unknown>; fallback?: { type: string; data: Record<string, unknown> } };
  const buttons = (card.actions ?? []) as Button[];
  const a = buttons.find((x) => (x.type === 'Action.Execute' ? x.verb : x.data.verb) === verb);
  if (!a) throw new Error(`no ${verb} on the card: ${JSON.stringify(card.actions)}`);
  const submit = a.type === 'Action.Submit' ? a : a.fallback;
  if (submit?.type !== 'Action.Submit') throw new Error(`${verb} has no Action.Submit fallback`);
  return submit;
}

/** The message an old client sends when `action` (an Action.Submit) is pressed on the card posted as `replyToId`. */
export function messageBack(base: Record<string, unknown>, action: { data: Record<string, unknown> }, replyToId: string | undefined, inputs: Record<string, unknown> = {}, from = MARIA): Record<string, unknown> {
  return { ...base, type: 'message', id: `${1800000000000 + ++seq}`, from, text: undefined, entities: undefined, ...(replyToId ? { replyToId } : {}), value: { ...action.data, ...inputs } };
}

/** A task/fetch or task/submit invoke (a dialog opened from a card, or submitted). */
export function dialogInvoke(base: Record<string, unknown>, name: 'task/fetch' | 'task/submit', data: Record<string, unknown>, from = MARIA): Record<string, unknown> {
  return { ...base, type: 'invoke', name, id: `inv-${++seq}`, from, text: undefined, entities: undefined, value: { data, context: { theme: 'default' } } };
}
