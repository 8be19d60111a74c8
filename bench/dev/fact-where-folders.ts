// Dev-only: for each development folder (never the starter's official set, never the sealed folder),
// the answered questions whose answer lacks a needed fact, and where that fact is: in one of the
// passages the answer read (the right passage, a sentence not quoted), in a passage search found below
// the fourth, in another chunk of a source
// search returned, elsewhere in the folder (search missed it), or nowhere as written.
// Usage: npx tsx bench/dev/fact-where-folders.ts [--list] [--skip a,b]   (--skip leaves folders out, such as one held unread)
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const list = process.argv.includes('--list');
const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const answerer = createAnswerer();
const totals: Record<string, number> = {};
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && !skip.has(f.name))) {
  const built = await buildIndex(folder.knowledge);
  const chunks = built.index.chunks;
  for (const q of (await loadQuestions(folder.questions)).filter((x) => x.answerable)) {
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    if (!answer.grounded) continue;
    const text = norm(answer.text.slice(0, 1000));
    const missing = q.facts.filter((f) => !text.includes(norm(f)));
    if (!missing.length) continue;
    const read = [...hits].sort((a, b) => b.score - a.score).slice(0, 4);
    const sources = new Set(hits.map((h) => h.chunk.source));
    const where = (f: string): string => {
      const n = norm(f);
      if (read.some((h) => norm(`${h.chunk.title}\n${h.chunk.text}`).includes(n))) return 'passage read, not quoted';
      if (hits.some((h) => norm(`${h.chunk.title}\n${h.chunk.text}`).includes(n))) return 'a passage search found, below the fourth';
      if (chunks.some((c) => sources.has(c.source) && norm(c.text).includes(n))) return 'other chunk of a source found';
      if (chunks.some((c) => norm(c.text).includes(n))) return 'elsewhere in the folder';
      return 'nowhere as written';
    };
    const kinds = missing.map(where);
    for (const k of kinds) totals[k] = (totals[k] ?? 0) + 1;
    if (list) console.log(`${q.id} [${kinds.join('; ')}] missing ${missing.join(' | ')} :: ${q.question.slice(0, 90)}`);
  }
}
console.log(totals);
process.exit(0);
