// Reads lexical.json (MiniSearch's saved index and the document frequencies) without building the
// index part as JavaScript objects. JSON.parse made a nested object per term and field, with a
// property per chunk: about 50 MB of garbage per answer thread for a 10,000-service directory, on
// top of the index it held, only to be copied into flat arrays (keyword-postings.ts). Here the
// "index" array is cut out of the text and scanned where it lies; the rest goes to JSON.parse.
import type { PostingSource, SavedMiniSearch } from './keyword-postings.js';

export interface SavedLexical {
  minisearch: Omit<SavedMiniSearch, 'index'>;
  postings: PostingSource;
  df: Record<string, number>;
  docs: number;
}

const INDEX_KEY = '"index":[';

/** The saved keyword index in `json`; its postings are read from the text each time they are scanned. */
export function readSavedLexical(json: string): SavedLexical {
  // MiniSearch writes "dirtCount" just before "index"; no other key holds a string that could look like it.
  const at = json.indexOf(INDEX_KEY, json.indexOf('"dirtCount":'));
  if (at < 0) throw new Error('no "index" in the keyword index');
  const open = at + INDEX_KEY.length - 1;
  const close = endOfArray(json, open);
  const rest = JSON.parse(`${json.slice(0, open)}[]${json.slice(close + 1)}`) as { minisearch: SavedMiniSearch; df: Record<string, number>; docs: number };
  return { minisearch: rest.minisearch, postings: { scan: (visit) => scanIndex(json, open, visit) }, df: rest.df, docs: rest.docs };
}

/** The position of the `]` closing the array opened at `open`, strings skipped. */
function endOfArray(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) i = endOfString(s, i);
    else if (c === 0x5b || c === 0x7b) depth += 1;
    else if ((c === 0x5d || c === 0x7d) && --depth === 0) return i;
  }
  throw new Error('the keyword index ends before its "index" does');
}

/** The position of the quote closing the string opened at `open`. */
function endOfString(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) i += 1;
    else if (c === 0x22) return i;
  }
  throw new Error('an unterminated string in the keyword index');
}

/** Scans `[[term, {fieldId: {shortId: tf, ...}, ...}], ...]` starting at `open`, in the order written. */
function scanIndex(s: string, open: number, visit: Parameters<PostingSource['scan']>[0]): void {
  let i = open;
  const expect = (ch: string) => {
    if (s[i] !== ch) throw new Error(`the keyword index has "${s[i] ?? 'its end'}" at ${i} where "${ch}" belongs`);
    i += 1;
  };
  const string = (): string => {
    const end = endOfString(s, i);
    const raw = s.slice(i, end + 1);
    i = end + 1;
    return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };
  const integer = (): number => {
    const start = i;
    while (i < s.length && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39) i += 1;
    if (i === start) throw new Error(`the keyword index has no number at ${start}`);
    return Number(s.slice(start, i));
  };
  expect('[');
  while (s[i] !== ']') {
    expect('[');
    visit.term(string());
    expect(',');
    expect('{');
    while (s[i] !== '}') {
      const fieldId = Number(string());
      expect(':');
      expect('{');
      while (s[i] !== '}') {
        const shortId = Number(string());
        expect(':');
        visit.posting(fieldId, shortId, integer());
        if (s[i] === ',') i += 1;
      }
      expect('}');
      if (s[i] === ',') i += 1;
    }
    expect('}');
    expect(']');
    if (s[i] === ',') i += 1;
  }
}
