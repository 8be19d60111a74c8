// Index load alone, for issue 17's load goal (<= 1 s for a 10,000-service directory).
//   npx tsx bench/dev/load-time.ts build [--out DIR]     the bench's 10,000-service directory (seed 17, 10 towns),
//                                                        as HSDS JSON and as a CSV datapackage, each ingested once
//   npx tsx bench/dev/load-time.ts load [--out DIR] [--times 5] [--csv]
//                                                        opens the index TIMES times in this process: wall and CPU each
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/dev/load-time.ts load      the same, with a CPU profile
//   npx tsx bench/dev/load-time.ts ask [--out DIR] [--csv]   a directory question's time, p50 / p95 (wall and CPU)
//   npx tsx bench/dev/load-time.ts dump FILE [--out DIR] [--csv]
//                                                        every generated question's hybrid, BM25-only and vector-only
//                                                        hits (chunk, scores) and its answer's offered services, to compare
//                                                        two versions of the code (diff the files)
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingest } from '../../src/core/knowledge/ingest.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import { silentLogger } from '../../src/log.js';
import { createKnowledgeSearch } from '../../src/services.js';
import { offeredServiceIds } from '../../src/eval/offered.js';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { benchClock } from '../clock.js';
import { writeDirectory } from '../directory-files.js';
import { generateDirectory } from '../directory-gen.js';
import { directoryQuestions, toJsonl } from '../directory-questions.js';
import { askLatency } from '../speed.js';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : dflt;
};
const out = opt('--out', '/tmp/liaison-load1');
const indexDir = path.join(out, args.includes('--csv') ? 'csv-index' : 'json-index');
const mode = args[0];

if (mode === 'build') {
  const dir = generateDirectory({ services: 10_000, seed: 17, towns: 10 });
  await mkdir(out, { recursive: true });
  const written = await writeDirectory(dir, path.join(out, 'big'));
  await writeFile(path.join(out, 'questions.jsonl'), toJsonl(directoryQuestions(dir, 200)));
  for (const [name, folder] of [['json-index', path.dirname(written.jsonFile)], ['csv-index', written.datapackageDir]] as const) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const s = await ingest({ paths: [folder], root: folder, indexDir: path.join(out, name), embedder: new OfflineEmbedder(), clock: benchClock() });
    const used = process.cpuUsage(cpu);
    console.log(`${name}: ${s.chunks} chunks, ingest ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
  }
} else if (mode === 'load') {
  if (!existsSync(indexDir)) throw new Error(`no index at ${indexDir}: run "build" first`);
  const times = Number(opt('--times', '5'));
  for (let i = 0; i < times; i++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
    const index = await knowledge.current();
    const used = process.cpuUsage(cpu);
    const heap = process.memoryUsage();
    console.log(
      `load ${i + 1}: ${(performance.now() - t).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ` +
        `${index.size} chunks, heap ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(heap.rss / 2 ** 20).toFixed(0)} MB`,
    );
  }
} else if (mode === 'dump') {
  const file = args[1];
  if (!file) throw new Error('dump needs a file to write');
  const knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
  const index = await knowledge.current();
  const questions = (await readFile(path.join(out, 'questions.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const answerer = createAnswerer();
  const lines: string[] = [];
  for (const q of questions) {
    for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
      const hits = await index.search(q, 20, { mode });
      lines.push(`${mode}\t${q}\t${hits.map((h) => `${h.chunk.id}:${h.score}:${h.bm25 ?? ''}:${h.vector ?? ''}`).join(' ')}`);
    }
    const { answer } = await ask(knowledge, answerer, q);
    lines.push(`offered\t${q}\t${offeredServiceIds(answer).join(' ')}`);
  }
  await writeFile(file, `${lines.join('\n')}\n`);
  console.log(`${questions.length} questions, ${lines.length} lines -> ${file}`);
} else if (mode === 'ask') {
  // A directory question's time once the index is loaded, as the bench's scale figures take it (400 asks after a warm-up).
  const knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
  const questions = (await readFile(path.join(out, 'questions.jsonl'), 'utf8'))
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { question: string }).question);
  console.log(JSON.stringify(await askLatency(knowledge, questions, 400)));
} else {
  console.log('usage: load-time.ts build|load|ask|dump [FILE] [--out DIR] [--times N] [--csv]');
}
