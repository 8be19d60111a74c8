import { rm, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, liaison, makeWorkspace, type Workspace } from './helpers.js';

let ws: Workspace;

beforeAll(async () => {
  ws = await makeWorkspace();
});
afterAll(async () => {
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison ask before any ingest', () => {
  it('says there is no index and how to build one, exit 1', async () => {
    const r = await liaison(ws, ['ask', 'Who is eligible for VR?']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('npx liaison ingest');
    expect(r.stderr).toContain(path.join(ws.dir, 'index'));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
  });
});

describe('liaison ingest', () => {
  it('indexes the folder, names the skipped file with its reason, and reports counts and time', async () => {
    const r = await liaison(ws, ['ingest']);
    expect(r.code).toBe(0);
    // 4 guides + 4 HSDS services; the broken PDF is skipped by name.
    expect(r.stdout).toMatch(/Indexed 8 documents \((\d+) chunks\) from 6 files/);
    expect(r.stdout).toMatch(/Chunks: (\d+) embedded, 0 reused, 0 removed \(full rebuild\)/);
    expect(r.stdout).toMatch(/Skipped 1 file:\n {2}- guides\/broken\.pdf: \S.+/);
    expect(r.stdout).toMatch(/Took \d+\.\d s\./);
    expect(r.stderr).toBe(''); // quiet by default: no info logs
  });

  it('reuses stored embeddings for unchanged text and counts removed chunks', async () => {
    await rm(path.join(ws.knowledgeDir, 'guides', 'ssi-at-18.md'));
    const r = await liaison(ws, ['ingest']);
    expect(r.code).toBe(0);
    const m = /Chunks: (\d+) embedded, (\d+) reused, (\d+) removed/.exec(r.stdout)!;
    expect(Number(m[1])).toBe(0);
    expect(Number(m[2])).toBeGreaterThan(0);
    expect(Number(m[3])).toBeGreaterThan(0);
  });

  it('exits 1 and keeps the old index when nothing could be indexed', async () => {
    const empty = path.join(ws.dir, 'nothing-here');
    await mkdir(empty, { recursive: true });
    await writeFile(path.join(empty, 'bad.pdf'), 'not a pdf');
    const r = await liaison(ws, ['ingest', empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.pdf');
    expect(r.stderr).toContain('Nothing could be indexed');
    const still = await liaison(ws, ['ask', '--json', 'Who is presumed eligible for VR services?']);
    expect(jsonLines(still.stdout)[0]!.grounded).toBe(true);
  });

  it('refuses an unknown option with the usage, exit 2', async () => {
    const r = await liaison(ws, ['ingest', '--indx', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'--indx'");
    expect(r.stderr).toContain('Usage: liaison ingest');
  });
});

describe('liaison ask --json', () => {
  it('answers with the documented fields, relative sources best first', async () => {
    const question = 'Who is eligible for vocational rehabilitation and how do I apply?';
    const r = await liaison(ws, ['ask', '--json', question]);
    expect(r.code).toBe(0);
    const [line, ...rest] = jsonLines(r.stdout);
    expect(rest).toEqual([]);
    expect(Object.keys(line!).sort()).toEqual(['answer', 'grounded', 'question', 'sources']);
    expect(line!.question).toBe(question);
    expect(line!.grounded).toBe(true);
    expect(line!.answer).toMatch(/\[1\]/);
    const sources = line!.sources as { source: string; title: string; score: number }[];
    expect(sources.length).toBeGreaterThan(1);
    expect(sources[0]!.source).toBe('guides/vr-eligibility.md');
    for (const s of sources) {
      expect(path.isAbsolute(s.source)).toBe(false);
      expect(typeof s.title).toBe('string');
    }
    const scores = sources.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('cites an HSDS service as file.json#serviceId', async () => {
    const r = await liaison(ws, ['ask', '--json', 'How do I sign up for MAT Access paratransit rides?']);
    const line = jsonLines(r.stdout)[0]!;
    expect(line.grounded).toBe(true);
    const sources = line.sources as { source: string }[];
    expect(sources.map((s) => s.source)).toContain('directory/services.json#c5d91820-40ad-5a47-b94b-dd1bddabe11f');
  });

  it('says grounded false with no sources when the knowledge does not cover the question', async () => {
    const r = await liaison(ws, ['ask', '--json', 'What is the best pizza topping in Naples?']);
    const line = jsonLines(r.stdout)[0]!;
    expect(line.grounded).toBe(false);
    expect(line.sources).toEqual([]);
    expect(line.answer).toMatch(/I don't know/);
  });

  it('declines a question about a place the knowledge folder never mentions', async () => {
    const r = await liaison(ws, ['ask', '--json', 'Which Wisconsin office handles VR referrals?']);
    expect(jsonLines(r.stdout)[0]!.grounded).toBe(false);
  });

  it('reads questions from stdin one per line; bad ones get a message and the batch goes on, exit 0', async () => {
    const long = `What about ${'benefits '.repeat(2500)}?`; // ~22 KB
    const stdin = ['Who is presumed eligible for VR services?', '', '   ', long, 'What does a CIL\u0007 do?', '\u0001\u0002', 'What is the best pizza topping in Naples?'].join('\n') + '\n';
    const r = await liaison(ws, ['ask', '--json'], { stdin });
    expect(r.code).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(7); // the trailing newline is not a question
    expect(lines.map((l) => l.question)).toEqual(stdin.slice(0, -1).split('\n'));
    expect(lines[0]!.grounded).toBe(true);
    expect(lines[1]!.error).toMatch(/question was empty/);
    expect(lines[2]!.error).toMatch(/question was empty/);
    expect(lines[3]!.error).toMatch(/characters; questions can be up to 2,000/);
    expect(lines[4]!.grounded).toBe(true);
    expect(lines[4]!.note).toMatch(/removed 1 control character/);
    expect(lines[5]!.error).toMatch(/only control characters/);
    expect(lines[6]!.grounded).toBe(false);
    for (const l of [lines[1], lines[2], lines[3], lines[5]]) expect(Object.keys(l!).sort()).toEqual(['error', 'question']);
  });
});

describe('liaison ask (readable)', () => {
  it('prints the answer with numbered sources and the service contact details', async () => {
    const r = await liaison(ws, ['ask', 'How do I sign up for MAT Access paratransit rides?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Sources:\n {2}\[1\] /);
    expect(r.stdout).toMatch(/Maple Area Transit.*\(555\) 555-\d{4}/);
  });

  it("with --explain, says why: the gate's confidence against its threshold and each check with its weight", async () => {
    const answered = await liaison(ws, ['ask', '--explain', 'Who is presumed eligible for VR services?']);
    expect(answered.code).toBe(0);
    expect(answered.stdout).toMatch(/Why: answered: confidence 0\.\d\d against a threshold of 0\.\d\d\./);
    expect(answered.stdout).toMatch(/unknownName +did not fire +weight +-\d\.\d\d/);
    const declined = await liaison(ws, ['ask', '--explain', '--json', 'Which Wisconsin office handles VR referrals?']);
    const why = jsonLines(declined.stdout)[0]!.why as string[];
    expect(why[0]).toMatch(/^Why: declined: confidence 0\.\d\d against a threshold of 0\.\d\d\.$/);
    // The check that turned it away fired and took confidence off.
    expect(why.find((l) => /fired \d+×/.test(l))).toMatch(/adds +-\d\.\d\d/);
  });

  it('a single empty question is the whole command failing: message on stderr, exit 1', async () => {
    const r = await liaison(ws, ['ask', '  ']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/question was empty/);
  });

  it('numbers batch answers under each question and explains refused lines', async () => {
    const r = await liaison(ws, ['ask'], { stdin: 'What does a CIL do?\n\nWhat is the best pizza topping in Naples?\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Q: What does a CIL do?');
    expect(r.stdout).toMatch(/Q: \(empty line\)\nThe question was empty/);
    expect(r.stdout).toMatch(/Q: What is the best pizza topping in Naples\?\nI don't know/);
  });
});

describe('a damaged index', () => {
  it('names the damaged file and says to re-ingest; re-ingesting repairs it', async () => {
    const own = await makeWorkspace();
    try {
      expect((await liaison(own, ['ingest'])).code).toBe(0);
      const chunks = path.join(own.dir, 'index', 'chunks.json');
      await writeFile(chunks, '{"half a file');
      const r = await liaison(own, ['ask', 'Who is presumed eligible for VR?']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`The knowledge index file ${chunks} is damaged`);
      expect(r.stderr).toContain('Rebuild the index: npx liaison ingest');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect((await liaison(own, ['ingest'])).code).toBe(0);
      expect((await liaison(own, ['ask', 'Who is presumed eligible for VR?'])).code).toBe(0);
    } finally {
      await rm(own.dir, { recursive: true, force: true });
    }
  });
});
