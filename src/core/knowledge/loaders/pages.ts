// Text converted from PDF, read as the document it was: the lines that repeat page after page
// (running headers and footers, page numbers) are dropped, a paragraph a page break cut is joined
// back, and a word hyphenated at a line end is rejoined when the joined word is a word. Everything
// is found from the document itself (what repeats at its page breaks), not from header wordings.
import { wordnet } from '../lexicon.js';
import { readColumnTable } from './text-table.js';

/** Lines either side of a page break where running headers and footers stand. */
const EDGE = 2;
/** Page-number lines stand at least this many lines apart: a page holds more than a few lines. */
const MIN_PAGE_LINES = 15;
/** A page-number line is short ("-- 4 --", "Family Handbook — Page 14 of 62"). */
const MAX_MARK = 80;
/** A line this long that ends in a small letter or comma was cut by the page break, not ended. */
const FULL_LINE = 50;
const LIST_ITEM = /^\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,3}[.)])\s+/;

/** A line as its repetitions page after page share it: spaces collapsed, every number '#'. */
export function lineForm(line: string): string {
  return line.replace(/[\s\u00a0]+/g, ' ').trim().replace(/\d+/g, '#');
}

/**
 * The forms of the lines standing at the page edges (each page's first and last EDGE lines) that
 * repeat page after page: the same text on at least two pages and half of them (a running header or
 * footer), or, once a page on at least three pages, the same text but for a number counting up by the
 * page ("Guide - Page 2 of 3"). Rows of a table that differ only in their figures are neither.
 */
export function repeatedAtEdges(edges: string[][]): Set<string> {
  const seen = new Map<string, { page: number; text: string }[]>();
  edges.forEach((lines, page) => {
    for (const line of lines) {
      const form = lineForm(line);
      if (form) seen.set(form, [...(seen.get(form) ?? []), { page, text: line.replace(/\s+/g, ' ').trim() }]);
    }
  });
  const out = new Set<string>();
  for (const [form, at] of seen) {
    const pages = new Set(at.map((a) => a.page)).size;
    if (pages < 2 || pages * 2 < edges.length) continue;
    const same = new Set(at.map((a) => a.text)).size === 1;
    if (same || (pages === at.length && pages >= 3 && countsUp(at.map((a) => a.text)))) out.add(form);
  }
  return out;
}

/** Some number in the lines goes up by one (or two, a page without it between) from each line to the next. */
function countsUp(lines: string[]): boolean {
  const numbers = lines.map((l) => (l.match(/\d+/g) ?? []).map(Number));
  return numbers[0]!.some((_, j) => numbers.every((n, k) => k === 0 || (n[j]! - numbers[k - 1]![j]! >= 1 && n[j]! - numbers[k - 1]![j]! <= 2)));
}

/**
 * Whether the text after a page break goes on with the paragraph before it: it starts with a small
 * letter ("during" / "weeks 3 through 11 only"), or a full line ends in a small letter or comma and the
 * next page does not open with a heading or a list item ("Students under" / "18, including ...").
 */
export function continuesAcross(before: string, after: string): boolean {
  const a = before.trim();
  const b = after.trim();
  if (/^\p{Ll}/u.test(b)) return true;
  if (LIST_ITEM.test(b) || LIST_ITEM.test(a) || isUpperCase(b)) return false;
  return a.length >= FULL_LINE && /[\p{Ll},]$/u.test(a);
}

function isUpperCase(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** Whether a word is a word: the document uses it, or the lexicon knows it. */
export type KnownWord = (word: string) => boolean;

/** The words of a document, with the lexicon behind them. */
export function knownWords(text: string): KnownWord {
  const own = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const lexicon = wordnet();
  return (word) => own.has(word.toLowerCase()) || lexicon.knows(word);
}

/**
 * Two pieces of one line of text broken at a line end: a word hyphenated at the break is rejoined,
 * without the hyphen when the joined word is a word ("stu-" + "dents" -> "students"), with it when
 * not ("work-" + "based", "18-" + "21", "1-800-" + "555-0177"); other pieces are joined by a space.
 */
export function joinBroken(head: string, tail: string, known: KnownWord): string {
  const h = head.trimEnd();
  const t = tail.trimStart();
  if (!h || !t) return h || t;
  const word = /(\p{L}+)-$/u.exec(h);
  const rest = /^\p{Ll}+/u.exec(t);
  if (word && rest && known(word[1]! + rest[0])) return h.slice(0, -1) + t;
  if (/[\p{L}\d]-$/u.test(h) && /^[\p{L}\d]/u.test(t)) return h + t;
  return `${h} ${t}`;
}

/**
 * The lines of a block with every word hyphenated at a line end rejoined on the first line
 * ("... 412 stu-" / "dents, about 9 percent" -> "... 412 students," / "about 9 percent").
 */
export function mendHyphens(lines: string[], known: KnownWord): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const next = out[i + 1]!.trim();
    if (!/[\p{L}\d]-$/u.test(out[i]!.trimEnd()) || !/^[\p{L}\d]/u.test(next) || LIST_ITEM.test(out[i + 1]!)) continue;
    const cut = next.search(/\s/);
    out[i] = joinBroken(out[i]!, cut < 0 ? next : next.slice(0, cut), known);
    const rest = cut < 0 ? '' : next.slice(cut).trim();
    if (rest) out[i + 1] = rest;
    else out.splice(i + 1, 1);
  }
  return out;
}

/**
 * Plain text converted from PDF without its page furniture: pages are found from form feeds, else
 * from a line that comes back page after page with its number counting up ("-- 4 --", "Guide — Page
 * 14 of 62"); the lines repeated at the pages' edges are dropped, and the text a break cut (a
 * sentence, a table) is joined back into one block. Text without pages comes back as it was.
 */
export function withoutPageFurniture(text: string): string {
  const lines = text.replace(/\f/g, '\n\f\n').split('\n');
  const breaks = text.includes('\f') ? lines.flatMap((l, i) => (l === '\f' ? [i] : [])) : pageNumberLines(lines);
  if (breaks.length === 0) return text;
  const out: (string | null)[] = [...lines];
  // Each page's edges: its first and last lines, between one break (or the start) and the next.
  const bounds = [-1, ...breaks, lines.length];
  const edges = bounds.slice(1).map((end, k) => [...new Set([...nearby(lines, bounds[k]!, 1, end), ...nearby(lines, end, -1, bounds[k]!)])]);
  const furniture = repeatedAtEdges(edges.filter((e) => e.length > 0).map((e) => e.map((i) => lines[i]!)));
  for (const b of breaks) out[b] = '';
  for (const i of edges.flat()) if (furniture.has(lineForm(lines[i]!))) out[i] = null;
  for (const b of breaks) joinAcross(out, b);
  return out.filter((l): l is string => l !== null).join('\n');
}

/** Up to EDGE non-blank lines next to a page break, going one way, not past the next break. */
function nearby(lines: string[], from: number, step: 1 | -1, stop: number): number[] {
  const out: number[] = [];
  for (let i = from + step; i !== stop && out.length < EDGE; i += step) if (lines[i]!.trim()) out.push(i);
  return out;
}

/**
 * The lines of the longest family of page-number lines: the same short line page after page, a
 * number in it counting up by one (or two, a page without it between), MIN_PAGE_LINES or more apart.
 * A family whose lines hold words ("Page 4") needs three lines: two headings "Week 1" and "Week 2" are
 * not pages.
 */
function pageNumberLines(lines: string[]): number[] {
  const families = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const form = lineForm(line);
    if (form.includes('#') && form.length <= MAX_MARK) families.set(form, [...(families.get(form) ?? []), i]);
  });
  let best: number[] = [];
  for (const [form, at] of families) {
    if (at.length < (/\p{L}/u.test(form) ? 3 : 2) || at.length <= best.length) continue;
    if (at.some((p, k) => k > 0 && p - at[k - 1]! < MIN_PAGE_LINES)) continue;
    if (countsUp(at.map((i) => lines[i]!))) best = at;
  }
  return best;
}

/**
 * At a page break (its line now blank), the blank lines between the text before and after it go when
 * the text goes on across it: a sentence cut, or a table whose rows continue in the same columns.
 */
function joinAcross(out: (string | null)[], at: number): void {
  const text = (i: number) => out[i] !== null && out[i]!.trim() !== '';
  let p = at - 1;
  while (p >= 0 && !text(p)) p--;
  let n = at + 1;
  while (n < out.length && !text(n)) n++;
  if (p < 0 || n >= out.length) return;
  if (!continuesAcross(out[p]!, out[n]!) && !tableGoesOn(blockAround(out, p, -1), blockAround(out, n, 1))) return;
  for (let i = p + 1; i < n; i++) out[i] = null;
}

/** The lines of the block that holds line i, going away from the break. */
function blockAround(out: (string | null)[], i: number, step: 1 | -1): string[] {
  const block: string[] = [];
  for (let k = i; k >= 0 && k < out.length; k += step) {
    const line = out[k];
    if (line === null) continue;
    if (!line.trim()) break;
    block.push(line);
  }
  return step < 0 ? block.reverse() : block;
}

/** The rows after the break go on in the columns of the table before it. */
function tableGoesOn(before: string[], after: string[]): boolean {
  const joined = readColumnTable([...before, ...after]);
  const alone = readColumnTable(before) ?? readColumnTable(after);
  return !!joined && !!alone && joined[0]!.length === alone[0]!.length;
}
