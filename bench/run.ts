// `npm run bench`: one readable report (and bench/out/latest.json) on retrieval and answer quality,
// notes extraction, speed and size, Slack and Teams latency, all offline.
// `npm run bench -- --calibrate`: the abstention-threshold sweep on the development sets instead.
// Options: --questions FILE (default bench/data/questions.jsonl), --synthetic N (default 1000).
// Exits 0 when targets are missed (it is a report); non-zero only when the bench itself fails.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_ABSTAIN_THRESHOLD } from '../src/core/knowledge/answer/index.js';
import { answerQuality } from './answers.js';
import { calibrate, renderCalibration } from './calibrate.js';
import { buildIndex } from './knowledge.js';
import { notesQuality } from './notes.js';
import { loadQuestions, type BenchQuestion } from './questions.js';
import { renderReport, type BenchReport } from './report.js';
import { retrievalQuality } from './retrieval.js';
import { slackSection } from './slack.js';
import { teamsSection } from './teams.js';
import { askLatency, ingestFigures, peakRssMb, syntheticIngest } from './speed.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const KNOWLEDGE = path.join(ROOT, 'knowledge');
const OUT = path.join(ROOT, 'bench', 'out');
/** The development question sets: the first written with the answerer, the second and third later by other engineers. */
const DEV_SETS = ['questions.jsonl', 'questions-2.jsonl', 'questions-3.jsonl', 'questions-4.jsonl'];

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runCalibration(): Promise<void> {
  const given = option('--questions');
  const files = given ? [path.resolve(given)] : DEV_SETS.map((f) => path.join(ROOT, 'bench', 'dev', f));
  if (files.some((f) => f.startsWith(path.join(ROOT, 'bench', 'data')))) {
    throw new Error('calibrate on the development sets (bench/dev/), never on the official questions');
  }
  const built = await buildIndex(KNOWLEDGE);
  const questions = [];
  for (const f of files) questions.push(...(await loadQuestions(f)));
  const c = await calibrate(built.index, questions);
  console.log(renderCalibration(c, files.map((f) => path.relative(ROOT, f)).join(' + ')));
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, 'calibration.json'), JSON.stringify(c, null, 1));
}

async function runBench(): Promise<void> {
  const started = performance.now();
  const qFile = path.resolve(option('--questions') ?? path.join(ROOT, 'bench', 'data', 'questions.jsonl'));
  const synthetic = Number(option('--synthetic') ?? 1000);
  const built = await buildIndex(KNOWLEDGE);

  let questions: BenchQuestion[] = [];
  let questionSet: BenchReport['questionSet'];
  try {
    questions = await loadQuestions(qFile);
    const answerable = questions.filter((q) => q.answerable).length;
    questionSet = { file: path.relative(ROOT, qFile), questions: questions.length, answerable, unanswerable: questions.length - answerable };
  } catch (err) {
    questionSet = { file: path.relative(ROOT, qFile), error: (err as Error).message.split('\n')[0]! };
  }

  const retrieval = [];
  if (questions.some((q) => q.answerable && q.sources.length)) {
    for (const mode of ['hybrid', 'bm25', 'vector'] as const) retrieval.push(await retrievalQuality(built.index, questions, mode));
  }
  const answers = questions.length ? await answerQuality(built.knowledge, questions) : undefined;

  let notes: BenchReport['notes'];
  try {
    notes = await notesQuality(path.join(ROOT, 'bench', 'data', 'notes'));
  } catch (err) {
    notes = { error: (err as Error).message.split('\n')[0]! };
  }

  // Ask latency uses the official questions when present, else the development ones.
  const askTexts = (questions.length ? questions : await loadQuestions(path.join(ROOT, 'bench', 'dev', 'questions.jsonl'))).map((q) => q.question);
  const ask = await askLatency(built.knowledge, askTexts, 500);
  let syntheticFigures: BenchReport['speed']['synthetic'];
  try {
    syntheticFigures = await syntheticIngest(path.join(KNOWLEDGE, 'guides'), synthetic);
  } catch (err) {
    syntheticFigures = { error: (err as Error).message.split('\n')[0]! };
  }
  const slack = await slackSection(built.knowledge, askTexts.slice(0, 40));
  const teams = await teamsSection(built.knowledge, askTexts.slice(0, 100));

  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    environment: { node: process.version, cpus: os.cpus().length, platform: `${process.platform}-${process.arch}` },
    questionSet,
    knowledge: { documents: built.summary.documents, chunks: built.summary.chunks },
    threshold: DEFAULT_ABSTAIN_THRESHOLD,
    retrieval,
    answers,
    notes,
    speed: { knowledge: ingestFigures('knowledge/', built), synthetic: syntheticFigures, ask, peakRssMb: peakRssMb() },
    slack,
    teams,
    elapsedSeconds: (performance.now() - started) / 1000,
  };
  console.log(renderReport(report));
  await mkdir(OUT, { recursive: true });
  await writeFile(path.join(OUT, 'latest.json'), JSON.stringify(report, null, 1));
  console.log(`(written to ${path.relative(process.cwd(), path.join(OUT, 'latest.json'))})`);
}

try {
  await (process.argv.includes('--calibrate') ? runCalibration() : runBench());
  process.exit(0);
} catch (err) {
  console.error('bench failed:', err);
  process.exit(1);
}
