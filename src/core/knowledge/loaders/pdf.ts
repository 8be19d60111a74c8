// PDF -> KnowledgeDoc with unpdf: one section per page ("Page 3"), paragraphs found from line gaps.
import { extractTextItems, getDocumentProxy, getMeta } from 'unpdf';
import type { KnowledgeDoc, Section } from '../types.js';
import { LoadFailure, collapse, joinParagraphs, titleFromFileName } from './text-utils.js';

interface TextItem {
  str: string;
  y: number;
  height: number;
  fontSize: number;
  hasEOL: boolean;
}

export async function loadPdf(bytes: Uint8Array, source: string): Promise<KnowledgeDoc> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js may take ownership of (detach) the buffer it is given, so hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (err) {
    throw new LoadFailure(pdfReason(err), { cause: err });
  }
  try {
    const { items } = await extractTextItems(pdf);
    const sections: Section[] = [];
    items.forEach((page, i) => {
      const text = joinParagraphs(pageParagraphs(page as TextItem[]));
      if (text) sections.push({ headings: [`Page ${i + 1}`], text });
    });
    if (sections.length === 0) throw new LoadFailure('PDF has no text layer (scanned?); run it through OCR first');
    const info = (await getMeta(pdf)).info as Record<string, unknown>;
    const metaTitle = typeof info.Title === 'string' ? collapse(info.Title) : '';
    const firstLine = collapse(sections[0]!.text.split('\n')[0] ?? '');
    const title = metaTitle || (firstLine.length <= 100 ? firstLine : '') || titleFromFileName(source);
    return { source, title, format: 'pdf', sections };
  } catch (err) {
    if (err instanceof LoadFailure) throw err;
    throw new LoadFailure(pdfReason(err), { cause: err });
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function pdfReason(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException' || /password/i.test(message)) return 'PDF is encrypted (password-protected); save an unprotected copy';
  if (name === 'InvalidPDFException' || /invalid pdf|xref|startxref/i.test(message)) return `corrupt PDF: ${message.replace(/\.$/, '')}`;
  return `could not read PDF: ${message}`;
}

/**
 * Lines from text items (an item with hasEOL ends a line), then paragraphs: a vertical gap clearly
 * larger than the usual line spacing starts a new paragraph. Lines are joined with spaces, and a
 * word hyphenated across lines is rejoined without a space (keeping the hyphen).
 */
function pageParagraphs(items: TextItem[]): string[] {
  const lines: { text: string; y: number; size: number }[] = [];
  let current: { text: string; y: number; size: number } | undefined;
  for (const item of items) {
    if (!current) current = { text: '', y: item.y, size: item.fontSize || item.height || 12 };
    current.text += item.str;
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  const kept = lines.filter((l) => collapse(l.text).length > 0);
  const gaps = kept.slice(1).map((l, i) => Math.abs(kept[i]!.y - l.y)).filter((g) => g > 0);
  const usual = median(gaps) ?? 14;

  const paragraphs: string[] = [];
  let para = '';
  kept.forEach((line, i) => {
    const text = collapse(line.text);
    const gap = i === 0 ? 0 : Math.abs(kept[i - 1]!.y - line.y);
    const isBreak = i > 0 && (gap > usual * 1.4 || gap > line.size * 2.2);
    if (isBreak && para) {
      paragraphs.push(para);
      para = '';
    }
    if (!para) para = text;
    else if (/[a-z]-$/.test(para)) para += text;
    else para += /^[-\u2022]\s/.test(text) ? `\n${text.replace(/^\u2022\s*/, '- ')}` : ` ${text}`;
  });
  if (para) paragraphs.push(para);
  return paragraphs;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
