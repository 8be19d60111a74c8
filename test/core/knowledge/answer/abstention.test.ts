import { describe, expect, it } from 'vitest';
import { askedFor, holdsAsked } from '../../../../src/core/knowledge/answer/asked.js';
import { isBoilerplate } from '../../../../src/core/knowledge/answer/boilerplate.js';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { questionTerms } from '../../../../src/core/knowledge/answer/terms.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';
import { FIXTURE_ABSTAIN_THRESHOLD } from '../../../fixtures/answer/dev-questions.js';
import { hits } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function hit(source: string, title: string, text: string, score: number): Hit {
  const chunk: Chunk = { id: `${source}::0`, source, title, headings: [], text, hash: source };
  return { chunk, score };
}

describe('abstention on near misses', () => {
  it('declines when a specific name in the question is in no passage search returned (a place, an exam)', () => {
    const h = hits(['college', 0.6], ['iep', 0.4]);
    const near = assessGrounding('How do we ask the College Board for extra time on the SAT?', h, FIXTURE_ABSTAIN_THRESHOLD);
    const plain = assessGrounding('How does a student ask the college for extra time on tests?', h, FIXTURE_ABSTAIN_THRESHOLD);
    expect(near.absent).toContain('sat');
    expect(near.confidence).toBeLessThan(plain.confidence);
  });

  it('trusts "what is the cap" less when the passages name the cap but hold no amount for it', () => {
    const q = 'What is the lifetime balance cap for an ABLE account?';
    // A fixed threshold: the missing amount is what this checks, not where the calibrated default sits.
    const without = assessGrounding(q, [hit('guides/able.md', 'ABLE accounts', 'Each state sets a lifetime cap on the total balance. Anyone can put money in.', 0.4)], 0.6);
    const withAmount = assessGrounding(q, [hit('guides/able.md', 'ABLE accounts', 'Each state sets a lifetime cap on the total balance, $500,000 in 2026.', 0.4)], 0.6);
    expect(without.focus?.kindMissing).toBe('money');
    expect(withAmount.focus?.kindMissing).toBeUndefined();
    expect(without.grounded).toBe(false);
    expect(withAmount.grounded).toBe(true);
  });

  it('needs the counted thing next to the number for "how many days"', () => {
    const asked = askedFor('How many days do we have to send back the packet?')!;
    expect(holdsAsked(asked, 'Return it within 30 days.')).toBe(true);
    expect(holdsAsked(asked, 'Call 555-0107. Ages 14 to 21.')).toBe(false);
  });

  it('still answers a padded, casual question (personal detail weighs almost nothing)', () => {
    const h = hits(['vrElig', 0.62], ['ssi18', 0.4]);
    const q = 'honestly we are lost, my boy has been on SSDI since he was tiny, does he still have to prove he qualifies for vocational rehab?';
    const g = assessGrounding(q, h, FIXTURE_ABSTAIN_THRESHOLD);
    expect(g.absent).not.toEqual(expect.arrayContaining(['boy', 'tiny', 'honest']));
    expect(g.grounded).toBe(true);
    const padding = questionTerms(q).filter((t) => t.padding).map((t) => t.key);
    expect(padding).toEqual(expect.arrayContaining(['boy', 'tiny', 'still']));
  });
});

describe('what the offline answer quotes', () => {
  it("never quotes a review date or a title line, even when they share the question's words", () => {
    expect(isBoilerplate('Last reviewed: November 2026')).toBe(true);
    expect(isBoilerplate('ABLE Accounts: Saving Without Losing SSI', ['ABLE Accounts: Saving Without Losing SSI'])).toBe(true);
    expect(isBoilerplate('The first $100,000 is not counted by SSI.')).toBe(false);
    const h = [
      hit(
        'pages/able.html',
        'ABLE accounts and SSI',
        'ABLE accounts and SSI\n\nLast reviewed: November 2026\n\nSSI ignores the first $100,000 in an ABLE account (2026).',
        0.9,
      ),
    ];
    const a = extractiveAnswer('How much money in an ABLE account does SSI ignore?', h);
    expect(a.text).toContain('$100,000');
    expect(a.text).not.toContain('Last reviewed');
    expectValidCitations(a);
  });

  it('quotes the whole list for a "what are the five ..." question', () => {
    const text =
      'Pre-ETS has two kinds of activities.\n\nThe five required activities are:\n- job exploration counseling\n- work-based learning\n- counseling on postsecondary options\n- workplace readiness training\n- instruction in self-advocacy\n\nStates may also offer authorized activities once the required activities are available.';
    const a = extractiveAnswer('What are the five required activities in Pre-ETS?', [hit('pages/pre-ets.html', 'Pre-ETS', text, 0.95)]);
    expect(a.text).toContain('job exploration counseling');
    expect(a.text).toContain('instruction in self-advocacy');
  });
});
