import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { serve, type Running } from '../src/main.js';
import { KNOWLEDGE_DIR } from './helpers/assistant.js';

let running: Running | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await running?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  running = undefined;
});

async function start(env: Record<string, string> = {}) {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-main-'));
  const config = loadConfig({ PORT: '0', LIAISON_DATA_DIR: dataDir, LIAISON_KNOWLEDGE_DIR: KNOWLEDGE_DIR, ...env });
  running = await serve(config, silentLogger);
  return `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
}

describe('the server with nothing configured', () => {
  it('says on /readyz that its store and index answer', async () => {
    const base = await start();
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', checks: { store: { ok: true }, index: { ok: true } } });
  });

  it('indexes the starter knowledge on first start and reports it on /healthz', async () => {
    const base = await start();
    const health = (await (await fetch(`${base}/healthz`)).json()) as { index: { chunks: number; embedder: string } };
    expect(health).toMatchObject({ status: 'ok', store: 'embedded', slack: false });
    expect(health.index.chunks).toBeGreaterThan(100);
    expect(health.index.embedder).toMatch(/^offline-hash/);
  });

  it('serves Prometheus metrics, including answers counted by the assistant', async () => {
    const base = await start();
    await running!.services.assistant.handle({
      id: 'm1', kind: 'message', text: 'Who is presumed eligible for VR?', addressed: true, receivedAt: new Date(),
      from: { platform: 'web', userId: 'u1' }, where: { platform: 'web', id: 'w1', kind: 'dm' },
    });
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/liaison_answer_seconds_count\{grounded="true",mode="extractive"\} 1/);
    expect(text).toMatch(/liaison_process_cpu_seconds_total/);
  });
});

describe('answers through the running server', () => {
  it('declines a question about a place the knowledge folder never mentions', async () => {
    await start();
    const [reply] = await running!.services.assistant.handle({
      id: 'm2', kind: 'message', text: 'Which Wisconsin office handles Pre-ETS referrals?', addressed: true, receivedAt: new Date(),
      from: { platform: 'web', userId: 'u1' }, where: { platform: 'web', id: 'w1', kind: 'dm' },
    });
    expect(reply?.grounded).toBe(false);
    expect(reply?.text).toMatch(/don't know/);
  });
});

describe('the server with Slack configured', () => {
  it('mounts /slack/events on the same port and refuses unsigned requests', async () => {
    const base = await start({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: 'http://127.0.0.1:9/api/' });
    const res = await fetch(`${base}/slack/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"url_verification","challenge":"x"}' });
    expect(res.status).toBe(401);
    expect(((await (await fetch(`${base}/healthz`)).json()) as { slack: boolean }).slack).toBe(true);
  });
});
