import { describe, expect, it } from 'vitest';
import { createExtractiveAnswerer, extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { MAX_ANSWER_CHARS } from '../../../../src/core/knowledge/answer/quote.js';
import { FIXTURE_ABSTAIN_THRESHOLD } from '../../../fixtures/answer/dev-questions.js';
import { hits } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

const answerer = createExtractiveAnswerer({ abstainThreshold: FIXTURE_ABSTAIN_THRESHOLD });

describe('extractive answers', () => {
  it('answers an age question with the age limits and the rule they come from', async () => {
    const a = await answerer.answer('How old does a kid have to be to get Pre-ETS?', hits(['preEts', 0.78], ['vrElig', 0.41]));
    expect(a.grounded).toBe(true);
    expect(a.mode).toBe('extractive');
    expect(a.text).toContain('age 16');
    expect(a.text).toContain('age 21');
    expect(a.text).toContain('34 CFR 361.5(c)(51)');
    expect(a.text.length).toBeLessThan(MAX_ANSWER_CHARS);
    expectValidCitations(a);
    expect(a.citations[0]!.source).toBe('federal/pre-ets.md');
  });

  it('quotes a money figure with the year it applies to when the sentence lacks one', async () => {
    const a = await answerer.answer("What's the monthly SSI check for one person?", hits(['ssi18', 0.71], ['able', 0.38]));
    expect(a.text).toMatch(/\$994 a month for an individual \(2026 figure\)\./);
    expectValidCitations(a);
  });

  it('takes the year from the passage text when the chunk has no asOf', async () => {
    const a = await answerer.answer('How much money can be saved in an ABLE account without losing SSI?', hits(['able', 0.77]));
    expect(a.text).toContain('$100,000');
    expect(a.text).toMatch(/\$100,000[^[]*\(2026 figure\)/);
  });

  it('gives phone, hours, address and who runs the agency when asked how to apply', async () => {
    const a = await answerer.answer(
      'Who do I call to apply for job help in Harbor County?',
      hits(['harborVr', 0.81], ['vrElig', 0.44], ['preEts', 0.35]),
    );
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('(555) 010-2200');
    expect(a.text).toContain('Mon-Fri 8:00 AM-4:30 PM');
    expect(a.text).toContain('41 Mill Street');
    expect(a.text).toContain('State Division of Vocational Rehabilitation');
    expect(a.text.length).toBeLessThan(MAX_ANSWER_CHARS);
    expectValidCitations(a);
    const vr = a.citations.find((c) => c.source === 'harbor-county.json#svc-vr');
    expect(vr?.contact?.phones).toEqual(['(555) 010-2200']);
  });

  it('answers "when are they open" with the hours of the service asked about', async () => {
    const a = await answerer.answer(
      'Where is the independent living center and when are they open?',
      hits(['bayCil', 0.72], ['harborVr', 0.3]),
    );
    expect(a.text).toContain('Mon-Thu 9:00 AM-5:00 PM');
    expect(a.text).toContain('900 Shore Road');
    expect(a.text).not.toContain('(555) 010-2200');
  });

  it('adds the contact line when the best source is a directory service, even if nobody asked how to reach it', async () => {
    const a = await answerer.answer('How much does a paratransit ride cost?', hits(['paratransit', 0.74]));
    expect(a.text).toContain('$3.50 (2025 figure)');
    expect(a.text).toContain('(555) 010-4400');
    expectValidCitations(a);
  });

  it("gives only the phone of a directory service asked for an amount its hours and address do not say, and all its details when asked where it is", async () => {
    const cost = await answerer.answer('How much does a paratransit ride cost?', hits(['paratransit', 0.74]));
    expect(cost.text).toContain('$3.50');
    expect(cost.text).toContain('(555) 010-4400');
    expect(cost.text).not.toContain('12 Depot Avenue');
    const where = await answerer.answer('Where is the paratransit office and when is it open?', hits(['paratransit', 0.74]));
    expect(where.text).toContain('12 Depot Avenue');
    expect(where.text).toContain('6:00 AM-10:00 PM');
    expectValidCitations(cost);
  });

  it('leaves contact details out when a guide answers and the question is not about reaching anyone', async () => {
    const a = await answerer.answer("Does SSI still count our income once she's 18?", hits(['ssi18', 0.69], ['harborVr', 0.3]));
    expect(a.grounded).toBe(true);
    expect(a.text).not.toContain('(555) 010-2200');
  });

  it('gives the phone number to a "who helps with ... around here" question', async () => {
    const a = await answerer.answer('Who helps young people with job help around here?', hits(['harborVr', 0.8], ['vrElig', 0.5]));
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('(555) 010-2200');
    expectValidCitations(a);
  });

  it('keeps sentences of one source in reading order and cites each source once', async () => {
    const a = await answerer.answer(
      'If my son gets a part-time job, how much of his paycheck does SSI ignore?',
      hits(['ssi18', 0.64], ['able', 0.33]),
    );
    expect(a.text).toContain('$20');
    expect(a.text).toContain('$65');
    const first = a.text.indexOf('$20');
    const later = a.text.indexOf('$9,730');
    if (later >= 0) expect(later).toBeGreaterThan(first);
    expectValidCitations(a);
  });

  it('stays under 800 characters even when every passage matches', async () => {
    // The ungated answer, so the budget is tested on a question that touches every passage.
    const a = extractiveAnswer(
      'What do VR, Pre-ETS, SSI, SSDI, the IEP and college accommodations mean for students at 16, 18 and 21?',
      hits(['vrElig', 0.7], ['preEts', 0.69], ['ssi18', 0.68], ['iep', 0.67], ['college', 0.66]),
    );
    expect(a.text.length).toBeGreaterThan(400);
    expect(a.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
    expectValidCitations(a);
  });

  it('declines an unrelated question with no citations, listing the closest sources apart', async () => {
    const a = await answerer.answer('What is the deadline to register for the SAT?', hits(['college', 0.29], ['iep', 0.2]));
    expect(a.grounded).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.text).toMatch(/^I don't know/);
    expect(a.text).toContain('transition coordinator');
    expect(a.text).not.toMatch(/\[\d\]/);
    expect(a.closest?.map((c) => c.source)).toEqual(['federal/college-accommodations.md', 'federal/iep-transition.md']);
  });

  it('declines when search found nothing at all', async () => {
    const a = await answerer.answer('How old does a kid have to be to get Pre-ETS?', []);
    expect(a.grounded).toBe(false);
    expect(a.closest).toBeUndefined();
  });
});
