// lexical.bin: the keyword index's arrays (keyword-postings.ts) in one buffer, so loading it is one
// read and a few typed-array views, with no parsing and no object per term or posting. Saved as
// MiniSearch's JSON it cost ~0.5 s of CPU and ~50 MB of garbage per answer thread to read back for a
// 10,000-service directory; this form, about 0.01 s.
//
// Layout: "LXK1", then the header's length (u32), the header (JSON: the terms, the fields, the
// numbers and each array's length), zero bytes up to a multiple of 8, then the arrays one after the
// other in the machine's byte order (recorded in the header): idOf (f64), start, docs, tfs, df,
// fieldLength (u32). Every array starts on a multiple of 8.
import type { PostingParts, SavedPostings } from './keyword-postings.js';

const MAGIC = 'LXK1';
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

interface Header {
  littleEndian: boolean;
  /** Chunks indexed (LexicalIndex's document count). */
  chunks: number;
  terms: string[];
  fields: SavedPostings['fields'];
  fieldCount: number;
  avgFieldLength: number[];
  documentCount: number;
  lengths: { idOf: number; start: number; docs: number; tfs: number; df: number; fieldLength: number };
}

const ARRAYS = ['idOf', 'start', 'docs', 'tfs', 'df', 'fieldLength'] as const;
const pad8 = (n: number) => (n + 7) & ~7;

/** The saved form of `parts` for an index of `chunks` chunks. */
export function encodeKeywordIndex(parts: PostingParts, chunks: number): Uint8Array {
  const header: Header = {
    littleEndian: LITTLE_ENDIAN,
    chunks,
    terms: parts.terms,
    fields: parts.fields.map(({ name, id }) => ({ name, id })),
    fieldCount: parts.fieldCount,
    avgFieldLength: parts.avgFieldLength,
    documentCount: parts.documentCount,
    lengths: { idOf: parts.idOf.length, start: parts.start.length, docs: parts.docs.length, tfs: parts.tfs.length, df: parts.df.length, fieldLength: parts.fieldLength.length },
  };
  const head = new TextEncoder().encode(JSON.stringify(header));
  let size = pad8(8 + head.length);
  const offsets = ARRAYS.map((name) => {
    const at = size;
    size = pad8(size + parts[name].byteLength);
    return at;
  });
  const out = new Uint8Array(size);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, head.length, true);
  out.set(head, 8);
  ARRAYS.forEach((name, i) => {
    const a = parts[name];
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offsets[i]!);
  });
  return out;
}

/** The parts saved in `bytes`; the arrays are views on `bytes` (copied once when it is not 8-aligned). */
export function decodeKeywordIndex(bytes: Uint8Array): { parts: SavedPostings; chunks: number } {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error('not a keyword index (lexical.bin)');
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const headLength = new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(4, true);
  if (8 + headLength > buf.length) throw new Error('the keyword index ends inside its header');
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headLength))) as Header;
  if (header.littleEndian !== LITTLE_ENDIAN) throw new Error('the keyword index was written on a machine of the other byte order');
  let at = pad8(8 + headLength);
  const view = <T>(make: new (b: ArrayBuffer, offset: number, length: number) => T, length: number, bytesPer: number): T => {
    if (at + length * bytesPer > buf.length) throw new Error('the keyword index ends before its arrays do');
    const out = new make(buf.buffer as ArrayBuffer, buf.byteOffset + at, length);
    at = pad8(at + length * bytesPer);
    return out;
  };
  const n = header.lengths;
  const idOf = view(Float64Array, n.idOf, 8);
  const start = view(Uint32Array, n.start, 4);
  const docs = view(Uint32Array, n.docs, 4);
  const tfs = view(Uint32Array, n.tfs, 4);
  const df = view(Uint32Array, n.df, 4);
  const fieldLength = view(Uint32Array, n.fieldLength, 4);
  return {
    parts: { terms: header.terms, fields: header.fields, start, docs, tfs, df, fieldLength, fieldCount: header.fieldCount, avgFieldLength: header.avgFieldLength, idOf, documentCount: header.documentCount },
    chunks: header.chunks,
  };
}
