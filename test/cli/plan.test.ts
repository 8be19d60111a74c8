import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaison, makeWorkspace, type Workspace } from './helpers.js';

let ws: Workspace;
let notesFile: string;
const NOW = '2026-03-20T15:00:00Z';

const PARTNERS = `name,email,agency,role,time_zone
Maria Rivera,mrivera@example.org,Maple County Schools,Transition coordinator,America/Chicago
Dana Alvarez,dalvarez@example.org,DVR,VR counselor,America/Chicago
Tom Okafor,tokafor@example.org,Maple County Schools,Teacher,America/Chicago
`;

const NOTES = [
  'Action items:',
  '- Dana Alvarez will send the DVR application to the family by next Friday.',
  '- Tom Okafor to set up a job shadow at the hardware store by 3/31.',
  '- Jamie Bell will ask Maple Area Transit about bus passes.',
].join('\n');

const run = (argv: string[], opts: Parameters<typeof liaison>[2] = {}) => liaison(ws, argv, { now: NOW, ...opts });

beforeAll(async () => {
  ws = await makeWorkspace();
  await writeFile(path.join(ws.dir, 'partners.csv'), PARTNERS);
  notesFile = path.join(ws.dir, 'notes.txt');
  await writeFile(notesFile, NOTES);
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison partners', () => {
  it('imports a CSV and reports added and updated counts', async () => {
    const first = await run(['partners', 'import', path.join(ws.dir, 'partners.csv')]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('3 added, 0 updated');
    const again = await run(['partners', 'import', path.join(ws.dir, 'partners.csv')]);
    expect(again.stdout).toContain('0 added, 3 updated');
    const list = await run(['partners', 'list']);
    expect(list.stdout).toMatch(/Dana Alvarez \(DVR, VR counselor\) <dalvarez@example.org>/);
  });

  it('names the line and column of a bad row', async () => {
    const bad = path.join(ws.dir, 'bad.csv');
    await writeFile(bad, 'name,email,time_zone\nAna Diaz,ana@example.org,America/Chicago\nBo Li,bo@example.org,Mars/Base\n');
    const r = await run(['partners', 'import', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv line 3, column 3 \(time_zone\): "Mars\/Base" is not a time zone/);
  });

  it('refuses a row with too few values, with its line number, and imports nothing', async () => {
    const short = path.join(ws.dir, 'short.csv');
    await writeFile(short, 'name,email,agency,role\nAna Diaz,ana@example.org,DVR,Counselor\nBo Li,bo@example.org\n');
    const r = await run(['partners', 'import', short]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('short.csv line 3: 2 values but 4 columns');
    expect((await run(['partners', 'list'])).stdout).not.toContain('Ana Diaz');
  });
});

describe('liaison plan: create, log, show, done', () => {
  it('creates a plan with a directory coordinator', async () => {
    const r = await run(['plan', 'create', 'JR-2027', '--coordinator', 'mrivera@example.org']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created the plan JR-2027');
    const show = await run(['plan', 'show', 'JR-2027']);
    expect(show.stdout).toMatch(/Coordinator: Maria Rivera/);
    expect(show.stdout).toContain('No open commitments.');
  });

  it('refuses to log without a terminal unless --yes, and logs nothing', async () => {
    const r = await run(['plan', 'log', 'JR-2027', notesFile, '--date', '2026-03-09']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nothing was logged.*--yes/);
    expect((await run(['plan', 'show', 'JR-2027'])).stdout).toContain('No open commitments.');
  });

  it('on a terminal, asks first and logs nothing when the answer is not yes', async () => {
    const r = await run(['plan', 'log', 'JR-2027', notesFile, '--date', '2026-03-09'], { isTTY: true, stdin: 'n\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Log these 3 items to JR-2027? [y/N]');
    expect(r.stdout).toContain('Nothing was logged.');
    expect((await run(['plan', 'show', 'JR-2027'])).stdout).toContain('No open commitments.');
  });

  it('logs with --yes, and shows the items numbered with overdue marked', async () => {
    const r = await run(['plan', 'log', 'JR-2027', notesFile, '--date', '2026-03-09', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Logged 3 items to JR-2027');
    expect(r.stdout).toMatch(/1 item has an owner not matched to a partner/);
    const show = await run(['plan', 'show', 'JR-2027']);
    // "next Friday" from Monday 9 March is 20 March: due today, not overdue. 3/31 is later still.
    expect(show.stdout).toMatch(/3 open commitments:/);
    expect(show.stdout).toMatch(/ {2}#1 Dana Alvarez: send the DVR application.*\(due 2026-03-20\)/);
    expect(show.stdout).toMatch(/ {2}#2 Tom Okafor: set up a job shadow.*\(due 2026-03-31\)/);
    expect(show.stdout).toMatch(/ {2}#3 .*bus passes.*\[owner not matched to a partner\]/);
    expect(show.stdout).not.toContain('OVERDUE');
    const later = await run(['plan', 'show', 'JR-2027'], { now: '2026-03-22T15:00:00Z' });
    expect(later.stdout).toMatch(/3 open commitments, 1 overdue:/);
    expect(later.stdout).toMatch(/#1 OVERDUE Dana Alvarez/);
  });

  it('logging the same notes again adds nothing, whatever date it is given, and says under which meeting', async () => {
    for (const date of [['--date', '2026-03-09'], ['--date', '2026-03-11'], []]) {
      const r = await run(['plan', 'log', 'JR-2027', '-', ...date, '--yes'], { stdin: NOTES });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('already logged to JR-2027 as the meeting of 2026-03-09; nothing new was added');
    }
    expect((await run(['plan', 'show', 'JR-2027'])).stdout).toMatch(/3 open commitments/);
  });

  it('closes PLAN#n; the other commitments keep their numbers', async () => {
    const done = await run(['plan', 'done', 'JR-2027#1']);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/Closed on JR-2027:\n.*Dana Alvarez: send the DVR application.*completed \(done\)/);
    const show = await run(['plan', 'show', 'JR-2027']);
    expect(show.stdout).toMatch(/2 open commitments:/);
    expect(show.stdout).toMatch(/#2 Tom Okafor/);
    expect(show.stdout).toMatch(/#3 .*bus passes/);
    const all = await run(['plan', 'commitments', 'JR-2027', '--all']);
    expect(all.stdout.match(/ id [0-9a-f-]{36}/g)).toHaveLength(3);
  });

  it('changes a commitment by id: snooze, due, reassign, cancel with an outcome', async () => {
    const list = await run(['plan', 'commitments', 'JR-2027']);
    const id = /Tom Okafor.*\n\s+id ([0-9a-f-]{36})/.exec(list.stdout)![1]!;
    expect((await run(['plan', 'snooze', id, '--days', '3'])).stdout).toMatch(/due 2026-04-03/);
    expect((await run(['plan', 'due', 'JR-2027#2', 'none'])).stdout).toMatch(/Tom Okafor: set up a job shadow.*\(no due date\)/);
    expect((await run(['plan', 'reassign', 'JR-2027#3', 'dalvarez@example.org'])).stdout).toMatch(/Dana Alvarez: .*bus passes/);
    const cancel = await run(['plan', 'cancel', id, '--outcome', 'no-capacity']);
    expect(cancel.stdout).toMatch(/cancelled \(no-capacity\)/);
  });

  it('prints plans, commitments and partners as JSON a script can read', async () => {
    const shown = JSON.parse((await run(['plan', 'show', 'JR-2027', '--json'])).stdout) as { label: string; open: { n: number; task: string; due: string | null }[] };
    expect(shown.label).toBe('JR-2027');
    expect(shown.open.map((c) => c.n)).toEqual([3]);
    const lines = (await run(['plan', 'commitments', 'JR-2027', '--all', '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { n: number; status: string });
    expect(lines.map((c) => [c.n, c.status]).sort()).toEqual([[1, 'completed'], [2, 'cancelled'], [3, 'requested']]);
    const plans = (await run(['plan', 'list', '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { label: string; open: number });
    expect(plans).toContainEqual(expect.objectContaining({ label: 'JR-2027', open: 1 }));
    const partners = (await run(['partners', 'list', '--json'])).stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; email: string });
    expect(partners.map((p) => p.email).sort()).toEqual(['dalvarez@example.org', 'mrivera@example.org', 'tokafor@example.org']);
  });

  it('explains a PLAN#n out of range and a bad outcome', async () => {
    const r = await run(['plan', 'done', 'JR-2027#9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/JR-2027 has no commitment #9/);
    const bad = await run(['plan', 'done', 'JR-2027#1', '--outcome', 'finished']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--outcome "finished" is not one of: done, not-eligible/);
    expect(bad.stderr).toContain('Usage: liaison plan done COMMITMENT');
  });
});

describe('liaison plan: sharing, export and delete', () => {
  it('links, records goals and consent, and shows them', async () => {
    expect((await run(['plan', 'link', 'JR-2027', '--platform', 'slack', '--channel', 'C0TEAM'])).code).toBe(0);
    expect((await run(['plan', 'goal', 'JR-2027', 'employment', 'Work', 'in', 'retail'])).code).toBe(0);
    const unknown = await run(['plan', 'consent', 'JR-2027', '--agencies', 'DVR, CIL', '--given-by', 'parent', '--from', '2026-03-01']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('The partner directory has no agency called "CIL". Name agencies as the directory spells them: DVR, Maple County Schools.');
    expect((await run(['plan', 'consent', 'JR-2027', '--agencies', 'DVR', '--given-by', 'parent', '--from', '2026-03-01'])).code).toBe(0);
    const show = await run(['plan', 'show', 'JR-2027']);
    expect(show.stdout).toContain('Linked channels: slack C0TEAM');
    expect(show.stdout).toContain('employment: Work in retail');
    expect(show.stdout).toContain('Consent to share: DVR (by the parent, from 2026-03-01)');
  });

  it('exports to a file (no temp file left behind) and deletes only with --yes', async () => {
    const out = path.join(ws.dir, 'exports', '..', 'jr.json');
    const ex = await run(['plan', 'export', 'JR-2027', '--format', 'json', '--out', out]);
    expect(ex.code).toBe(0);
    const exported = JSON.parse(await readFile(out, 'utf8')) as { plan: { label: string }; commitments: unknown[] };
    expect(exported.plan.label).toBe('JR-2027');
    expect(exported.commitments).toHaveLength(3);
    expect((await readdir(ws.dir)).filter((f) => f.includes('.tmp-'))).toEqual([]);

    const refused = await run(['plan', 'delete', 'JR-2027']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/cannot be undone.*add --yes/s);
    expect((await run(['plan', 'delete', 'JR-2027', '--yes'])).stdout).toContain('Deleted the plan JR-2027');
    const gone = await run(['plan', 'show', 'JR-2027']);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/no plan called "JR-2027"/);
  });

  it('names a missing argument and shows the one command\'s usage', async () => {
    const r = await run(['plan', 'goal', 'JR-2027']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Missing /);
    expect(r.stderr).toContain('TEXT');
    expect(r.stderr).toContain('Usage: liaison plan goal PLAN');
    expect(r.stderr).not.toContain('liaison plan create');
  });
});

describe('liaison plan errors', () => {
  it('say what to run on the command line, never a chat command', async () => {
    const r = await run(['plan', 'show', 'ZZ-404']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('There is no plan called "ZZ-404". Use liaison plan list to list the plans you can see');
    expect(r.stderr).not.toContain('/liaison');
  });
});
