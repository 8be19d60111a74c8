import { describe, expect, it } from 'vitest';
import { CHECKS, confidenceOf, GATE_MODEL, type Signals } from '../../../../src/core/knowledge/answer/gate.js';
import { DEFAULT_ABSTAIN_THRESHOLD } from '../../../../src/core/knowledge/answer/grounding.js';

describe('the gate model (gate-model.json)', () => {
  it('holds a weight for log(base) and for every named check, and its threshold is the default', () => {
    expect(Object.keys(GATE_MODEL.weights).sort()).toEqual(['logBase', ...CHECKS].sort());
    expect(DEFAULT_ABSTAIN_THRESHOLD).toBe(GATE_MODEL.threshold);
    expect(GATE_MODEL.threshold).toBeGreaterThan(0);
    expect(GATE_MODEL.threshold).toBeLessThan(1);
  });

  it('trusts a better-covered question more, and each check only lowers confidence', () => {
    const plain: Signals = { base: 0.6, cuts: {} };
    expect(confidenceOf({ base: 0.8, cuts: {} })).toBeGreaterThan(confidenceOf(plain));
    for (const c of CHECKS) expect(confidenceOf({ base: 0.6, cuts: { [c]: 1 } })).toBeLessThanOrEqual(confidenceOf(plain));
  });

  it('stays a probability, even with no passage at all', () => {
    const c = confidenceOf({ base: 0, cuts: {} });
    expect(c).toBeGreaterThanOrEqual(0);
    expect(c).toBeLessThan(GATE_MODEL.threshold);
  });
});
