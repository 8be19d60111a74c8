// Which services are of the kind asked, over a small HSDS directory of one town (test/fixtures/
// directory-cedar-falls: two respite services, parent counseling, adult day, travel training,
// benefits counseling and two driver education programs, one of them inactive, all serving Cedar Falls), through ask() as every channel answers.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../../src/core/clock.js';
import { createAnswerer } from '../../../../src/core/knowledge/answer/index.js';
import { ingest } from '../../../../src/core/knowledge/ingest.js';
import type { LiveKnowledge } from '../../../../src/core/knowledge/live.js';
import { OfflineEmbedder } from '../../../../src/core/knowledge/offline-embedder.js';
import { ask } from '../../../../src/core/skills/ask.js';
import { silentLogger } from '../../../../src/log.js';
import { createKnowledgeSearch } from '../../../../src/services.js';

const DIRECTORY = path.resolve(import.meta.dirname, '../../../fixtures/directory-cedar-falls');

let dir: string;
let knowledge: LiveKnowledge;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-directory-kind-'));
  await ingest({ paths: [DIRECTORY], root: DIRECTORY, indexDir: path.join(dir, 'index'), embedder: new OfflineEmbedder(), clock: fixedClock('2026-03-01T00:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir: path.join(dir, 'index') }, silentLogger);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the kind of service read from a request told as a story', () => {
  it('offers the service whose own words answer "a break for a few hours", not one that only shares its neighbour’s name', async () => {
    const r = await ask(knowledge, createAnswerer(), 'mom in cedar falls is exhausted, son is 16. who can give her a break for a few hours?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['In-Home Respite']);
  });
});

describe('a request in words no entry uses', () => {
  it('takes the kind from the story around it: "got SSI and a first job ... help him figure it out" is benefits counseling', async () => {
    const r = await ask(knowledge, createAnswerer(), 'son (17) in cedar falls gets SSI and just got his first job. anyone who can help him figure it out?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Benefits Counseling']);
    expect(r.directory?.intro).toMatch(/^One directory entry fits/);
  });
});

describe('a service the directory marks as not running', () => {
  it('is never offered, and the answer says one of the kind is not running', async () => {
    const r = await ask(knowledge, createAnswerer(), 'who does drivers ed in cedar falls for a 16 year old?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Teen Driver Education']);
    expect(r.directory?.intro).toMatch(/One other service of this kind is marked as not running/);
  });
});

describe('a request that names its kind in alternatives', () => {
  it('offers the services of each, not only the one whose name says every word of one alternative', async () => {
    const r = await ask(knowledge, createAnswerer(), 'Parent support counseling or respite in Cedar Falls.');
    expect(r.directory?.cards.map((c) => c.title).sort()).toEqual(['In-Home Respite', 'Overnight Respite House', 'Parent Support Counseling']);
    const day = await ask(knowledge, createAnswerer(), 'Adult day services or respite in Cedar Falls.');
    expect(day.directory?.cards.map((c) => c.title).sort()).toEqual(['Adult Day Services', 'In-Home Respite', 'Overnight Respite House']);
  });

  it('reads "day or night" inside a longer request as one request', async () => {
    const r = await ask(knowledge, createAnswerer(), 'mom in cedar falls needs someone who can come to the home for a few hours day or night so she can rest');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['In-Home Respite']);
  });
});
