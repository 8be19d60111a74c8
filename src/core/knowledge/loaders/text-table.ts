// Aligned-column tables in plain text (fee schedules, staff lists, PDF-converted tables): rows of
// cells, told from prose by gaps that line up down the whole block, not by wide gaps alone.

/** A column gap is at least this many spaces wide on every line of the block. */
const MIN_GAP = 2;
/** A block is a table when this many of its lines have text on both sides of a shared gap. */
const MIN_ROWS = 3;
const TEXT = /\S/;
const TAB_STOP = 8;

/**
 * The rows of a block of lines laid out in aligned columns, each row's cells in column order (a
 * cell wrapped over several lines is joined back); undefined when the block is not such a table.
 * A column gap is a run of MIN_GAP or more positions blank on every line, with text on both sides
 * on at least MIN_ROWS lines: justified or gappy prose has no gap at the same place line after line.
 */
export function readColumnTable(block: string[]): string[][] | undefined {
  // A dot leader ("full fare ........ $1.50") is a gap drawn in.
  const lines = block.map((l) => expandTabs(l).replace(/\.{3,}/g, (dots) => ' '.repeat(dots.length)));
  if (lines.length < MIN_ROWS) return undefined;
  const gaps = columnGaps(lines);
  if (gaps.length === 0) return undefined;
  const bounds = [0, ...gaps.map((g) => g.end)];
  const ends = [...gaps.map((g) => g.start), Infinity];
  const rows: string[][] = [];
  let above = '';
  for (const line of lines) {
    const cells = bounds.map((b, i) => line.slice(b, ends[i]).trim());
    const last = rows[rows.length - 1];
    // A line whose first cell is empty, or goes on in small letters or a bracket ("(FSW)",
    // "training"), carries the wrapped ends of the row above's cells; so does a line indented
    // under a row that has only its label so far ("Fixed-route bus, reduced fare (disability,
    // 60+," / "   Medicare card) ....... $0.75").
    const wrapped =
      /^(?:$|[a-z(])/.test(cells[0]!) || (!!last && last.slice(1).every((c) => !c) && indentOf(line) > indentOf(above));
    if (wrapped && last) cells.forEach((c, i) => (last[i] = joinWrapped(last[i]!, c)));
    else rows.push(cells);
    above = line;
  }
  return rows;
}

/** A table row as one line: its cells joined by " | " (a "Label:" cell runs on into its value). */
export function rowText(cells: string[]): string {
  return cells
    .filter((c) => c)
    .reduce((out, c) => (!out ? c : out.endsWith(':') ? `${out} ${c}` : `${out} | ${c}`), '');
}

/** Joins a cell's wrapped lines; a word hyphenated at the break ("require-" + "ments") is rejoined. */
function joinWrapped(head: string, tail: string): string {
  if (!tail) return head;
  if (!head) return tail;
  return /\p{Ll}-$/u.test(head) && /^\p{Ll}/u.test(tail) ? head.slice(0, -1) + tail : `${head} ${tail}`;
}

function columnGaps(lines: string[]): { start: number; end: number }[] {
  const width = Math.max(...lines.map((l) => l.length));
  const blank = (p: number) => lines.every((l) => p >= l.length || !l[p]!.trim());
  const gaps: { start: number; end: number }[] = [];
  let start = -1;
  for (let p = 0; p <= width; p++) {
    if (p < width && blank(p)) {
      if (start < 0) start = p;
      continue;
    }
    if (start >= 0 && p - start >= MIN_GAP && p < width) {
      const both = lines.filter((l) => TEXT.test(l.slice(0, start)) && TEXT.test(l.slice(p))).length;
      if (both >= MIN_ROWS) gaps.push({ start, end: p });
    }
    start = -1;
  }
  return gaps;
}

function indentOf(line: string): number {
  return line.search(TEXT);
}

function expandTabs(line: string): string {
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(TAB_STOP - (out.length % TAB_STOP)) : ch;
  return out;
}
