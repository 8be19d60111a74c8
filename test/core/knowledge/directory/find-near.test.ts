// "Near a town" over a small HSDS directory (test/fixtures/directory-near: travel training in Harlow,
// 3 miles from Ashby, whose service area reads "Call to ask"; bus orientation in Kessler, 8 miles away, serving Ashby
// and Kessler; in Northfield, 34 miles away, "Call to ask"), through ask() as every channel answers.
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

const DIRECTORY = path.resolve(import.meta.dirname, '../../../fixtures/directory-near');

let dir: string;
let knowledge: LiveKnowledge;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-directory-near-'));
  await ingest({ paths: [DIRECTORY], root: DIRECTORY, indexDir: path.join(dir, 'index'), embedder: new OfflineEmbedder(), clock: fixedClock('2026-03-01T00:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir: path.join(dir, 'index') }, silentLogger);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a service area written as a phrase ("Call to ask")', () => {
  it('is an area that could not be read: near the town, the distance decides, after the services whose area names the town', async () => {
    const r = await ask(knowledge, createAnswerer(), 'who does travel training near ashby for a 17 year old?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Bus Orientation', 'Travel Training']);
    expect(r.directory?.cards[1]!.meets[0]).toBe('3 miles from Ashby; its service area ("Call to ask") could not be read');
  });

  it('is never read as serving the town itself', async () => {
    const r = await ask(knowledge, createAnswerer(), 'who does travel training in ashby for a 17 year old?');
    expect(r.directory?.cards.map((c) => c.title)).toEqual(['Bus Orientation']);
  });
});
