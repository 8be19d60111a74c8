import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/core/clock.js';
import { openIndex, readManifest } from '../../../src/core/knowledge/index-store.js';
import { ingest, type IngestOptions } from '../../../src/core/knowledge/ingest.js';
import { CountingEmbedder } from '../../helpers/counting-embedder.js';
import type { Chunk, Embedder, KnowledgeDoc } from '../../../src/core/knowledge/types.js';

// Small stand-ins for the real loader and chunker: a .txt file's first line is its title, and
// each blank-line-separated paragraph after it is one chunk.
async function loadTxt(paths: string[]) {
  const docs: KnowledgeDoc[] = [];
  const problems: { source: string; reason: string }[] = [];
  let files = 0;
  for (const dir of paths) {
    for (const name of (await readdir(dir)).sort()) {
      files += 1;
      if (!name.endsWith('.txt')) {
        problems.push({ source: name, reason: 'not a .txt file' });
        continue;
      }
      const [title, ...paras] = (await readFile(path.join(dir, name), 'utf8')).split(/\n\s*\n/);
      docs.push({ source: name, title: title!.trim(), format: 'txt', sections: paras.map((p) => ({ headings: [], text: p.trim() })) });
    }
  }
  return { docs, problems, files };
}

function chunkByParagraph(doc: KnowledgeDoc): Chunk[] {
  return doc.sections.map((s, n) => ({
    id: `${doc.source}::${n}`,
    source: doc.source,
    title: doc.title,
    headings: s.headings,
    text: s.text,
    hash: createHash('sha256').update(`${doc.title}\n${s.text}`).digest('hex'),
  }));
}

let root: string;
let src: string;
let indexDir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'liaison-ingest-'));
  src = path.join(root, 'knowledge');
  indexDir = path.join(root, 'index');
  await rm(src, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(src));
  await writeFile(
    path.join(src, 'vr.txt'),
    'Vocational rehabilitation\n\nVR decides eligibility within 60 days.\n\nThe IPE is written within 90 days of eligibility.\n\nOrder of selection serves the most significant disabilities first.',
  );
  await writeFile(path.join(src, 'ssi.txt'), 'SSI at 18\n\nParents income stops counting at 18.\n\nSSA redetermines eligibility under adult rules.');
  await writeFile(path.join(src, 'bus.txt'), 'Paratransit\n\nBook paratransit rides one day ahead.');
  await writeFile(path.join(src, 'photo.png'), 'not text');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const run = (embedder: Embedder, extra: Partial<IngestOptions> = {}) =>
  ingest({ paths: [src], indexDir, embedder, load: loadTxt, chunk: chunkByParagraph, clock: fixedClock('2026-02-01T09:00:00Z'), ...extra });

describe('ingest', () => {
  it('indexes every chunk on the first run and reports what it could not read', async () => {
    const e = new CountingEmbedder();
    const s = await run(e);
    expect(s).toMatchObject({ files: 4, documents: 3, chunks: 6, embedded: 6, reused: 0, removed: 0, fullRebuild: true });
    expect(s.problems).toEqual([{ source: 'photo.png', reason: 'not a .txt file' }]);
    expect(s.elapsedMs).toBeGreaterThanOrEqual(0);
    expect((await readManifest(indexDir))?.createdAt).toBe('2026-02-01T09:00:00.000Z');
    const hits = await (await openIndex(indexDir, e)).search('how long does VR take to decide eligibility', 1);
    expect(hits[0]?.chunk.id).toBe('vr.txt::0');
  });

  it('embeds nothing when nothing changed', async () => {
    await run(new CountingEmbedder());
    const e = new CountingEmbedder();
    const s = await run(e);
    expect(s).toMatchObject({ chunks: 6, embedded: 0, reused: 6, removed: 0, fullRebuild: false });
    expect(e.embeddedTexts).toEqual([]);
  });

  it('refuses an index saved in the previous format with what to do, and rebuilds it without embedding again', async () => {
    await run(new CountingEmbedder());
    // What the previous Liaison left: format 1, its keyword index as MiniSearch's JSON.
    const manifest = JSON.parse(await readFile(path.join(indexDir, 'manifest.json'), 'utf8')) as { format: number };
    await writeFile(path.join(indexDir, 'manifest.json'), JSON.stringify({ ...manifest, format: 1 }));
    await rename(path.join(indexDir, 'lexical.bin'), path.join(indexDir, 'lexical.json'));
    const e = new CountingEmbedder();
    await expect(openIndex(indexDir, e)).rejects.toThrow('This index has format 1; this Liaison reads format 2. Re-run: npx liaison ingest');
    const s = await run(e);
    expect(s).toMatchObject({ chunks: 6, embedded: 0, reused: 6 });
    expect(e.embeddedTexts).toEqual([]);
    const hits = await (await openIndex(indexDir, e)).search('how long does VR take to decide eligibility', 1);
    expect(hits[0]?.chunk.id).toBe('vr.txt::0');
  });

  it('re-embeds only the chunks of a changed file, and search sees the new text', async () => {
    await run(new CountingEmbedder());
    await writeFile(path.join(src, 'bus.txt'), 'Paratransit\n\nBook paratransit rides two days ahead; rides to work can be standing orders.');
    const e = new CountingEmbedder();
    const s = await run(e);
    expect(s).toMatchObject({ chunks: 6, embedded: 1, reused: 5, removed: 1 });
    expect(e.embeddedTexts).toHaveLength(1);
    expect(e.embeddedTexts[0]).toContain('Book paratransit rides two days ahead');
    const idx = await openIndex(indexDir, e);
    const hits = await idx.search('standing order for rides to work', 3);
    expect(hits[0]?.chunk.text).toContain('two days ahead');
    expect(idx.chunks.some((c) => c.text.includes('one day ahead'))).toBe(false);
  });

  it('keeps what the embedder learned from the folder while it changes little, and learns again once a fifth has changed', async () => {
    const first = new CountingEmbedder();
    expect(await run(first)).toMatchObject({ embedded: 6, relearned: false, fullRebuild: true });
    expect(first.learned.count).toBe(1);
    expect((await readManifest(indexDir))?.vocabulary).toMatchObject({ drift: 0 });

    // One passage of six changed: the stored vocabulary embeds it; nothing else is touched.
    await writeFile(path.join(src, 'bus.txt'), 'Paratransit\n\nBook paratransit rides two days ahead.');
    const second = new CountingEmbedder();
    expect(await run(second)).toMatchObject({ embedded: 1, reused: 5, relearned: false, fullRebuild: false });
    expect(second.learned.count).toBe(0);
    expect((await readManifest(indexDir))?.vocabulary).toMatchObject({ drift: 1 });

    // A second change makes two of six since it learned: it learns again and embeds every passage with it.
    await writeFile(path.join(src, 'ssi.txt'), 'SSI at 18\n\nParents income stops counting at 18.\n\nSSA looks again at eligibility under adult rules.');
    const third = new CountingEmbedder();
    expect(await run(third)).toMatchObject({ embedded: 6, reused: 0, relearned: true, fullRebuild: true });
    expect(third.learned.count).toBe(1);
    expect((await readManifest(indexDir))?.vocabulary).toMatchObject({ drift: 0 });
    const hits = await (await openIndex(indexDir, third)).search('SSA looks again at eligibility', 1);
    expect(hits[0]?.chunk.text).toContain('looks again');
  });

  it('drops the chunks of a deleted file', async () => {
    await run(new CountingEmbedder());
    await unlink(path.join(src, 'ssi.txt'));
    const e = new CountingEmbedder();
    const s = await run(e);
    expect(s).toMatchObject({ documents: 2, chunks: 4, embedded: 0, removed: 2 });
    const idx = await openIndex(indexDir, e);
    expect(idx.chunks.map((c) => c.source)).not.toContain('ssi.txt');
    const hits = await idx.search('SSI redetermination at 18 under adult rules', 5);
    expect(hits.map((h) => h.chunk.source)).not.toContain('ssi.txt');
  });

  it('embeds everything again when the embedder changes', async () => {
    await run(new CountingEmbedder(768));
    const e = new CountingEmbedder(256);
    const s = await run(e);
    expect(s).toMatchObject({ embedded: 6, reused: 0, fullRebuild: true, embedder: e.id });
    expect((await readManifest(indexDir))?.dimensions).toBe(256);
  });

  it('embeds in batches of the requested size', async () => {
    const e = new CountingEmbedder();
    const calls: number[] = [];
    const spy: Embedder = {
      id: e.id,
      dimensions: e.dimensions,
      embedDocuments: (t) => {
        calls.push(t.length);
        return e.embedDocuments(t);
      },
      embedQuery: (t) => e.embedQuery(t),
    };
    await run(spy, { batchSize: 4 });
    expect(calls).toEqual([4, 2]);
  });
});
