// Dev-only: one development folder's chunks of given sources (title, headings, text head), and for a
// question the hybrid/BM25/vector scores of every chunk of those sources beside the best hits.
// Usage: npx tsx bench/dev/chunk-probe.ts FOLDER SOURCE[,SOURCE] ["question"]
import path from 'node:path';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const [folder, sources, question] = process.argv.slice(2);
if (!folder || folder.startsWith('sealed')) throw new Error('a development folder');
const built = await buildIndex(path.join(ROOT, 'bench', 'folders', folder!, 'knowledge'));
const want = (sources ?? '').split(',');
for (const s of want) {
  for (const c of built.index.chunksOf(s)) console.log(`-- ${c.id} title=${JSON.stringify(c.title)} h=${JSON.stringify(c.headings)}\n${c.text.slice(0, 400)}\n`);
}
if (question) {
  for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
    const hits = await built.index.search(question, 200, { mode, perSource: 50 });
    console.log(`== ${mode}`);
    hits.forEach((h, i) => {
      if (i < 5 || want.includes(h.chunk.source)) console.log(`${i + 1}. ${h.chunk.id} score ${h.score} bm25 ${h.bm25?.toFixed(2)} vec ${h.vector?.toFixed(3)}`);
    });
  }
}
process.exit(0);
