import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/knowledge/text.js';
import { expandTokens, findConcepts } from '../../../src/core/knowledge/thesaurus.js';

const concepts = (text: string) => findConcepts(tokenize(text));

describe('thesaurus', () => {
  it('maps everyday words and agency acronyms to the same concept', () => {
    expect(concepts('Where can my son get job help?')).toContain('c:vr');
    expect(concepts('Call DORS about it')).toContain('c:vr');
    expect(concepts('Vocational Rehabilitation eligibility')).toContain('c:vr');
    expect(concepts('Will her disability check stop?')).toContain('c:ssi');
    expect(concepts('Supplemental Security Income at 18')).toContain('c:ssi');
  });

  it('matches multi-word phrases once, longest first', () => {
    expect(concepts('the order of selection list')).toEqual(['c:oos']);
    expect(concepts('a Pre-ETS provider')).toEqual(['c:pre_ets']);
    expect(concepts('pre-employment transition services')).toEqual(['c:pre_ets']);
  });

  it('does not treat the ordinary word "able" as an ABLE account', () => {
    expect(concepts('is she able to stay')).not.toContain('c:able');
    expect(concepts('open an ABLE account')).toContain('c:able');
  });

  it('lets a plain-language question share a concept with the formal document', () => {
    const question = expandTokens(tokenize('Can we save money for him without losing his check?'));
    const doc = expandTokens(tokenize('ABLE accounts: savings account rules for SSI recipients'));
    const shared = question.filter((t) => t.startsWith('c:') && doc.includes(t));
    expect(shared).toContain('c:able');
  });
});
