// The queue that runs the work after acknowledgements: one start per turn of the event loop, a bound
// on jobs in flight, nothing dropped, and a failing job does not stop the rest.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createWorkQueue } from '../../src/channels/work-queue.js';
import { createLogger, silentLogger } from '../../src/log.js';

/** A promise and the function that resolves it. */
function gate(): { open: () => void; opened: Promise<void> } {
  let open!: () => void;
  const opened = new Promise<void>((r) => {
    open = r;
  });
  return { open, opened };
}

const turn = () => new Promise((r) => setImmediate(r));

describe('work queue', () => {
  it('starts button presses and modals ahead of questions already waiting, in their own order', async () => {
    const started: string[] = [];
    const block = gate();
    const q = createWorkQueue({ concurrency: 1, log: silentLogger });
    q.push(async () => {
      started.push('question 1');
      await block.opened;
    });
    await turn(); // question 1 is running; the rest wait
    for (const name of ['question 2', 'question 3']) q.push(async () => void started.push(name));
    q.push(async () => void started.push('button A'), true);
    q.push(async () => void started.push('modal B'), true);
    await turn();
    block.open();
    await q.idle();
    expect(started).toEqual(['question 1', 'button A', 'modal B', 'question 2', 'question 3']);
  });

  it('lets other work waiting on the event loop run between two job starts', async () => {
    const order: string[] = [];
    const q = createWorkQueue({ concurrency: 10, log: silentLogger });
    for (const name of ['job A', 'job B', 'job C']) {
      q.push(async () => {
        order.push(name);
      });
    }
    // Stands for a request that arrives while the jobs wait: it must not wait for all of them.
    setImmediate(() => order.push('other'));
    await q.idle();
    expect(order).toEqual(['job A', 'other', 'job B', 'job C']);
  });

  it('never starts work in the listener that queues it', () => {
    const q = createWorkQueue({ concurrency: 1, log: silentLogger });
    let started = false;
    q.push(async () => {
      started = true;
    });
    expect(started).toBe(false);
    expect(q.size).toBe(1);
    return q.idle();
  });

  it('runs at most `concurrency` jobs at once, the rest in order, and drops none', async () => {
    const q = createWorkQueue({ concurrency: 3, log: silentLogger });
    const gates = Array.from({ length: 10 }, gate);
    const started: number[] = [];
    const finished: number[] = [];
    gates.forEach((g, i) =>
      q.push(async () => {
        started.push(i);
        await g.opened;
        finished.push(i);
      }),
    );
    for (let t = 0; t < 10; t++) await turn();
    expect(started).toEqual([0, 1, 2]);
    expect(q.size).toBe(10);
    gates[1]?.open();
    for (let t = 0; t < 10; t++) await turn();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const g of gates) g.open();
    await q.idle();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...finished].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(q.size).toBe(0);
  });

  it('logs a job that fails outside its own error boundary and goes on with the next', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const q = createWorkQueue({ concurrency: 1, log: createLogger('info', sink) });
    const ran: string[] = [];
    q.push(async () => {
      throw new Error('boom');
    });
    q.push(() => {
      throw new Error('thrown before any await');
    });
    q.push(async () => {
      ran.push('third');
    });
    await q.idle();
    expect(ran).toEqual(['third']);
    expect(lines.filter((l) => l.includes('queued work failed outside its error boundary'))).toHaveLength(2);
  });
});
