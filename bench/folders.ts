// The folders the bench measures: the starter (knowledge/ with the official bench/data set), each
// development folder under bench/folders/, and the sealed one only when asked. Nothing inside the
// sealed folder is read unless `sealed` is true.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface BenchFolder {
  name: string;
  knowledge: string;
  questions: string;
  notes: string;
  /** The starter's official set: never tuned on, its misses never printed. */
  official?: boolean;
  sealed?: boolean;
}

export const SEALED = 'sealed';

/** A sealed folder: `sealed`, or a later one named `sealed-<n>` (written when the first had been opened). */
export function isSealed(name: string): boolean {
  return name === SEALED || name.startsWith(`${SEALED}-`);
}

/**
 * Directory question sets that judge the directory search and are never tuned on (their misses are
 * not printed): cedar-211, the first blind set (its decline reasons were counted, in aggregate, once,
 * on 2026-12-06), and elm-211 (bench/directories/), written blind for judging.
 */
export const DIRECTORY_JUDGES: readonly string[] = ['cedar-211', 'elm-211'];

export async function benchFolders(root: string, opts: { sealed?: boolean } = {}): Promise<BenchFolder[]> {
  const starter: BenchFolder = {
    name: 'starter',
    knowledge: path.join(root, 'knowledge'),
    questions: path.join(root, 'bench', 'data', 'questions.jsonl'),
    notes: path.join(root, 'bench', 'data', 'notes'),
    official: true,
  };
  const base = path.join(root, 'bench', 'folders');
  const names = (await readdir(base, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const folder = (name: string): BenchFolder => ({
    name,
    knowledge: path.join(base, name, 'knowledge'),
    questions: path.join(base, name, 'questions.jsonl'),
    notes: path.join(base, name, 'notes'),
  });
  const dev = names.filter((n) => !isSealed(n)).map(folder);
  const sealed = names.filter(isSealed).map((n) => ({ ...folder(n), sealed: true }));
  return opts.sealed ? [starter, ...dev, ...sealed] : [starter, ...dev];
}

/** A notes-only set: meeting notes with gold items written blind, without a knowledge folder (`bench/notes/<name>/`). */
export interface NoteSet {
  name: string;
  notes: string;
  /** A sealed set (`sealed-<name>`): read only when asked, never tuned on, not in the development pool. */
  sealed?: boolean;
}

export async function noteSets(root: string, opts: { sealed?: boolean } = {}): Promise<NoteSet[]> {
  const base = path.join(root, 'bench', 'notes');
  const entries = await readdir(base, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && (opts.sealed || !isSealed(e.name)))
    .map((e) => ({ name: e.name, notes: path.join(base, e.name), ...(isSealed(e.name) ? { sealed: true } : {}) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
