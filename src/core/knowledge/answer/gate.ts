// The gate's combination of its named checks: a small logistic model over the evidence grounding.ts
// gathers (the log of the search-and-coverage base, and how often each named check fired), with its
// weights, bias and threshold stored as data (gate-model.json). Each check is a reason to doubt: its
// weight is fitted no higher than 0, so no check can raise confidence. bench/dev/fit-gate.ts fits them on
// the pooled development folders (never the starter's official set, never the sealed folder); the
// bench fits them again leaving each folder out and measures on it. A check whose removal does not
// lower the leave-one-folder-out balance is deleted from grounding.ts, not just given weight 0.
import model from './gate-model.json' with { type: 'json' };

/** The named checks the gate combines; each is a count of how often it fired (grounding.ts). */
export const CHECKS = ['unknownName', 'unknownNoun', 'quoteKindMissing', 'otherPlace', 'focusNameMissing', 'yearMissing', 'periodMissing'] as const;
export type Check = (typeof CHECKS)[number];
export type Checks = Partial<Record<Check, number>>;

/** The evidence behind a confidence: the search-and-coverage base and how often each check fired. */
export interface Signals {
  base: number;
  cuts: Checks;
  /** The base's parts: best sentence, best passage and all top passages' coverage, and the top fused score. */
  parts?: { sentence: number; single: number; all: number; top: number };
}

export interface GateModel {
  /** Weight of log(base), then one weight per check, in CHECKS order. */
  weights: { logBase: number } & Record<Check, number>;
  bias: number;
  /** Confidence needed to answer, chosen with the weights (bench/calibrate.ts's rule). */
  threshold: number;
  /** Where and when the weights were fitted. */
  fitted?: string;
}

export const GATE_MODEL: GateModel = model as unknown as GateModel;

/** A base of zero (no passage at all) reads as this, so log(base) stays finite. */
const BASE_FLOOR = 1e-3;

/** The features the model reads, in a fixed order: log(base), then each check's count. */
export function features(s: Signals): number[] {
  return [Math.log(Math.max(s.base, BASE_FLOOR)), ...CHECKS.map((c) => s.cuts[c] ?? 0)];
}

/** The model's weights in feature order. */
export function weightVector(m: GateModel): number[] {
  return [m.weights.logBase, ...CHECKS.map((c) => m.weights[c])];
}

/** Confidence in [0, 1]: the logistic of the weighted evidence. */
export function confidenceOf(s: Signals, m: GateModel = GATE_MODEL): number {
  const w = weightVector(m);
  const z = features(s).reduce((a, x, i) => a + x * w[i]!, m.bias);
  return 1 / (1 + Math.exp(-z));
}

/** One part of a confidence: what the gate read (`value`) and the weight it carries (the bias reads 1). */
export interface GateTerm {
  name: 'bias' | 'logBase' | Check;
  value: number;
  weight: number;
}

/** Why the gate answered or declined: the confidence, the threshold it was held to, and its parts. */
export interface GateVerdict {
  confidence: number;
  threshold: number;
  terms: GateTerm[];
  /** Question words none of the passages found holds (grounding.ts), when there are any. */
  missing?: string[];
}

/** The confidence's parts, in the order the model adds them: bias, log(base), then each check. */
export function gateTerms(s: Signals, m: GateModel = GATE_MODEL): GateTerm[] {
  const w = weightVector(m);
  const names = ['logBase', ...CHECKS] as const;
  return [{ name: 'bias', value: 1, weight: m.bias }, ...features(s).map((value, i) => ({ name: names[i]!, value, weight: w[i]! }))];
}
