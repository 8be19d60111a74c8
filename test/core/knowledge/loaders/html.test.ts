import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHtml } from '../../../../src/core/knowledge/loaders/html.js';

const page = readFileSync(new URL('../../../fixtures/loaders/docs/vr-agency-page.html', import.meta.url), 'utf8');

describe('loadHtml on an agency page', () => {
  const doc = loadHtml(page, 'agencies/vr-pre-ets.html');
  const all = doc.sections.map((s) => `${s.headings.join(' > ')}\n${s.text}`).join('\n');

  it('takes the title from h1 and the url from the canonical link', () => {
    expect(doc.title).toBe('Pre-Employment Transition Services');
    expect(doc.url).toBe('https://vr.example.org/students/pre-ets');
    expect(doc.format).toBe('html');
  });

  it('drops navigation, header, cookie banner, skip link, breadcrumbs, search, aside, footer and scripts', () => {
    for (const gone of ['Careers at VR', 'About us', 'cookies', 'Skip to main', 'Students >', 'Search this site', 'Related links', 'Benefits counseling', 'Privacy policy', 'dataLayer', 'trackPageView', 'color: red']) {
      expect(all).not.toContain(gone);
    }
  });

  it('keeps headings as a path and list items as "- " lines', () => {
    const offer = doc.sections.find((s) => s.headings.at(-1) === 'Five required activities');
    expect(offer?.headings).toEqual(['Pre-Employment Transition Services', 'What we offer', 'Five required activities']);
    expect(offer?.text.split('\n')).toContain('- Work-based learning, such as paid internships');
    expect(offer?.text.split('\n')).toContain('- Instruction in self-advocacy');
    expect(offer?.text.split('\n')).toContain('- Money management');
    const who = doc.sections.find((s) => s.headings.at(-1) === 'Who can get them');
    expect(who?.text).toBe('Students with disabilities aged 14 to 21 who are in school, with an IEP or a 504 plan.');
  });

  it('renders table rows as "cell | cell" lines, decodes entities and collapses whitespace', () => {
    const offices = doc.sections.find((s) => s.headings.at(-1) === 'Offices')?.text ?? '';
    expect(offices.split('\n')).toContain('Lakeview | (555) 555-0100 | Mon\u2013Fri 8\u20135');
    expect(offices).toContain('120 Main St\nLakeview, OH 44000');
    expect(doc.sections[0]!.text).toBe('Pre-ETS help students with disabilities get ready for work & college. They are free.');
  });

  it('without <main>, reads the body; without h1, titles from <title>; og:url when no canonical', () => {
    const html = `<html><head><title>Bus passes</title><meta property="og:url" content="https://transit.example.org/passes"></head>
      <body><nav>Menu</nav><h2>Reduced fare</h2><p>Students ride for $1.</p><footer>Contact</footer></body></html>`;
    const d = loadHtml(html, 'transit.html');
    expect(d.title).toBe('Bus passes');
    expect(d.url).toBe('https://transit.example.org/passes');
    expect(d.sections).toEqual([{ headings: ['Reduced fare'], text: 'Students ride for $1.' }]);
  });

  it('keeps an article header holding the title, and content in sections whose id mentions consent', () => {
    const html = `<body><article><header><h1>Consent to share records</h1></header>
      <section id="consent-forms"><p>A FERPA consent names the records, the purpose and the recipients.</p></section></article></body>`;
    const d = loadHtml(html, 'consent.html');
    expect(d.title).toBe('Consent to share records');
    expect(d.sections[0]!.text).toContain('names the records');
  });
});
