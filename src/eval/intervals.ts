// 95% intervals for small samples: Wilson's score interval for a proportion, and a seeded
// percentile bootstrap for anything else (MRR, F1), so a rerun prints the same interval.

export interface Estimate {
  value: number;
  low: number;
  high: number;
  /** How many units (questions or notes) the figure is over. */
  n: number;
}

const Z95 = 1.959964;

export function wilson(k: number, n: number): Estimate {
  if (n === 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN, n };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), n };
}

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BOOTSTRAP_SEED = 20261206;
export const BOOTSTRAP_ROUNDS = 2000;

/** `stat` over the units, with the 2.5th and 97.5th percentiles of `stat` over resamples drawn with replacement. */
export function bootstrap<T>(units: T[], stat: (sample: T[]) => number, seed = BOOTSTRAP_SEED, rounds = BOOTSTRAP_ROUNDS): Estimate {
  const n = units.length;
  if (n === 0) return { value: Number.NaN, low: Number.NaN, high: Number.NaN, n };
  const random = generator(seed);
  const stats: number[] = [];
  const sample: T[] = new Array<T>(n);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) sample[i] = units[Math.floor(random() * n)]!;
    stats.push(stat(sample));
  }
  stats.sort((a, b) => a - b);
  const at = (q: number) => stats[Math.min(rounds - 1, Math.max(0, Math.round(q * (rounds - 1))))]!;
  return { value: stat(units), low: at(0.025), high: at(0.975), n };
}
