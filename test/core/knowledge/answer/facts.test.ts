import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { annotateFigures } from '../../../../src/core/knowledge/answer/facts.js';
import { splitSentences } from '../../../../src/core/knowledge/answer/sentences.js';
import { chunk, hits } from '../../../fixtures/answer/passages.js';

const base = { title: 'Guide', headings: [] as string[] };

describe('figures carry their year or rule', () => {
  it('adds the asOf year to a money figure', () => {
    expect(annotateFigures('The rate is $994 a month.', { ...base, text: '', asOf: '2026' })).toBe(
      'The rate is $994 a month (2026 figure).',
    );
  });

  it('leaves a sentence that already names its year or rule alone', () => {
    const c = { ...base, text: 'See 34 CFR 361.5(c)(51).', asOf: '2026' };
    expect(annotateFigures('In 2025 the fare was $3.', c)).toBe('In 2025 the fare was $3.');
    expect(annotateFigures('Ages 16 to 21 (34 CFR 361.5(c)(51)).', c)).toBe('Ages 16 to 21 (34 CFR 361.5(c)(51)).');
  });

  it('cites the rule from the same passage for an age limit', () => {
    const c = { ...base, text: 'Pre-ETS ages are set by 34 CFR 361.5(c)(51). Students from age 16 can take part.' };
    expect(annotateFigures('Students from age 16 can take part.', c)).toBe(
      'Students from age 16 can take part (34 CFR 361.5(c)(51)).',
    );
  });

  it('does not treat durations as age limits', () => {
    expect(annotateFigures('A decision comes within 60 days.', { ...base, text: '', asOf: '2026' })).toBe(
      'A decision comes within 60 days.',
    );
  });

  it('takes the year from the words around a figure: "in 2026", "2026 rate", a dated heading', () => {
    expect(annotateFigures('A ride costs $3.50.', { ...base, text: 'Fares changed in 2026. A ride costs $3.50.' })).toBe('A ride costs $3.50 (2026 figure).');
    expect(annotateFigures('A ride costs $3.50.', { ...base, text: 'The 2025-26 fee schedule: a ride costs $3.50.' })).toBe('A ride costs $3.50 (2025 figure).');
    expect(annotateFigures('A ride costs $3.50.', { ...base, headings: ['Effective January 1, 2026'], text: 'A ride costs $3.50.' })).toBe(
      'A ride costs $3.50 (2026 figure).',
    );
  });

  it('never reads a year from a name, an id or a phone number', () => {
    const service = {
      title: 'Club 1987 Respite Care',
      headings: [],
      text: 'Provided by: Route 1987 Riders\nPhone: (555) 555-1987\nId: svc-2019\nFees: $21 per session\nLast reviewed: 2026-03-14',
    };
    expect(annotateFigures('Fees: $21 per session', service)).toBe('Fees: $21 per session');
    // A sentence whose only four-digit number is a phone still gets the passage's year.
    expect(annotateFigures('Call 555-2024 about the $40 fee.', { ...base, text: 'Rates set in 2026.' })).toBe('Call 555-2024 about the $40 fee (2026 figure).');
  });

  it('leaves a figure bare rather than invent a year when the passage has none', () => {
    expect(annotateFigures('A ride costs $3.50.', { ...base, text: 'A ride costs $3.50.' })).toBe('A ride costs $3.50.');
  });
});

describe('sentences', () => {
  it('does not split inside rule citations, money or abbreviations', () => {
    const s = splitSentences(
      'Eligibility follows 34 CFR 361.42(a)(1). The cap is $9,730.50 a year, e.g. for U.S. students. Dr. Lee runs it.\n- Bring ID\n- Bring the IEP',
    ).map((x) => x.text);
    expect(s).toEqual([
      'Eligibility follows 34 CFR 361.42(a)(1).',
      'The cap is $9,730.50 a year, e.g. for U.S. students.',
      'Dr. Lee runs it.',
      'Bring ID',
      'Bring the IEP',
    ]);
  });

  it('makes each table row a unit, so the row that answers is quoted without the rest of the table', () => {
    const table = 'County | District office\nArdell | Northeast – Port Ardell\nWickham | Northeast – Port Ardell\n\nAll offices close on state holidays.';
    expect(splitSentences(table).map((x) => x.text)).toEqual([
      'County | District office',
      'Ardell | Northeast – Port Ardell',
      'Wickham | Northeast – Port Ardell',
      'All offices close on state holidays.',
    ]);
  });

  it('keeps each phone-tree entry with its own number, joined lines or not', () => {
    const tree =
      'Student 14-21 wants to explore jobs\n  -> Lakeland VR, Pre-ETS coordinator ............... 555-0103\n' +
      'Student or adult wants full VR services\n  -> Lakeland VR, Maple District intake ............. 555-0101  (TTY 555-0102)\n' +
      'Needs a job coach (18+)\n  -> Forward Employment Partners (referral by VR) .. 555-0123';
    const expected = [
      'Student 14-21 wants to explore jobs -> Lakeland VR, Pre-ETS coordinator: 555-0103',
      'Student or adult wants full VR services -> Lakeland VR, Maple District intake: 555-0101 (TTY 555-0102)',
      'Needs a job coach (18+) -> Forward Employment Partners (referral by VR): 555-0123',
    ];
    expect(splitSentences(tree).map((x) => x.text)).toEqual(expected);
    // The text loader joins the lines of a paragraph: the entries must still end at their numbers.
    expect(splitSentences(tree.replace(/\s*\n\s*/g, ' ')).map((x) => x.text)).toEqual(expected);
  });

  it('truncates to the budget it is given and keeps a citation', () => {
    const a = extractiveAnswer('Who qualifies for vocational rehab services?', hits(['vrElig', 0.74]), 200);
    expect(a.text.length).toBeLessThanOrEqual(200);
    expect(a.text).toMatch(/\[1\]/);
    expect(a.citations).toHaveLength(1);
    expect(chunk('vrElig').text).toContain(a.text.split(' [1]')[0]!.replace(/…$/, ''));
  });
});
