import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadMarkdown } from '../../../../src/core/knowledge/loaders/markdown.js';

const fixture = readFileSync(new URL('../../../fixtures/loaders/docs/ssi-at-18.md', import.meta.url), 'utf8');

describe('loadMarkdown', () => {
  const doc = loadMarkdown(fixture, 'guides/ssi-at-18.md');
  const section = (last: string) => doc.sections.find((s) => s.headings.at(-1) === last);

  it('honours front matter for title, url and the year figures apply to', () => {
    expect(doc.title).toBe('SSI at 18: what changes for your student');
    expect(doc.url).toBe('https://example.org/guides/ssi-at-18');
    expect(doc.asOf).toBe('2026');
    expect(doc.format).toBe('md');
  });

  it('gives each section its full heading path', () => {
    expect(doc.sections.map((s) => s.headings)).toEqual([
      ['SSI at 18'],
      ['SSI at 18', 'Redetermination'],
      ['SSI at 18', 'Redetermination', 'What to bring'],
      ['SSI at 18', 'Redetermination', 'If benefits stop'],
      ['SSI at 18', 'Earned income'],
    ]);
  });

  it('keeps list items as "- " lines, joining wrapped items, without emphasis markers', () => {
    expect(section('What to bring')?.text).toBe(
      '- Recent school records, including the current IEP\n- A list of doctors and clinics with their phone numbers\n- Pay stubs for any job',
    );
    expect(section('SSI at 18')?.text).toContain('under the adult rules');
  });

  it('turns links into their text, but keeps a URL that is the whole content', () => {
    const text = section('If benefits stop')?.text ?? '';
    expect(text).toContain('Ask the Social Security office about it.');
    expect(text).not.toContain('ssa.gov/locator');
    expect(text).toContain('https://www.ssa.gov/ssi');
    expect(text).not.toMatch(/[[\]()]{2}/);
  });

  it('renders tables as "cell | cell" rows and keeps an ordered list separate', () => {
    const paragraphs = section('Earned income')?.text.split('\n\n');
    expect(paragraphs).toEqual(['Exclusion | Amount\nGeneral income | $20\nEarned income | $65', '1. Subtract the exclusions.\n2. Half of the rest counts.']);
  });

  it('without front matter or a # heading, titles the doc from its file name', () => {
    const plain = loadMarkdown('Some notes about\nbus passes.\n\n## Costs\nFree for students.', 'notes/bus_pass-faq.md');
    expect(plain.title).toBe('Bus pass faq');
    expect(plain.sections).toEqual([
      { headings: [], text: 'Some notes about bus passes.' },
      { headings: ['Costs'], text: 'Free for students.' },
    ]);
  });

  it('does not treat # lines inside code fences as headings; supports setext headings', () => {
    const md = 'Intro\n=====\n\n```\n# not a heading\n```\n\nSub\n---\ntext';
    const parsed = loadMarkdown(md, 'x.md');
    expect(parsed.title).toBe('Intro');
    expect(parsed.sections).toEqual([
      { headings: ['Intro'], text: '# not a heading' },
      { headings: ['Intro', 'Sub'], text: 'text' },
    ]);
  });
});
