// Injected time, so tests and benchmarks control "now".
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export function fixedClock(at: Date | string): Clock & { set(d: Date | string): void; advance(ms: number): void } {
  let t = new Date(at).getTime();
  return {
    now: () => new Date(t),
    set: (d) => {
      t = new Date(d).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

/** A clock that reads `at` when created and then moves with real elapsed time (monotonic). */
export function runningClock(at: Date | string): Clock {
  const base = new Date(at).getTime();
  const started = performance.now();
  return { now: () => new Date(base + (performance.now() - started)) };
}
