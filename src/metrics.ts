// Prometheus metrics for /metrics. Core code receives the small Telemetry interface, not prom-client.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Telemetry {
  answered(seconds: number, grounded: boolean, mode: string): void;
  proposed(items: number): void;
  logged(items: number): void;
  failed(code: string): void;
  /** Jobs waiting or running, per stage: 'slack' and 'teams' (after acknowledgements), 'pool' (answers and extractions in the worker threads). */
  queueDepth(channel: string, depth: number): void;
  /** How long a job waited before it started, per stage: in a channel's queue, or for a worker thread ('pool'). */
  queueWait(channel: string, seconds: number): void;
  /** A worker thread's V8 heap (bytes in use and reserved), as it last reported it; a thread that stopped is dropped. */
  threadHeap(thread: string, heap: { used: number; total: number } | undefined): void;
}

export const noTelemetry: Telemetry = { answered() {}, proposed() {}, logged() {}, failed() {}, queueDepth() {}, queueWait() {}, threadHeap() {} };

export function createMetrics(): { registry: Registry; telemetry: Telemetry; httpRequest: Histogram<string> } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'liaison_' });
  const answers = new Histogram({
    name: 'liaison_answer_seconds',
    help: 'Time to answer a question, from inbound to reply',
    labelNames: ['grounded', 'mode'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const proposed = new Counter({ name: 'liaison_items_proposed_total', help: 'Action items proposed from notes', registers: [registry] });
  const logged = new Counter({ name: 'liaison_items_logged_total', help: 'Action items logged after confirmation', registers: [registry] });
  const errors = new Counter({ name: 'liaison_errors_total', help: 'Failures shown to a person, by code', labelNames: ['code'], registers: [registry] });
  const depth = new Gauge({ name: 'liaison_queue_depth', help: 'Work waiting or running: per channel after acknowledgements (slack, teams), and in the worker threads (pool)', labelNames: ['channel'], registers: [registry] });
  const wait = new Histogram({
    name: 'liaison_queue_wait_seconds',
    help: 'Time work waited before it started: in a channel queue after its acknowledgement (slack, teams), or for a worker thread (pool)',
    labelNames: ['channel'],
    buckets: [0.001, 0.01, 0.05, 0.1, 0.5, 1, 3, 10, 30],
    registers: [registry],
  });
  // The main thread's heap is in the default metrics (liaison_nodejs_heap_size_*); the process's RSS
  // holds every thread's, so this tells what each answer thread keeps.
  const threadHeap = new Gauge({ name: 'liaison_thread_heap_bytes', help: 'V8 heap of each worker thread, as of its last answer: in use (used) and reserved (total)', labelNames: ['thread', 'kind'], registers: [registry] });
  const httpRequest = new Histogram({
    name: 'liaison_http_request_seconds',
    help: 'HTTP request duration',
    labelNames: ['route', 'status'],
    buckets: [0.005, 0.01, 0.05, 0.1, 0.3, 1, 3],
    registers: [registry],
  });
  return {
    registry,
    httpRequest,
    telemetry: {
      answered: (s, grounded, mode) => answers.observe({ grounded: String(grounded), mode }, s),
      proposed: (n) => proposed.inc(n),
      logged: (n) => logged.inc(n),
      failed: (code) => errors.inc({ code }),
      queueDepth: (channel, n) => depth.set({ channel }, n),
      queueWait: (channel, s) => wait.observe({ channel }, s),
      threadHeap: (thread, heap) => {
        if (!heap) {
          for (const kind of ['used', 'total']) threadHeap.remove({ thread, kind });
          return;
        }
        threadHeap.set({ thread, kind: 'used' }, heap.used);
        threadHeap.set({ thread, kind: 'total' }, heap.total);
      },
    },
  };
}
