// The server's memory in the burst (bench/burst.ts): the process's RSS (every thread's) read from
// /proc, and each thread's V8 heap read from /metrics (the main thread's from the default metrics,
// each worker's from liaison_thread_heap_bytes). RSS cannot be split by thread, so what one more
// worker costs is read between settings: the median RSS with n + 1 workers less that with n.
import { percentile, round } from './stats.js';

export interface ThreadHeaps {
  main: number;
  workers: number[];
}

interface MemoryRun {
  rssMb: { ready: number; warm: number; afterBurst: number; peak: number };
  heapMb: { warm: ThreadHeaps; afterBurst: ThreadHeaps };
}

/** From /metrics: the main thread's V8 heap in use, and each worker thread's as of its last answer, MB. */
export function threadHeaps(metrics: string): ThreadHeaps {
  const mb = (bytes: string) => round(Number(bytes) / 1048576, 1);
  const main = /^liaison_nodejs_heap_size_used_bytes (\S+)/m.exec(metrics)?.[1];
  const workers = [...metrics.matchAll(/^liaison_thread_heap_bytes\{[^}]*kind="used"[^}]*\} (\S+)/gm)].map((m) => mb(m[1]!));
  return { main: main ? mb(main) : Number.NaN, workers };
}

const median = (xs: number[]) => round(percentile(xs, 50), 1);

/** Medians over each setting's runs: RSS started / idle with the index loaded / after the burst / peak, heap per thread, and each further worker's cost. */
export function renderMemory(settings: { workers: number; runs: MemoryRun[] }[]): string {
  const lines = [
    'Server memory, median of the runs (RSS of the whole process; heap in use per thread, idle after the warm-up / after the burst):',
    '',
    '| workers | RSS started | RSS idle, index loaded | RSS after the burst | peak RSS | heap main thread | heap each worker |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const { workers, runs } of settings) {
    const rss = (k: keyof MemoryRun['rssMb']) => median(runs.map((r) => r.rssMb[k]));
    const main = (k: keyof MemoryRun['heapMb']) => median(runs.map((r) => r.heapMb[k].main));
    const each = (k: keyof MemoryRun['heapMb']) => (workers > 0 ? median(runs.flatMap((r) => r.heapMb[k].workers)) : '-');
    lines.push(`| ${workers} | ${rss('ready')} MB | ${rss('warm')} MB | ${rss('afterBurst')} MB | ${rss('peak')} MB | ${main('warm')} / ${main('afterBurst')} MB | ${each('warm')} / ${each('afterBurst')} MB |`);
  }
  const sorted = [...settings].sort((a, c) => a.workers - c.workers);
  for (let i = 1; i < sorted.length; i++) {
    const [a, c] = [sorted[i - 1]!, sorted[i]!];
    const cost = (k: 'warm' | 'afterBurst' | 'peak') => round((median(c.runs.map((r) => r.rssMb[k])) - median(a.runs.map((r) => r.rssMb[k]))) / (c.workers - a.workers), 1);
    lines.push('', `${a.workers} -> ${c.workers} workers: each further worker thread costs ${cost('warm')} MB of RSS idle, ${cost('afterBurst')} MB after the burst, ${cost('peak')} MB at the peak.`);
  }
  return lines.join('\n');
}
