// The directory section of `npm run bench` (alone: `npm run bench -- --directory`): over generated
// HSDS directories (10,000 and 5,000 services) and every folder's blind-written directory questions,
// Liaison beside plain BM25 on what a directory answer is judged by (offered services that fit
// every stated condition, a fitting one among the first three, declines when none fits), and the
// scale figures: ingest of the 10,000-service JSON and CSV datapackage, index load, directory
// question latency, the answering process's memory, and re-ingest after 1% of services changed.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { parsePlaces, type DistrictPlace } from '../src/core/knowledge/directory/places.js';
import { ingest } from '../src/core/knowledge/ingest.js';
import type { KnowledgeSearch } from '../src/core/knowledge/live.js';
import { OfflineEmbedder } from '../src/core/knowledge/offline-embedder.js';
import type { Chunk } from '../src/core/knowledge/types.js';
import { ask } from '../src/core/skills/ask.js';
import { directoryFigures, type DirectoryFigures, type DirectoryGold, type DirectoryOutcome } from '../src/eval/directory-score.js';
import { offeredServiceIds } from '../src/eval/offered.js';
import { plainBm25 } from '../src/eval/plain-bm25.js';
import { loadQuestions } from '../src/eval/questions.js';
import { benchClock } from './clock.js';
import { writeDirectory } from './directory-files.js';
import { generateDirectory, type Directory } from './directory-gen.js';
import { directoryQuestions, toJsonl, type DirectoryQuestion } from './directory-questions.js';
import { benchFolders, DIRECTORY_JUDGES } from './folders.js';
import { buildIndex, type BuiltIndex } from './knowledge.js';
import { askLatency, type LatencyFigures } from './speed.js';
import { seededRandom, shuffled } from './stats.js';

const run = promisify(execFile);

export interface DirectoryRow {
  name: string;
  services: number;
  questions: number;
  liaison: DirectoryFigures;
  bm25: DirectoryFigures;
}

export interface DirectoryScale {
  services: number;
  json: IngestTimes;
  csv: IngestTimes;
  /** One-minute load average when the scale figures were taken: wall times on a shared machine depend on it. */
  loadAverage: number;
  cpus: number;
  ask: LatencyFigures;
  /** A separate process that loads the JSON index and answers the questions: its peak RSS, and what is left after a full GC. */
  answering: AnsweringMemory;
  /** The same with V8's old space capped (HEAP_CAP_FLAG): how much of the peak was uncollected garbage. */
  answeringCapped: AnsweringMemory;
  /** The same questions answered as the server answers them: in 1 and in 2 worker threads (bench/directory-rss.ts). */
  server: ServerMemory[];
  reingest: { changedServices: number; embedded: number; reused: number; seconds: number; cpuSeconds: number };
}

export interface IngestTimes {
  ingestSeconds: number;
  ingestCpuSeconds: number;
  loadMs: number;
  loadCpuMs: number;
  chunks: number;
}

export type DirectorySection = { rows: DirectoryRow[]; scale?: DirectoryScale } | { error: string };

export const HEAP_CAP_FLAG = '--max-old-space-size=256';

export const DIRECTORY_TARGETS = { fitting: 0.95, top3: 0.9, declined: 0.9, ingestSeconds: 20, loadMs: 1000, askP95Ms: 50, rssMb: 500 } as const;

/** Liaison's offered services per question, through ask() as every channel answers. */
export async function liaisonOffers(knowledge: KnowledgeSearch, questions: DirectoryGold[]): Promise<DirectoryOutcome[]> {
  const answerer = createAnswerer();
  const out: DirectoryOutcome[] = [];
  for (const q of questions) {
    const { answer } = await ask(knowledge, answerer, q.question);
    out.push({ id: q.id, offered: offeredServiceIds(answer) });
  }
  return out;
}

/** Plain BM25 offers the services of its top passages, three at the most, and never declines. */
export function bm25Offers(chunks: readonly Chunk[], questions: DirectoryGold[]): DirectoryOutcome[] {
  const find = plainBm25(chunks);
  return questions.map((q) => {
    const ids = find(q.question).map((c) => c.serviceId).filter((id): id is string => id !== undefined);
    return { id: q.id, offered: [...new Set(ids)].slice(0, 3) };
  });
}

async function row(name: string, built: BuiltIndex, questions: DirectoryGold[]): Promise<DirectoryRow> {
  return {
    name,
    services: built.summary.documents,
    questions: questions.length,
    liaison: directoryFigures(questions, await liaisonOffers(built.knowledge, questions)),
    bm25: directoryFigures(questions, bm25Offers(built.index.chunks, questions)),
  };
}

export async function readGold(file: string): Promise<DirectoryGold[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((l, i) => {
    const q = JSON.parse(l) as Partial<DirectoryQuestion>;
    if (typeof q.question !== 'string' || !Array.isArray(q.fits) || typeof q.answerable !== 'boolean') {
      throw new Error(`${file}:${i + 1}: a directory question needs "question", "fits" and "answerable"`);
    }
    return { id: q.id ?? `line-${i + 1}`, question: q.question, fits: q.fits.map(String), answerable: q.answerable };
  });
}

/**
 * The starter folder's official questions whose gold names directory services. Their gold lists the
 * right services, not every service that would fit, so the "fitting" figure on this row is a floor.
 */
async function starterGold(file: string): Promise<DirectoryGold[]> {
  const questions = await loadQuestions(file);
  return questions
    .map((q) => ({ id: q.id, question: q.question, fits: q.sources.filter((s) => s.includes('#')).map((s) => s.slice(s.indexOf('#') + 1)), answerable: q.answerable }))
    .filter((q) => q.fits.length > 0);
}

/** The same directory with `share` of its services' fees changed (a price update), deterministic. */
function withChangedFees(dir: Directory, share: number): { changed: Directory; count: number } {
  const rnd = seededRandom(dir.seed + 99);
  const count = Math.max(1, Math.round(dir.services.length * share));
  const pickedIds = new Set(shuffled(rnd, dir.services.map((s) => s.id)).slice(0, count));
  const services = dir.services.map((s) => (pickedIds.has(s.id) ? { ...s, fees: `${s.fees} (updated rate)` } : s));
  return { changed: { ...dir, services }, count };
}

export interface AnsweringMemory {
  peakMb: number;
  afterGcMb: number;
  heapUsedMb: number;
}

export interface ServerMemory {
  workers: number;
  /** RSS once every thread has answered once (each has loaded the index). */
  idleMb: number;
  peakMb: number;
  mainHeapMb: number;
  workerHeapsMb: { idle: number[]; end: number[] };
}

/** Memory of a fresh process answering the questions in `workers` threads, as the server does (no --expose-gc: threads refuse it). */
async function serverMemory(indexDir: string, questionsFile: string, workers: number): Promise<ServerMemory> {
  const script = path.join(import.meta.dirname, 'directory-rss.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', script, indexDir, questionsFile, String(workers)], { timeout: 300_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ServerMemory;
}

/** Memory of a fresh process that opens the index and answers the questions (bench/directory-rss.ts). */
async function answeringMemory(indexDir: string, questionsFile: string, nodeFlags: string[] = []): Promise<AnsweringMemory> {
  const script = path.join(import.meta.dirname, 'directory-rss.ts');
  const { stdout } = await run(process.execPath, [...nodeFlags, '--expose-gc', '--import', 'tsx', script, indexDir, questionsFile], { timeout: 300_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as AnsweringMemory;
}

async function scaleAndQuality(root: string, services: number, count: number): Promise<{ scale: DirectoryScale; row: DirectoryRow }> {
  const dir = generateDirectory({ services, seed: 17, towns: 10 });
  const written = await writeDirectory(dir, path.join(root, 'big'));
  const questions = directoryQuestions(dir, count);
  const questionsFile = path.join(root, 'big-questions.jsonl');
  await writeFile(questionsFile, toJsonl(questions));

  const json = await buildIndex(path.dirname(written.jsonFile), path.join(root, 'json-index'));
  const csv = await buildIndex(written.datapackageDir, path.join(root, 'csv-index'));
  const quality = await row(`generated ${services} (JSON)`, json, questions);
  const latency = await askLatency(json.knowledge, questions.map((q) => q.question), 300);
  const answering = await answeringMemory(json.indexDir, questionsFile);
  const answeringCapped = await answeringMemory(json.indexDir, questionsFile, [HEAP_CAP_FLAG]);
  const server = [await serverMemory(json.indexDir, questionsFile, 1), await serverMemory(json.indexDir, questionsFile, 2)];

  // 1% of services change; the same index folder is re-ingested, as `liaison ingest` would.
  const { changed, count: changedServices } = withChangedFees(dir, 0.01);
  await writeDirectory(changed, path.join(root, 'big'));
  const t = performance.now();
  const cpu = process.cpuUsage();
  const again = await ingest({ paths: [path.dirname(written.jsonFile)], root: path.dirname(written.jsonFile), indexDir: json.indexDir, embedder: new OfflineEmbedder(), clock: benchClock() });
  const seconds = (performance.now() - t) / 1000;
  const spent = process.cpuUsage(cpu);

  const figures = (b: BuiltIndex): IngestTimes => ({ ingestSeconds: b.ingestMs / 1000, ingestCpuSeconds: b.ingestCpuMs / 1000, loadMs: b.loadMs, loadCpuMs: b.loadCpuMs, chunks: b.summary.chunks });
  return {
    scale: {
      services: dir.services.length,
      json: figures(json),
      csv: figures(csv),
      loadAverage: os.loadavg()[0]!,
      cpus: os.cpus().length,
      ask: latency,
      answering,
      answeringCapped,
      server,
      reingest: { changedServices, embedded: again.embedded, reused: again.reused, seconds, cpuSeconds: (spent.user + spent.system) / 1e6 },
    },
    row: quality,
  };
}

async function generatedRow(root: string, services: number, towns: number, count: number, seed: number): Promise<DirectoryRow> {
  const dir = generateDirectory({ services, seed, towns });
  const written = await writeDirectory(dir, path.join(root, `gen-${services}`));
  const built = await buildIndex(path.dirname(written.jsonFile), path.join(root, `gen-${services}-index`));
  return row(`generated ${services}, ${towns} towns`, built, directoryQuestions(dir, count));
}

/**
 * A question set's district places file (`places.csv` beside its questions), read as the server reads
 * LIAISON_PLACES_FILE: towns no service stands in are known places. Undefined when it has none.
 */
export async function setPlaces(setDir: string): Promise<DistrictPlace[] | undefined> {
  const file = path.join(setDir, 'places.csv');
  return existsSync(file) ? parsePlaces(await readFile(file, 'utf8')) : undefined;
}

/** The blind-written directory question sets: every folder's `directory-questions.jsonl` (a sealed folder's only when asked). */
async function blindRows(repoRoot: string, root: string, sealed: boolean, withPlaces: boolean, judges = true): Promise<DirectoryRow[]> {
  const placesOf = async (dir: string) => (withPlaces ? await setPlaces(dir) : undefined);
  const rows: DirectoryRow[] = [];
  for (const folder of await benchFolders(repoRoot, { sealed })) {
    if (folder.official) continue;
    const file = path.join(path.dirname(folder.questions), 'directory-questions.jsonl');
    if (!existsSync(file) || (!judges && DIRECTORY_JUDGES.includes(folder.name))) continue;
    const role = folder.sealed ? 'sealed' : DIRECTORY_JUDGES.includes(folder.name) ? 'blind, judge only' : 'blind, development';
    const built = await buildIndex(folder.knowledge, path.join(root, `${folder.name}-index`), await placesOf(path.dirname(file)));
    rows.push(await row(`${folder.name} (${role})`, built, await readGold(file)));
  }
  // Directory-only sets (a directory and its questions, no general questions or notes): for tuning, or judges.
  const extra = path.join(repoRoot, 'bench', 'directories');
  for (const name of existsSync(extra) ? (await readdir(extra)).sort() : []) {
    const file = path.join(extra, name, 'directory-questions.jsonl');
    if (!existsSync(file) || (!judges && DIRECTORY_JUDGES.includes(name))) continue;
    const built = await buildIndex(path.join(extra, name, 'knowledge'), path.join(root, `${name}-index`), await placesOf(path.join(extra, name)));
    rows.push(await row(`${name} (${DIRECTORY_JUDGES.includes(name) ? 'blind, judge only' : 'blind, development'})`, built, await readGold(file)));
  }
  return rows;
}

export interface DirectorySectionOptions {
  services?: number;
  questions?: number;
  /** Only the blind-written question sets: no generated directory, no scale figures. */
  blindOnly?: boolean;
  sealed?: boolean;
  /** Leave out the sets' own places files (to compare with a directory that knows only its own places). */
  noPlaces?: boolean;
  /** Leave out the judge sets (DIRECTORY_JUDGES): tuning runs only development sets. */
  noJudges?: boolean;
}

export async function directorySection(repoRoot: string, opts: DirectorySectionOptions = {}): Promise<DirectorySection> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-dir-'));
  try {
    const blind = await blindRows(repoRoot, root, opts.sealed ?? false, !opts.noPlaces, !opts.noJudges);
    if (opts.blindOnly) return { rows: blind };
    const services = opts.services ?? 10_000;
    const { scale, row: big } = await scaleAndQuality(root, services, opts.questions ?? 200);
    const second = await generatedRow(root, Math.round(services / 2), 12, 40, 5);
    const starter = await buildIndex(path.join(repoRoot, 'knowledge'), path.join(root, 'starter-index'));
    const starterRow = await row('starter (official questions naming a service)', starter, await starterGold(path.join(repoRoot, 'bench', 'data', 'questions.jsonl')));
    return { rows: [big, second, starterRow, ...blind], scale };
  } catch (err) {
    return { error: (err as Error).message.split('\n')[0]! };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
