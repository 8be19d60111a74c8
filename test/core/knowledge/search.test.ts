import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiaisonError } from '../../../src/core/errors.js';
import { openIndex, writeIndex } from '../../../src/core/knowledge/index-store.js';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';
import type { KnowledgeIndex } from '../../../src/core/knowledge/search.js';
import type { Chunk } from '../../../src/core/knowledge/types.js';

const DOCS: Record<string, [string, string[]]> = {
  'vr-eligibility.md': ['Who Is Eligible for Vocational Rehabilitation', ['A person is eligible for VR when an impairment is a substantial impediment to employment and VR services are needed to get or keep a job. People on SSI or SSDI are presumed eligible.']],
  'vr-timelines.md': ['VR Timelines', ['The VR agency decides eligibility within 60 days of the application. The individualized plan for employment (IPE) follows within 90 days.']],
  'ssi-at-18.md': ['SSI at 18', ['At 18 the parents income stops counting. SSA redetermines every child recipient under the adult disability rules.', 'Section 301 lets payments continue during an IEP, IPE or PASS.']],
  'able.md': ['ABLE Accounts', ['An ABLE account lets a person with a disability that began before 26 save money; the first $100,000 is ignored for SSI resources.']],
  'paratransit.md': ['Paratransit', ['Door-to-door shared rides for people whose disability keeps them from using fixed-route buses. Book a day ahead.']],
  'guardianship.md': ['Alternatives to Guardianship', ['Supported decision-making, a power of attorney or a health care proxy can replace full guardianship at the age of majority.']],
  'college.md': ['College Accommodations', ['There is no IEP in college. The student contacts the disability services office, brings documentation and requests accommodations such as extended test time.']],
  'cil.md': ['Centers for Independent Living', ['A CIL offers peer support, independent living skills, advocacy and help moving from school to adult life.']],
  'long.md': ['Transition Services Handbook', ['Transition services: job exploration counseling for students.', 'Transition services: work-based learning for students.', 'Transition services: counseling on college for students.', 'Transition services: workplace readiness for students.', 'Transition services: self-advocacy instruction for students.']],
};

// Plain-language questions that do not repeat the documents' wording.
const QUESTIONS: [string, string][] = [
  ['Can my son get job help from the state if his autism makes working hard?', 'vr-eligibility.md'],
  ['How many days does DORS have to decide after we apply?', 'vr-timelines.md'],
  ['Will her disability check change when she becomes an adult?', 'ssi-at-18.md'],
  ['How can he put away savings without losing benefits?', 'able.md'],
  ['Is there a ride service for people who cannot take the regular bus?', 'paratransit.md'],
  ['Who makes medical decisions for her after eighteen if we do not want guardianship?', 'guardianship.md'],
  ['Does the IEP follow him to the university?', 'college.md'],
  ['What does an independent living center do?', 'cil.md'],
];

const embedder = new OfflineEmbedder();
let dir: string;
let index: KnowledgeIndex;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liaison-search-'));
  const chunks: Chunk[] = Object.entries(DOCS).flatMap(([source, [title, texts]]) =>
    texts.map((text, n) => ({ id: `${source}::${n}`, source, title, headings: [], text, hash: `${source}#${n}` })),
  );
  const vectors = await embedder.embedDocuments(chunks.map((c) => `${c.title}\n${c.text}`));
  await writeIndex(path.join(dir, 'index'), { embedder: embedder.id, createdAt: new Date(), entries: chunks.map((chunk, i) => ({ chunk, vector: Float32Array.from(vectors[i]!) })) });
  index = await openIndex(path.join(dir, 'index'), embedder);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function mrr(mode: 'hybrid' | 'bm25' | 'vector'): Promise<number> {
  let sum = 0;
  for (const [q, want] of QUESTIONS) {
    const hits = await index.search(q, 5, { mode });
    const rank = hits.findIndex((h) => h.chunk.source === want);
    sum += rank < 0 ? 0 : 1 / (rank + 1);
  }
  return sum / QUESTIONS.length;
}

describe('KnowledgeIndex.search', () => {
  it('finds the right document for plain-language questions, and hybrid is at least as good as either mode alone', async () => {
    const [hybrid, bm25, vector] = [await mrr('hybrid'), await mrr('bm25'), await mrr('vector')];
    expect(hybrid).toBeGreaterThanOrEqual(bm25);
    expect(hybrid).toBeGreaterThanOrEqual(vector);
    expect(hybrid).toBeGreaterThanOrEqual(0.85);
  });

  it('returns scores in [0, 1], best first, with the raw BM25 and vector scores', async () => {
    const hits = await index.search('How many days does VR have to decide eligibility?', 5);
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) {
      expect(h.score).toBeGreaterThanOrEqual(0);
      expect(h.score).toBeLessThanOrEqual(1);
    }
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(hits[0]!.bm25).toBeGreaterThan(0);
    expect(hits[0]!.vector).toBeGreaterThan(0);
  });

  it('gives an off-topic question a clearly lower best score than an on-topic one', async () => {
    const on = (await index.search('Does the IEP follow him to the university?', 1))[0]!.score;
    for (const q of ['What is the capital of France?', 'Best pizza recipe with mushrooms', 'How do I reset my email password?']) {
      const off = (await index.search(q, 1))[0]?.score ?? 0;
      expect(off).toBeLessThan(on - 0.15);
    }
  });

  it('does not let one document fill every slot', async () => {
    const hits = await index.search('transition services for students: counseling, work-based learning, workplace readiness', 5);
    const fromLong = hits.filter((h) => h.chunk.source === 'long.md');
    expect(hits[0]!.chunk.source).toBe('long.md');
    expect(fromLong.length).toBeLessThanOrEqual(2);
    expect(new Set(hits.map((h) => h.chunk.source)).size).toBeGreaterThanOrEqual(4);
  });

  it('returns nothing for a question with no searchable words', async () => {
    expect(await index.search('?? the of', 5)).toEqual([]);
  });
});

/** The same embedder as the index's, its service failing for every question. */
class FailingEmbedder extends OfflineEmbedder {
  constructor(private readonly error: Error) {
    super();
  }
  override async embedQuery(): Promise<number[]> {
    throw this.error;
  }
}

describe('KnowledgeIndex.search while the embedding service fails', () => {
  it('matches the question by its keywords alone, and still lets other failures through', async () => {
    const down = await openIndex(path.join(dir, 'index'), new FailingEmbedder(new LiaisonError('llm_failed', 'The embedding service answered with HTTP 503.')));
    const hits = await down.search('How many days does the VR agency have to decide eligibility?', 5);
    expect(hits[0]?.chunk.source).toBe('vr-timelines.md');
    expect(hits.every((h) => h.vector === undefined)).toBe(true);
    const broken = await openIndex(path.join(dir, 'index'), new FailingEmbedder(new TypeError('a bug')));
    await expect(broken.search('VR timelines', 5)).rejects.toThrow('a bug');
  });
});
