// The composition root mounts /api/messages only under the conditions. (Its own file: the
// Slack case in main.test.ts leaves a failing auth.test retry behind that would land in a later test.)
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
  await running?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-main-'));
  const config = loadConfig({ PORT: '0', LIAISON_DATA_DIR: dataDir, LIAISON_KNOWLEDGE_DIR: KNOWLEDGE_DIR, ...env });
  running = await serve(config, silentLogger);
  return `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`;
}

describe('the server with Teams', () => {
  it('mounts /api/messages only with an app id, and then turns away a request without a token', async () => {
    const off = await start();
    expect((await fetch(`${off}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":"message"}' })).status).toBe(404);
    const on = await start({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't1' });
    const res = await fetch(`${on}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'hi', serviceUrl: 'https://smba.example/', channelId: 'msteams', conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) });
    expect(res.status).toBe(401);
  });
});
