import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openIndex, writeIndex } from '../../../src/core/knowledge/index-store.js';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';
import { documentOverRestated, type KnowledgeIndex } from '../../../src/core/knowledge/search.js';
import type { Chunk, Hit } from '../../../src/core/knowledge/types.js';

// A folder with a services directory and the college's own page: the directory's entry sums the summer
// program up in a few lines under its name; the page says when it runs this year.
const CHUNKS: Chunk[] = [
  {
    id: 'directory.json#svc-004::0',
    source: 'directory.json#svc-004',
    serviceId: 'svc-004',
    contact: { organization: 'Calder Basin Community College', phones: ['(208) 555-0104'] },
    title: 'Heron Start',
    headings: [],
    text: 'Heron Start: summer program at the college for incoming students with disabilities. Who can get it: graduating seniors with an IEP or 504 plan. Phone: 555-0104.',
    hash: 'e1',
  },
  {
    id: 'college-drc.html::0',
    source: 'college-drc.html',
    title: 'Disability Resource Center',
    headings: ['Heron Start summer program'],
    text:
      'The Disability Resource Center works with students who have documented disabilities to arrange accommodations in classes, testing and housing. ' +
      'Heron Start, our summer bridge for incoming students, is happening again this summer: it runs June 15 to June 26, 2026, on the main campus. ' +
      'Graduating seniors practice college classes, meet instructors, learn the testing center and request their accommodations before fall. Apply by April 30. Questions: 208-555-0104.',
    hash: 'd1',
  },
  {
    id: 'transit.md::0',
    source: 'transit.md',
    title: 'Paratransit',
    headings: [],
    text: 'Door-to-door shared rides for people whose disability keeps them from using fixed-route buses. Book a day ahead.',
    hash: 't1',
  },
];

const embedder = new OfflineEmbedder();
let dir: string;
let index: KnowledgeIndex;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liaison-entries-'));
  const vectors = await embedder.embedDocuments(CHUNKS.map((c) => `${c.title}\n${c.text}`));
  await writeIndex(path.join(dir, 'index'), { embedder: embedder.id, createdAt: new Date(0), entries: CHUNKS.map((chunk, i) => ({ chunk, vector: Float32Array.from(vectors[i]!) })) });
  index = await openIndex(path.join(dir, 'index'), embedder);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hybrid search with a directory beside documents', () => {
  const question = 'is heron start still happening this summer?? dates? one of my seniors would love it';

  it("puts the program's own page, which says when it runs, before the directory entry that restates it", async () => {
    const hits = await index.search(question, 3);
    expect(hits.map((h) => h.chunk.source).slice(0, 2)).toEqual(['college-drc.html', 'directory.json#svc-004']);
  });

  it('keeps the best score the one the fused score gave, so how sure search is does not change', async () => {
    const raw = await index.search(question, 3, { entryCut: 0 });
    // Without the cut, the entry's dense lines win on the question's words.
    expect(raw[0]!.chunk.source).toBe('directory.json#svc-004');
    const hits = await index.search(question, 3);
    expect(hits[0]!.score).toBe(raw[0]!.score);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('still puts the entry first when the question is about it and no document says more', async () => {
    const hits = await index.search('heron start summer program phone for graduating seniors with an IEP', 3);
    expect(hits[0]!.chunk.source).toBe('directory.json#svc-004');
  });
});

describe('documentOverRestated', () => {
  const [entry, page] = CHUNKS as [Chunk, Chunk];
  // A statewide guide that explains the kind of program and names it, but not this office's phone.
  const guide: Chunk = { ...page, id: 'guide.md::0', source: 'guide.md', text: 'Heron Start and programs like it help graduating seniors get ready for college in the summer.' };
  const hit = (chunk: Chunk, score: number): Hit => ({ chunk, score });
  const chunksOf = (source: string) => [entry, page, guide].filter((c) => c.source === source);

  it('leaves the entry first when the close document names the program but not its phone or e-mail', () => {
    const hits = [hit(entry, 0.9), hit(guide, 0.8)];
    expect(documentOverRestated(hits, 0.4, chunksOf)).toBe(hits);
  });

  it("puts the page first when it gives the entry's phone, and keeps the entry right after it", () => {
    const hits = [hit(entry, 0.9), hit(page, 0.8)];
    expect(documentOverRestated(hits, 0.4, chunksOf).map((h) => [h.chunk.source, h.score])).toEqual([
      ['college-drc.html', 0.9],
      ['directory.json#svc-004', 0.8],
    ]);
  });

  it('leaves the entry first when the page scores further below it than the reach', () => {
    const hits = [hit(entry, 0.9), hit(page, 0.4)];
    expect(documentOverRestated(hits, 0.4, chunksOf)).toBe(hits);
  });
});
