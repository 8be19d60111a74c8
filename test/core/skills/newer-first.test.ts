// A folder that keeps an old guide beside the page that corrects it: asked whether the old fare still
// holds, the answer leads with the newer page and its fare (test/fixtures/newer-first/knowledge: a
// fictional transit agency's 2024 rider guide and its 2026 fares page).
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

const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/newer-first/knowledge');
let knowledge: LiveKnowledge;

beforeAll(async () => {
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-newer-first-'));
  await ingest({ paths: [FOLDER], root: FOLDER, indexDir, embedder: new OfflineEmbedder(), clock: fixedClock('2026-11-25T15:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
});

describe('a question about what holds now', () => {
  it('is answered from the newer of two sources that say different things', async () => {
    const { answer } = await ask(knowledge, createAnswerer({}), 'how much is dial-a-ride now with a reduced fare id?');
    expect(answer.grounded).toBe(true);
    expect(answer.citations[0]?.source).toBe('lakeshore-transit-fares.md');
    expect(answer.text).toContain('$1.50');
  });

  it('keeps the search order when nothing asks what holds now', async () => {
    const { hits } = await ask(knowledge, createAnswerer({}), 'what does dial a ride cost with a reduced fare id and who rides free?');
    expect(hits[0]?.chunk.source).toBe('lakeshore-transit-rider-guide-2024.txt');
  });
});
