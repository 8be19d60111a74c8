// Writes the starter PDFs in knowledge/pdf/ from the texts at the end of this file.
// A deliberately tiny PDF 1.4 writer: Helvetica / Helvetica-Bold text (a real, extractable
// text layer), word-wrapped onto US Letter pages, with a byte-exact cross-reference table.
// Output is deterministic (fixed dates), so re-running it changes nothing unless the text did.
// Run: npx tsx scripts/make-pdf.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_W = 612;
const PAGE_H = 792;
const MARGIN = 72;
const TEXT_W = PAGE_W - 2 * MARGIN;
const BOTTOM = MARGIN + 24; // leave room for the page footer

type Font = 'F1' | 'F2'; // F1 Helvetica, F2 Helvetica-Bold

interface Style {
  font: Font;
  size: number;
  leading: number;
  indent: number;
  spaceBefore: number;
}

const STYLES: Record<BlockKind, Style> = {
  title: { font: 'F2', size: 18, leading: 24, indent: 0, spaceBefore: 0 },
  heading: { font: 'F2', size: 14, leading: 20, indent: 0, spaceBefore: 12 },
  body: { font: 'F1', size: 12, leading: 17, indent: 0, spaceBefore: 7 },
  bullet: { font: 'F1', size: 12, leading: 17, indent: 14, spaceBefore: 3 },
};

type BlockKind = 'title' | 'heading' | 'body' | 'bullet';

interface Block {
  kind: BlockKind;
  text: string;
}

interface PdfDoc {
  file: string;
  title: string;
  author: string;
  footer: string;
  /** Light markup: "# " title, "## " heading, "- " bullet, blank line ends a paragraph. */
  text: string;
}

const PREFIXES: Array<[string, BlockKind]> = [
  ['# ', 'title'],
  ['## ', 'heading'],
  ['- ', 'bullet'],
];

/** Turns the light markup into blocks. Plain lines join into a paragraph; an indented line continues a bullet. */
function parseBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      open = undefined;
      continue;
    }
    const prefix = PREFIXES.find(([p]) => line.startsWith(p));
    if (prefix) {
      open = { kind: prefix[1], text: line.slice(prefix[0].length) };
      blocks.push(open);
      if (prefix[1] !== 'bullet') open = undefined;
    } else if (open && (open.kind === 'body' || raw.startsWith('  '))) {
      open.text += ` ${line}`;
    } else {
      open = { kind: 'body', text: line };
      blocks.push(open);
    }
  }
  return blocks;
}

interface PlacedLine {
  font: Font;
  size: number;
  x: number;
  y: number;
  text: string;
}

/** Approximate Helvetica advance width in 1/1000 em; good enough to wrap with a safety margin. */
function charWidth(ch: string, bold: boolean): number {
  let w: number;
  if (' ijl.,;:!|\'`'.includes(ch)) w = 278;
  else if ('ftrI()[]-/'.includes(ch)) w = 333;
  else if ('mMW'.includes(ch)) w = 833;
  else if ('w%'.includes(ch)) w = 889;
  else if (ch >= 'A' && ch <= 'Z') w = 700;
  else w = 556;
  return bold ? w * 1.06 : w;
}

function textWidth(text: string, style: Style): number {
  let sum = 0;
  for (const ch of text) sum += charWidth(ch, style.font === 'F2');
  return (sum * style.size) / 1000;
}

function wrap(text: string, style: Style, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && textWidth(candidate, style) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Lays the document's blocks out into pages of positioned lines. */
function layout(doc: PdfDoc): PlacedLine[][] {
  const pages: PlacedLine[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const block of parseBlocks(doc.text)) {
    const style = STYLES[block.kind];
    const bullet = block.kind === 'bullet';
    const x = MARGIN + style.indent + (bullet ? 10 : 0);
    const lines = wrap(block.text, style, TEXT_W - (x - MARGIN));
    lines.forEach((text, i) => {
      const gap = i === 0 ? style.spaceBefore : 0;
      if (y - gap - style.leading < BOTTOM) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      } else {
        y -= gap;
      }
      y -= style.leading;
      const page = pages[pages.length - 1]!;
      if (bullet && i === 0) page.push({ font: style.font, size: style.size, x: x - 10, y, text: '-' });
      page.push({ font: style.font, size: style.size, x, y, text });
    });
  }
  return pages;
}

/** PDF literal string: ASCII only, with (, ) and \ escaped. */
function pdfString(text: string): string {
  const ascii = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/([\\()])/g, '\\$1')})`;
}

function contentStream(lines: PlacedLine[], footer: string): string {
  const ops = lines.map(
    (l) => `BT /${l.font} ${l.size} Tf ${l.x.toFixed(2)} ${l.y.toFixed(2)} Td ${pdfString(l.text)} Tj ET`,
  );
  ops.push(`BT /F1 9 Tf ${MARGIN} ${MARGIN - 12} Td ${pdfString(footer)} Tj ET`);
  return ops.join('\n') + '\n';
}

/** Serializes numbered objects and a cross-reference table whose offsets are exact byte counts. */
function serialize(objects: string[], infoId: number): Buffer {
  const parts: string[] = ['%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'];
  const offsets: number[] = [];
  let length = Buffer.byteLength(parts[0]!, 'latin1');
  objects.forEach((body, i) => {
    offsets.push(length);
    const obj = `${i + 1} 0 obj\n${body}\nendobj\n`;
    parts.push(obj);
    length += Buffer.byteLength(obj, 'latin1');
  });
  const xrefAt = length;
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const off of offsets) xref.push(`${String(off).padStart(10, '0')} 00000 n \n`);
  parts.push(xref.join(''));
  parts.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}

export function buildPdf(doc: PdfDoc): Buffer {
  const pages = layout(doc);
  // Object numbers: 1 catalog, 2 page tree, 3 Helvetica, 4 Helvetica-Bold, then page + content pairs, then info.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const stream = contentStream(lines, `${doc.footer} - Page ${i + 1} of ${pages.length}`);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`);
  });
  objects.push(
    `<< /Title ${pdfString(doc.title)} /Author ${pdfString(doc.author)} ` +
      `/Producer (Liaison make-pdf) /CreationDate (D:20261101000000Z) >>`,
  );
  return serialize(objects, objects.length);
}

function main(): void {
  const outDir = join(process.cwd(), 'knowledge', 'pdf');
  mkdirSync(outDir, { recursive: true });
  for (const doc of PDF_DOCS) {
    const bytes = buildPdf(doc);
    writeFileSync(join(outDir, doc.file), bytes);
    console.log(`${doc.file}: ${bytes.length} bytes`);
  }
}


const SUMMARY_OF_PERFORMANCE = `
# Summary of Performance: A Guide for IEP Teams
Last reviewed: November 2026

When a student leaves special education, the school writes a Summary of Performance (SOP). It is the student's hand-off document: it tells colleges, VR, employers and adult agencies what the student can do, what helped, and what to do next. This guide explains when an SOP is required, what goes in it, and how to make it useful.

## When the school must write one
IDEA requires a Summary of Performance for a student whose special education eligibility ends because the student (34 CFR 300.305(e)(3)):
- graduates from high school with a regular diploma, or
- reaches the maximum age for special education in the state (often 21 or 22).
The school does not have to reevaluate a student before that kind of exit (34 CFR 300.305(e)(2)); the SOP takes the place of an exit evaluation. Many schools also write one for students who leave for other reasons, because it helps the next provider.

## What the law says it must contain
Two things (34 CFR 300.305(e)(3)):
- a summary of the student's academic achievement and functional performance, and
- recommendations on how to help the student meet their postsecondary goals.
Federal rules do not set a form. Most states publish a template.

## A practical outline
- Student information: name, date of birth, school, exit date, disability category, and the date of the most recent evaluation.
- Postsecondary goals: education or training, employment, and independent living, copied from the last IEP.
- Academic achievement: current levels in reading, writing and math, with test names and dates.
- Functional performance: attention, organization, social skills, communication, self-care, mobility, and self-advocacy.
- What worked: accommodations, assistive technology, and teaching strategies, with notes on which helped most.
- Recommendations for each goal area: for example, "request extended time and a reduced-distraction room for tests", or "apply for VR supported employment before graduation".
- Student perspective: in the student's own words, how the disability affects them, what helps, and what they want next.
- Attachments: the most recent evaluation, transition assessments, and the final IEP.

## Making it useful to the next reader
- Write in plain language. A college advisor or job coach should understand it without a special education background.
- Be specific. "Reads at a 6th grade level; understands text read aloud at grade level" is more useful than "below grade level in reading".
- Include the student. Have them write or dictate the student section and review the draft.
- Finish before the last IEP meeting, so the team can review it together.
- Give the student their own copy. At exit, the student usually holds the rights to their records and decides who receives the SOP.

## Who uses the SOP
- VR counselors, who use existing records first when deciding eligibility (34 CFR 361.42). See the VR eligibility guide.
- College disability offices, as part of the documentation a student brings when asking for accommodations. Some colleges will also want a recent evaluation. See the college accommodations guide.
- Adult agencies such as the DD board, mental health providers, and Centers for Independent Living.
- Employers, only if the student chooses to share it.

## Common mistakes
- Writing it after the student has left. It must be provided on exit.
- Copying the IEP without adding recommendations.
- Leaving out the accommodations that actually worked.
- Forgetting to give the student a copy and explain how to use it.

## Sources
- 34 CFR 300.305(e) (evaluation before change in eligibility; Summary of Performance)
- 34 CFR 300.320(b) (postsecondary goals in the IEP)
- 34 CFR 361.42 (VR eligibility and use of existing information)
- U.S. Department of Education, Office of Special Education Programs (ed.gov)
`;

const CONSENT_TO_SHARE = `
# Consent to Share Information: What Transition Teams Need
Last reviewed: November 2026

Transition planning only works when records can move between the school and the agencies that will serve the student after high school: VR, the developmental disabilities board, a mental health provider, a Center for Independent Living, or a college. Student records are protected by law. This guide explains when written consent is needed, who signs it, and what a valid consent form says.

## The rule for transition agencies
Under IDEA, the school must get consent from the parent, or from the student once rights have transferred, before it releases personally identifiable information to officials of participating agencies that provide or pay for transition services (34 CFR 300.622(b)(2)). That covers VR counselors, DD case managers, and other agency staff invited to help with the transition plan.
This consent is separate from the consent needed to invite an agency to the IEP meeting (34 CFR 300.321(b)(3)). A parent may agree to one and not the other. Ask for both, in writing, and name the agency in each.

## What a valid FERPA consent says
A written consent to disclose education records must (34 CFR 99.30):
- name the records that may be disclosed,
- state the purpose of the disclosure,
- identify the person or agency (or class of agencies) that will receive them, and
- be signed and dated by the parent or the eligible student.
A signed and dated electronic consent is valid when the electronic signature identifies and authenticates the signer and shows that they approved the content (34 CFR 99.30(d)). If the parent or student asks, the school must give them a copy of the records it disclosed.

## Who signs
- The parent signs while the student is a minor.
- Under FERPA, rights pass to the student at 18 or when the student attends a postsecondary school, whichever comes first (34 CFR 99.5). Under IDEA, rights transfer at the state's age of majority (34 CFR 300.520).
- After the transfer, the student signs. The parent can still help, but the student decides. See the guide on transfer of rights.

## Consent is voluntary and can be withdrawn
A parent or adult student may refuse consent or withdraw it at any time, in writing (34 CFR 300.9). Withdrawing consent does not undo a disclosure that already happened, but it stops future sharing. Refusing consent to share records does not take away the student's right to special education.

## What a good release form includes
- The student's name and date of birth.
- The specific records: for example, the current IEP, the most recent evaluation, the Summary of Performance, attendance, and transcripts.
- The purpose: for example, "to determine eligibility for vocational rehabilitation and plan transition services".
- Each recipient by name and agency.
- How long the consent lasts, such as until the end of the school year or one year from signing.
- A statement that consent is voluntary and can be withdrawn in writing.
- The signature, the date, and the signer's relationship to the student.
- A school contact for questions.

## When consent is not needed
FERPA lists limited exceptions, such as sharing with school officials who have a legitimate educational interest, or in a health or safety emergency (34 CFR 99.31 and 99.36). Sending records to an outside transition agency for planning is not one of these exceptions: get consent.

## After the records are shared
- The agency may not pass the records on to others without consent (34 CFR 99.33).
- VR agencies have their own confidentiality rules (34 CFR 361.38). Health providers follow HIPAA.
- Keep records out of group chats. In shared channels, refer to the student by the label the coordinator chose, such as initials or a local ID.

## Sources
- 34 CFR 300.622 (consent for disclosure under IDEA)
- 34 CFR 300.9 (definition of consent; revoking consent)
- 34 CFR 99.30, 99.31, 99.33, 99.36 (FERPA consent, exceptions, redisclosure)
- 34 CFR 99.5 and 300.520 (transfer of rights)
- 34 CFR 361.38 (VR confidentiality)
- U.S. Department of Education, Student Privacy Policy Office (studentprivacy.ed.gov)
`;

const PDF_DOCS: PdfDoc[] = [
  {
    file: 'summary-of-performance.pdf',
    title: 'Summary of Performance: A Guide for IEP Teams',
    author: 'Liaison starter knowledge',
    footer: 'Summary of Performance guide (November 2026)',
    text: SUMMARY_OF_PERFORMANCE,
  },
  {
    file: 'consent-to-share-information.pdf',
    title: 'Consent to Share Information: What Transition Teams Need',
    author: 'Liaison starter knowledge',
    footer: 'Consent to Share Information guide (November 2026)',
    text: CONSENT_TO_SHARE,
  },
];

main();
