// Splits passage text into sentences without breaking rule citations ("34 CFR 361.42(a)(1)"),
// money ("$9,730.50"), abbreviations ("e.g.", "U.S.", "Dr.") or list items.
import { isHeaderRow, isTableRow } from '../table-rows.js';

const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'dr', 'mr', 'mrs', 'ms', 'st', 'ave', 'rd', 'blvd', 'no', 'u.s', 'sec', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'co', 'corp', 'approx', 'dept', 'ste',
  'a.m', 'p.m', 'am', 'pm',
]);

/**
 * A dot leader and the phone number it leads to, with a bracketed note ("(TTY 555-0102)"), up to
 * where the next entry starts: " ........ 555-0101  (TTY 555-0102)\n", " .. 555-0123 Out-of-school ...".
 */
const LEADER_ENTRY = /[ \t]*\.{2,}[ \t]*((?:\(\d{3}\)[ \t]*)?\d{3}-\d{4}(?:[ \t]*\([^)\n]*\))?)[ \t]*(?:\n|[ \t]+(?=\S)|$)/g;

/** Text that goes on from a sentence begun elsewhere: it starts with a small letter ("regularly attending school."). */
export const MID_SENTENCE = /^\s*[a-z]/;
/** A word that opens with a capital letter ("Caney", "SEARCH"). */
export const CAPITALISED = /^[A-Z]/;
/** A run of white space (global: for replace only), read as one space. */
export const SPACES = /\s+/g;
/** A directory entry's field line ("Hours: Mon-Fri 8:00-17:00"): each starts a block of its own below. */
export const FIELD_LINE = /^[A-Z][A-Za-z ]{1,30}:\s/;

export interface Sentence {
  text: string;
  /** 0-based position in the passage (reading order). */
  index: number;
  /** The sentence opens a bulleted or numbered list item. */
  item?: boolean;
  /** A table row's header row ("Code | Service | Unit | Rate"): what the row's cells are. */
  header?: string;
  /** The sentence is a table's header row: it names columns and says nothing itself. */
  head?: boolean;
}

/** The text cut to at most `chars` characters (and a "…") at a word's end. */
export function clip(text: string, chars: number): string {
  return `${text.slice(0, chars).replace(/\s+\S*$/, '')}…`;
}

/** Lower case, and every run of characters other than letters and digits a single space: two texts compared for the same words. */
export function flat(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Splits text into trimmed sentences; bullet and numbered list lines become sentences of their own. */
export function splitSentences(rawText: string): Sentence[] {
  const out: { text: string; item: boolean; block: number }[] = [];
  // Phone-tree lines ("Student wants full VR services\n  -> Lakeland VR intake ........ 555-0101")
  // end at their number: each entry is one unit, so a number never joins the next entry's label.
  // The dot leader itself reads as a colon.
  const text = rawText.replace(LEADER_ENTRY, ': $1\n\n');
  // Blank lines, list items, "Label: value" lines (directory entries) and table rows ("Wickham |
  // Northeast – Port Ardell") each start a new block: a row is quoted alone, not the whole table.
  const blocks = text.split(/\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)|\n(?=[A-Z][A-Za-z ]{1,30}:\s)|\n(?=[^\n]*\s\|\s)/);
  const lines: string[] = [];
  for (const [b, block] of blocks.entries()) {
    const marker = /^\s*(?:[-*•]|\d+[.)])\s+/.exec(block);
    const line = (lines[b] = block.slice(marker?.[0].length ?? 0).replace(SPACES, ' ').trim());
    if (!line) continue;
    const first = out.length;
    let start = 0;
    // A full stop (with the quote marks or brackets that close on it) before a capital, digit or "$".
    const re = /[.!?]["”’)]*(?=\s+["“(]?[A-Z0-9$])/g;
    for (let m = re.exec(line); m; m = re.exec(line)) {
      const before = line.slice(start, m.index);
      const lastWord = /([A-Za-z.]+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
      // "U.S." or "e.g." or a single initial ("J. Smith") is not a sentence end.
      if (ABBREVIATIONS.has(lastWord) || /^[a-z]$/i.test(lastWord)) continue;
      const end = m.index + m[0].length;
      out.push({ text: line.slice(start, end).trim(), item: false, block: b });
      start = end;
    }
    const rest = line.slice(start).trim();
    if (rest) out.push({ text: rest, item: false, block: b });
    if (marker && out[first]) out[first]!.item = true;
  }
  const headers = tableHeaders(lines);
  return out
    .filter((s) => /[A-Za-z0-9]/.test(s.text))
    .map(({ text, item, block }, index) => {
      const header = headers.get(block);
      return { text, index, ...(item ? { item } : {}), ...(header === '' ? { head: true } : header ? { header } : {}) };
    });
}

/**
 * For each block that is a table row under a header row, the header's text; '' for the header row
 * itself. A table is a run of two or more row blocks ("a | b"); its first row is a header when no cell
 * holds a figure or a full stop outside brackets.
 */
function tableHeaders(lines: string[]): Map<number, string> {
  const out = new Map<number, string>();
  const row = (i: number): boolean => isTableRow(lines[i]);
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderRow(lines[i]!) || row(i - 1) || !row(i + 1)) continue;
    const header = lines[i]!;
    out.set(i, '');
    for (let j = i + 1; row(j); j++) out.set(j, header);
  }
  return out;
}
