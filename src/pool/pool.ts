// A pool of worker threads doing the assistant's heavy work (src/core/heavy-work.ts), so the main
// thread only verifies, acknowledges, queues, touches the store and delivers: an acknowledgement never
// waits behind an answer being computed. Each request goes to the thread with the fewest in flight
// (a thread may hold several: an LLM answer mostly waits on the network). A thread that dies fails
// the requests it held (the assistant turns each into an error reply) and is replaced.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { HeavyWork } from '../core/heavy-work.js';
import type { ExtractResult } from '../core/notes/types.js';
import type { AskResult } from '../core/skills/ask.js';
import type { DirectoryAnswer } from '../core/skills/directory.js';
import type { Logger } from '../log.js';
import { noTelemetry, type Telemetry } from '../metrics.js';
import { fromWire, threadNow, toWireAsk, type WorkerSetup, type WorkCall, type WorkRequest, type WorkResponse } from './protocol.js';

export interface WorkPoolOptions {
  size: number;
  setup: WorkerSetup;
  log: Logger;
  /** The worker's entry module; the real one (worker.ts / worker.js beside this file) by default. */
  entry?: URL;
  /** Work in the threads (depth) and how long it waited for a thread (wait), as the 'pool' stage. */
  telemetry?: Telemetry;
  /** Each thread's V8 heap limits (config.ts workerHeapMb); V8's defaults when unset. */
  resourceLimits?: ResourceLimits;
}

export interface WorkPool extends HeavyWork {
  readonly size: number;
  /** Threads that died and were replaced since the pool started. */
  readonly replaced: number;
  /** The live threads' ids (for logs and tests). */
  threadIds(): number[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Pending>;
  /** Whether this thread has answered anything yet (a thread that dies before it ever does backs off). */
  answered: boolean;
}

/** A replacement after threads that died in a row without answering waits this long, doubling, up to the cap. */
const RESPAWN_BASE_MS = 200;
const RESPAWN_MAX_MS = 5_000;
/** How long a request waits for a thread when none is alive, before it fails (and the person hears so). */
const NO_THREAD_WAIT_MS = 10_000;

/** Running from source (tsx), the worker is TypeScript and needs tsx registered in its thread first. */
function defaultEntry(): URL {
  const fromSource = import.meta.url.endsWith('.ts');
  return new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
}

export function createWorkPool(opts: WorkPoolOptions): WorkPool {
  if (!(Number.isInteger(opts.size) && opts.size >= 1)) throw new Error(`a work pool needs at least one thread, not ${opts.size}`);
  const entry = opts.entry ?? defaultEntry();
  const boot = entry.pathname.endsWith('.ts') ? new URL('./tsx-boot.mjs', import.meta.url) : entry;
  const log = opts.log.child({ component: 'work-pool' });
  const telemetry = opts.telemetry ?? noTelemetry;
  let inFlight = 0;
  const settled = () => telemetry.queueDepth('pool', (inFlight -= 1));
  const slots: Slot[] = [];
  let nextId = 1;
  let replaced = 0;
  let failuresInARow = 0;
  let closed = false;

  function spawn(): void {
    const worker = new Worker(boot, { workerData: { ...opts.setup, entry: entry.href }, execArgv: threadExecArgv(process.execArgv), ...(opts.resourceLimits ? { resourceLimits: opts.resourceLimits } : {}) });
    const slot: Slot = { worker, inFlight: new Map(), answered: false };
    // Read now: once the thread has stopped, worker.threadId is -1.
    const thread = String(worker.threadId);
    worker.on('message', (msg: WorkResponse) => {
      const pending = slot.inFlight.get(msg.id);
      if (!pending) return;
      slot.inFlight.delete(msg.id);
      slot.answered = true;
      failuresInARow = 0;
      settled();
      telemetry.queueWait('pool', msg.waitedMs / 1000);
      if (msg.heap) telemetry.threadHeap(thread, msg.heap);
      if ('error' in msg) pending.reject(fromWire(msg.error));
      else pending.resolve(msg.result);
    });
    worker.on('error', (err) => log.error({ err, threadId: worker.threadId }, 'work pool: a worker thread failed'));
    worker.on('exit', (code) => {
      slots.splice(slots.indexOf(slot), 1);
      telemetry.threadHeap(thread, undefined);
      const lost = [...slot.inFlight.values()];
      slot.inFlight.clear();
      for (const p of lost) {
        settled();
        p.reject(new Error(`the worker thread stopped (exit code ${code}) before it finished`));
      }
      if (closed) return;
      replaced += 1;
      failuresInARow = slot.answered ? 0 : failuresInARow + 1;
      // One crash is replaced at once; threads that keep dying before they answer (a broken index, a
      // bad build) are restarted more and more slowly rather than in a tight loop.
      const delay = failuresInARow >= 2 ? Math.min(RESPAWN_MAX_MS, RESPAWN_BASE_MS * 2 ** (failuresInARow - 2)) : 0;
      log.warn({ code, lost: lost.length, delayMs: delay }, 'work pool: a worker thread stopped; starting a new one');
      if (delay) setTimeout(() => closed || spawn(), delay).unref();
      else spawn();
    });
    slots.push(slot);
  }

  function send<T>(req: WorkCall, waitedMs = 0): Promise<T> {
    if (closed) return Promise.reject(new Error('the work pool is closed'));
    // While every thread is being replaced, wait for a replacement (a while) instead of failing at once.
    if (!slots.length) {
      if (waitedMs >= NO_THREAD_WAIT_MS) return Promise.reject(new Error('no worker thread could be started to do this work'));
      return new Promise<void>((r) => setTimeout(r, RESPAWN_BASE_MS)).then(() => send<T>(req, waitedMs + RESPAWN_BASE_MS));
    }
    let slot = slots[0]!;
    for (const s of slots) if (s.inFlight.size < slot.inFlight.size) slot = s;
    const id = nextId++;
    telemetry.queueDepth('pool', (inFlight += 1));
    return new Promise<T>((resolve, reject) => {
      slot.inFlight.set(id, { resolve: resolve as (v: unknown) => void, reject });
      slot.worker.postMessage({ ...req, id, sentAt: threadNow() } as WorkRequest);
    });
  }

  for (let i = 0; i < opts.size; i++) spawn();
  log.info({ threads: opts.size }, 'work pool started');

  return {
    ask: (question, context, askOpts) => send<AskResult>({ kind: 'ask', question, ...(context !== undefined ? { context } : {}), opts: toWireAsk(askOpts) }),
    moreServices: (question, from, askOpts) => send<DirectoryAnswer | undefined>({ kind: 'more', question, from, opts: toWireAsk(askOpts) }),
    extract: (notes, extractOpts) => send<ExtractResult>({ kind: 'extract', notes, opts: extractOpts }),
    get size() {
      return slots.length;
    },
    get replaced() {
      return replaced;
    },
    threadIds: () => slots.map((s) => s.worker.threadId),
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * The process's Node flags without the modules it preloads (`--import`, `--require`, `--loader`):
 * those are for the main thread (tsx, a test's credentials for outgoing calls), and a thread that
 * inherited them would load them before the boot module registers tsx, and fail on a .ts file.
 */
export function threadExecArgv(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (/^--(?:import|require|loader|experimental-loader)$/.test(arg) || arg === '-r') {
      i += 1;
      continue;
    }
    if (/^--(?:import|require|loader|experimental-loader)=/.test(arg)) continue;
    out.push(arg);
  }
  return out;
}
