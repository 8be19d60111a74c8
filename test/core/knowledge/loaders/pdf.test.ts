import { describe, expect, it } from 'vitest';
import { loadPdf } from '../../../../src/core/knowledge/loaders/pdf.js';
import { writePdf } from '../../../fixtures/loaders/pdf-writer.js';

const guide = writePdf({
  title: 'Student Earned Income Exclusion (2026)',
  pages: [
    [
      'The Student Earned Income Exclusion lets a student under 22 keep more of',
      'their SSI while working.',
      '',
      'In 2026 the yearly limit is $9,730. Report wages every month.',
    ],
    ['Questions? Call the benefits counselor at (555) 555-0140.'],
  ],
});

describe('loadPdf', () => {
  it('reads the text layer: metadata title, one section per page, paragraphs from line gaps', async () => {
    const doc = await loadPdf(guide, 'benefits/seie-2026.pdf');
    expect(doc.title).toBe('Student Earned Income Exclusion (2026)');
    expect(doc.format).toBe('pdf');
    expect(doc.sections).toEqual([
      {
        headings: ['Page 1'],
        text: 'The Student Earned Income Exclusion lets a student under 22 keep more of their SSI while working.\n\nIn 2026 the yearly limit is $9,730. Report wages every month.',
      },
      { headings: ['Page 2'], text: 'Questions? Call the benefits counselor at (555) 555-0140.' },
    ]);
  });

  it('without a metadata title, uses the first line', async () => {
    const doc = await loadPdf(writePdf({ pages: [['Ticket to Work', '', 'Ages 18 to 64 on SSI or SSDI.']] }), 'ttw.pdf');
    expect(doc.title).toBe('Ticket to Work');
  });

  it('says a page without text has no text layer', async () => {
    const scanned = writePdf({ pages: [['ignored']], imageOnly: true });
    await expect(loadPdf(scanned, 'scan.pdf')).rejects.toThrow('PDF has no text layer (scanned?)');
  });

  it('says a damaged file is a corrupt PDF', async () => {
    const damaged = Buffer.concat([guide.subarray(0, 40), Buffer.from('garbage')]);
    await expect(loadPdf(damaged, 'broken.pdf')).rejects.toThrow(/^corrupt PDF/);
  });

  it('leaves the caller\'s buffer usable (pdf.js gets a copy)', async () => {
    const bytes = new Uint8Array(guide);
    await loadPdf(bytes, 'a.pdf');
    expect(bytes.length).toBe(guide.length);
    expect((await loadPdf(bytes, 'a.pdf')).sections).toHaveLength(2);
  });
});
