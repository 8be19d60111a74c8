// Fits the gate's logistic model (src/core/knowledge/answer/gate.ts) on development questions: each
// question's readings (the whole message and each asked part) with their signals; a message is as
// confident as its most confident reading, so the fit alternates choosing each question's reading
// under the current weights and a class-balanced, L2-regularised logistic regression on the chosen
// ones, with every check's weight held at or below 0. The threshold is then chosen on the same questions by bench/calibrate.ts's rule.
import { features, type GateModel, type Signals, CHECKS, confidenceOf } from '../src/core/knowledge/answer/gate.js';
import { choose, sweep, type Confidence } from './calibrate.js';

export interface GateRow {
  id: string;
  question: string;
  answerable: boolean;
  readings: Signals[];
}

/**
 * Strength of the weights' L2 penalty, chosen leave-one-folder-out. Four development folders (unknown-word
 * check deleted): 0.1 and 0.3 gave 18 of 226 answerable and 34 of 58 unanswerable declined (AUC 0.766),
 * 1 gave 19 and 35 (0.765), 3 gave 17 and 33 (0.762). Five folders, final checks: 0.3 gives 14 of 261
 * and 39 of 68 (0.798), 1 gives 14 and 40 (0.798): a tie, and 0.3 lets a check that fires only on
 * unanswerable questions (a place or name the folder never uses) weigh what it shows.
 */
const L2 = 0.3;
const ROUNDS = 3;
const EPOCHS = 3000;
const RATE = 0.1;

function toModel(w: number[], bias: number, threshold: number, fitted?: string): GateModel {
  const weights = { logBase: w[0]!, ...Object.fromEntries(CHECKS.map((c, i) => [c, w[i + 1]!])) } as GateModel['weights'];
  return { weights, bias, threshold, ...(fitted ? { fitted } : {}) };
}

export function rowConfidence(m: GateModel, r: GateRow): number {
  return Math.max(...r.readings.map((s) => confidenceOf(s, m)));
}

export function fitGate(rows: GateRow[], fitted?: string): GateModel {
  const { w, bias } = fitWeights(rows, features);
  const m = toModel(w, bias, 0);
  const conf: Confidence[] = rows.map((r) => ({ id: r.id, question: r.question, answerable: r.answerable, confidence: rowConfidence(m, r), missing: [] }));
  const threshold = choose(sweep(conf, 0.02, 0.98)) ?? 0.5;
  return toModel(w.map(round4), round4(bias), threshold, fitted);
}

/**
 * The fit itself, over any features of a reading (index 0 is log(base), the rest are checks): the
 * gate's own (fitGate) and a dev tool's with candidate checks added (bench/dev/cand-lofo.ts).
 */
export function fitWeights<R>(rows: { answerable: boolean; readings: R[] }[], featuresOf: (reading: R) => number[]): { w: number[]; bias: number } {
  const d = featuresOf(rows[0]!.readings[0]!).length;
  let w = new Array<number>(d).fill(0);
  let bias = 0;
  const y = rows.map((r) => (r.answerable ? 1 : 0));
  const pos = y.reduce((a: number, b) => a + b, 0) / y.length;
  const cw = y.map((v) => (v ? 0.5 / pos : 0.5 / (1 - pos)));
  const confidence = (x: number[]) => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * w[j]!, bias)));
  for (let round = 0; round < ROUNDS; round++) {
    const X = rows.map((r) => (round === 0 ? featuresOf(r.readings[0]!) : r.readings.map(featuresOf).reduce((b, x) => (confidence(x) > confidence(b) ? x : b))));
    for (let e = 0; e < EPOCHS; e++) {
      const g = new Array<number>(d).fill(0);
      let gb = 0;
      X.forEach((x, i) => {
        const z = x.reduce((a, v, j) => a + v * w[j]!, bias);
        const err = (1 / (1 + Math.exp(-z)) - y[i]!) * cw[i]!;
        for (let j = 0; j < d; j++) g[j]! += err * x[j]!;
        gb += err;
      });
      const n = X.length;
      // A check is a reason to doubt: its weight stays at or below 0 (index 0 is log(base)).
      w = w.map((wj, j) => wj - RATE * (g[j]! / n + (L2 * wj) / n)).map((wj, j) => (j === 0 ? wj : Math.min(0, wj)));
      bias -= (RATE * gb) / n;
    }
  }
  return { w, bias };
}

function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
