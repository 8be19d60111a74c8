// A folder whose staff list names a town the directory's services of the kind do not serve (the
// fictional Pine County directory of test/fixtures/route and the transition contacts page of
// test/fixtures/route-place): a question that sets only the place is answered from the page that names it; one that also
// sets an age keeps the directory's "none fits", which a page naming the town cannot overrule.
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

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const FILES = [path.join(FIXTURES, 'route/knowledge/pine-county.json'), path.join(FIXTURES, 'route-place/transition-contacts-2027.md')];
let knowledge: LiveKnowledge;

beforeAll(async () => {
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-route-place-'));
  await ingest({ paths: FILES, indexDir, embedder: new OfflineEmbedder(), clock: fixedClock('2026-11-25T15:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
});

describe('no service of the kind serves the place asked about', () => {
  it('is answered from the document that names the place when the place is all the question sets', async () => {
    const result = await ask(knowledge, createAnswerer({}), "who's the benefits counselor for oakdale kids?");
    expect(result.directory).toBeUndefined();
    expect(result.answer.citations[0]?.source).toBe('transition-contacts-2027.md');
    expect(result.answer.text).toContain('Dana Whitfield');
  });

  it("keeps the directory's answer when the question sets an age too", async () => {
    const result = await ask(knowledge, createAnswerer({}), "who's the benefits counselor for a 15 year old in oakdale?");
    expect(result.directory).toBeDefined();
  });
});
