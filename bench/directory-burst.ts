// The burst over a directory at 211 scale (`npm run bench -- --burst --directory`): a generated HSDS
// directory (bench/directory-gen.ts, the directory bench's seed and towns) indexed once, and its
// directory questions sent as the burst's mentions and activities, so the server's memory is read
// with that index loaded in every answer thread and under directory questions.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ingest } from '../src/core/knowledge/ingest.js';
import { OfflineEmbedder } from '../src/core/knowledge/offline-embedder.js';
import { benchClock } from './clock.js';
import { writeDirectory } from './directory-files.js';
import { generateDirectory } from './directory-gen.js';
import { directoryQuestions } from './directory-questions.js';

export interface DirectoryBurstSource {
  label: string;
  indexDir: string;
  questions: string[];
  remove(): Promise<void>;
}

export async function directoryBurstSource(services: number, count = 200): Promise<DirectoryBurstSource> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'liaison-burst-dir-'));
  const dir = generateDirectory({ services, seed: 17, towns: 10 });
  const written = await writeDirectory(dir, path.join(root, 'directory'));
  const folder = path.dirname(written.jsonFile);
  const indexDir = path.join(root, 'index');
  await ingest({ paths: [folder], root: folder, indexDir, embedder: new OfflineEmbedder(), clock: benchClock() });
  return {
    label: `a generated directory of ${services} services (${count} directory questions)`,
    indexDir,
    questions: directoryQuestions(dir, count).map((q) => q.question),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
