// The on-disk index folder: manifest.json, chunks.json, vectors.hnsw, lexical.bin (the keyword
// index's arrays, keyword-file.ts), and vocabulary.json when the embedder learned from the folder. A new index is
// built in a temporary sibling folder, flushed to disk, then swapped in with renames, so a reader
// opens either the whole old index or the whole new one, never a mix.
import { isAscii } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LiaisonError } from '../errors.js';
import { LexicalIndex } from './lexical-index.js';
import { KnowledgeIndex } from './search.js';
import type { Vocabulary } from './folder-vocabulary.js';
import { learnsFromFolder, type Chunk, type Embedder } from './types.js';
import { VectorIndex } from './vector-index.js';

/** 2: the keyword index saved as arrays (lexical.bin) instead of MiniSearch's JSON (lexical.json). */
export const INDEX_FORMAT = 2;
/** Formats whose chunks.json and vectors.hnsw this Liaison reads as its own: ingest reuses their vectors. */
const SAME_CHUNKS_AND_VECTORS = new Set([1, INDEX_FORMAT]);

/** Whether ingest may reuse the vectors of an index of `format` (an upgraded Liaison embeds nothing again). */
export function vectorsReusable(format: number): boolean {
  return SAME_CHUNKS_AND_VECTORS.has(format);
}

export interface Manifest {
  format: number;
  buildId: string;
  embedder: string;
  dimensions: number;
  createdAt: string;
  chunkCount: number;
  /** Chunk hash -> label of a vector in vectors.hnsw (labels are positions in chunks.json). */
  hashes: Record<string, number>;
  /**
   * Present when the embedder learned from the folder (vocabulary.json holds what it learned): how
   * many passages have been embedded with it since it learned, as the folder changed.
   */
  vocabulary?: { drift: number };
}

export interface IndexEntry {
  chunk: Chunk;
  vector: Float32Array;
}

export interface WriteHooks {
  /** Called when the new index is complete on disk, just before it replaces the old one. */
  beforeSwap?: () => Promise<void>;
}

const FILES = { manifest: 'manifest.json', chunks: 'chunks.json', vectors: 'vectors.hnsw', lexical: 'lexical.bin' };
const VOCABULARY = 'vocabulary.json';

/**
 * JSON with every character past ASCII written as a \u escape (the same value when parsed), so
 * readJson can take the file's bytes as the string: for a 10,000-service directory's chunks.json,
 * reading it as UTF-8 cost ~0.13 s of CPU per load, as ASCII a few ms.
 */
function asciiJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A JSON file's value; an ASCII file (as asciiJson writes) is read without decoding UTF-8. */
async function readJson<T>(file: string): Promise<T> {
  const bytes = await readFile(file);
  return JSON.parse(isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')) as T;
}

async function fsyncPath(p: string, dir = false): Promise<void> {
  const fh = await open(p, dir ? constants.O_RDONLY : constants.O_RDWR);
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Writes a complete index for `entries` and swaps it in at `dir`. Returns the new manifest. */
export async function writeIndex(
  dir: string,
  build: { embedder: string; createdAt: Date; entries: IndexEntry[]; vocabulary?: { learned: Vocabulary; drift: number } },
  hooks: WriteHooks = {},
): Promise<Manifest> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  const suffix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const tmp = `${target}.building-${suffix}`;
  await mkdir(tmp);
  try {
    const dimensions = build.entries[0]?.vector.length ?? 0;
    const vectors = await VectorIndex.create(Math.max(1, dimensions), build.entries.length);
    const hashes: Record<string, number> = {};
    build.entries.forEach((e, label) => {
      if (dimensions) vectors.add(e.vector, label);
      hashes[e.chunk.hash] ??= label;
    });
    const manifest: Manifest = {
      format: INDEX_FORMAT,
      buildId: randomBytes(8).toString('hex'),
      embedder: build.embedder,
      dimensions,
      createdAt: build.createdAt.toISOString(),
      chunkCount: build.entries.length,
      hashes,
      ...(build.vocabulary ? { vocabulary: { drift: build.vocabulary.drift } } : {}),
    };
    const lexical = LexicalIndex.build(build.entries.map((e, label) => ({ label, chunk: e.chunk }))).toBinary();
    await vectors.save(path.join(tmp, FILES.vectors));
    await writeFile(path.join(tmp, FILES.chunks), asciiJson(build.entries.map((e) => e.chunk)));
    await writeFile(path.join(tmp, FILES.lexical), lexical);
    if (build.vocabulary) await writeFile(path.join(tmp, VOCABULARY), asciiJson(build.vocabulary.learned));
    // The manifest goes last: a folder with a manifest is a finished index.
    await writeFile(path.join(tmp, FILES.manifest), asciiJson(manifest, 1));
    for (const f of [...Object.values(FILES), ...(build.vocabulary ? [VOCABULARY] : [])]) await fsyncPath(path.join(tmp, f));
    await fsyncPath(tmp, true);
    await hooks.beforeSwap?.();

    const old = `${target}.old-${suffix}`;
    let moved = false;
    try {
      await rename(target, old);
      moved = true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    await rename(tmp, target);
    await fsyncPath(parent, true);
    if (moved) await rm(old, { recursive: true, force: true });
    return manifest;
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
}

/** The folder holding the finished index: `dir`, or the old copy left by a swap that was cut short. */
async function locate(dir: string): Promise<string | undefined> {
  const target = path.resolve(dir);
  try {
    await stat(path.join(target, FILES.manifest));
    return target;
  } catch {
    const base = path.basename(target);
    const siblings = await readdir(path.dirname(target)).catch(() => [] as string[]);
    const old = siblings.find((s) => s.startsWith(`${base}.old-`));
    return old ? path.join(path.dirname(target), old) : undefined;
  }
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const where = await locate(dir);
  return where ? readManifestIn(where) : undefined;
}

/** Reads one file of the index; a file that cannot be read or parsed is named, with what to do. */
async function readIndexFile<T>(file: string, read: (file: string) => Promise<T>): Promise<T> {
  try {
    return await read(file);
  } catch (err) {
    const why = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new LiaisonError('index_stale', `The knowledge index file ${file} is damaged (${why}). Rebuild the index: npx liaison ingest`, { cause: err });
  }
}

export interface StoredIndex {
  manifest: Manifest;
  chunks: Chunk[];
  vectors: VectorIndex;
  lexical: LexicalIndex;
  /** What the embedder learned from the folder, when it learns. */
  vocabulary?: Vocabulary;
}

/** What ingest needs of the previous index to reuse its vectors: no keyword index. */
export type StoredVectors = Omit<StoredIndex, 'lexical'>;

/** Reads a whole index folder without checking it against an embedder. */
export async function readStored(dir: string): Promise<StoredIndex | undefined> {
  const where = await locate(dir);
  if (!where) return undefined;
  const manifest = await readManifestIn(where);
  // An index of another format is not read: checkCompatible says to rebuild it.
  if (manifest.format !== INDEX_FORMAT) return { manifest, chunks: [], vectors: await VectorIndex.create(1, 1), lexical: LexicalIndex.build([]) };
  return readStoredIn(where, manifest, true);
}

/** The manifest, chunks and vectors of an index folder (ingest reuses vectors; reading the keyword index would be wasted). */
export async function readStoredVectors(dir: string): Promise<StoredVectors | undefined> {
  const where = await locate(dir);
  if (!where) return undefined;
  const manifest = await readManifestIn(where);
  if (!vectorsReusable(manifest.format)) return { manifest, chunks: [], vectors: await VectorIndex.create(1, 1) };
  return readStoredIn(where, manifest, false);
}

function readManifestIn(where: string): Promise<Manifest> {
  return readIndexFile(path.join(where, FILES.manifest), (f) => readJson<Manifest>(f));
}

async function readStoredIn(where: string, manifest: Manifest, withLexical: true): Promise<StoredIndex>;
async function readStoredIn(where: string, manifest: Manifest, withLexical: false): Promise<StoredVectors>;
async function readStoredIn(where: string, manifest: Manifest, withLexical: boolean): Promise<StoredVectors & { lexical?: LexicalIndex }> {
  // hnswlib reads the vectors on libuv's thread pool: started first, it runs beside this thread's
  // parsing of the chunks and the keyword index (on 2 cores, about a third of a load's wall time).
  const vectors = manifest.chunkCount
    ? readIndexFile(path.join(where, FILES.vectors), (f) => VectorIndex.load(f, manifest.dimensions))
    : VectorIndex.create(1, 1);
  vectors.catch(() => undefined); // awaited below, once the rest is read
  const chunks = await readIndexFile(path.join(where, FILES.chunks), (f) => readJson<Chunk[]>(f));
  const lexical = withLexical ? await readIndexFile(path.join(where, FILES.lexical), async (f) => LexicalIndex.fromBinary(await readFile(f))) : undefined;
  const vocabulary = manifest.vocabulary
    ? await readIndexFile(path.join(where, VOCABULARY), (f) => readJson<Vocabulary>(f))
    : undefined;
  return { manifest, chunks, vectors: await vectors, ...(lexical ? { lexical } : {}), ...(vocabulary ? { vocabulary } : {}) };
}

/** Whether an index built with `manifest` can answer queries embedded by `embedder`. */
export function checkCompatible(manifest: Manifest, embedder: Embedder): void {
  const rebuild = 'Re-run: npx liaison ingest';
  if (manifest.format !== INDEX_FORMAT) {
    throw new LiaisonError('index_stale', `This index has format ${manifest.format}; this Liaison reads format ${INDEX_FORMAT}. ${rebuild}`);
  }
  if (manifest.embedder !== embedder.id || (embedder.dimensions > 0 && manifest.chunkCount > 0 && manifest.dimensions !== embedder.dimensions)) {
    throw new LiaisonError('index_stale', `This index was built with ${manifest.embedder}; Liaison is now using ${embedder.id}. ${rebuild}`);
  }
}

export async function openIndex(dir: string, embedder: Embedder): Promise<KnowledgeIndex> {
  const stored = await readStored(dir);
  if (!stored) throw new LiaisonError('index_missing', `No knowledge index at ${dir}. Build one with: npx liaison ingest`);
  checkCompatible(stored.manifest, embedder);
  const m = stored.manifest;
  // Questions are embedded as the passages were: with what the embedder learned from this folder.
  const asked = stored.vocabulary && learnsFromFolder(embedder) ? embedder.withVocabulary(stored.vocabulary) : embedder;
  return new KnowledgeIndex(stored.chunks, stored.vectors, stored.lexical, asked, {
    buildId: m.buildId,
    embedder: m.embedder,
    createdAt: m.createdAt,
  });
}

export interface IndexHandle {
  /** The loaded index, reloaded first when a newer one has been swapped in (checked at most once a second). */
  current(): Promise<KnowledgeIndex>;
}

/**
 * Keeps a running server on the newest index without a restart. Until an index exists, every call
 * tries again (and throws index_missing); once one is loaded, a failed reload keeps the old one.
 */
export function openIndexHandle(
  dir: string,
  embedder: Embedder,
  opts: { checkEveryMs?: number; now?: () => number; onReload?: (index: KnowledgeIndex) => void; onError?: (err: unknown) => void } = {},
): IndexHandle {
  const every = opts.checkEveryMs ?? 1000;
  const now = opts.now ?? (() => performance.now());
  let loaded: KnowledgeIndex | undefined;
  let lastCheck = 0;
  let lastStamp = '';
  let pending: Promise<KnowledgeIndex> | undefined;

  // A swapped-in index has a new manifest file: its inode or mtime differs.
  const manifestStamp = async () => {
    const where = await locate(dir);
    if (!where) return '';
    const s = await stat(path.join(where, FILES.manifest));
    return `${s.ino}:${s.mtimeMs}`;
  };

  const refresh = async (): Promise<KnowledgeIndex> => {
    lastCheck = now();
    if (!loaded) {
      lastStamp = await manifestStamp();
      loaded = await openIndex(dir, embedder);
      return loaded;
    }
    try {
      const stamp = await manifestStamp();
      if (stamp === lastStamp) return loaded;
      const manifest = await readManifest(dir);
      if (manifest && manifest.buildId !== loaded.info.buildId) {
        loaded = await openIndex(dir, embedder);
        opts.onReload?.(loaded);
      }
      lastStamp = stamp;
    } catch (err) {
      opts.onError?.(err);
    }
    return loaded;
  };

  return {
    current() {
      if (loaded && now() - lastCheck < every) return Promise.resolve(loaded);
      pending ??= refresh().finally(() => {
        pending = undefined;
      });
      return pending;
    },
  };
}
