import { describe, expect, it } from 'vitest';
import { loadPlainText } from '../../../../src/core/knowledge/loaders/plain-text.js';
import { joinBroken, knownWords, withoutPageFurniture } from '../../../../src/core/knowledge/loaders/pages.js';

/** A page of prose: `n` numbered sentences, one a line, so pages are long enough to be pages. */
const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `The ${topic} rule number ${i + 1} is explained here in full.`).join('\n');

/** A guide converted from PDF: a running header under every page number line, sentences cut by page breaks. */
const guide = [
  'Harbor College',
  'Access Services Guide',
  '',
  filler('intake', 16),
  'Last year we worked with 412 stu-',
  '',
  '-- 1 --',
  '',
  'Harbor College                     Access Services Guide 2026-2027',
  '',
  'dents, about 9 percent of enrolled students.',
  '',
  filler('testing', 16),
  'You must book each test at least 5 business days before the test date, and students under',
  '',
  '-- 2 --',
  '',
  'Harbor College                     Access Services Guide 2026-2027',
  '',
  '18 book with a parent present.',
  '',
  filler('housing', 16),
  '',
  '-- 3 --',
].join('\n');

describe('PDF-converted plain text', () => {
  const text = loadPlainText(guide, 'college/guide.txt').sections.map((s) => s.text).join('\n\n');

  it('drops the running header and the page numbers wherever they fall', () => {
    expect(text).not.toContain('Access Services Guide 2026-2027');
    expect(text).not.toMatch(/-- \d --/);
  });

  it('joins back the sentence a page break cut, and the word hyphenated across it', () => {
    expect(text).toContain('Last year we worked with 412 students, about 9 percent of enrolled students.');
    expect(text).toContain('and students under 18 book with a parent present.');
  });

  it('leaves text without pages as it was', () => {
    const plain = ['Week 1', '', filler('week', 20), '', 'Week 2', '', filler('week', 20)].join('\n');
    expect(withoutPageFurniture(plain)).toBe(plain);
  });

  it('reads a table a page footer split as one table, its header row still on top', () => {
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => `     Level ${from + i}                  Support level ${from + i}             $${(from + i) * 10},000`);
    const handbook = [
      filler('budget', 16),
      '',
      '     Support Needs Level      Description                 Annual budget',
      ...rows(1, 4),
      '',
      '                              Family Handbook — Page 14 of 62',
      '',
      ...rows(5, 7),
      '',
      filler('appeal', 16),
      '',
      '                              Family Handbook — Page 15 of 62',
      '',
      filler('hearing', 16),
      '',
      '                              Family Handbook — Page 16 of 62',
    ].join('\n');
    const doc = loadPlainText(handbook, 'handbook/ch4.txt');
    const all = doc.sections.map((s) => s.text).join('\n\n');
    expect(all).not.toContain('Family Handbook');
    expect(all).toContain('Support Needs Level | Description | Annual budget\nLevel 1 | Support level 1 | $10,000');
    expect(all).toContain('Level 4 | Support level 4 | $40,000\nLevel 5 | Support level 5 | $50,000');
  });

  it('reads form feeds as page breaks', () => {
    const pages = ['respite', 'budget', 'appeal'].map((topic, p) => `County Waiver Guide\n\n${filler(topic, 5)}\n\nPage ${p + 1}`);
    const text = loadPlainText(`Waivers\n\n${pages.join('\n\f')}`, 'w.txt').sections.map((s) => s.text).join('\n');
    expect(text).not.toContain('County Waiver Guide');
    expect(text).not.toMatch(/Page \d/);
    expect(text).toContain('The budget rule number 1 is explained here in full.');
  });
});

describe('joinBroken', () => {
  const known = knownWords('Accommodations are listed in the guide.');

  it('rejoins a word hyphenated at a line end when the joined word is a word', () => {
    expect(joinBroken('a list of accommo-', 'dations', known)).toBe('a list of accommodations');
    expect(joinBroken('a written No-', 'tice of Action', known)).toBe('a written Notice of Action');
  });

  it('keeps the hyphen of a compound, a range or a phone number', () => {
    expect(joinBroken('a work-', 'based learning site', known)).toBe('a work-based learning site');
    expect(joinBroken('ages 18-', '21', known)).toBe('ages 18-21');
    expect(joinBroken('call 1-800-', '555-0177.', known)).toBe('call 1-800-555-0177.');
    expect(joinBroken('agency-', 'directed services', known)).toBe('agency-directed services');
  });
});
