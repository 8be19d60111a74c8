import { describe, expect, it } from 'vitest';
import { directoryFigures } from '../../src/eval/directory-score.js';
import { offeredServiceIds } from '../../src/eval/offered.js';

describe('offeredServiceIds', () => {
  it('reads services from cited sources in order, without repeats or non-directory sources', () => {
    const answer = {
      grounded: true,
      citations: [
        { source: 'directory/services.json#svc-2' },
        { source: 'guides/vr-eligibility.md' },
        { source: 'directory/river/services.csv#svc-1' },
        { source: 'directory/services.json#svc-2' },
      ],
    };
    expect(offeredServiceIds(answer)).toEqual(['svc-2', 'svc-1']);
  });

  it('puts directory cards first and reads their serviceId', () => {
    const answer = { grounded: true, citations: [{ source: 'd.json#b' }], cards: [{ serviceId: 'a' }, { serviceId: 'b' }] };
    expect(offeredServiceIds(answer)).toEqual(['a', 'b']);
  });

  it('offers nothing when the answer declined, even with nearest sources listed', () => {
    expect(offeredServiceIds({ grounded: false, citations: [{ source: 'd.json#a' }] })).toEqual([]);
  });
});

describe('directoryFigures', () => {
  const gold = [
    { id: 'q1', question: 'travel training in oakdale', fits: ['a', 'b'], answerable: true },
    { id: 'q2', question: 'free respite in pine ridge', fits: ['c'], answerable: true },
    { id: 'q3', question: 'somali job coaching on saturday', fits: [], answerable: false },
    { id: 'q4', question: 'arabic driver training', fits: [], answerable: false },
  ];

  it('counts fitting offers, a fit among the first three, and declines', () => {
    const f = directoryFigures(gold, [
      { id: 'q1', offered: ['x', 'a'] },
      { id: 'q2', offered: ['x', 'y', 'z', 'c'] },
      { id: 'q3', offered: [] },
      { id: 'q4', offered: ['x'] },
    ]);
    expect(f.fitting.value).toBeCloseTo(2 / 7);
    expect(f.top3).toMatchObject({ value: 0.5, n: 2 });
    expect(f.declined).toMatchObject({ value: 0.5, n: 2 });
    expect(f.falseDeclined).toMatchObject({ value: 0, n: 2 });
  });

  it('counts a question with no outcome as declined', () => {
    const f = directoryFigures(gold, []);
    expect(f.declined.value).toBe(1);
    expect(f.falseDeclined.value).toBe(1);
    expect(f.fitting.n).toBe(0);
  });
});
