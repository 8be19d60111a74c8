// A service of a neighbouring kind that says the request's words only in passing is not offered as
// the kind asked (issue 17), over a small HSDS directory of two towns (test/fixtures/
// directory-millbrook: travel training in Ashford only; supported living, job coaching, respite and
// counseling in Millbrook), through ask() as every channel answers.
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

const DIRECTORY = path.resolve(import.meta.dirname, '../../../fixtures/directory-millbrook');

let dir: string;
let knowledge: LiveKnowledge;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-directory-head-'));
  await ingest({ paths: [DIRECTORY], root: DIRECTORY, indexDir: path.join(dir, 'index'), embedder: new OfflineEmbedder(), clock: fixedClock('2026-03-01T00:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir: path.join(dir, 'index') }, silentLogger);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('what a service is, read from the head of its entry', () => {
  it('declines travel training in a town that has none, naming the nearest, instead of a supported-living service that also teaches riding the bus', async () => {
    const r = await ask(knowledge, createAnswerer(), 'who can teach a 17 year old to ride the bus in millbrook?');
    expect(r.answer.grounded).toBe(false);
    expect(r.directory?.reading?.fits).toBe(0);
    expect(r.directory?.intro).toMatch(/none in Millbrook/i);
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Ride Training']);
    expect(r.answer.text).not.toMatch(/Supported Living/);
  });

  it('still offers the kind when the town has it', async () => {
    const r = await ask(knowledge, createAnswerer(), 'who can teach a 17 year old to ride the bus in ashford?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Ride Training']);
    expect(r.answer.grounded).toBe(true);
  });
});
