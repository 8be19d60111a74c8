// Speed and size: ingest throughput and index load time for a folder, in-process ask latency
// (search + extractive answer) over a loaded index, and the process's peak resident memory.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import type { KnowledgeSearch } from '../src/core/knowledge/live.js';
import { ask } from '../src/core/skills/ask.js';
import { buildIndex, type BuiltIndex } from './knowledge.js';
import { writeSyntheticCorpus } from './synthetic.js';
import { percentile } from './stats.js';

export interface IngestFigures {
  label: string;
  files: number;
  documents: number;
  chunks: number;
  ingestSeconds: number;
  docsPerSecond: number;
  chunksPerSecond: number;
  loadMs: number;
}

export interface LatencyFigures {
  asks: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** CPU time per ask: what the wall times would be on an idle machine, give or take I/O. */
  cpuP50Ms?: number;
  cpuP95Ms?: number;
}

export function ingestFigures(label: string, b: BuiltIndex): IngestFigures {
  const s = b.ingestMs / 1000;
  return {
    label,
    files: b.summary.files,
    documents: b.summary.documents,
    chunks: b.summary.chunks,
    ingestSeconds: s,
    docsPerSecond: b.summary.documents / s,
    chunksPerSecond: b.summary.chunks / s,
    loadMs: b.loadMs,
  };
}

/** Ingest + load of a generated folder of `count` documents; the temp folders are removed after. */
export async function syntheticIngest(guidesDir: string, count: number): Promise<IngestFigures> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-synth-'));
  try {
    const corpus = path.join(root, 'knowledge');
    await writeSyntheticCorpus(guidesDir, corpus, count);
    const built = await buildIndex(corpus, root);
    return ingestFigures(`synthetic ${count} docs`, built);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Times ask() (search k=8 + extractive answer) over the questions, repeated to at least `minAsks`, after one warm-up pass. */
export async function askLatency(knowledge: KnowledgeSearch, questions: string[], minAsks = 500, threshold?: number): Promise<LatencyFigures> {
  if (questions.length === 0) return { asks: 0, p50Ms: Number.NaN, p95Ms: Number.NaN, maxMs: Number.NaN };
  const answerer = createAnswerer({ abstainThreshold: threshold });
  for (const q of questions) await ask(knowledge, answerer, q);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const rounds = Math.ceil(minAsks / questions.length);
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t = performance.now();
      const cpu = process.cpuUsage();
      await ask(knowledge, answerer, q);
      times.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
    }
  }
  return {
    asks: times.length,
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
    cpuP50Ms: percentile(cpuTimes, 50),
    cpuP95Ms: percentile(cpuTimes, 95),
  };
}

/**
 * Peak resident set size of this process so far, in MB: VmHWM on Linux. getrusage's maxRSS is not
 * used there because it survives fork and exec: a process the bench starts would report the bench's
 * own size at the fork as its peak (a 40 MB child of a 640 MB process reported 604 MB).
 */
export function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // No /proc (not Linux): getrusage is the best there is.
  }
  return process.resourceUsage().maxRSS / 1024;
}
