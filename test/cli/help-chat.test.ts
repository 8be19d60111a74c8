import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/run.js';
import { liaison, makeWorkspace, type Workspace } from './helpers.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison help', () => {
  it('with no arguments lists every command on one line each, exit 0', async () => {
    const r = await liaison(ws, []);
    expect(r.code).toBe(0);
    for (const name of ['ingest', 'ask', 'notes', 'partners', 'plan', 'chat', 'serve', 'help']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it('shows one command\'s usage for "help <command>" and for --help', async () => {
    for (const c of COMMANDS) {
      const viaHelp = await liaison(ws, ['help', c.name]);
      const viaFlag = await liaison(ws, [c.name, '--help']);
      expect(viaHelp.code).toBe(0);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toBe(viaHelp.stdout);
      expect(viaHelp.stdout).toContain(`liaison ${c.name}`);
    }
  });

  it('an unknown command says so and lists the commands, exit 2', async () => {
    const r = await liaison(ws, ['injest']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "injest"');
    expect(r.stderr).toContain('ingest');
  });
});

describe('liaison chat', () => {
  it('builds the missing index first, then answers in the console with sources', async () => {
    const r = await liaison(ws, ['chat'], { stdin: 'What does a Center for Independent Living do?\n/quit\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Built the knowledge index: 8 documents/);
    expect(r.stdout).toContain('Liaison console.');
    expect(r.stdout).toMatch(/Sources:\n {2}\[1\] .*Centers for Independent Living/);
  });
});
