// Dev-only: a development directory set (bench/folders/NAME or bench/directories/NAME) opened the way
// the bench opens it. Refuses the sealed folders and the directory judges, so no probe can read them.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { readGold, setPlaces } from '../directory.js';
import { DIRECTORY_JUDGES, isSealed } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

/** Whether NAME may be read while tuning: not sealed, not a directory judge. */
export const isDevDirectorySet = (name: string): boolean => !isSealed(name) && !DIRECTORY_JUDGES.includes(name);

/** A development directory set's folder: bench/folders/NAME when it exists, else bench/directories/NAME. */
export function directorySetDir(name: string): string {
  if (!isDevDirectorySet(name)) throw new Error(`${name} is not a development directory set`);
  const inFolders = path.join(ROOT, 'bench', 'folders', name);
  return existsSync(inFolders) ? inFolders : path.join(ROOT, 'bench', 'directories', name);
}

/**
 * A development directory set read as the bench reads it: its gold questions, its places file (unless
 * `places` is false), the built index, the index's current view and the place book of its services.
 */
export async function openDirectorySet(name: string, opts: { places?: boolean } = {}) {
  const folder = directorySetDir(name);
  const gold = await readGold(path.join(folder, 'directory-questions.jsonl'));
  const places = opts.places === false ? undefined : await setPlaces(folder);
  const built = await buildIndex(path.join(folder, 'knowledge'), undefined, places);
  const view = await built.knowledge.current();
  const book = placeBook(view.chunks.flatMap((c) => (c.service ? [c.service] : [])), places);
  return { folder, gold, places, built, view, book };
}
