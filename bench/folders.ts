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
    .filter((e) => e.isDirectory() && e.name !== SEALED)
    .map((e) => e.name)
    .sort();
  const folder = (name: string): BenchFolder => ({
    name,
    knowledge: path.join(base, name, 'knowledge'),
    questions: path.join(base, name, 'questions.jsonl'),
    notes: path.join(base, name, 'notes'),
  });
  const dev = names.map(folder);
  return opts.sealed ? [starter, ...dev, { ...folder(SEALED), sealed: true }] : [starter, ...dev];
}
