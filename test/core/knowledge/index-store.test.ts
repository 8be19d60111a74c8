import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LiaisonError } from '../../../src/core/errors.js';
import { chunkDoc } from '../../../src/core/knowledge/chunk.js';
import { openIndex, openIndexHandle, readManifest, writeIndex, type IndexEntry } from '../../../src/core/knowledge/index-store.js';
import { LexicalIndex } from '../../../src/core/knowledge/lexical-index.js';
import { loadFolder } from '../../../src/core/knowledge/load-folder.js';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';
import { KnowledgeIndex } from '../../../src/core/knowledge/search.js';
import { VectorIndex } from '../../../src/core/knowledge/vector-index.js';
import type { Chunk } from '../../../src/core/knowledge/types.js';

const embedder = new OfflineEmbedder();

function chunk(source: string, title: string, text: string): Chunk {
  return { id: `${source}::0`, source, title, headings: [], text, hash: `${source}:${text.length}:${title}` };
}

async function entries(chunks: Chunk[]): Promise<IndexEntry[]> {
  const vectors = await embedder.embedDocuments(chunks.map((c) => `${c.title}\n${c.text}`));
  return chunks.map((c, i) => ({ chunk: c, vector: Float32Array.from(vectors[i]!) }));
}

const OLD = [
  chunk('vr.md', 'Vocational rehabilitation eligibility', 'VR decides eligibility within 60 days of application.'),
  chunk('ssi.md', 'SSI at 18', 'Parents income stops counting when the student turns 18.'),
];
const NEW = [...OLD, chunk('able.md', 'ABLE accounts', 'An ABLE account lets a person save without losing SSI.')];

let dir: string;
let parent: string;
beforeEach(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'liaison-index-'));
  dir = path.join(parent, 'index');
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('index store', () => {
  it('says how to build an index when there is none', async () => {
    const err = await openIndex(dir, embedder).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LiaisonError);
    expect((err as LiaisonError).code).toBe('index_missing');
    expect((err as LiaisonError).message).toBe(`No knowledge index at ${dir}. Build one with: npx liaison ingest`);
  });

  it('refuses an index built by another embedder and names both', async () => {
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date('2026-01-05T10:00:00Z'), entries: await entries(OLD) });
    const other = new OfflineEmbedder({ dimensions: 256 });
    const err = await openIndex(dir, other).catch((e: unknown) => e);
    expect((err as LiaisonError).code).toBe('index_stale');
    expect((err as LiaisonError).message).toBe(
      `This index was built with ${embedder.id}; Liaison is now using ${other.id}. Re-run: npx liaison ingest`,
    );
  });

  it('writes a manifest with the embedder, size, time and chunk hashes', async () => {
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date('2026-01-05T10:00:00Z'), entries: await entries(OLD) });
    const m = await readManifest(dir);
    expect(m).toMatchObject({ format: 2, embedder: embedder.id, dimensions: 768, createdAt: '2026-01-05T10:00:00.000Z', chunkCount: 2 });
    expect(Object.keys(m!.hashes).sort()).toEqual(OLD.map((c) => c.hash).sort());
    expect(await readdir(dir)).toEqual(expect.arrayContaining(['manifest.json', 'chunks.json', 'vectors.hnsw', 'lexical.bin']));
  });

  it('keeps the old index whole and readable until the new one is swapped in', async () => {
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(), entries: await entries(OLD) });
    let during: { size: number; top?: string } | undefined;
    await writeIndex(
      dir,
      { embedder: embedder.id, createdAt: new Date(), entries: await entries(NEW) },
      {
        beforeSwap: async () => {
          const idx = await openIndex(dir, embedder);
          const hits = await idx.search('save money in an ABLE account', 1);
          during = { size: idx.size, top: hits[0]?.chunk.source };
        },
      },
    );
    expect(during?.size).toBe(2);
    expect(during?.top).not.toBe('able.md');
    const after = await openIndex(dir, embedder);
    expect(after.size).toBe(3);
    expect((await after.search('save money in an ABLE account', 1))[0]?.chunk.source).toBe('able.md');
    // No temporary or old folders are left behind.
    expect((await readdir(parent)).sort()).toEqual(['index']);
  });

  it('a running handle picks up a newly swapped-in index without a restart', async () => {
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(), entries: await entries(OLD) });
    let t = 1_000_000;
    const handle = openIndexHandle(dir, embedder, { now: () => t });
    expect((await handle.current()).size).toBe(2);
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(), entries: await entries(NEW) });
    t += 200; // checked at most once a second
    expect((await handle.current()).size).toBe(2);
    t += 1000;
    expect((await handle.current()).size).toBe(3);
  });

  it('reads back text in any script exactly as written', async () => {
    const written = [chunk('cafe.md', 'Café “Niño” — ayuda en español', 'Señora Müller’s 😀 group meets at the café; 中文 and Tiếng Việt spoken.'), ...OLD];
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(), entries: await entries(written) });
    const index = await openIndex(dir, embedder);
    expect(index.chunks).toEqual(written);
    expect((await index.search('ayuda en español en el café', 1))[0]?.chunk.title).toBe('Café “Niño” — ayuda en español');
  });

  it('a saved index answers every question exactly as the index it was saved from', async () => {
    const knowledge = path.resolve(import.meta.dirname, '../../../knowledge');
    const { docs } = await loadFolder([knowledge], { root: knowledge });
    const built = await entries(docs.flatMap((d) => chunkDoc(d)));
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(), entries: built });
    const vectors = await VectorIndex.create(768, built.length);
    built.forEach((e, label) => vectors.add(e.vector, label));
    const lexical = LexicalIndex.build(built.map((e, label) => ({ label, chunk: e.chunk })));
    const before = new KnowledgeIndex(built.map((e) => e.chunk), vectors, lexical, embedder, { buildId: '', embedder: embedder.id, createdAt: '' });
    const after = await openIndex(dir, embedder);
    const questions = [
      'who do I call about VR services?',
      'my student is 17 and needs travel training in pine ridge, spanish speaking, free',
      'IEP mtg next week - voc rehab referral?? and also paratransit for a wheelchair user',
      'ssi at 18 what changes',
      ...built.slice(0, 40).map((e) => e.chunk.title),
    ];
    let compared = 0;
    for (const q of questions) {
      for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
        const them = (await before.search(q, 10, { mode })).map((h) => [h.chunk.id, h.score, h.bm25, h.vector]);
        expect((await after.search(q, 10, { mode })).map((h) => [h.chunk.id, h.score, h.bm25, h.vector]), `${mode}: ${q}`).toEqual(them);
        compared += them.length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(after.chunks).toEqual(before.chunks);
  });
});
