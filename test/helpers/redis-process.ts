// A Redis server of the test's own, on a free port of 127.0.0.1, that the test can stop and start
// again (an outage) without touching the shared Redis other tests use. It keeps nothing on disk unless
// given a folder (then every write is on disk before it is acknowledged, so a restart keeps it all).
import { spawn, type ChildProcess } from 'node:child_process';
export { freePort } from './ports.js';

export function startRedis(port: number, opts: { dir?: string } = {}): Promise<ChildProcess> {
  // The server runs on the machine's own clock, even when this test runs under libfaketime.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'LD_PRELOAD' && !k.startsWith('FAKETIME')));
  const disk = opts.dir ? ['--dir', opts.dir, '--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...disk], { stdio: ['ignore', 'pipe', 'ignore'], env });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (/Ready to accept connections/i.test(d.toString())) resolve(child);
    });
    child.once('error', reject);
    setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000).unref();
  });
}

export const stopRedis = (child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') =>
  new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : (child.once('exit', () => r()), child.kill(signal))));
