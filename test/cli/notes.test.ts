import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaison, makeWorkspace, type Workspace } from './helpers.js';

let ws: Workspace;
beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

const NOTES = [
  'Transition meeting, JR-2027',
  'Action items:',
  '- Ms. Alvarez will send the DVR application to the family by next Friday.',
  '- Tom and Daniel Kim to set up a job shadow at the hardware store by Friday.',
  '- I will call the CIL about peer mentoring ASAP.',
].join('\n');

interface JsonItem {
  owner: string;
  task: string;
  due: string | null;
  quote: string;
}

async function items(args: string[], stdin = NOTES): Promise<JsonItem[]> {
  const r = await liaison(ws, ['notes', '--json', ...args], { stdin });
  expect(r.code).toBe(0);
  const parsed = JSON.parse(r.stdout) as { items: JsonItem[] };
  expect(Object.keys(parsed)).toEqual(['items']);
  return parsed.items;
}

describe('liaison notes --json', () => {
  it('prints {items: [{owner, task, due, quote}]}, two owners joined with "and", vague timing as null', async () => {
    const got = await items(['--date', '2026-03-02', '--poster', 'Maria Rivera']);
    expect(got).toHaveLength(3);
    for (const i of got) expect(Object.keys(i).sort()).toEqual(['due', 'owner', 'quote', 'task']);
    const byOwner = new Map(got.map((i) => [i.owner, i]));
    expect(byOwner.get('Ms. Alvarez')!.task).toMatch(/send the DVR application/);
    expect(byOwner.get('Tom and Daniel Kim')!.task).toMatch(/job shadow/);
    const mine = byOwner.get('Maria Rivera')!;
    expect(mine.due).toBeNull();
    expect(NOTES).toContain(mine.quote.replace(/^- /, ''));
  });

  it('reads relative dates from --date by the published convention', async () => {
    // 2026-03-02 is a Monday: "Friday" is 03-06, "next Friday" the Friday of the following week.
    const monday = await items(['--date', '2026-03-02']);
    expect(monday.find((i) => i.owner === 'Ms. Alvarez')!.due).toBe('2026-03-13');
    expect(monday.find((i) => i.owner === 'Tom and Daniel Kim')!.due).toBe('2026-03-06');
    // A week later every relative date moves with the meeting.
    const later = await items(['--date', '2026-03-09']);
    expect(later.find((i) => i.owner === 'Ms. Alvarez')!.due).toBe('2026-03-20');
    expect(later.find((i) => i.owner === 'Tom and Daniel Kim')!.due).toBe('2026-03-13');
  });

  it('defaults the meeting date to today in the configured time zone', async () => {
    // 03:00 UTC on Tuesday 3 March is still Monday 2 March in America/Chicago.
    const r = await liaison(ws, ['notes', '--json'], { stdin: NOTES, now: '2026-03-03T03:00:00Z' });
    const got = (JSON.parse(r.stdout) as { items: JsonItem[] }).items;
    expect(got.find((i) => i.owner === 'Tom and Daniel Kim')!.due).toBe('2026-03-06');
  });

  it('prints an empty list when there are no action items', async () => {
    expect(await items(['--date', '2026-03-02'], 'We talked about the weather.\nEveryone agreed it was cold.\n')).toEqual([]);
  });
});

describe('liaison notes (readable)', () => {
  it('lists the items with their dates and the date convention, and says nothing was logged', async () => {
    const file = path.join(ws.dir, 'meeting.txt');
    await writeFile(file, NOTES);
    const r = await liaison(ws, ['notes', file, '--date', '2026-03-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 proposed items from the meeting of 2026-03-02 (not logged)');
    expect(r.stdout).toMatch(/1\. Ms\. Alvarez: send the DVR application.*\(due 2026-03-13\)/);
    expect(r.stdout).toMatch(/I: call the CIL.*\(no due date: the timing is vague\)/);
    expect(r.stdout).toContain('How Liaison reads dates in notes');
  });

  it('says so when there are no items', async () => {
    const r = await liaison(ws, ['notes', '-', '--date', '2026-03-02'], { stdin: 'Nothing to do today.\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No action items found/);
  });

  it('refuses notes over 64 KB with the limit, from a file or from stdin', async () => {
    const big = `- Tom will call DVR by Friday.\n${'x'.repeat(70 * 1024)}\n`;
    const file = path.join(ws.dir, 'big.txt');
    await writeFile(file, big);
    const fromFile = await liaison(ws, ['notes', file, '--date', '2026-03-02']);
    expect(fromFile.code).toBe(1);
    expect(fromFile.stderr).toMatch(/is 71 KB; the limit is 64 KB/);
    const fromStdin = await liaison(ws, ['notes', '--json', '--date', '2026-03-02'], { stdin: big });
    expect(fromStdin.code).toBe(1);
    expect(fromStdin.stderr).toMatch(/71 KB; the limit is 64 KB/);
    expect(fromStdin.stdout).toBe('');
  });

  it('rejects a bad --date and a missing file clearly', async () => {
    const bad = await liaison(ws, ['notes', '--date', '03/02/2026'], { stdin: NOTES });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date "03\/02\/2026" is not a date; write it as YYYY-MM-DD/);
    expect(bad.stderr).toContain('Usage: liaison notes');
    const missing = await liaison(ws, ['notes', path.join(ws.dir, 'nope.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file/);
  });
});
