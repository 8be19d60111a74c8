// The offline ZIP gazetteer: US ZIP codes and Canadian postal prefixes with their city, state and
// coordinates, from the `zipcodes` package's data. Read on the first lookup, not at import: a
// directory whose locations carry coordinates, and a question that names no unlisted ZIP, never need
// it. The package's own entry compiles its 5 MB data file as JavaScript, which left about 70 MB of the
// compiler's memory resident in every thread that imported the directory code (the main thread and
// each answer worker), lookup or not; the same object literal is read here with JSON.parse, and kept
// as one row number per code over a few columns.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface ZipPlace {
  city: string;
  state: string;
  latitude: number;
  longitude: number;
}

interface Row {
  city: string;
  state: string;
  latitude: number | null;
  longitude: number | null;
}

interface Table {
  rowOf: Map<string, number>;
  city: string[];
  state: string[];
  lat: Float64Array;
  lon: Float64Array;
}

const DATA_FILES = ['zipcodes/lib/codes.js', 'zipcodes/lib/codesCanada.js'];

/** The `exports.codes = {...};` object literal of one of the package's data files, as JSON. */
export function codesOf(source: string): Record<string, Row> {
  const marker = 'exports.codes = ';
  const at = source.indexOf(marker);
  if (at < 0) throw new Error('no "exports.codes" in the ZIP data file');
  const next = source.indexOf('\nexports.', at + marker.length);
  const literal = source.slice(at + marker.length, next < 0 ? undefined : next).trim().replace(/;$/, '');
  return JSON.parse(literal) as Record<string, Row>;
}

function readTable(): Table {
  const require = createRequire(import.meta.url);
  const rows = new Map<string, Row>();
  // US codes first, then Canada's, as the package merges them (their keys never collide).
  for (const file of DATA_FILES) {
    for (const [code, row] of Object.entries(codesOf(readFileSync(require.resolve(file), 'utf8')))) {
      // A few Canadian prefixes have no coordinates: a place that cannot be located is left out
      // (the package gave them null, which distances then read as 0° N 0° E).
      if (typeof row.latitude === 'number' && typeof row.longitude === 'number') rows.set(code, row);
    }
  }
  const table: Table = { rowOf: new Map(), city: [], state: [], lat: new Float64Array(rows.size), lon: new Float64Array(rows.size) };
  let i = 0;
  for (const [code, row] of rows) {
    table.rowOf.set(code, i);
    table.city.push(row.city);
    table.state.push(row.state);
    table.lat[i] = row.latitude!;
    table.lon[i] = row.longitude!;
    i += 1;
  }
  return table;
}

let table: Table | undefined;

/**
 * The place of a ZIP code ("55325"), or of a Canadian postal code by its first three characters
 * ("T0A 1A0"), as the `zipcodes` package's lookup reads them; undefined when the gazetteer does not
 * know it or has no coordinates for it.
 */
export function lookupZip(code: string): ZipPlace | undefined {
  table ??= readTable();
  const key = Number.isNaN(Number(code.charAt(0))) ? code.slice(0, 3) : code;
  const i = table.rowOf.get(key);
  if (i === undefined) return undefined;
  return { city: table.city[i]!, state: table.state[i]!, latitude: table.lat[i]!, longitude: table.lon[i]! };
}
