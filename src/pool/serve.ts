// The worker side of the pool: answers each request from the main thread with the in-process work.
// A request that fails is answered with its error; only a crash ends the thread (the pool replaces it).
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { HeavyWork } from '../core/heavy-work.js';
import { fromWireAsk, threadNow, toWire, type WorkCall, type WorkRequest, type WorkResponse } from './protocol.js';

function run(work: HeavyWork, req: WorkCall) {
  switch (req.kind) {
    case 'ask':
      return work.ask(req.question, req.context, fromWireAsk(req.opts));
    case 'more':
      return work.moreServices(req.question, req.from, fromWireAsk(req.opts));
    case 'extract':
      return work.extract(req.notes, req.opts);
  }
}

export function serveWork(work: HeavyWork): void {
  const port = parentPort;
  if (!port) throw new Error('serveWork runs inside a worker thread started by the pool (src/pool/pool.ts)');
  port.on('message', async (req: WorkRequest) => {
    const waitedMs = Math.max(0, threadNow() - req.sentAt);
    let response: WorkResponse;
    try {
      const result = await run(work, req);
      response = { id: req.id, waitedMs, result };
    } catch (err) {
      response = { id: req.id, waitedMs, error: toWire(err) };
    }
    const heap = getHeapStatistics();
    port.postMessage({ ...response, heap: { used: heap.used_heap_size, total: heap.total_heap_size } });
  });
}
