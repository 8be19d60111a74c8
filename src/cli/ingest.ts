// `liaison ingest [PATH...] [--index DIR]`: build or update the knowledge index and say what happened.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LiaisonError } from '../core/errors.js';
import { createEmbedder } from '../core/knowledge/embedder.js';
import { ingest, type IngestSummary } from '../core/knowledge/ingest.js';
import { loadFolder } from '../core/knowledge/load-folder.js';
import type { LoadProblem } from '../core/knowledge/types.js';
import { parse } from './args.js';
import { openContext } from './context.js';
import { cliClock } from './with-services.js';
import { plural, println, showUsage, type CliIO, type Command } from './io.js';

const usage = `Usage: liaison ingest [PATH...] [--index DIR]

Indexes the knowledge folder (or the files and folders given) so questions can be answered.
Unchanged text keeps its stored embedding; files that cannot be read are listed and skipped.

  PATH         files or folders to index (default: the knowledge folder, LIAISON_KNOWLEDGE_DIR)
  --index DIR  where to write the index (default: LIAISON_INDEX_DIR, or <data dir>/index)`;

async function rootOf(paths: string[]): Promise<string | undefined> {
  if (paths.length !== 1) return undefined;
  const info = await stat(paths[0]!).catch(() => undefined);
  return info?.isDirectory() ? paths[0] : undefined;
}

function printProblems(io: CliIO, problems: LoadProblem[]): void {
  if (!problems.length) return;
  println(io, `Skipped ${plural(problems.length, 'file')}:`);
  for (const p of problems) println(io, `  - ${p.source}: ${p.reason}`);
}

export const ingestCommand: Command = {
  name: 'ingest',
  usage,
  async run(args, io) {
    const parsed = parse(args, { index: { type: 'string' } }, usage);
    if (!parsed) return showUsage(io, usage);
    const { config, log } = openContext(io);
    const paths = parsed.positionals.length ? parsed.positionals.map((p) => path.resolve(p)) : [config.knowledgeDir];
    const indexDir = path.resolve(parsed.str('index') ?? config.indexDir);
    const root = parsed.positionals.length ? await rootOf(paths) : config.knowledgeDir;
    let skipped: LoadProblem[] = [];
    // Refuse before writing when nothing loaded, so a good index is never replaced by an empty one.
    const load: typeof loadFolder = async (p, o) => {
      const loaded = await loadFolder(p, o);
      skipped = loaded.problems;
      if (!loaded.docs.length) throw new LiaisonError('bad_input', `Nothing could be indexed from ${paths.join(', ')}: no readable documents. The index was left as it was.`);
      return loaded;
    };
    let summary;
    try {
      summary = await ingest({ paths, root, indexDir, embedder: createEmbedder(config.llm), log, load, clock: cliClock(io) });
    } catch (err) {
      printProblems(io, skipped);
      throw err;
    }
    println(io, `Indexed ${plural(summary.documents, 'document')} (${plural(summary.chunks, 'chunk')}) from ${plural(summary.files, 'file')} into ${summary.indexDir}.`);
    println(io, `Chunks: ${summary.embedded} embedded, ${summary.reused} reused, ${summary.removed} removed${rebuildNote(summary)}. Embedder: ${summary.embedder}.`);
    printProblems(io, summary.problems);
    println(io, `Took ${(summary.elapsedMs / 1000).toFixed(1)} s.`);
    return 0;
  },
};

/** Why every chunk was embedded, when it was. */
function rebuildNote(summary: IngestSummary): string {
  if (!summary.fullRebuild) return '';
  return summary.relearned ? ' (full rebuild: the folder changed enough that Liaison learned its vocabulary again)' : ' (full rebuild)';
}
