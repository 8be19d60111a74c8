// KnowledgeDoc -> Chunks: paragraph-bounded pieces of at most ~maxChars, never cut mid-word, each
// carrying its heading path, with ids stable across re-ingests and a hash of what gets embedded.
import { createHash } from 'node:crypto';
import { isHeaderRow, isTableRow } from './table-rows.js';
import type { Chunk, KnowledgeDoc, Section } from './types.js';

export interface ChunkOptions {
  /** Upper bound on a chunk's text length (default 900). A single word longer than this stays whole. */
  maxChars?: number;
  /** Characters of the previous piece repeated at the start of the next one in the same section (default 0). */
  overlapChars?: number;
}

const DEFAULT_MAX = 900;
/** Sections shorter than this join the next section under the same top heading. */
const TINY = 120;
/** An HSDS service stays one chunk unless its text is longer than this many times maxChars. */
const HSDS_WHOLE_FACTOR = 4;

export function chunkDoc(doc: KnowledgeDoc, opts: ChunkOptions = {}): Chunk[] {
  const maxChars = Math.max(50, opts.maxChars ?? DEFAULT_MAX);
  const overlap = Math.max(0, Math.min(opts.overlapChars ?? 0, Math.floor(maxChars / 2)));
  const sections = doc.sections.filter((s) => s.text.trim());
  const pieces: { headings: string[]; text: string }[] = [];

  const whole = doc.format === 'hsds' && sections.reduce((n, s) => n + s.text.length, 0) <= maxChars * HSDS_WHOLE_FACTOR;
  if (whole && sections.length > 0) {
    pieces.push({ headings: sections[0]!.headings, text: sections.map((s) => s.text.trim()).join('\n\n') });
  } else {
    for (const section of mergeTiny(sections, maxChars)) {
      for (const text of splitText(section.text, maxChars, overlap)) pieces.push({ headings: section.headings, text });
    }
  }

  return pieces.map((p, i) => {
    const chunk: Chunk = {
      id: `${doc.source}::${i}`,
      source: doc.source,
      title: doc.title,
      headings: p.headings,
      text: p.text,
      hash: hashOf(doc, p.headings, p.text),
    };
    if (doc.url !== undefined) chunk.url = doc.url;
    if (doc.contact !== undefined) chunk.contact = doc.contact;
    if (doc.serviceId !== undefined) chunk.serviceId = doc.serviceId;
    if (doc.service !== undefined) chunk.service = doc.service;
    if (doc.asOf !== undefined) chunk.asOf = doc.asOf;
    return chunk;
  });
}

/** The text to embed and index: title, heading path (without repeating the title), then the text. */
export function chunkText(chunk: Pick<Chunk, 'title' | 'headings' | 'text'>): string {
  const headings = chunk.headings[0] === chunk.title ? chunk.headings.slice(1) : chunk.headings;
  return [chunk.title, headings.join(' > '), chunk.text].filter((s) => s.trim()).join('\n');
}

function hashOf(doc: KnowledgeDoc, headings: string[], text: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([doc.title, headings, text, doc.contact ?? null]));
  return h.digest('hex');
}

/**
 * A tiny section joins the following ones under the same top heading while it stays small. The
 * merged piece keeps the shared heading path and names each joined sub-heading on its own line.
 */
function mergeTiny(sections: Section[], maxChars: number): Section[] {
  const out: Section[] = [];
  let i = 0;
  while (i < sections.length) {
    let current: Section = { headings: sections[i]!.headings, text: sections[i]!.text.trim() };
    let j = i + 1;
    while (current.text.length < TINY && j < sections.length) {
      const next = sections[j]!;
      if (next.headings[0] !== current.headings[0]) break;
      const shared = commonPrefix(current.headings, next.headings);
      const label = (s: Section) => s.headings.slice(shared.length).join(' > ');
      const first = j === i + 1 ? withLabel(label(current), current.text) : current.text;
      const merged = `${first}\n\n${withLabel(label(next), next.text.trim())}`;
      if (merged.length > maxChars) break;
      current = { headings: shared, text: merged };
      j++;
    }
    out.push(current);
    i = j;
  }
  return out;
}

function withLabel(label: string, text: string): string {
  return label ? `${label}\n${text}` : text;
}

function commonPrefix(a: string[], b: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < Math.min(a.length, b.length) && a[k] === b[k]; k++) out.push(a[k]!);
  return out;
}

/**
 * Packs paragraphs (then lines, sentences, words for oversized ones) into pieces of <= maxChars. A
 * table cut between pieces has its header row carried into each piece that holds its rows, so a row
 * is never read without what its cells are.
 */
export function splitText(text: string, maxChars: number, overlap = 0): string[] {
  const units = text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .flatMap((p) => {
      const parts: Unit[] = p.length <= maxChars ? [{ text: p, sep: '\n\n' }] : splitParagraph(p, maxChars);
      parts[0]!.sep = '\n\n';
      const header = p.length > maxChars && p.includes('\n') ? p.slice(0, p.indexOf('\n')) : '';
      if (isHeaderRow(header) && isTableRow(parts[1]?.text)) for (const part of parts.slice(1)) part.header = header;
      return parts;
    });
  const pieces: string[] = [];
  let current = '';
  for (const unit of units) {
    const joined = current ? `${current}${unit.sep}${unit.text}` : unit.text;
    if (joined.length <= maxChars || !current) {
      current = joined;
      continue;
    }
    pieces.push(current);
    const tail = overlap > 0 ? tailOf(current, Math.min(overlap, maxChars - unit.text.length - 1)) : '';
    current = unit.header ? `${unit.header}\n${unit.text}` : tail ? `${tail} ${unit.text}` : unit.text;
  }
  if (current) pieces.push(current);
  return absorbOrphan(pieces, maxChars, overlap);
}

interface Unit {
  text: string;
  sep: string;
  /** The header row of the table the unit is a row of. */
  header?: string;
}

/**
 * A last piece that is a small remainder (a closing sentence after a list, say) joins the piece
 * before it when that stays within ORPHAN_SLACK of the limit: alone it would be a passage that
 * matches the section's heading but holds none of its substance.
 */
const ORPHAN_SHARE = 0.25;
const ORPHAN_SLACK = 1.25;

function absorbOrphan(pieces: string[], maxChars: number, overlap: number): string[] {
  if (pieces.length < 2 || overlap > 0) return pieces;
  const last = pieces[pieces.length - 1]!;
  const prev = pieces[pieces.length - 2]!;
  if (last.length > maxChars * ORPHAN_SHARE || prev.length + 2 + last.length > maxChars * ORPHAN_SLACK) return pieces;
  // A header row carried into the remainder is already in the piece before it.
  const header = last.slice(0, last.indexOf('\n'));
  const rest = isHeaderRow(header) && prev.includes(`${header}\n`) ? last.slice(header.length + 1) : last;
  return [...pieces.slice(0, -2), `${prev}${rest === last ? '\n\n' : '\n'}${rest}`];
}

/** An oversized paragraph: by lines (lists), else by sentences, else by words. */
function splitParagraph(paragraph: string, maxChars: number): Unit[] {
  const lines = paragraph.split('\n');
  if (lines.length > 1) return lines.flatMap((l) => (l.length <= maxChars ? [{ text: l, sep: '\n' }] : splitParagraph(l, maxChars)));
  const sentences = paragraph.split(/(?<=[.!?]["')\]]?)\s+(?=["'(\[]?[A-Z0-9])/);
  if (sentences.length > 1) return sentences.flatMap((s) => (s.length <= maxChars ? [{ text: s, sep: ' ' }] : splitParagraph(s, maxChars)));
  return paragraph.split(/\s+/).map((w) => ({ text: w, sep: ' ' }));
}

/** The last <= n characters of text, starting at a word boundary. */
function tailOf(text: string, n: number): string {
  if (n <= 0) return '';
  if (text.length <= n) return text;
  const slice = text.slice(text.length - n);
  const space = slice.search(/\s/);
  return space < 0 ? '' : slice.slice(space).trim();
}
