// Run by the directory bench in a fresh process: opens the index with the factory the server uses,
// answers every question in the file once, and prints its peak resident memory as JSON. With a
// number of workers, the questions are answered as the server answers them: in that many worker
// threads (createHeavyWork's pool, the server's default heap cap), the main thread holding no index;
// it then prints the RSS idle once every thread has answered once (each has loaded the index), the
// peak, and each thread's heap in use.
// Usage: node --expose-gc --import tsx bench/directory-rss.ts <indexDir> <questions.jsonl> [workers]
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../src/config.js';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { ask } from '../src/core/skills/ask.js';
import { silentLogger } from '../src/log.js';
import { noTelemetry } from '../src/metrics.js';
import { createHeavyWork, createKnowledgeSearch } from '../src/services.js';
import { peakRssMb } from './speed.js';

const [indexDir, questionsFile, workersArg] = process.argv.slice(2);
if (!indexDir || !questionsFile) {
  console.error('usage: directory-rss.ts <indexDir> <questions.jsonl> [workers]');
  process.exit(2);
}
const workers = Number(workersArg ?? 0);
const questions = (await readFile(questionsFile, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question);
const mb = (bytes: number) => bytes / 1048576;

if (workers > 0) {
  const config = loadConfig({ LIAISON_INDEX_DIR: indexDir, LIAISON_WORKERS: String(workers), LOG_LEVEL: 'silent' });
  const heaps = new Map<string, number>();
  const telemetry = { ...noTelemetry, threadHeap: (thread: string, heap: { used: number } | undefined) => heap && heaps.set(thread, mb(heap.used)) };
  const work = createHeavyWork(config, silentLogger, { pool: true, telemetry });
  // As many at once as there are threads: each goes to an idle thread, so every thread loads the index.
  await Promise.all(questions.slice(0, workers).map((q) => work.ask(q)));
  const idleMb = mb(process.memoryUsage().rss);
  const idleHeaps = [...heaps.values()];
  let sampledPeak = 0;
  for (const q of questions) {
    await work.ask(q);
    sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss);
  }
  const peakMb = peakRssMb();
  console.log(JSON.stringify({ workers, idleMb, peakMb, mainHeapMb: mb(process.memoryUsage().heapUsed), workerHeapsMb: { idle: idleHeaps, end: [...heaps.values()] }, questions: questions.length }));
  await work.close();
} else {
  const knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
  const answerer = createAnswerer();
  for (const q of questions) await ask(knowledge, answerer, q);
  const peakMb = peakRssMb();
  // Started with --expose-gc by the bench: what stays after a full collection is the live index and code.
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ peakMb, afterGcMb: mb(process.memoryUsage().rss), heapUsedMb: mb(process.memoryUsage().heapUsed), questions: questions.length }));
}
