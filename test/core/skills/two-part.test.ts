// A message that asks two things ("what does it pay and how does he sign up?") gets an answer that
// holds each part's fact with its own source, over a small folder written for this test
// (test/fixtures/two-part/knowledge: a fictional county's summer programs).
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

const FOLDER = path.resolve(import.meta.dirname, '../../fixtures/two-part/knowledge');
let knowledge: LiveKnowledge;

beforeAll(async () => {
  const indexDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-two-part-'));
  await ingest({ paths: [FOLDER], root: FOLDER, indexDir, embedder: new OfflineEmbedder(), clock: fixedClock('2026-11-25T15:00:00Z') });
  knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
});

async function answer(question: string) {
  return (await ask(knowledge, createAnswerer({}), question)).answer;
}

/** The source cited right after the fact in the answer text. */
function citedFor(a: Awaited<ReturnType<typeof answer>>, fact: string): string | undefined {
  const after = a.text.slice(a.text.indexOf(fact));
  const n = /\[(\d+)\]/.exec(after)?.[1];
  return a.citations.find((c) => String(c.n) === n)?.source;
}

describe('a message asking two things', () => {
  it('answers both: the pay from the program page and the sign-up step from the office that runs it', async () => {
    const a = await answer('my student wants to do lakeshore summer crew this year - what does it pay and how does he sign up?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('$15.40');
    expect(a.text).toContain('Form YE-9');
    expect(citedFor(a, '$15.40')).toBe('summer-crew.md');
    expect(citedFor(a, 'Form YE-9')).toBe('youth-office.md');
  });

  it("answers a second question typed after the first one's question mark, in lower case", async () => {
    const a = await answer('lakeshore summer crew - where do the crews meet? and whats the deadline to sign up');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('Harbor Street boathouse');
    expect(a.text).toContain('April 3');
  });

  it('answers two things joined by "+" in chat', async () => {
    const a = await answer('student on SSI wants lakeshore summer crew. how much does it pay + how much can she earn a month before SSI counts it');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('$15.40');
    expect(a.text).toContain('$2,410');
  });

  it('still answers one question with the one fact, from one source', async () => {
    const a = await answer('What does the library aide program pay?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('$13.00');
    expect(a.text).not.toContain('Form YE-9');
  });
});

describe('quoting the unit that holds the fact', () => {
  it('quotes the row of a long table that answers, not the table cut off before it', async () => {
    const a = await answer('whats the number for the crew lead at West Jetty?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('Owen Price | 555-0190');
  });
});
