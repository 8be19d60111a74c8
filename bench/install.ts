// Install size and cold start: what `npm ci` puts on disk (and how much of it is there only for
// LangChain, read from package-lock.json), how long the server takes from start to its first 200
// from /healthz, how long `liaison ask` takes end to end, and how long the first model call spends
// importing LangChain. Every process it starts runs offline, binds 127.0.0.1 and is stopped.
import { spawn } from 'node:child_process';
import { readdir, readFile, lstat, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../test/helpers/ports.js';
import { percentile } from './stats.js';

/** Direct dependencies that are there for LangChain (`openai` only because @langchain/openai needs it pinned). */
export const LANGCHAIN_ROOTS = ['@langchain/core', '@langchain/openai', '@langchain/community', 'openai'];

export interface InstallFigures {
  nodeModulesMb: number;
  /** Packages reachable only from LANGCHAIN_ROOTS, and only from @langchain/community. */
  langchainOnly: { packages: number; mb: number };
  communityOnly: { packages: number; mb: number };
  /** Median of `runs` fresh starts; each run's figure too. */
  serverToHealthzMs: number[];
  askEndToEndMs: number[];
  langchainImportMs: number[];
  runs: number;
}

interface LockPackage {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Bytes under dir; `nested` false leaves out its nested node_modules (packages of their own). */
async function dirBytes(dir: string, nested = false): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, entry.name);
    if (!entry.isDirectory()) total += (await lstat(p)).size;
    else if (nested || entry.name !== 'node_modules') total += await dirBytes(p, nested);
  }
  return total;
}

/** Node's lookup of `name` from a package at `from` (a lockfile path), nearest node_modules first. */
function resolve(packages: Record<string, LockPackage>, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i >= 0 ? dir.slice(0, i) : '';
  }
}

function reachable(packages: Record<string, LockPackage>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const stack = roots.map((r) => resolve(packages, '', r)).filter((p): p is string => !!p);
  while (stack.length) {
    const p = stack.pop()!;
    if (seen.has(p)) continue;
    seen.add(p);
    const pkg = packages[p]!;
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })) {
      const found = resolve(packages, p, dep);
      if (found && !seen.has(found)) stack.push(found);
    }
  }
  return seen;
}

/** The packages reachable from `group` and from no other direct dependency, with their size on disk. */
async function exclusiveCost(root: string, packages: Record<string, LockPackage>, direct: string[], group: string[]): Promise<{ packages: number; mb: number }> {
  const others = reachable(packages, direct.filter((d) => !group.includes(d)));
  const only = [...reachable(packages, group)].filter((p) => !others.has(p));
  let bytes = 0;
  for (const p of only) bytes += await dirBytes(path.join(root, p));
  return { packages: only.length, mb: bytes / 1e6 };
}

/** An environment with no model, no Redis and no chat platform: the offline default. */
function offlineEnv(dataDir: string, indexDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LIAISON_DATA_DIR: dataDir, LIAISON_INDEX_DIR: indexDir, LIAISON_REMINDERS: 'off', LOG_LEVEL: 'silent', ...extra };
}

/** Starts `npm start`'s command and times it to the first 200 from /healthz; the server is stopped after. */
async function serverToHealthz(root: string, dataDir: string, indexDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['src/main.ts'], { cwd: root, env: offlineEnv(dataDir, indexDir, { PORT: String(port) }), stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  try {
    const deadline = started + 120_000;
    while (performance.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before /healthz answered`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('/healthz did not answer within 120 s');
  } finally {
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
}

/** Runs a command to its end; the elapsed milliseconds. */
function timed(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(performance.now() - started);
      else reject(new Error(`${path.basename(cmd)} ${args[0]} exited with ${code}: ${err.split('\n')[0]}`));
    });
  });
}

// What the first model call imports (src/core/langchain.ts and llm.ts), in a fresh process.
const IMPORT_LANGCHAIN = `const t = performance.now();
await Promise.all([import('@langchain/openai'), import('@langchain/core/runnables'), import('@langchain/core/prompts'), import('@langchain/core/output_parsers'), import('@langchain/core/messages')]);
if (performance.now() - t < 0) process.exit(1);`;

export async function installSection(root: string, indexDir: string, question: string, runs = 3): Promise<InstallFigures> {
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage & { dependencies?: Record<string, string> }> };
  const direct = Object.keys(lock.packages['']?.dependencies ?? {});
  const packages = Object.fromEntries(Object.entries(lock.packages).filter(([p]) => p !== ''));
  const langchainOnly = await exclusiveCost(root, packages, direct, LANGCHAIN_ROOTS.filter((r) => direct.includes(r)));
  const communityOnly = await exclusiveCost(root, packages, direct, ['@langchain/community']);
  const nodeModulesMb = (await dirBytes(path.join(root, 'node_modules'), true)) / 1e6;

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-start-'));
  const serverToHealthzMs: number[] = [];
  const askEndToEndMs: number[] = [];
  const langchainImportMs: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      serverToHealthzMs.push(await serverToHealthz(root, dataDir, indexDir));
      askEndToEndMs.push(await timed(process.execPath, ['bin/liaison.js', 'ask', question, '--index', indexDir], root, offlineEnv(dataDir, indexDir)));
      const bare = await timed(process.execPath, ['--input-type=module', '-e', ''], root, offlineEnv(dataDir, indexDir));
      langchainImportMs.push((await timed(process.execPath, ['--input-type=module', '-e', IMPORT_LANGCHAIN], root, offlineEnv(dataDir, indexDir))) - bare);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  return { nodeModulesMb, langchainOnly, communityOnly, serverToHealthzMs, askEndToEndMs, langchainImportMs, runs };
}

export const median = (xs: number[]) => percentile(xs, 50);
