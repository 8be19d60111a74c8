import { describe, expect, it } from 'vitest';
import { loadDocx } from '../../../../src/core/knowledge/loaders/docx.js';
import { loadFile } from '../../../../src/core/knowledge/loaders/load-file.js';
import { writeDocx } from '../../../fixtures/loaders/docx-writer.js';

const handbook = writeDocx([
  { heading: 0, text: 'Transition Handbook' },
  { text: 'For families of students 14 to 21.' },
  { heading: 1, text: 'Summer Work Program' },
  { text: 'Students 16 to 21 with an IEP may apply by April 15.' },
  { heading: 1, text: 'Contacts' },
  { text: 'Call the transition office at (555) 555-0142.' },
]);

describe('loadDocx', () => {
  it('keeps the Word headings as the heading path of each section, and the Title style names the document', async () => {
    const doc = await loadDocx(handbook, 'family-handbook/handbook.docx');
    expect(doc.format).toBe('docx');
    expect(doc.title).toBe('Transition Handbook');
    expect(doc.sections).toEqual([
      { headings: ['Transition Handbook'], text: 'For families of students 14 to 21.' },
      { headings: ['Summer Work Program'], text: 'Students 16 to 21 with an IEP may apply by April 15.' },
      { headings: ['Contacts'], text: 'Call the transition office at (555) 555-0142.' },
    ]);
  });

  it('is chosen by extension, and a file that is not a zip fails with a plain reason', async () => {
    const [doc] = await loadFile(handbook, '.DOCX', 'h.docx');
    expect(doc?.sections).toHaveLength(3);
    await expect(loadFile(Buffer.from('not a word file'), '.docx', 'bad.docx')).rejects.toThrow(/could not read Word document/);
  });
});
