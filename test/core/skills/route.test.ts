// A folder with a program flyer beside its service directory (test/fixtures/route/knowledge: the
// fictional Pine County directory and a summer jobs flyer): a request the directory could answer by
// age is answered from the flyer when the flyer is what the search finds, and with the directory's
// cards when a service is.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.js';
import { createAnswerer } from '../../../src/core/knowledge/answer/index.js';
import { ingest } from '../../../src/core/knowledge/ingest.js';
import type { LiveKnowledge } from '../../../src/core/knowledge/live.js';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';
import { ask } from '../../../src/core/skills/ask.js';
import { silentLogger } from '../../../src/log.js';
import { createKnowledgeSearch } from '../../../src/services.js';

const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/route/knowledge');
let knowledge: LiveKnowledge;

beforeAll(async () => {
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-route-'));
  await ingest({ paths: [FOLDER], root: FOLDER, indexDir, embedder: new OfflineEmbedder(), clock: fixedClock('2026-11-25T15:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
});

describe('a request the directory could answer, in a folder that also holds documents', () => {
  it('is answered from the document the search finds first, not with cards of services that fit the age', async () => {
    const result = await ask(knowledge, createAnswerer({}), 'my student is 15 and too young for summer works. is there a program for her age?');
    expect(result.directory).toBeUndefined();
    expect(result.answer.citations[0]?.source).toBe('summer-works-2027.md');
    expect(result.answer.text).toContain('Career Camp');
  });

  it('still gets the cards when a service is what the search finds', async () => {
    const result = await ask(knowledge, createAnswerer({}), 'who offers travel training in Pine Ridge for a 17 year old?');
    expect(result.directory?.cards[0]?.title).toBe('Travel Training for Teens');
  });
  it('keeps the directory\'s "none fits" when services of the kind exist but none takes the student', async () => {
    // The job club takes ages 14 to 18; the flyer's camp is for 14- and 15-year-olds: neither is for a 12-year-old.
    const result = await ask(knowledge, createAnswerer({}), 'who has summer jobs for a 12 year old in lakeside, too young for summer works');
    expect(result.directory?.answer.grounded).toBe(false);
    expect(result.directory?.intro).toContain('for age 12');
    expect(result.answer.text).not.toContain('Career Camp');
  });
});
