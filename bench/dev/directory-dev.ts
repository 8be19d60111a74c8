// The directory measure on generated directories only (never the blind-written questions), for
// tuning: `npx tsx bench/dev/directory-dev.ts [SERVICES] [TOWNS] [SEED] [QUESTIONS] [--misses]`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ask } from '../../src/core/skills/ask.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { directoryFigures } from '../../src/eval/directory-score.js';
import { offeredServiceIds } from '../../src/eval/offered.js';
import { bm25Offers, liaisonOffers } from '../directory.js';
import { writeDirectory } from '../directory-files.js';
import { generateDirectory } from '../directory-gen.js';
import { directoryQuestions } from '../directory-questions.js';
import { buildIndex } from '../knowledge.js';
import { askLatency } from '../speed.js';

const [services = 2000, towns = 10, seed = 17, count = 200] = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
const root = await mkdtemp(path.join(os.tmpdir(), 'liaison-dirdev-'));
try {
  const dir = generateDirectory({ services, seed, towns });
  const written = await writeDirectory(dir, path.join(root, 'dir'));
  const built = await buildIndex(path.dirname(written.jsonFile), path.join(root, 'index'));
  const questions = directoryQuestions(dir, count);
  const mine = await liaisonOffers(built.knowledge, questions);
  console.log('liaison', JSON.stringify(directoryFigures(questions, mine)));
  console.log('bm25   ', JSON.stringify(directoryFigures(questions, bm25Offers(built.index.chunks, questions))));
  const lat = await askLatency(built.knowledge, questions.map((q) => q.question), 200);
  console.log('latency', JSON.stringify(lat));
  if (process.argv.includes('--misses')) {
    const answerer = createAnswerer();
    for (const q of questions.slice(0, 200)) {
      const r = await ask(built.knowledge, answerer, q.question);
      const offered = offeredServiceIds(r.answer);
      const fits = new Set(q.fits);
      const bad = offered.filter((id) => !fits.has(id)).length;
      const wrong = q.answerable ? bad > 0 || !offered.slice(0, 3).some((id) => fits.has(id)) : offered.length > 0;
      const c = readConditions(q.question, placeBook((await built.knowledge.current()).chunks.flatMap((x) => (x.service ? [x.service] : []))));
      if (wrong) console.log(`     read: finding=${c.finding} kind="${c.kind}" place=${c.place?.said ?? '-'} age=${c.age?.said ?? '-'} lang=${c.language?.said ?? '-'} cost=${c.cost?.said ?? '-'} when=${c.when?.said ?? '-'}`);
      if (wrong) console.log(`MISS ${q.answerable ? 'A' : 'U'} fits=${q.fits.length} offered=${offered.length} bad=${bad} | ${q.question}\n     ${r.answer.text.split('\n')[0]!.slice(0, 220)}`);
    }
  }
} finally {
  await rm(root, { recursive: true, force: true });
}
