// The work that follows an acknowledgement (build the Inbound, ask the assistant, deliver), run after
// the acknowledgements still waiting. Jobs start one per turn of the event loop (setImmediate), so
// between two starts Node polls for I/O again: requests that arrived meanwhile are read, verified and
// acknowledged before the next job's work takes the CPU (the server's search, answers and extraction
// run in worker threads, src/pool/; the rest of a job, building the Inbound, the store and delivery,
// stays here). At most `concurrency` jobs run at once; the rest wait in order. No job is ever dropped,
// and a job never delays its own ack. With a gate (src/http/intake.ts), a turn in which the server took
// in a new connection starts no job: more connections are probably waiting, one accepted per turn.
import { newRef } from '../core/errors.js';
import type { Logger } from '../log.js';

export type Job = () => Promise<void>;

export interface WorkQueue {
  /**
   * Queues `job` and returns at once. An urgent job (a button press, a modal whose trigger_id
   * expires in 3 s) goes ahead of every waiting non-urgent one (questions); among themselves, in order.
   */
  push(job: Job, urgent?: boolean): void;
  /** Jobs waiting or running. */
  readonly size: number;
  /** Resolves once nothing is waiting or running. */
  idle(): Promise<void>;
}

export interface WorkQueueOptions {
  /** Jobs running at once (each may wait on the network: Slack, the LLM). */
  concurrency: number;
  log: Logger;
  /** Asked before each start: true leaves this turn of the event loop to incoming connections. */
  gate?: { hold(): boolean };
}

export function createWorkQueue(opts: WorkQueueOptions): WorkQueue {
  if (!(opts.concurrency >= 1)) throw new Error(`work queue concurrency must be at least 1, not ${opts.concurrency}`);
  let waiting: Job[] = [];
  let head = 0;
  /** Urgent jobs waiting: few and short-lived, so a plain array. */
  let urgentWaiting: Job[] = [];
  let running = 0;
  let startPending = false;
  let idleWaiters: (() => void)[] = [];

  const queued = () => waiting.length - head + urgentWaiting.length;

  function settle(): void {
    if (running > 0 || queued() > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function scheduleStart(): void {
    if (startPending || running >= opts.concurrency || queued() === 0) return;
    startPending = true;
    setImmediate(startNext);
  }

  function startNext(): void {
    startPending = false;
    if (running >= opts.concurrency || queued() === 0) return;
    if (opts.gate?.hold()) {
      scheduleStart();
      return;
    }
    let job: Job;
    if (urgentWaiting.length) {
      job = urgentWaiting[0]!;
      urgentWaiting = urgentWaiting.slice(1);
    } else {
      job = waiting[head] as Job;
      waiting[head++] = undefined as unknown as Job;
      if (head > 1024 && head * 2 > waiting.length) {
        waiting = waiting.slice(head);
        head = 0;
      }
    }
    running += 1;
    void run(job);
    // The next start waits for another turn of the loop (an immediate queued from an immediate runs
    // after the next poll), whatever this job does synchronously.
    scheduleStart();
  }

  async function run(job: Job): Promise<void> {
    try {
      await job();
    } catch (err) {
      // Jobs carry their own error boundary; this is the net under it, so the queue keeps going.
      opts.log.error({ err, ref: newRef() }, 'queued work failed outside its error boundary');
    } finally {
      running -= 1;
      scheduleStart();
      settle();
    }
  }

  return {
    push(job, urgent = false) {
      if (urgent) urgentWaiting.push(job);
      else waiting.push(job);
      scheduleStart();
    },
    get size() {
      return running + queued();
    },
    idle() {
      if (running === 0 && queued() === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
