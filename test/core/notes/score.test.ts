import { describe, expect, it } from 'vitest';
import { combineScores, matchItems, sameOwner, scoreF1, taskSimilarity } from '../../../src/core/notes/score.js';

const gold = [
  { owners: ['Ms. Alvarez'], task: 'send the VR application packet to the family', due: '2026-11-27' },
  { owners: ['Ana', 'Tom'], task: 'visit the animal shelter program', due: null },
];

describe('scoring extracted items', () => {
  it('matches tasks worded differently when they share most words', () => {
    expect(taskSimilarity('Send the VR application packet to the family', 'sending VR application packets to family')).toBeGreaterThanOrEqual(0.5);
    expect(taskSimilarity('send the VR packet', 'call the DD agency')).toBeLessThan(0.5);
  });

  it('treats "Alvarez", "Ms. Alvarez" and "@alvarez" as the same owner, but not another name', () => {
    expect(sameOwner('Ms. Alvarez', 'Alvarez')).toBe(true);
    expect(sameOwner('@alvarez', 'Alvarez')).toBe(true);
    expect(sameOwner('Dana', 'Tom')).toBe(false);
  });

  it('counts an item right only when owners, due and task all match', () => {
    const predicted = [
      { owners: ['Alvarez'], task: 'send VR application packet to family', due: '2026-11-27' },
      { owners: ['Tom', 'Ana'], task: 'visit the animal shelter program', due: '2026-12-01' }, // wrong date
      { owners: ['Mom'], task: 'bring the records', due: null }, // not in the key
    ];
    const r = matchItems(predicted, gold);
    expect(r.matches.map((m) => [m.predicted, m.gold])).toEqual([[0, 0]]);
    expect(r.extra).toEqual([1, 2]);
    expect(r.missed).toEqual([1]);
    const s = scoreF1(predicted, gold);
    expect(s).toMatchObject({ tp: 1, fp: 2, fn: 1 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
    expect(s.f1).toBeCloseTo(0.4);
  });

  it('needs the same number of owners: one of two owners is not a match', () => {
    expect(scoreF1([{ owners: ['Ana'], task: 'visit the animal shelter program', due: null }], gold).tp).toBe(0);
  });

  it('uses each gold item once, and sums counts across notes', () => {
    const dup = [gold[0]!, gold[0]!];
    expect(scoreF1(dup, gold)).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    const total = combineScores([scoreF1(gold, gold), scoreF1([], gold)]);
    expect(total).toMatchObject({ tp: 2, fp: 0, fn: 2, precision: 1, recall: 0.5 });
  });
});
