// Runs the real CLI in-process with its own streams, settings and clock, over a tiny knowledge
// folder built in a temp directory (a few starter guides, four HSDS services, one broken PDF).
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import { runCli } from '../../src/cli/run.js';

export const REPO = path.resolve(import.meta.dirname, '../..');
const STARTER = path.join(REPO, 'knowledge');

export interface Workspace {
  dir: string;
  knowledgeDir: string;
  env: Record<string, string>;
}

/** Service ids kept from the starter Maple County directory. */
export const HSDS_SERVICES = ['17dcd481-ae42-5a3d-9547-0a929091fb12', 'ff9be6f3-6f28-5d55-8e76-102d85f5a645', 'c5d91820-40ad-5a47-b94b-dd1bddabe11f', 'd0227b42-77a8-566e-9a2f-cb009cf15391'];

export async function makeWorkspace(): Promise<Workspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-cli-'));
  const knowledgeDir = path.join(dir, 'knowledge');
  await mkdir(path.join(knowledgeDir, 'guides'), { recursive: true });
  await mkdir(path.join(knowledgeDir, 'directory'), { recursive: true });
  for (const f of ['vr-eligibility.md', 'centers-for-independent-living.md', 'who-to-call.txt', 'ssi-at-18.md']) {
    await copyFile(path.join(STARTER, 'guides', f), path.join(knowledgeDir, 'guides', f));
  }
  const full = JSON.parse(await readFile(path.join(STARTER, 'directory', 'maple-county-services.json'), 'utf8')) as { hsds_version: string; services: { id: string }[] };
  const services = full.services.filter((s) => HSDS_SERVICES.includes(s.id));
  await writeFile(path.join(knowledgeDir, 'directory', 'services.json'), JSON.stringify({ hsds_version: full.hsds_version, services }));
  await writeFile(path.join(knowledgeDir, 'guides', 'broken.pdf'), 'this is not really a PDF');
  return {
    dir,
    knowledgeDir,
    env: { LIAISON_DATA_DIR: path.join(dir, 'data'), LIAISON_INDEX_DIR: path.join(dir, 'index'), LIAISON_KNOWLEDGE_DIR: knowledgeDir, LIAISON_TIMEZONE: 'America/Chicago' },
  };
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's clock in tests unless a test sets its own: the suite must pass on any real date. */
export const DEFAULT_NOW = '2026-11-25T15:00:00Z';

export interface RunOptions {
  stdin?: string;
  isTTY?: boolean;
  now?: string;
  env?: Record<string, string>;
}

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const parts: Buffer[] = [];
  stream.on('data', (c: Buffer) => parts.push(c));
  return { stream, text: () => Buffer.concat(parts).toString('utf8') };
}

/** `liaison ...argv` in-process, with cwd = the workspace and only the workspace's settings. */
export async function liaison(ws: Workspace, argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdin = Object.assign(Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]), { isTTY: opts.isTTY ?? false });
  const out = collect();
  const err = collect();
  const code = await runCli(argv, {
    stdin,
    stdout: out.stream,
    stderr: err.stream,
    loadConfig: () => loadConfig({ ...ws.env, ...opts.env }, ws.dir),
    now: () => new Date(opts.now ?? DEFAULT_NOW),
    user: 'coordinator',
  });
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}

/** Parses --json output: one object per non-empty line. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/**
 * The plan the reminder tests sweep: partners from `partnersCsv` (Maria Rivera and Dana Alvarez),
 * JR-2027 coordinated by Maria with Dana on it and consent for DVR, and one commitment of Dana's
 * logged from a meeting on Monday 2026-12-07, due that Friday.
 */
export async function seedReminderPlan(ws: Workspace, run: (argv: string[], opts?: RunOptions) => Promise<RunResult>, partnersCsv: string): Promise<void> {
  await writeFile(path.join(ws.dir, 'partners.csv'), partnersCsv);
  await run(['partners', 'import', path.join(ws.dir, 'partners.csv')]);
  await run(['plan', 'create', 'JR-2027', '--coordinator', 'Maria Rivera', '--tz', 'America/New_York']);
  await run(['plan', 'add-member', 'JR-2027', 'Dana Alvarez']);
  await run(['plan', 'consent', 'JR-2027', '--agencies', 'DVR', '--given-by', 'parent', '--from', '2026-09-01']);
  await run(['plan', 'log', 'JR-2027', '-', '--yes'], { stdin: 'Meeting 12/7\n- Dana Alvarez will send the VR packet by Friday' });
}
