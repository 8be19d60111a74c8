import { describe, expect, it } from 'vitest';
import { holdsFacts } from '../../src/eval/facts.js';
import { bootstrap, wilson } from '../../src/eval/intervals.js';
import { microF1, scoreNote } from '../../src/eval/notes-score.js';
import { firstRightRank, sameSource } from '../../src/eval/sources.js';

describe('intervals', () => {
  it('Wilson: 8 of 10 is 0.80 (0.49–0.94); 0 of 0 is n/a', () => {
    const e = wilson(8, 10);
    expect(e.value).toBe(0.8);
    expect(e.low).toBeCloseTo(0.49, 2);
    expect(e.high).toBeCloseTo(0.943, 2);
    expect(Number.isNaN(wilson(0, 0).value)).toBe(true);
  });

  it('the bootstrap is seeded: the same interval every run, around the value', () => {
    const xs = [1, 0.5, 0, 1, 1, 0.33, 0, 1];
    const mean = (s: number[]) => s.reduce((a, b) => a + b, 0) / s.length;
    const a = bootstrap(xs, mean);
    expect(bootstrap(xs, mean)).toEqual(a);
    expect(a.low).toBeLessThan(a.value);
    expect(a.high).toBeGreaterThan(a.value);
  });
});

describe('sources', () => {
  it('compares an HSDS service by its id whatever table the gold names, and files by name', () => {
    const id = 'f2a1d98c-0048-56a6-b8b6-4840da370f59';
    expect(sameSource(`directory/services.csv#${id}`, `directory/required_documents.csv#${id}`)).toBe(true);
    expect(sameSource(`directory/services.csv#${id}`, `services.csv#${id}`)).toBe(true);
    expect(sameSource(`directory/services.csv#${id}`, 'directory/services.csv#other')).toBe(false);
    expect(sameSource('guides/vr.md', 'vr.md')).toBe(true);
    expect(sameSource('guides/vr.md', 'other/vr.md')).toBe(false);
  });

  it('ranks within the first five only', () => {
    expect(firstRightRank(['a.md', 'b.md', 'c.md'], ['c.md'])).toBe(3);
    expect(firstRightRank(['1', '2', '3', '4', '5', 'c.md'], ['c.md'])).toBeNull();
  });

  it('a fact counts only in the first 1,000 characters', () => {
    expect(holdsFacts(`${'x'.repeat(990)} 60 days`, ['60 days'])).toBe(true);
    expect(holdsFacts(`${'x'.repeat(1000)} 60 days`, ['60 days'])).toBe(false);
  });
});

describe('notes items', () => {
  const gold = [
    { owners: ['Dana Ruiz', 'Ms. Ruiz'], task: 'send the Pre-ETS referral to DVR', keywords: ['Pre-ETS', 'referral', 'DVR'], due: '2026-03-06' },
    { owners: ['Mr. Okafor'], task: 'schedule the work assessment', keywords: ['work assessment'], due: null },
  ];

  it('owner by substring either way, the exact date, and half the keywords; each item once', () => {
    const s = scoreNote(
      [
        { owners: ['Dana'], task: 'send referral for Pre-ETS', due: '2026-03-06' },
        { owners: ['Dana'], task: 'send referral for Pre-ETS', due: '2026-03-06' },
        { owners: ['Okafor'], task: 'schedule the work assessment', due: '2026-03-20' },
      ],
      gold,
    );
    expect(s.withDates).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(s.withoutDates).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(s.missed).toEqual([1]);
  });

  it('a gold item without keywords uses its task words; an empty note found empty is F1 1', () => {
    const s = scoreNote([{ owners: ['Kim'], task: 'call the intake office', due: null }], [{ owners: ['Kim Tran'], task: 'call intake', due: null }]);
    expect(s.withDates.tp).toBe(1);
    expect(microF1([{ tp: 0, fp: 0, fn: 0 }])).toBe(1);
  });
});
