// Walks files and folders, loads every supported file, and reports the ones it could not use
// (with a plain reason) instead of failing the whole ingest.
import type { Dirent } from 'node:fs';
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadHsdsDatapackage } from './loaders/hsds-csv.js';
import { loadFile } from './loaders/load-file.js';
import { LoadFailure } from './loaders/text-utils.js';
import type { KnowledgeDoc, LoadProblem } from './types.js';

/** Larger files are reported, not read: nothing in a knowledge folder should be this big. */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export interface LoadFolderResult {
  docs: KnowledgeDoc[];
  problems: LoadProblem[];
  /** Files examined, including the ones in `problems`. */
  files: number;
}

interface Ctx {
  docs: KnowledgeDoc[];
  problems: LoadProblem[];
  files: number;
  base: string;
}

export async function loadFolder(paths: string[], opts: { root?: string } = {}): Promise<LoadFolderResult> {
  const result: LoadFolderResult = { docs: [], problems: [], files: 0 };
  const root = opts.root === undefined ? undefined : path.resolve(opts.root);
  for (const p of paths) {
    const abs = path.resolve(p);
    let info;
    try {
      info = await stat(abs);
    } catch {
      result.problems.push({ source: toPosix(root ? path.relative(root, abs) : p), reason: 'not found: check the path' });
      continue;
    }
    const base = root ?? (info.isDirectory() ? abs : path.dirname(abs));
    const ctx: Ctx = { ...result, base };
    if (info.isDirectory()) await walk(abs, ctx);
    else await loadOne(abs, ctx);
    result.files = ctx.files;
  }
  return result;
}

function sourceOf(abs: string, ctx: Ctx): string {
  return toPosix(path.relative(ctx.base, abs));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function reasonOf(err: unknown): string {
  if (err instanceof LoadFailure) return err.message;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read the file: permission denied';
  return `could not load: ${err instanceof Error ? err.message : String(err)}`;
}

async function walk(dir: string, ctx: Ctx): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    ctx.problems.push({ source: sourceOf(dir, ctx) || '.', reason: reasonOf(err) });
    return;
  }
  if (entries.some((e) => e.isFile() && e.name === 'datapackage.json')) {
    await loadDatapackage(dir, entries, ctx);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(abs, ctx);
    else if (entry.isFile() || (entry.isSymbolicLink() && (await stat(abs).catch(() => undefined))?.isFile())) await loadOne(abs, ctx);
  }
}

async function loadOne(abs: string, ctx: Ctx): Promise<void> {
  ctx.files++;
  const source = sourceOf(abs, ctx);
  try {
    const size = (await lstat(abs)).size;
    if (size > MAX_FILE_BYTES) throw new LoadFailure(`file too large (${Math.round(size / 1048576)} MB; limit 50 MB)`);
    const docs = await loadFile(await readFile(abs), path.extname(abs), source);
    const readable = docs.filter((d) => d.sections.some((s) => s.text.trim()));
    if (readable.length === 0) throw new LoadFailure('no readable text found');
    ctx.docs.push(...readable);
  } catch (err) {
    ctx.problems.push({ source, reason: reasonOf(err) });
  }
}

async function loadDatapackage(dir: string, entries: Dirent[], ctx: Ctx): Promise<void> {
  const folder = sourceOf(dir, ctx);
  try {
    const { docs, files } = await loadHsdsDatapackage(dir, folder);
    ctx.files += files.length;
    ctx.docs.push(...docs);
  } catch (err) {
    ctx.files += entries.filter((e) => e.isFile() && !e.name.startsWith('.')).length;
    ctx.problems.push({ source: folder ? `${folder}/datapackage.json` : 'datapackage.json', reason: reasonOf(err) });
  }
}
