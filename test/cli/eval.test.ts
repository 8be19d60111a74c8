import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liaison, makeWorkspace, type Workspace } from './helpers.js';

let ws: Workspace;
let questions: string;
let notes: string;

const QUESTIONS = [
  { id: 'a1', question: 'my student gets SSI, is she automatically eligible for voc rehab??', answerable: true, sources: ['vr-eligibility.md'], facts: ['presumed'], style: 'slack' },
  { id: 'a2', question: 'Who is presumed eligible for VR services?', answerable: true, sources: ['guides/vr-eligibility.md'], facts: ['SSDI'], style: 'lookup' },
  { id: 'u1', question: 'What is the monthly fee for the Maple County bowling league for adults with disabilities?', answerable: false, sources: [], facts: [], style: 'near-miss' },
];

beforeAll(async () => {
  ws = await makeWorkspace();
  expect((await liaison(ws, ['ingest'])).code).toBe(0);
  questions = path.join(ws.dir, 'questions.jsonl');
  await writeFile(questions, QUESTIONS.map((q) => JSON.stringify(q)).join('\n'));
  notes = path.join(ws.dir, 'notes');
  await mkdir(notes);
  await writeFile(path.join(notes, '01.txt'), 'IEP meeting 3/4\n- Dana will send the VR referral to DVR by Friday 3/6\n- Mr. Okafor to schedule the job shadow by 3/20\n');
  await writeFile(
    path.join(notes, '01.json'),
    JSON.stringify({
      meetingDate: '2026-03-04',
      poster: 'Kim Tran',
      items: [
        { owners: ['Dana Ruiz'], task: 'send the VR referral to DVR', keywords: ['referral', 'DVR'], due: '2026-03-06' },
        { owners: ['Mr. Okafor'], task: 'schedule the job shadow', keywords: ['job shadow'], due: '2026-03-20' },
      ],
    }),
  );
  await writeFile(path.join(notes, '02.txt'), 'Thanks everyone for coming today, great meeting!\n');
  await writeFile(path.join(notes, '02.json'), JSON.stringify({ meetingDate: '2026-03-04', poster: 'Kim Tran', items: [] }));
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison eval', () => {
  it('prints the table row for Liaison and plain BM25, with intervals, for the questions and notes', async () => {
    const r = await liaison(ws, ['eval', questions, '--notes', notes]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 questions (2 answerable, 1 unanswerable), 2 notes');
    expect(r.stdout).toMatch(/^\| folder \| system \| right source first \| MRR@5 \|/m);
    const liaisonRow = r.stdout.split('\n').find((l) => l.startsWith('| questions.jsonl | Liaison |'))!;
    const bm25Row = r.stdout.split('\n').find((l) => l.startsWith('| questions.jsonl | BM25 |'))!;
    expect(liaisonRow).toMatch(/\| \d\/2 \d\.\d\d \(\d\.\d\d–\d\.\d\d\) \|/);
    expect(bm25Row).toContain('0/1 0.00'); // BM25 never declines the unanswerable question
    expect(bm25Row).toMatch(/\| – \| – \| – \|$/); // and has no notes figures
  });

  it('--json gives the figures: counts, values and intervals', async () => {
    const r = await liaison(ws, ['eval', questions, '--notes', notes, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { liaison: Record<string, any>; bm25: Record<string, any> };
    expect(out.liaison.top1.n).toBe(2);
    expect(out.liaison.slack.n).toBe(1);
    expect(out.liaison.unanswerableDeclined.n).toBe(1);
    expect(out.liaison.notes.notes).toBe(2);
    expect(out.liaison.notes.goldItems).toBe(2);
    expect(out.liaison.notes.emptyKept).toMatchObject({ value: 1, n: 1 });
    expect(out.liaison.notes.f1.low).toBeLessThanOrEqual(out.liaison.notes.f1.value);
    expect(out.bm25.answerableDeclined.value).toBe(0);
    expect(out.bm25.top1.value).toBe(1); // both answerable questions name the eligibility guide plainly
  });

  it('needs a questions file: exit 2 without one, exit 1 naming a missing one', async () => {
    const none = await liaison(ws, ['eval']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Missing QUESTIONS');
    const missing = await liaison(ws, ['eval', path.join(ws.dir, 'nope.jsonl')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.jsonl: no such file');
  });
});
