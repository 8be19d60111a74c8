import { describe, expect, it } from 'vitest';
import { agesIn } from '../../../../src/core/knowledge/directory/text-ages.js';

describe('ages a directory entry states in words', () => {
  it('reads ranges, lower and upper bounds as exports write them when the age fields are empty', () => {
    expect(agesIn('Students with disabilities ages 16-21 who are eligible for VR.')).toEqual({ min: 16, max: 21 });
    expect(agesIn('Mental health services designed for young people 16 to 25: therapy, peer support.')).toEqual({ min: 16, max: 25 });
    expect(agesIn('Youth and adults, 16 and older, enrolled in DD services.')).toEqual({ min: 16 });
    expect(agesIn('Ages 14 and up.')).toEqual({ min: 14 });
    expect(agesIn('Deaf and hard of hearing children and youth to age 21 and families.')).toEqual({ max: 21 });
    expect(agesIn('Families of children with disabilities, birth to 26, and professionals.')).toEqual({ min: 0, max: 26 });
  });

  it('does not take durations, program names or prices for ages', () => {
    expect(agesIn('About 30 hours over 6-12 weeks, ending in a written Career Profile.')).toBeUndefined();
    expect(agesIn('For students who finished the 18-21 program in June.')).toBeUndefined();
    expect(agesIn(undefined)).toBeUndefined();
  });
});
