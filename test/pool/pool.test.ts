// The worker pool (src/pool/) against in-process work: the same answers and extractions, hot reload
// of the index in every thread, and a thread that throws or dies still gives the person a reply.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/core/assistant.js';
import { fixedClock } from '../../src/core/clock.js';
import { LiaisonError } from '../../src/core/errors.js';
import type { HeavyWork } from '../../src/core/heavy-work.js';
import { writeIndex } from '../../src/core/knowledge/index-store.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { Chunk } from '../../src/core/knowledge/types.js';
import { createPlanStore } from '../../src/core/plans/create-store.js';
import { PlanService } from '../../src/core/plans/plan-service.js';
import { silentLogger } from '../../src/log.js';
import { noTelemetry } from '../../src/metrics.js';
import { createWorkPool, threadExecArgv, type WorkPool } from '../../src/pool/pool.js';
import { createInProcessWork } from '../../src/services.js';
import { CRASH, THROW } from '../fixtures/pool/markers.js';
import { inbound, starterIndexDir, TEST_NOW } from '../helpers/assistant.js';

const FAILING = new URL('../fixtures/pool/failing-worker.ts', import.meta.url);
const setupFor = (indexDir: string) => ({ indexDir, logLevel: 'silent' });

const QUESTIONS = [
  'Who do I call about vocational rehabilitation?',
  'What are Pre-Employment Transition Services?',
  'Does SSI count a student’s earnings?',
  'how does a kid get accommodations in college',
  'What is the bus fare in Springfield?',
];

const NOTES_DIR = path.resolve(import.meta.dirname, '../fixtures/notes');

const pools: WorkPool[] = [];
function pool(indexDir: string, size: number, entry?: URL): WorkPool {
  const p = createWorkPool({ size, setup: setupFor(indexDir), log: silentLogger, ...(entry ? { entry } : {}) });
  pools.push(p);
  return p;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** What a person sees of an answer. */
const seen = (r: Awaited<ReturnType<HeavyWork['ask']>>) => ({ text: r.answer.text, grounded: r.answer.grounded, sources: r.answer.citations.map((c) => c.source) });

describe('the work pool', () => {
  let indexDir: string;
  beforeAll(async () => {
    indexDir = await starterIndexDir();
  });

  it('answers every question exactly as in-process work does, follow-ups included', async () => {
    const here = createInProcessWork({ indexDir }, silentLogger);
    const threads = pool(indexDir, 2);
    const context = 'Who do I call about vocational rehabilitation?';
    for (const q of QUESTIONS) expect(seen(await threads.ask(q))).toEqual(seen(await here.ask(q)));
    expect(seen(await threads.ask('and how long does it take?', context))).toEqual(seen(await here.ask('and how long does it take?', context)));
    const grounded = await threads.ask(QUESTIONS[0]!);
    expect(grounded.answer.grounded).toBe(true);
  });

  it('extracts the same action items from notes as in-process work', async () => {
    const here = createInProcessWork({ indexDir }, silentLogger);
    const threads = pool(indexDir, 1);
    const files = (await readdir(NOTES_DIR)).filter((f) => f.endsWith('.md')).sort().slice(0, 6);
    for (const file of files) {
      const notes = await readFile(path.join(NOTES_DIR, file), 'utf8');
      const { meetingDate } = JSON.parse(await readFile(path.join(NOTES_DIR, file.replace(/\.md$/, '.json')), 'utf8')) as { meetingDate: string };
      const opts = { meetingDate, poster: 'Maria Rivera', timeZone: 'America/New_York' };
      const got = await threads.extract(notes, opts);
      expect(got.items.length, file).toBeGreaterThan(0);
      expect(got, file).toEqual(await here.extract(notes, opts));
    }
  });

  it('reports the work in the threads and its wait as the pool stage of the queue metrics', async () => {
    const depths: number[] = [];
    const waits: number[] = [];
    const telemetry = { ...noTelemetry, queueDepth: (stage: string, n: number) => stage === 'pool' && depths.push(n), queueWait: (stage: string, s: number) => stage === 'pool' && waits.push(s) };
    const threads = createWorkPool({ size: 1, setup: setupFor(indexDir), log: silentLogger, telemetry });
    pools.push(threads);
    await Promise.all(QUESTIONS.slice(0, 3).map((q) => threads.ask(q)));
    expect(depths.slice(0, 3)).toEqual([1, 2, 3]);
    expect(depths.at(-1)).toBe(0);
    expect(waits).toHaveLength(3);
    for (const w of waits) expect(w).toBeGreaterThanOrEqual(0);
  });

  it('reports the heap of each thread after its work, and drops a thread that stopped', async () => {
    const heaps = new Map<string, { used: number; total: number } | undefined>();
    const telemetry = { ...noTelemetry, threadHeap: (thread: string, heap: { used: number; total: number } | undefined) => heaps.set(thread, heap) };
    const threads = createWorkPool({ size: 2, setup: setupFor(indexDir), log: silentLogger, telemetry });
    pools.push(threads);
    const ids = threads.threadIds().map(String);
    await Promise.all(QUESTIONS.map((q) => threads.ask(q)));
    expect([...heaps.keys()].sort()).toEqual([...ids].sort());
    for (const heap of heaps.values()) {
      // Each thread holds the index and the answering code: megabytes, within what it reserved.
      expect(heap!.used).toBeGreaterThan(1_000_000);
      expect(heap!.total).toBeGreaterThanOrEqual(heap!.used);
    }
    await threads.close();
    for (const id of ids) expect(heaps.get(id)).toBeUndefined();
  });

  it('keeps a refusal the person can act on: its code and words cross the thread', async () => {
    const threads = pool(indexDir, 1);
    const err = await threads.ask('   ').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LiaisonError);
    expect((err as LiaisonError).code).toBe('bad_input');
    expect((err as LiaisonError).message).toMatch(/question was empty/);
  });
});

describe('the work pool and a new index', () => {
  const embedder = new OfflineEmbedder();
  const chunk = (source: string, title: string, text: string): Chunk => ({ id: `${source}::0`, source, title, headings: [], text, hash: `${source}:${text.length}` });
  const OLD = [
    chunk('vr.md', 'Vocational rehabilitation eligibility', 'VR decides eligibility within 60 days of application.'),
    chunk('ssi.md', 'SSI at 18', 'Parents income stops counting when the student turns 18.'),
  ];
  const NEW = [...OLD, chunk('able.md', 'ABLE accounts', 'An ABLE account lets a person with a disability save money without losing SSI benefits.')];
  const write = async (dir: string, chunks: Chunk[]) => {
    const vectors = await embedder.embedDocuments(chunks.map((c) => `${c.title}\n${c.text}`));
    await writeIndex(dir, { embedder: embedder.id, createdAt: new Date(TEST_NOW), entries: chunks.map((c, i) => ({ chunk: c, vector: Float32Array.from(vectors[i]!) })) });
  };
  let parent: string;
  beforeAll(async () => {
    parent = await mkdtemp(path.join(os.tmpdir(), 'liaison-pool-index-'));
  });
  afterAll(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('is picked up by every thread without a restart', async () => {
    const dir = path.join(parent, 'index');
    await write(dir, OLD);
    const threads = pool(dir, 2);
    const q = 'What is an ABLE account and does it affect SSI?';
    // Two at once: one in each thread.
    const both = async () => (await Promise.all([threads.ask(q), threads.ask(q)])).map((r) => r.answer.citations.map((c) => c.source));
    for (const sources of await both()) expect(sources).not.toContain('able.md');
    await write(dir, NEW);
    const deadline = Date.now() + 10_000;
    let latest = await both();
    while (!latest.every((s) => s.includes('able.md')) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 300));
      latest = await both();
    }
    for (const sources of latest) expect(sources).toContain('able.md');
  });
});

describe('a worker thread that throws or dies', () => {
  let indexDir: string;
  let dataDir: string;
  beforeAll(async () => {
    indexDir = await starterIndexDir();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-pool-plans-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  async function assistantOver(work: HeavyWork) {
    const clock = fixedClock(TEST_NOW);
    const store = await createPlanStore({ dataDir, clock });
    return { store, assistant: createAssistant({ work, plans: new PlanService({ store, clock }), clock, timeZone: 'America/New_York' }) };
  }

  it('still gives the person a reply, and the dead thread is replaced by one that answers', async () => {
    const threads = pool(indexDir, 1, FAILING);
    const { assistant, store } = await assistantOver(threads);
    try {
      const before = threads.threadIds();
      const [crashed] = await assistant.handle(inbound({ kind: 'message', text: CRASH }));
      expect(crashed?.kind).toBe('error');
      expect(crashed?.text).toMatch(/something went wrong on my side.*try again/);
      expect(crashed?.text).toContain(crashed!.ref!);
      expect(threads.replaced).toBe(1);
      expect(threads.size).toBe(1);
      expect(threads.threadIds()).not.toEqual(before);
      const [answer] = await assistant.handle(inbound({ kind: 'message', text: QUESTIONS[0]! }));
      expect(answer?.kind).toBe('answer');
      expect(answer?.sources?.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('a thread whose work throws answers with an error reply and keeps serving', async () => {
    const threads = pool(indexDir, 1, FAILING);
    const { assistant, store } = await assistantOver(threads);
    try {
      const [failed] = await assistant.handle(inbound({ kind: 'message', text: THROW }));
      expect(failed?.kind).toBe('error');
      expect(failed?.text).not.toMatch(/the work threw/);
      expect(threads.replaced).toBe(0);
      const [answer] = await assistant.handle(inbound({ kind: 'message', text: QUESTIONS[1]! }));
      expect(answer?.kind).toBe('answer');
    } finally {
      await store.close();
    }
  });
});

describe('a worker thread’s Node flags', () => {
  it('leave out the modules the main thread preloads (tsx, a test’s credentials), keeping the rest', () => {
    expect(threadExecArgv(['--import', 'tsx', '--enable-source-maps', '--import=file:///x/creds.ts', '--require', './pre.cjs', '-r', 'a.cjs', '--loader', 'l.mjs', '--max-old-space-size=256'])).toEqual([
      '--enable-source-maps',
      '--max-old-space-size=256',
    ]);
  });
});
