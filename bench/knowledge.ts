// Builds a fresh offline index from a folder into a temporary directory and opens it, timing both.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest, type IngestSummary } from '../src/core/knowledge/ingest.js';
import { OfflineEmbedder } from '../src/core/knowledge/offline-embedder.js';
import type { DistrictPlace } from '../src/core/knowledge/directory/places.js';
import type { LiveKnowledge } from '../src/core/knowledge/live.js';
import type { KnowledgeIndex } from '../src/core/knowledge/search.js';
import { silentLogger } from '../src/log.js';
import { createKnowledgeSearch } from '../src/services.js';
import { benchClock } from './clock.js';
import { percentile } from './stats.js';

export interface BuiltIndex {
  /** The live search, from the same factory the server and the CLI use. */
  knowledge: LiveKnowledge;
  /** Its loaded index, for measures that search in one mode only (BM25 alone, vectors alone). */
  index: KnowledgeIndex;
  indexDir: string;
  summary: IngestSummary;
  /** Wall time of ingest (load + chunk + embed + write). */
  ingestMs: number;
  /** CPU time of ingest (user + system), which other work on a shared machine does not inflate. */
  ingestCpuMs: number;
  /** Wall time of openIndex on the finished folder (median of three). */
  loadMs: number;
  /** CPU time of those opens (median of three). */
  loadCpuMs: number;
}

/** `places`: a district places file's rows, as LIAISON_PLACES_FILE gives them to the server. */
export async function buildIndex(folder: string, tmpRoot?: string, places?: DistrictPlace[]): Promise<BuiltIndex> {
  const parent = tmpRoot ?? (await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-')));
  const indexDir = path.join(parent, 'index');
  const embedder = new OfflineEmbedder();
  let t = performance.now();
  const cpu = process.cpuUsage();
  const summary = await ingest({ paths: [folder], root: folder, indexDir, embedder, clock: benchClock() });
  const ingestMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  // Median of three opens: the first pays for cold caches as a restarted server would, the median is typical.
  const loads: number[] = [];
  const loadCpu: number[] = [];
  let knowledge: LiveKnowledge | undefined;
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    const before = process.cpuUsage();
    knowledge = createKnowledgeSearch({ indexDir, ...(places ? { places } : {}) }, silentLogger);
    await knowledge.current();
    loads.push(performance.now() - t);
    const spent = process.cpuUsage(before);
    loadCpu.push((spent.user + spent.system) / 1000);
  }
  return { knowledge: knowledge!, index: await knowledge!.current(), indexDir, summary, ingestMs, ingestCpuMs: (used.user + used.system) / 1000, loadMs: percentile(loads, 50), loadCpuMs: percentile(loadCpu, 50) };
}
