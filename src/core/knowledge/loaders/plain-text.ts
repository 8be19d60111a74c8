// Plain text -> KnowledgeDoc: paragraphs by blank lines; UPPERCASE or underlined lines are headings,
// numbered or not ("3. SUMMER WORK EXPERIENCE (SWE) 2026", "9. WORK-BASED LEARNING" in a board policy);
// aligned-column tables become rows (cells joined by " | "), as HTML and markdown tables do. Text
// converted from PDF loses its page furniture and its line-end hyphens (pages.ts).
import type { KnowledgeDoc } from '../types.js';
import { knownWords, mendHyphens, withoutPageFurniture, type KnownWord } from './pages.js';
import { SectionBuilder } from './section-builder.js';
import { readColumnTable, rowText } from './text-table.js';
import { collapse, titleFromFileName } from './text-utils.js';

const MAX_TITLE = 90;
const MAX_HEADING = 80;
const UNDERLINE = /^\s*(=+|-+|~+)\s*$/;
/** A rule line: an underline, or the dash runs under a table's column headings ("-----  ------"). */
const RULE = /^\s*[-=~_]{3,}(?:\s+[-=~_]{3,})*\s*$/;
/** A line with a letter or a digit in it. */
const WORDY = /[\p{L}\p{N}]/u;
const LIST_ITEM = /^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,3}[.)])\s+/;
/** A section number before a heading: "3. ", "12) ". */
const NUMBERED = /^\s*\d{1,3}[.)]\s+/;

export function loadPlainText(text: string, source: string): KnowledgeDoc {
  const known = knownWords(text);
  const blocks = withoutPageFurniture(text)
    .split(/\n[ \t]*\n/)
    .map((b) => b.split('\n').filter((l) => l.trim().length > 0))
    .filter((b) => b.length > 0);
  // A banner's frame ("=====", "* * * * *") above the first line says nothing: the title is the first line that does.
  while (blocks[0] && !WORDY.test(blocks[0][0]!)) {
    blocks[0].shift();
    if (blocks[0].length === 0) blocks.shift();
  }
  let title: string | undefined;
  const first = blocks[0];
  if (first && collapse(first[0]!).length <= MAX_TITLE && !LIST_ITEM.test(first[0]!)) {
    title = collapse(first[0]!);
    first.shift();
    if (first.length > 0 && UNDERLINE.test(first[0]!)) first.shift();
    if (first.length === 0) blocks.shift();
  }

  const out = new SectionBuilder();
  for (const block of blocks) {
    // A rule above a heading ("=====" / "SECTION A." / "-----") only frames it.
    const start = block.findIndex((l) => !RULE.test(l));
    if (start < 0) continue;
    let lines = block.slice(start);
    const level = headsTable(lines) ? undefined : headingLevel(lines);
    if (level) {
      out.heading(level, lines[0]!);
      lines = lines.slice(UNDERLINE.test(lines[1] ?? '') ? 2 : 1);
    }
    addBlock(out, lines, known);
  }

  return { source, title: title ?? titleFromFileName(source), format: 'txt', sections: out.finish() };
}

/**
 * The block's first line is the header row of the table below it, however UPPERCASE ("CODE  SERVICE
 * RATE"), not a heading: it has cells apart, and read with it the table keeps as many columns as
 * without it. A heading above a table ("SECTION A. EMPLOYMENT SERVICES") is one run of words.
 */
function headsTable(lines: string[]): boolean {
  const rows = lines.filter((l) => !RULE.test(l));
  if (!/\S {2,}\S/.test(rows[0] ?? '')) return false;
  const all = readColumnTable(rows);
  if (!all) return false;
  const rest = readColumnTable(rows.slice(1));
  return !rest || rest[0]!.length === all[0]!.length;
}

/** 1 for "====" underlines and UPPERCASE lines, 2 for "----" underlines; undefined for text. */
function headingLevel(lines: string[]): number | undefined {
  const line = collapse(lines[0]!);
  if (!line || line.length > MAX_HEADING) return undefined;
  // A numbered line is a heading only when UPPERCASE and not the first item of a list.
  const numbered = NUMBERED.test(lines[0]!);
  if (numbered ? LIST_ITEM.test(lines[1] ?? '') : LIST_ITEM.test(lines[0]!)) return undefined;
  const under = lines[1];
  if (!numbered && under !== undefined && UNDERLINE.test(under)) return under.trim().startsWith('=') ? 1 : 2;
  const letters = line.replace(NUMBERED, '').replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return /[.!?]$/.test(line) && line.split(' ').length > 6 ? undefined : 1;
  }
  return undefined;
}

/** A block of list items keeps one item per line ("- item"); anything else is one paragraph. */
function addBlock(out: SectionBuilder, block: string[], known: KnownWord): void {
  const rows = block.filter((l) => !RULE.test(l));
  if (rows.length === 0) return;
  const table = readColumnTable(rows);
  if (table) {
    out.endGroup();
    for (const row of table) out.line(rowText(row));
    out.endGroup();
    return;
  }
  const lines = mendHyphens(rows, known);
  if (!lines.some((l) => LIST_ITEM.test(l))) {
    out.paragraph(lines.join(' '));
    return;
  }
  out.endGroup();
  for (const l of lines) {
    if (LIST_ITEM.test(l)) {
      const ordered = /^\s*(\d{1,3})[.)]\s+(.*)$/.exec(l);
      out.line(ordered ? `${ordered[1]}. ${ordered[2]}` : `- ${l.replace(LIST_ITEM, '')}`);
    } else out.continueLine(l);
  }
  out.endGroup();
}
