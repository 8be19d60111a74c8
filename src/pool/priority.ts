// Answer threads give way to the thread that acknowledges. When the cores are busy (a burst), the main
// thread, which reads each request and acknowledges it within Slack's 3 s and Teams' 15 s, should run
// before a worker computing an answer that takes seconds anyway. Linux keeps a nice value per thread, so a
// worker lowers its own; elsewhere the value belongs to the whole process and it is left alone.
import { setPriority } from 'node:os';

/** How much lower than the main thread a worker runs (nice 5: about a third of its share of a busy core). */
export const WORKER_NICE = 5;

/** Lowers the calling thread's priority on Linux; returns whether it did. */
export function yieldToAcknowledgements(platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return false;
  try {
    // pid 0: the calling thread, on Linux.
    setPriority(0, WORKER_NICE);
    return true;
  } catch {
    // Not permitted here (a sandbox): the worker keeps the main thread's priority.
    return false;
  }
}
