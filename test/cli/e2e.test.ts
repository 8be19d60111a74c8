// The real `liaison` command as a child process (bin/liaison.js through tsx), as `npx liaison` runs
// it. Few spawns on purpose: each costs about a second; behaviour is covered in-process elsewhere.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, makeWorkspace, REPO, type Workspace } from './helpers.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

/** Only what the CLI needs from this process's environment, plus the workspace's settings. */
function spawnLiaison(args: string[], opts: { input?: string; env?: Record<string, string> } = {}) {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? ws.dir, ...ws.env, ...opts.env };
  return spawnSync(process.execPath, [path.join(REPO, 'bin/liaison.js'), ...args], { cwd: ws.dir, env, input: opts.input ?? '', encoding: 'utf8', timeout: 60_000 });
}

describe('npx liaison (child process)', () => {
  it('ingests the knowledge folder, then answers questions piped on stdin as JSON lines', () => {
    const ingest = spawnLiaison(['ingest']);
    expect(ingest.stderr).toBe('');
    expect(ingest.status).toBe(0);
    expect(ingest.stdout).toMatch(/Indexed 8 documents/);
    expect(ingest.stdout).toContain('guides/broken.pdf');

    const ask = spawnLiaison(['ask', '--json'], { input: 'What does a Center for Independent Living do?\n\nWhat is the best pizza topping in Naples?\n' });
    expect(ask.status).toBe(0);
    const lines = jsonLines(ask.stdout);
    expect(lines).toHaveLength(3);
    expect(lines[0]!.grounded).toBe(true);
    expect((lines[0]!.sources as { source: string }[])[0]!.source).toBe('guides/centers-for-independent-living.md');
    expect(lines[1]!.error).toMatch(/empty/);
    expect(lines[2]!.grounded).toBe(false);
  });

  it('exits 2 naming a bad setting', () => {
    const r = spawnLiaison(['plan', 'list'], { env: { LIAISON_TIMEZONE: 'Mars/Base' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/LIAISON_TIMEZONE: expected an IANA time zone.*\(got "Mars\/Base"\)/);
    expect(r.stdout).toBe('');
  });
});
