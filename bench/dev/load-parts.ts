// The parts of an index load, timed one by one (wall and CPU), TIMES rounds in this process:
// `npx tsx bench/dev/load-parts.ts [INDEX_DIR] [TIMES]` (default /tmp/liaison-load1/json-index, 5; build it with load-time.ts).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { LexicalIndex } from '../../src/core/knowledge/lexical-index.js';
import { VectorIndex } from '../../src/core/knowledge/vector-index.js';
import { KnowledgeIndex } from '../../src/core/knowledge/search.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { Chunk } from '../../src/core/knowledge/types.js';

const dir = process.argv[2] ?? '/tmp/liaison-load1/json-index';
const times = Number(process.argv[3] ?? 5);
async function timed<T>(name: string, f: () => Promise<T> | T, row: string[]): Promise<T> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const out = await f();
  const used = process.cpuUsage(cpu);
  row.push(`${name} ${(performance.now() - t).toFixed(0)}/${((used.user + used.system) / 1000).toFixed(0)}`);
  return out;
}
for (let i = 0; i < times; i++) {
  const row: string[] = [];
  const manifest = await timed('manifest', async () => JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as { dimensions: number }, row);
  const chunksText = await timed('chunks.read', () => readFile(path.join(dir, 'chunks.json'), 'utf8'), row);
  const chunks = await timed('chunks.parse', () => JSON.parse(chunksText) as Chunk[], row);
  const vectors = await timed('vectors', () => VectorIndex.load(path.join(dir, 'vectors.hnsw'), manifest.dimensions), row);
  const lexText = await timed('lexical.read', () => readFile(path.join(dir, 'lexical.bin')), row);
  const lexical = await timed('lexical.parse', () => LexicalIndex.fromBinary(lexText), row);
  await timed('index', () => new KnowledgeIndex(chunks, vectors, lexical, new OfflineEmbedder(), { buildId: '', embedder: '', createdAt: '' }), row);
  console.log(`round ${i + 1} (wall/CPU ms): ${row.join(', ')}`);
}
