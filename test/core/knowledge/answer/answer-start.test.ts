import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';
import { withSentenceStart } from '../../../../src/core/skills/passages.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string, piece = 0): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::${piece}`, source, title, headings: [], text }, score };
}

describe('an answer starts where a sentence starts', () => {
  it('quotes a list item after the sentence that introduces its list', () => {
    const seie = passage(
      [
        'Yearly cap: in 2026, up to $9,730 of earnings in the calendar year.',
        'Monthly limit: there is also a cap per month, set each year.',
        'The person must be:',
        '- under age 22, and',
        '- regularly attending school.',
        'Regularly attending means taking classes:',
        '- in grades 7 to 12: at least 12 hours a week;',
        '- in college or university: at least 8 hours a week;',
        '- in a job training course: at least 12 hours a week.',
      ].join('\n'),
      'Student Earned Income Exclusion',
      0.9,
      'guides/seie.md',
    );
    const a = extractiveAnswer('how many hours a week does a college student need for the exclusion?', [seie]);
    expect(a.text).toContain('at least 8 hours a week');
    // The item comes after its list's introduction, never first on its own...
    expect(a.text).not.toMatch(/^in /);
    expect(a.text.indexOf('Regularly attending means taking classes:')).toBeLessThan(a.text.indexOf('at least 8 hours'));
    // ...and is quoted once, not again beside the whole list.
    expect(a.text.split('at least 8 hours a week').length).toBe(2);
    expectValidCitations(a);
  });

  it('quotes a directory entry under the service name, one field a line', () => {
    const entry = passage(
      [
        'Provided by: Valley Rehabilitation Hospital',
        'Driving evaluations and lessons in adapted vehicles for teens and adults with disabilities.',
        'Ages: from 15',
        'Hours: Mon-Fri 8:00-16:30',
        'Fees: Evaluation $395; lessons $95/hour.',
      ].join('\n'),
      'Adaptive Driving Evaluation',
      0.9,
      'directory/services.json',
    );
    entry.chunk.serviceId = 'driving';
    const a = extractiveAnswer('how much does an adaptive driving evaluation cost and from what age?', [entry]);
    expect(a.text).toMatch(/^Adaptive Driving Evaluation:\n/);
    // Each field on a line of its own, never run together ("Ages: from 15 Fees: ...").
    expect(a.text).not.toMatch(/from 15 Fees/);
    expect(a.text).toMatch(/^Fees: Evaluation \$395/m);
    expectValidCitations(a);
  });
});

describe('a passage cut mid-sentence', () => {
  const source = 'handbook/chapter-3.txt';
  const pieces: Chunk[] = [
    passage('Rights transfer to the student at the age of majority. Schools must tell the family at least one year\nbefore the student turns 18, and again', 'Chapter 3', 0, source, 0).chunk,
    passage('at the annual review in the year the\nstudent turns 18. The notice goes in the IEP.', 'Chapter 3', 0, source, 1).chunk,
  ];
  const chunksOf = (s: string) => (s === source ? pieces : []);

  it('is read with the start of its first sentence from the piece before', () => {
    const hit = withSentenceStart({ chunk: pieces[1]!, score: 0.8 }, chunksOf);
    expect(hit.chunk.text).toMatch(/^Schools must tell the family at least one year before the student turns 18, and again at the annual review/);
  });

  it('is left alone when it starts a sentence, or is the first piece', () => {
    const first = { chunk: pieces[0]!, score: 0.8 };
    expect(withSentenceStart(first, chunksOf)).toBe(first);
    const whole = { chunk: { ...pieces[1]!, text: 'The notice goes in the IEP.' }, score: 0.8 };
    expect(withSentenceStart(whole, chunksOf)).toBe(whole);
  });
});
