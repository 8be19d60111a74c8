import { describe, expect, it } from 'vitest';
import { namesYear, yearMissing, yearsNamed } from '../../../../src/core/knowledge/answer/year.js';

const unit = (text: string, where = 'Tuition cap'): { text: string; where: string } => ({ text, where });

describe('the year check', () => {
  it('reads a school year however it is written', () => {
    expect(yearsNamed('rates for 2027-28?')).toEqual(['2027-28']);
    expect(yearsNamed('the 2027–2028 handbook')).toEqual(['2027-28']);
    expect(yearsNamed('in 2026, and 2027/28')).toEqual(['2027-28', '2026']);
  });

  it('does not take the 2026-27 figure for a question about 2027-28', () => {
    const quote = [unit('The tuition cap is $6,140 per semester.', 'Tuition cap for the 2026–2027 academic year')];
    expect(yearMissing('whats the tuition cap for the 2027-28 school yr?', quote)).toBe(true);
    expect(yearMissing('whats the tuition cap for the 2026-27 school yr?', quote)).toBe(false);
  });

  it('takes a school year as naming both of its years for a question about one year', () => {
    expect(namesYear('2027', 'Student Handbook 2026-2027')).toBe(true);
    expect(namesYear('2026', 'Student Handbook 2026-2027')).toBe(true);
    expect(namesYear('2028', 'Student Handbook 2026-2027')).toBe(false);
  });

  it('doubts a quote about another year, not one about the year asked or a question naming none', () => {
    expect(yearMissing('when is the 2027 fair?', [unit('The fair is on October 15, 2026.', 'Fair')])).toBe(true);
    expect(yearMissing('when is the 2026 fair?', [unit('The fair is on October 15, 2026.', 'Fair')])).toBe(false);
    expect(yearMissing('when is the fair?', [unit('The fair is on October 15, 2026.', 'Fair')])).toBe(false);
  });
});
