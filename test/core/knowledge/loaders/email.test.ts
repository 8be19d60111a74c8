import { describe, expect, it } from 'vitest';
import { loadEmail } from '../../../../src/core/knowledge/loaders/email.js';
import { loadFile } from '../../../../src/core/knowledge/loaders/load-file.js';

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'), 'utf8');

// A newsletter as mail programs send it: multipart/alternative, the text part quoted-printable (soft line
// breaks, "=E2=80=94" for an em dash), the HTML part beside it.
const newsletter = crlf([
  'From: Riverbend CIL <news@riverbend.example.org>',
  'To: coop@example.org',
  'Date: Tue, 1 Dec 2026 08:02:11 -0600',
  'Subject: =?utf-8?Q?Riverbend_News_=E2=80=94_December_2026?=',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset="utf-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'View this email in your browser.',
  '',
  'YOUTH RETREAT',
  'The youth leadership retreat runs March 5=E2=80=937, 2027. The fee is $40, a=',
  'nd registration closes February 12.',
  '',
  '--b1',
  'Content-Type: text/html; charset="utf-8"',
  '',
  '<html><body><h1>Youth retreat</h1><p>The fee is $40.</p></body></html>',
  '--b1--',
  '',
]);

describe('loadEmail', () => {
  it('keeps the Date: line as the date the mail was sent, so a mail that corrects a page is dated', async () => {
    const mail = crlf(['From: a@example.org', 'Date: Mon, 18 Aug 2025 09:42:11 -0500', 'Subject: Office move', '', 'The office moves to 1220 Grant Avenue.', '']);
    expect((await loadEmail(mail, 'office-move.eml')).asOf).toBe('2025-08-18');
  });

  it('reads a saved newsletter: the subject names it, the text part is its body, soft line breaks joined', async () => {
    const doc = await loadEmail(newsletter, 'community/news-2026-12.eml');
    expect(doc.title).toBe('Riverbend News — December 2026');
    expect(doc.format).toBe('email');
    const text = doc.sections.map((s) => s.text).join('\n');
    expect(text).toContain('The fee is $40, and registration closes February 12.');
    expect(text).toContain('March 5–7, 2027');
    expect(doc.sections.some((s) => s.headings.includes('YOUTH RETREAT'))).toBe(true);
  });

  it('reads an HTML-only mail as a page', async () => {
    const html = crlf(['Subject: Job fair', 'MIME-Version: 1.0', 'Content-Type: text/html; charset="utf-8"', '', '<html><body><p>The spring job fair is on April 9 at the library.</p></body></html>', '']);
    const doc = await loadEmail(html, 'fair.eml');
    expect(doc.title).toBe('Job fair');
    expect(doc.sections.map((s) => s.text).join(' ')).toContain('April 9 at the library');
  });

  it('is chosen by extension, and a mail with no words fails with a plain reason', async () => {
    const [doc] = await loadFile(newsletter, '.EML', 'n.eml');
    expect(doc?.title).toMatch(/^Riverbend News/);
    await expect(loadFile(crlf(['Subject: empty', 'Content-Type: text/plain', '', '   ', '']), '.eml', 'empty.eml')).rejects.toThrow(/email has no text/);
  });
});
