// Queued work and a burst of new connections: Node accepts one connection per turn of the event loop,
// so work that starts in those turns keeps the rest waiting in the kernel's queue. With the intake's
// gate, a queue starts its jobs once the waiting connections are in, or once it has held them long enough.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../src/channels/work-queue.js';
import { createIntake, type Intake } from '../../src/http/intake.js';
import { silentLogger } from '../../src/log.js';

const CONNECTIONS = 20;
let server: Server | undefined;
let sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets) s.destroy();
  sockets = [];
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A server watched by `intake`, and CONNECTIONS clients connected to it (waiting to be accepted). */
async function burst(intake: Intake): Promise<void> {
  const s = createServer((socket) => socket.on('error', () => undefined));
  server = s;
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  intake.watch(s);
  const { port } = s.address() as { port: number };
  sockets = Array.from({ length: CONNECTIONS }, () => connect(port, '127.0.0.1').on('error', () => undefined));
  await Promise.all(sockets.map((c) => new Promise((resolve) => c.once('connect', resolve))));
}

/**
 * Queues one job after a burst and says how many connections the server had taken in when it started.
 * The queue exists before the burst, as the channels' queues exist before the server listens.
 */
async function acceptedWhenWorkStarts(intake: Intake, gated: boolean): Promise<number> {
  const q = createWorkQueue({ concurrency: 1, log: silentLogger, ...(gated ? { gate: intake.gate() } : {}) });
  await burst(intake);
  let accepted = -1;
  q.push(async () => {
    accepted = intake.accepted;
  });
  await q.idle();
  return accepted;
}

describe('the intake gate', () => {
  it('holds queued work until every waiting connection has been accepted', async () => {
    const intake = createIntake({ maxHoldMs: 60_000 });
    expect(await acceptedWhenWorkStarts(intake, true)).toBe(CONNECTIONS);
  });

  it('without it, work starts while connections still wait', async () => {
    const intake = createIntake();
    expect(await acceptedWhenWorkStarts(intake, false)).toBeLessThan(CONNECTIONS);
  });

  it('holds work no longer than its limit, however many connections keep coming', async () => {
    let t = 0;
    // Each look at the clock finds 60 ms gone: the third turn of holding is past the 100 ms limit.
    const intake = createIntake({ maxHoldMs: 100, now: () => (t += 60) });
    const accepted = await acceptedWhenWorkStarts(intake, true);
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(CONNECTIONS);
  });
});
