// The real server (src/main.ts) in its own process, for fault tests that check outcomes from outside:
// configured only through environment variables, listening on 127.0.0.1 on a port the OS picks, its
// JSON log lines collected, stopped politely (SIGTERM, then SIGKILL after a bound) or killed outright.
// Every process started here is killed when the test process exits, whatever happened to the test.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'src/main.ts');

/** One log line as pino writes it; a line that is not JSON (a crash trace) comes as `{ msg }`. */
export type LogLine = { msg?: string; level?: number } & Record<string, unknown>;

export interface ServerProcess {
  name: string;
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  pid: number;
  logs: LogLine[];
  stderr(): string;
  /** The first log line (past or future) that matches. */
  waitForLog(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** SIGTERM, then SIGKILL when it has not exited within `graceMs` (default 10 s). */
  stop(graceMs?: number): Promise<void>;
  /** kill -9: no shutdown hooks run, as when a machine dies. */
  kill(): Promise<void>;
  exited: boolean;
}

export interface StartServerOptions {
  env: Record<string, string>;
  name?: string;
  /** Modules loaded before main.ts (`node --import`), e.g. a test's credentials for outgoing Teams calls. */
  preload?: string[];
  /** Waits for this endpoint to answer 200 (default /healthz). */
  ready?: '/healthz' | '/readyz';
  /** How long start-up may take (default 60 s: tsx compiles on first use, and the machine is shared). */
  timeoutMs?: number;
}

/** What a child keeps from this process's environment: the tools and, under libfaketime, the faked clock. */
function inheritedEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'LD_PRELOAD', 'DONT_FAKE_MONOTONIC'];
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && (keep.includes(e[0]) || e[0].startsWith('FAKETIME'))));
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
}

export async function startServer(opts: StartServerOptions): Promise<ServerProcess> {
  const name = opts.name ?? 'liaison';
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const args = ['--import', 'tsx', ...(opts.preload ?? []).flatMap((p) => ['--import', p]), MAIN];
  const env = { ...inheritedEnv(), LOG_LEVEL: 'info', ...opts.env, PORT: '0', LIAISON_HOST: '127.0.0.1' };
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  const logs: LogLine[] = [];
  let stderr = '';
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  // Pino writes JSON lines to stderr; anything else there (a crash trace) is kept as text too.
  let partial = '';
  child.stdout!.resume();
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString('utf8');
    stderr = (stderr + text).slice(-20_000);
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const raw of lines.filter(Boolean)) {
      let line: LogLine;
      try {
        line = JSON.parse(raw) as LogLine;
      } catch {
        line = { msg: raw };
      }
      logs.push(line);
      for (const w of [...waiters]) {
        if (w.match(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
    }
  });

  const waitForLog = (match: (l: LogLine) => boolean, ms = 10_000): Promise<LogLine> => {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (l: LogLine) => {
          clearTimeout(timer);
          resolve(l);
        },
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(`${name}: no matching log line within ${ms} ms; last lines:\n${logs.slice(-8).map((l) => JSON.stringify(l)).join('\n')}`));
      }, ms);
      waiters.push(waiter);
    });
  };

  const kill = async () => {
    child.kill('SIGKILL');
    await exitOf(child);
  };
  try {
    const listening = await Promise.race([
      waitForLog((l) => l.msg === 'Liaison is listening', timeoutMs),
      exitOf(child).then(() => {
        throw new Error(`${name} exited during start-up (code ${child.exitCode}): ${stderr.slice(-3000)}`);
      }),
    ]);
    const port = Number(listening.port);
    const url = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const res = await fetch(`${url}${opts.ready ?? '/healthz'}`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      if (res?.status === 200) break;
      if (Date.now() > deadline) throw new Error(`${name}: ${opts.ready ?? '/healthz'} did not answer 200 within ${timeoutMs} ms (last: ${res?.status ?? 'no answer'})`);
      await new Promise((r) => setTimeout(r, 200));
    }
    return {
      name,
      url,
      port,
      pid: child.pid!,
      logs,
      stderr: () => stderr,
      waitForLog,
      async stop(graceMs = 10_000) {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exitOf(child);
        clearTimeout(timer);
      },
      kill,
      get exited() {
        return child.exitCode !== null || child.signalCode !== null;
      },
    };
  } catch (err) {
    await kill();
    throw err;
  }
}

/** Stops every server given, tolerating ones that never started. */
export async function stopAll(servers: (ServerProcess | undefined)[]): Promise<void> {
  await Promise.all(servers.map((s) => s?.stop()));
}
