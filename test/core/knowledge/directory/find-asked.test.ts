// What a directory question asks for, read from the way teachers write in chat (issue 17): a day said
// bare in the asking sentence is when the service must be open, a language "listed as a language" is
// the family's, and a clause saying when or why ("while mom's at work") is the story, not the kind.
// Over a small HSDS directory (test/fixtures/directory-millbrook: none of its entries lists hours;
// all are in English), through ask() as every channel answers.
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
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-directory-asked-'));
  await ingest({ paths: [DIRECTORY], root: DIRECTORY, indexDir: path.join(dir, 'index'), embedder: new OfflineEmbedder(), clock: fixedClock('2026-03-01T00:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir: path.join(dir, 'index') }, silentLogger);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const titles = (r: Awaited<ReturnType<typeof ask>>) => r.directory?.cards.map((c) => c.title);

describe('what a chat message asks of a directory', () => {
  it('does not offer respite as open Saturdays when the day is said bare ("incl saturdays") and the entry lists no hours', async () => {
    const r = await ask(knowledge, createAnswerer(), 'need respite in millbrook, incl saturdays');
    expect(r.directory?.reading?.fits).toBe(0);
    expect(r.answer.grounded).toBe(false);
    expect(r.directory?.intro).toMatch(/none open Saturdays/);
  });

  it('still reads "saturday and sunday are hard" as the story, and offers the respite', async () => {
    const r = await ask(knowledge, createAnswerer(), 'saturday and sunday are hard for the family, any respite in millbrook?');
    expect(titles(r)).toEqual(['In-Home Respite']);
  });

  it('reads "that list Hmong as a language" as the language asked', async () => {
    const r = await ask(knowledge, createAnswerer(), 'Respite services serving Millbrook that list Hmong as a language.');
    expect(r.answer.grounded).toBe(false);
    expect(r.directory?.intro).toMatch(/Hmong/);
  });

  it('reads "while mom is at work" as the story, so a stay-with-him service is offered and not job coaching alone', async () => {
    const r = await ask(knowledge, createAnswerer(), '15 yo in millbrook. who can stay with him while mom is at work on the job');
    expect(titles(r)).toContain('In-Home Respite');
    expect(r.directory?.intro).not.toMatch(/“stay”/);
  });
});
