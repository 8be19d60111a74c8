import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { isRuleList } from '../../../../src/core/knowledge/answer/quote.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe('choosing the sentence that holds the asked fact', () => {
  it('does not take the digits of a rule citation for an asked age', () => {
    const sources = passage(
      '- 34 CFR 361.48(a) (pre-employment transition services)\n- 34 CFR 361.5(c)(51) (definition of student with a disability)',
      'Pre-Employment Transition Services',
      0.8,
      'guides/pre-ets.md',
    );
    const service = passage(
      'Short-term career services for high school students with disabilities. Who can get it: students with disabilities ages 14 to 21 who are enrolled in school.',
      'Pre-Employment Transition Services',
      0.6,
      'directory/pre-ets.json',
    );
    const a = extractiveAnswer('How old must a student be to begin pre-employment transition services?', [sources, service]);
    expect(a.text).toContain('ages 14 to 21');
    expect(a.text).not.toContain('361.48(a) (pre-employment');
    expectValidCitations(a);
  });

  it('recognises a bare list of rule citations', () => {
    expect(isRuleList('34 CFR 361.5(c)(51) (definition of student)')).toBe(true);
    expect(isRuleList('A student can receive them from age 16 up to age 21, under 34 CFR 361.5(c)(51).')).toBe(false);
  });
});
