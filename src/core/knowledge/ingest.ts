// Knowledge folder -> on-disk index. Incremental: a chunk whose hash is already in the index keeps
// its stored vector; only new or changed chunks are embedded; chunks of deleted or edited files
// disappear. A different embedder (or index format) means every chunk is embedded again. An
// embedder that learns from the folder (the offline one) keeps what it learned while the folder
// changes little; once the passages embedded since it learned pass a fifth of the folder, it learns
// again and every chunk is embedded again.
import { performance } from 'node:perf_hooks';
import type { Clock } from '../clock.js';
import { silentLogger, type Logger } from '../../log.js';
import { chunkDoc, chunkText } from './chunk.js';
import { readStoredVectors, vectorsReusable, writeIndex, type IndexEntry, type StoredVectors, type WriteHooks } from './index-store.js';
import type { Vocabulary } from './folder-vocabulary.js';
import { loadFolder } from './load-folder.js';
import { learnsFromFolder, type Chunk, type Embedder, type KnowledgeDoc, type LoadProblem } from './types.js';

export interface IngestOptions {
  paths: string[];
  root?: string;
  indexDir: string;
  embedder: Embedder;
  load?: (paths: string[], opts?: { root?: string }) => Promise<{ docs: KnowledgeDoc[]; problems: LoadProblem[]; files: number }>;
  chunk?: (doc: KnowledgeDoc) => Chunk[];
  /** The text that gets embedded for a chunk (default: title + heading path + text). */
  textOf?: (chunk: Chunk) => string;
  /** Texts per embedding call (default 128). */
  batchSize?: number;
  log?: Logger;
  /** Stamps the index's creation time. */
  clock: Clock;
  hooks?: WriteHooks;
}

export interface IngestSummary {
  indexDir: string;
  embedder: string;
  files: number;
  documents: number;
  chunks: number;
  /** New or changed chunks that were sent to the embedder. */
  embedded: number;
  /** Chunks whose stored vector was kept. */
  reused: number;
  /** Chunks that were in the old index and are not in the new one. */
  removed: number;
  /** True when no stored vector was reused (no old index, other embedder or format, or the embedder learned the folder again). */
  fullRebuild: boolean;
  /** True when the embedder learned the folder's vocabulary again because the folder changed a lot since it last learned (so every chunk was embedded again). */
  relearned: boolean;
  problems: LoadProblem[];
  elapsedMs: number;
}

/** Passages embedded since the embedder last learned the folder, as a share of the folder, past which it learns again. */
const RELEARN_SHARE = 0.2;

async function previous(indexDir: string, log: Logger): Promise<StoredVectors | undefined> {
  try {
    return await readStoredVectors(indexDir);
  } catch (err) {
    log.warn({ err, indexDir }, 'existing index unreadable; rebuilding from scratch');
    return undefined;
  }
}

export async function ingest(opts: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const log = opts.log ?? silentLogger;
  const load = opts.load ?? loadFolder;
  const toChunks = opts.chunk ?? ((doc: KnowledgeDoc) => chunkDoc(doc));
  const textOf = opts.textOf ?? chunkText;
  const batchSize = Math.max(1, opts.batchSize ?? 128);

  const loaded = await load(opts.paths, { root: opts.root });
  const chunks = loaded.docs.flatMap((d) => toChunks(d));
  log.info({ files: loaded.files, documents: loaded.docs.length, chunks: chunks.length, problems: loaded.problems.length }, 'knowledge loaded');

  const old = await previous(opts.indexDir, log);
  const compatible = old !== undefined && vectorsReusable(old.manifest.format) && old.manifest.embedder === opts.embedder.id;

  // What the embedder learned from the folder is kept while few passages have changed since it learned.
  let learned: { vocabulary: Vocabulary; drift: number } | undefined;
  let embedder: Embedder = opts.embedder;
  let fresh = false;
  if (learnsFromFolder(opts.embedder)) {
    const changed = new Set(chunks.filter((c) => !compatible || old.manifest.hashes[c.hash] === undefined).map((c) => c.hash)).size;
    const drift = (compatible ? (old.manifest.vocabulary?.drift ?? 0) : 0) + changed;
    if (compatible && old.vocabulary && drift <= RELEARN_SHARE * chunks.length) {
      learned = { vocabulary: old.vocabulary, drift };
    } else {
      learned = { vocabulary: opts.embedder.learn(chunks.map(textOf)), drift: 0 };
      fresh = true;
    }
    embedder = opts.embedder.withVocabulary(learned.vocabulary);
  }
  const relearned = compatible && fresh;
  const reusable = compatible && !fresh;
  const oldHashes = reusable ? old.manifest.hashes : {};

  // One vector per distinct hash: stored ones are read back, the rest embedded in batches.
  const vectors = new Map<string, Float32Array>();
  const toEmbed: Chunk[] = [];
  let reused = 0;
  for (const c of chunks) {
    if (vectors.has(c.hash)) {
      if (oldHashes[c.hash] !== undefined) reused += 1;
      continue;
    }
    const label = oldHashes[c.hash];
    if (label !== undefined && old) {
      vectors.set(c.hash, old.vectors.vector(label));
      reused += 1;
    } else {
      toEmbed.push(c);
      vectors.set(c.hash, new Float32Array(0));
    }
  }
  for (let i = 0; i < toEmbed.length; i += batchSize) {
    const batch = toEmbed.slice(i, i + batchSize);
    const out = await embedder.embedDocuments(batch.map(textOf));
    batch.forEach((c, j) => vectors.set(c.hash, Float32Array.from(out[j]!)));
    log.debug({ done: Math.min(i + batchSize, toEmbed.length), of: toEmbed.length }, 'embedded batch');
  }

  const entries: IndexEntry[] = chunks.map((chunk) => ({ chunk, vector: vectors.get(chunk.hash)! }));
  await writeIndex(
    opts.indexDir,
    { embedder: opts.embedder.id, createdAt: opts.clock.now(), entries, ...(learned ? { vocabulary: { learned: learned.vocabulary, drift: learned.drift } } : {}) },
    opts.hooks,
  );

  const newHashes = new Set(chunks.map((c) => c.hash));
  const removed = old ? old.chunks.filter((c) => !newHashes.has(c.hash)).length : 0;
  const summary: IngestSummary = {
    indexDir: opts.indexDir,
    embedder: opts.embedder.id,
    files: loaded.files,
    documents: loaded.docs.length,
    chunks: chunks.length,
    embedded: toEmbed.length,
    reused,
    removed,
    fullRebuild: !reusable,
    relearned,
    problems: loaded.problems,
    elapsedMs: Math.round(performance.now() - started),
  };
  const { problems, ...counts } = summary;
  log.info({ ...counts, problems: problems.length }, 'knowledge index written');
  return summary;
}
