import { describe, expect, it } from 'vitest';
import { periodMissing, periodsAsked } from '../../../../src/core/knowledge/answer/period.js';

const unit = (text: string, where = 'Winter workshops'): { text: string; where: string } => ({ text, where });

describe('the period check', () => {
  it('reads a month or season asked with its year', () => {
    expect(periodsAsked('How much is the Cooking on a Budget series in April 2027?')).toEqual([['apr', '2027']]);
    expect(periodsAsked('priority date for fall of 2026? and Sept. 2027')).toEqual([['fal', '2026'], ['sep', '2027']]);
    expect(periodsAsked('how much is the cooking series?')).toEqual([]);
  });

  it("doubts a quote giving the year asked only to another run of the series", () => {
    const series = [unit('COOKING ON A BUDGET - Tuesdays, January 19, January 26, February 2 and February 9, 2027. Fee: $25 for all four sessions.')];
    expect(periodMissing('How much is the Cooking on a Budget series in April 2027?', series)).toBe(true);
    expect(periodMissing('How much is the Cooking on a Budget series in February 2027?', series)).toBe(false);
    const terms = [unit('Term | Priority deadline\nFall 2026 | August 3, 2026\nSpring 2027 | December 14, 2026', 'DEADLINES')];
    expect(periodMissing('what is the priority date for fall 2027?', terms)).toBe(true);
    expect(periodMissing('what is the priority date for spring 2027?', terms)).toBe(false);
  });

  it('reads a month or season only as a whole word, with its year anywhere later in the same clause', () => {
    // "Summit" is no summer: the 2027 summit does not name summer 2027.
    const summit = [unit('Registration deadline: February 12, 2027.', 'The Open Door Youth Leadership Summit 2027')];
    expect(periodMissing("what's the accessibility deadline for summer 2027 classes?", summit)).toBe(true);
    // A program's title names its season and year a few words apart.
    const flyer = [unit('Pay: $15.00 an hour', 'SUMMER WORK EXPERIENCE 2027')];
    expect(periodMissing('how much do kids get paid in summer 2027', flyer)).toBe(false);
    // Each season written is read on its own, and a year in the next clause is not its year.
    expect(periodMissing('classes in summer 2027?', [unit('Sessions: Spring 2027, Summer 2027', 'Calendar')])).toBe(false);
    expect(periodMissing('classes in summer 2027?', [unit('Summer session is full; Spring 2027 opens soon', 'Calendar')])).toBe(true);
  });

  it('leaves alone a quote naming no such year (the year check judges it) and a question naming no period', () => {
    expect(periodMissing('How much is the series in April 2027?', [unit('The series costs $25.')])).toBe(false);
    expect(periodMissing('How much is the series in 2027?', [unit('Tuesdays in January 2027; $25.')])).toBe(false);
  });
});
