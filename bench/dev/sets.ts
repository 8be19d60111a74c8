// Dev-only: the development question files (bench/dev/questions*.jsonl), never the official set.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestions, type BenchQuestion } from '../questions.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV = path.join(ROOT, 'bench', 'dev');

/** The given files, or every development set; refuses the official questions. */
export async function devFiles(given: string[] = []): Promise<string[]> {
  const files = given.length ? given.map((f) => path.resolve(f)) : (await readdir(DEV)).filter((f) => /^questions.*\.jsonl$/.test(f)).sort().map((f) => path.join(DEV, f));
  if (files.some((f) => f.startsWith(path.join(ROOT, 'bench', 'data')))) throw new Error('development questions only');
  return files;
}

/** Every question of the development sets. */
export async function devQuestions(): Promise<BenchQuestion[]> {
  const out: BenchQuestion[] = [];
  for (const f of await devFiles()) out.push(...(await loadQuestions(f)));
  return out;
}
