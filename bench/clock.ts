// The bench's one clock: a fixed date, so its figures never depend on the day it runs.
import { fixedClock } from '../src/core/clock.js';

export const BENCH_NOW = '2026-11-25T15:00:00Z';
export const benchClock = () => fixedClock(BENCH_NOW);
