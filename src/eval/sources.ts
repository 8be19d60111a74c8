// Source matching for the measure: by file, or for an HSDS service by its id. A gold source may
// name a service as `path/file.csv#<id>`, `services.csv#<id>` or another table's `file.csv#<id>`,
// so when the gold has a `#id` only the id is compared; otherwise the file (a gold without a folder
// matches a file of that name in any folder).

/** How deep a ranking is read: MRR over the first five sources. */
export const RANK_DEPTH = 5;

function split(source: string): { file: string; id?: string } {
  const i = source.indexOf('#');
  return i < 0 ? { file: source } : { file: source.slice(0, i), id: source.slice(i + 1) };
}

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

export function sameSource(hit: string, gold: string): boolean {
  const h = split(hit);
  const g = split(gold);
  if (g.id !== undefined) return h.id === g.id;
  return h.file === g.file || (!g.file.includes('/') && baseName(h.file) === g.file);
}

/** 1-based rank of the first source (best first) that matches a gold one, within RANK_DEPTH; else null. */
export function firstRightRank(ranked: string[], gold: string[]): number | null {
  const i = ranked.slice(0, RANK_DEPTH).findIndex((s) => gold.some((g) => sameSource(s, g)));
  return i < 0 ? null : i + 1;
}

/** Sources in order without repeats. */
export function distinct(sources: string[]): string[] {
  return [...new Set(sources)];
}
