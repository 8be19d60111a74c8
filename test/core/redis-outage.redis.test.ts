// Redis going away mid-run (a Redis this test starts on its own port): questions are still answered,
// a confirmation is told that logging is briefly unavailable and nothing is half-written, and plan
// commands work again once Redis is back.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/log.js';
import { buildServices, type Services } from '../../src/services.js';
import { inbound, starterIndexDir } from '../helpers/assistant.js';
import { freePort } from '../helpers/ports.js';
import { redisUnavailableReason } from '../helpers/redis.js';

const unavailable = await redisUnavailableReason();

function startRedis(port: number): Promise<ChildProcess> {
  // The server runs on the machine's own clock, even when this test runs under libfaketime.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME')));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'], env });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (/Ready to accept connections/i.test(d.toString())) resolve(child);
    });
    child.once('error', reject);
    setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000).unref();
  });
}

const stop = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGKILL'))));

describe.skipIf(unavailable !== null)('while Redis is down', () => {
  let redis: ChildProcess;
  let port: number;
  let services: Services;
  let dataDir: string;
  const clock = fixedClock('2026-11-25T15:00:00Z');

  beforeAll(async () => {
    port = await freePort();
    redis = await startRedis(port);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-outage-'));
    const config = loadConfig({ REDIS_URL: `redis://127.0.0.1:${port}`, LIAISON_DATA_DIR: dataDir, LIAISON_INDEX_DIR: await starterIndexDir() }, dataDir);
    services = await buildServices(config, silentLogger, { clock });
    await services.plans.createPlan({ label: 'JR-2027' }, { actor: { platform: 'slack', userId: 'U0RIVERA' } });
    await services.plans.linkConversation('JR-2027', { platform: 'slack', id: 'C0TEAM' }, { actor: { platform: 'cli', userId: 'op' } });
  });
  afterAll(async () => {
    await services?.close().catch(() => undefined);
    if (redis) await stop(redis);
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('answers questions, says logging is briefly unavailable, and recovers when Redis is back', async () => {
    const [proposal] = await services.assistant.handle(inbound({ kind: 'notes', text: 'Next steps\n- Tom Okafor will call the CIL by Friday' }));
    expect(proposal?.kind).toBe('proposal');
    await stop(redis);

    const started = Date.now();
    const [answer] = await services.assistant.handle(inbound({ kind: 'message', text: 'Who is presumed eligible for VR services?' }));
    expect(answer?.kind).toBe('answer');
    expect(answer?.grounded).toBe(true);
    expect(Date.now() - started).toBeLessThan(10_000);

    const [refused] = await services.assistant.handle(inbound({ kind: 'action', action: { id: 'proposal.confirm', data: proposal!.context } }));
    expect(refused?.kind).toBe('error');
    expect(refused?.text).toMatch(/Plans are briefly unavailable: Liaison cannot reach its store .*Nothing was changed; try again in a minute/);

    // Nobody addressed Liaison: it stays quiet rather than post an error in the channel.
    expect(await services.assistant.handle(inbound({ kind: 'message', addressed: false, text: 'thanks all' }))).toEqual([]);

    redis = await startRedis(port);
    const deadline = Date.now() + 15_000;
    let plans: unknown[] = [];
    while (Date.now() < deadline) {
      try {
        plans = await services.plans.listPlans({ actor: { platform: 'cli', userId: 'op' } });
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    // This Redis keeps nothing on disk, so it comes back empty, but working.
    expect(plans).toEqual([]);
    const [created] = await services.assistant.handle(inbound({ kind: 'command', command: { name: 'create', args: ['JR-2028'] }, text: 'JR-2028' }));
    expect(created?.text).toMatch(/Created the plan \*\*JR-2028\*\*/);
  });
});
