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
    for (const name of ['ingest', 'ask', 'eval', 'notes', 'partners', 'plan', 'chat', 'serve', 'help']) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
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

describe('the README console walk-through, scripted through a pipe', () => {
  const NOTES = ['Meeting 11/24', '- Dana Alvarez will send the VR application packet to the family by Friday', '- Tom Okafor to schedule a job shadow at the hospital by 12/5'].join('\n');

  it('creates a plan, logs pasted notes after confirm, lists them and closes one', async () => {
    const script = ['/create JR-2027', '/notes', NOTES, '.', 'confirm', '/plan', '/done 1', '/plan', ''].join('\n');
    const r = await liaison(ws, ['chat'], { stdin: script });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created the plan JR-2027 and linked it to this direct conversation. You are its coordinator.');
    expect(r.stdout).toContain('I found 2 action items for JR-2027 (meeting of 2026-11-24)');
    expect(r.stdout).toContain('Logged 2 commitments to JR-2027 from the meeting of 2026-11-24');
    expect(r.stdout).toMatch(/JR-2027: 2 open commitments\. Mark one done with \/done <n>\./);
    expect(r.stdout).toMatch(/Closed on JR-2027: send the VR application packet to the family \(Dana Alvarez \(not in the directory\)\), outcome: done\./);
    expect(r.stdout).toMatch(/JR-2027: 1 open commitment\. [^\n]*\n\n {2}#2 \[JR-2027\] Tom Okafor[^\n]*: schedule a job shadow at the hospital \(due 2026-12-05/);
    // People see messages, not logs: nothing on stderr but the index being built.
    expect(r.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Built the knowledge index'))).toEqual([]);
  });

  it('lists every console command in /help, and a user mistake is a message, not a log line', async () => {
    const r = await liaison(ws, ['chat'], { stdin: '/help\n/done 7\n/link NO-SUCH\n' });
    for (const cmd of ['/ask', '/notes', '/create', '/link', '/unlink', '/plans', '/plan', '/done', '/snooze', '/followups on', '/quit', 'confirm', 'cancel']) expect(r.stdout).toContain(cmd);
    expect(r.stdout).toContain('There is no plan called "NO-SUCH". Use /plans to list the plans you can see');
    expect(r.stderr).not.toMatch(/"level"|stack|at .*\.ts:/);
  });
});
