// Drives the real Bolt HTTP receiver on a random port with signed requests; outgoing Web API calls go
// to the fake Slack server.
import { createHmac } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createSlackApp } from '../../../src/channels/slack/app.js';
import { fixedClock, type Clock } from '../../../src/core/clock.js';
import type { Assistant } from '../../../src/core/messages.js';
import { silentLogger, type Logger } from '../../../src/log.js';
import { type FakeSlack, startFakeSlack } from '../../helpers/fake-slack.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_USER = 'UBOT';

export interface SendOptions {
  retryNum?: number;
  retryReason?: string;
  /** Seconds since epoch used for the signature; defaults to now. */
  timestamp?: number;
  secret?: string;
}

export interface Harness {
  slack: FakeSlack;
  url: string;
  /** Sends an Events API envelope; returns the HTTP status and how long the ack took (ms). */
  event(event: Record<string, unknown>, opts?: SendOptions & { eventId?: string }): Promise<{ status: number; ms: number }>;
  /** Sends a slash command (form fields). */
  command(fields: Record<string, string>, opts?: SendOptions): Promise<{ status: number; ms: number; body: string }>;
  /** Sends an interactivity payload (buttons, shortcuts, view submissions). */
  interaction(payload: Record<string, unknown>, opts?: SendOptions): Promise<{ status: number; ms: number; body: string }>;
  raw(body: string, contentType: string, opts?: SendOptions): Promise<{ status: number; ms: number; body: string }>;
  close(): Promise<void>;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

let eventSeq = 0;

/** `clock` stamps each Inbound (meeting dates): pass the assistant's own fixed clock for date-dependent checks. */
export async function startHarness(assistant: Assistant, opts: { log?: Logger; slack?: FakeSlack; clock?: Clock; stillWorkingMs?: number } = {}): Promise<Harness> {
  const slack = opts.slack ?? (await startFakeSlack());
  const expressApp = express();
  createSlackApp({
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    apiUrl: slack.apiUrl,
    botUserId: BOT_USER,
    botId: 'BBOT',
    assistant,
    clock: opts.clock ?? fixedClock('2026-11-25T15:00:00Z'),
    ...(opts.stillWorkingMs ? { stillWorkingMs: opts.stillWorkingMs } : {}),
    log: opts.log ?? silentLogger,
    expressApp,
  });
  const server: Server = await new Promise((resolve) => {
    const s = expressApp.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;

  const raw: Harness['raw'] = async (body, contentType, o = {}) => {
    const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': contentType,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(o.secret ?? SIGNING_SECRET, ts, body),
    };
    if (o.retryNum !== undefined) headers['x-slack-retry-num'] = String(o.retryNum);
    if (o.retryReason) headers['x-slack-retry-reason'] = o.retryReason;
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers, body });
    const text = await res.text();
    return { status: res.status, ms: performance.now() - started, body: text };
  };

  return {
    slack,
    url,
    async event(event, o = {}) {
      const envelope = {
        token: 'legacy',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: o.eventId ?? `Ev${++eventSeq}`,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: 'T1', user_id: BOT_USER, is_bot: true }],
        event,
      };
      const r = await raw(JSON.stringify(envelope), 'application/json', o);
      return { status: r.status, ms: r.ms };
    },
    command(fields, o) {
      const body = new URLSearchParams({ token: 'legacy', team_id: 'T1', command: '/liaison', ...fields }).toString();
      return raw(body, 'application/x-www-form-urlencoded', o);
    },
    interaction(payload, o) {
      const body = new URLSearchParams({ payload: JSON.stringify({ team: { id: 'T1', domain: 'fake' }, token: 'legacy', ...payload }) }).toString();
      return raw(body, 'application/x-www-form-urlencoded', o);
    },
    raw,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!opts.slack) await slack.close();
    },
  };
}

/** Every text a person would read in a Web API call: the fallback text plus all section/context texts. */
export function visibleText(args: Record<string, unknown>): string {
  const parts: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.text === 'string') parts.push(o.text);
      for (const [k, val] of Object.entries(o)) if (k !== 'text' || typeof val !== 'string') walk(val);
    }
  };
  walk(args.blocks ?? (args.view as Record<string, unknown> | undefined)?.blocks ?? []);
  return parts.join('\n');
}

/** The core action ids of the buttons in a message or view. */
export function buttonIds(args: Record<string, unknown>): string[] {
  const ids: string[] = [];
  const blocks = (args.blocks ?? (args.view as Record<string, unknown> | undefined)?.blocks ?? []) as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  for (const b of blocks) if (b.type === 'actions') for (const e of b.elements ?? []) ids.push(`${e.action_id}`);
  return ids;
}

export function findButton(args: Record<string, unknown>, coreId: string): { action_id: string; value: string } {
  const blocks = (args.blocks ?? (args.view as Record<string, unknown> | undefined)?.blocks ?? []) as { type: string; elements?: { action_id: string; value: string }[] }[];
  for (const b of blocks) for (const e of b.type === 'actions' ? (b.elements ?? []) : []) if (e.action_id.startsWith(`liaison:${coreId}:`)) return e;
  throw new Error(`no ${coreId} button in ${JSON.stringify(blocks).slice(0, 400)}`);
}
