// Builds the services from a Config: store -> knowledge -> answerer/extractor -> plans -> assistant.
// The server (main.ts) and the CLI (cli.ts) both start here, so they can never disagree.
// What only buildServices and ensureIndex need (the assistant, the reminder loop with its Slack, Teams
// and email senders, ingest with its file loaders) is imported there, on first use: a worker thread
// imports this module for createInProcessWork, and each module it loads costs every thread heap.
import type { Config } from './config.js';
import type { Logger } from './log.js';
import { noTelemetry, type Telemetry } from './metrics.js';
import { inProcessWork, type HeavyWork } from './core/heavy-work.js';
import type { Clock } from './core/clock.js';
import { LiaisonError } from './core/errors.js';
import { createAnswerer, type Answerer } from './core/knowledge/answer/index.js';
import { createEmbedder } from './core/knowledge/embedder.js';
import { chatModelName } from './core/llm-config.js';
import { checkCompatible, openIndexHandle, readManifest } from './core/knowledge/index-store.js';
import type { IngestSummary } from './core/knowledge/ingest.js';
import type { LiveKnowledge } from './core/knowledge/live.js';
import type { Embedder } from './core/knowledge/types.js';
import type { Assistant } from './core/messages.js';
import { createExtractor, type Extractor } from './core/notes/index.js';
import { createPlanStore } from './core/plans/create-store.js';
import { PlanService } from './core/plans/plan-service.js';
import type { PlanStore } from './core/plans/store.js';
import type { ReminderPlanner } from './core/reminders/planner.js';
import { createWorkPool } from './pool/pool.js';
import type { WorkerSetup } from './pool/protocol.js';

export interface Services {
  config: Config;
  /** Computes each commitment's next ping (the reminder loop's schedule). */
  planner: ReminderPlanner;
  embedder: Embedder;
  /** The live knowledge search (the newest index), as every entry point answers from it. */
  knowledge: LiveKnowledge & { embedder: Embedder };
  store: PlanStore;
  plans: PlanService;
  assistant: Assistant;
  /** Where answers and extractions run: this thread, or the server's worker threads. */
  work: HeavyWork;
  close(): Promise<void>;
}

/**
 * The answerer and the notes extractor for a Config: the LLM when configured, the offline path
 * otherwise. With a store, the answering model's cache and each thread's memory live in it
 * (llm-store.ts), for config.llmRetention.
 */
export function createSkills(config: Pick<Config, 'llm' | 'abstainThreshold'> & Partial<Pick<Config, 'llmRetention'>>, log: Logger, store?: PlanStore): { answerer: Answerer; extractor: Extractor } {
  const o = config.llm;
  if (!o) return { answerer: createAnswerer({ abstainThreshold: config.abstainThreshold, log }), extractor: createExtractor({ log }) };
  // The deadline bounds each LLM path, retries included. Imported on first use: the offline path
  // (the default) never loads LangChain's models.
  const { cacheMs, memoryMs } = config.llmRetention ?? { cacheMs: 0, memoryMs: 0 };
  const llmModule = import('./core/llm.js');
  const kept = store && (cacheMs > 0 || memoryMs > 0) ? import('./core/llm-store.js') : undefined;
  // Two models: only answers are cached, never extraction (its results hold people's tasks).
  const answering = Promise.all([llmModule, kept]).then(([m, k]) => m.createChatModel(o, k && store && cacheMs > 0 ? { cache: new k.StoreCache(store, cacheMs) } : {}));
  const extracting = llmModule.then((m) => m.createChatModel(o));
  const memory = kept?.then((k) => (store && memoryMs > 0 ? k.threadHistories(store, memoryMs) : undefined));
  const model = { chatModel: chatModelName(o), timeoutMs: o.timeoutMs };
  return {
    answerer: createAnswerer({ ...model, llm: answering, ...(memory ? { memory } : {}), abstainThreshold: config.abstainThreshold, log }),
    extractor: createExtractor({ ...model, llm: extracting, log }),
  };
}

/** Answering and extraction in the calling thread, over `knowledge` (a new live search by default): what each worker thread runs too. */
export function createInProcessWork(
  config: Pick<Config, 'indexDir' | 'llm' | 'abstainThreshold' | 'places'> & Partial<Pick<Config, 'llmRetention'>>,
  log: Logger,
  opts: { knowledge?: LiveKnowledge; store?: PlanStore } = {},
): HeavyWork {
  return inProcessWork({ knowledge: opts.knowledge ?? createKnowledgeSearch(config, log), ...createSkills(config, log, opts.store) });
}

/**
 * THE factory of the heavy work: a pool of config.workers threads for the server (`pool`), in this
 * thread for the CLI, the console and tests, and for the server too when LIAISON_WORKERS=0 or a model
 * is configured. With a model, an answer mostly waits on the network, and the model's cache and each
 * thread's memory live in the plan store this thread holds; the pool is for the offline path, whose
 * search and answering are all CPU.
 */
export function createHeavyWork(config: Config, log: Logger, opts: { pool?: boolean; telemetry?: Telemetry; knowledge?: LiveKnowledge; store?: PlanStore } = {}): HeavyWork {
  if (!opts.pool || config.workers === 0 || config.llm) {
    if (opts.pool && config.workers > 0 && config.llm) log.info('answers run on the main thread: a model is configured (see services.ts createHeavyWork)');
    return createInProcessWork(config, log, opts);
  }
  const setup: WorkerSetup = {
    indexDir: config.indexDir,
    ...(config.abstainThreshold !== undefined ? { abstainThreshold: config.abstainThreshold } : {}),
    ...(config.places ? { places: config.places } : {}),
    logLevel: config.logLevel,
  };
  return createWorkPool({
    size: config.workers,
    setup,
    log,
    ...(opts.telemetry ? { telemetry: opts.telemetry } : {}),
    ...(config.workerHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: config.workerHeapMb } } : {}),
  });
}

export async function buildServices(config: Config, log: Logger, opts: { clock: Clock; telemetry?: Telemetry; pool?: boolean }): Promise<Services> {
  const knowledge = createKnowledgeSearch(config, log);
  const store = await createPlanStore({ redis: config.redis, dataDir: config.dataDir, clock: opts.clock, log });
  const [{ createReminderPlanner }, { createAssistant }] = await Promise.all([import('./reminders.js'), import('./core/assistant.js')]);
  const planner = createReminderPlanner(config, opts.clock);
  const plans = new PlanService({ store, clock: opts.clock, reminders: planner, defaultTimeZone: config.timeZone, log });
  const upgraded = await plans.upgrade();
  if (upgraded.numbered || upgraded.scheduled) log.info(upgraded, 'plans upgraded: commitments numbered and scheduled');
  const work = createHeavyWork(config, log, { pool: opts.pool, telemetry: opts.telemetry, knowledge, store });
  const assistant = createAssistant({
    work,
    plans,
    clock: opts.clock,
    timeZone: config.timeZone,
    log,
    telemetry: opts.telemetry ?? noTelemetry,
  });
  return {
    config,
    planner,
    embedder: knowledge.embedder,
    knowledge,
    store,
    plans,
    assistant,
    work,
    close: async () => {
      await work.close();
      await store.close();
    },
  };
}

/**
 * THE factory of the live knowledge search: the index in config.indexDir (its vectors, keyword
 * index, corpus statistics and chunks), reloaded when a new one is swapped in. The server, the
 * console, `liaison ask`, the bench and the test helpers all get their search here, so they can never
 * answer the same question differently.
 */
export function createKnowledgeSearch(config: Pick<Config, 'indexDir' | 'llm' | 'places'>, log: Logger): LiveKnowledge & { embedder: Embedder } {
  const embedder = createEmbedder(config.llm);
  const handle = openIndexHandle(config.indexDir, embedder, {
    onReload: (i) => log.info({ buildId: i.info.buildId }, 'knowledge index reloaded'),
    onError: (err) => log.warn({ err }, 'knowledge index reload failed; keeping the loaded one'),
  });
  return { embedder, current: () => handle.current(), ...(config.places ? { places: config.places } : {}) };
}

/** Builds the index from the knowledge folder when there is none yet, or it was built by another embedder. */
export async function ensureIndex(config: Config, embedder: Embedder, log: Logger, clock: Clock): Promise<IngestSummary | null> {
  const manifest = await readManifest(config.indexDir).catch(() => undefined);
  if (manifest) {
    try {
      checkCompatible(manifest, embedder);
      return null;
    } catch (err) {
      if (!(err instanceof LiaisonError)) throw err;
      log.warn({ reason: err.message }, 'knowledge index is stale; rebuilding it');
    }
  } else {
    log.info({ knowledge: config.knowledgeDir, index: config.indexDir }, 'no knowledge index yet; building it');
  }
  const { ingest } = await import('./core/knowledge/ingest.js');
  const summary = await ingest({ paths: [config.knowledgeDir], root: config.knowledgeDir, indexDir: config.indexDir, embedder, log, clock });
  log.info(
    { documents: summary.documents, chunks: summary.chunks, skipped: summary.problems.length, ms: Math.round(summary.elapsedMs) },
    'knowledge index built',
  );
  for (const p of summary.problems) log.warn({ source: p.source, reason: p.reason }, 'knowledge file skipped');
  return summary;
}
