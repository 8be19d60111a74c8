// Dev-only: every unanswerable question of the development folders (never the starter's official set,
// never the sealed folder) with the gate's confidence, its checks and the sentences it would quote.
// Usage: npx tsx bench/dev/unans-dump.ts [--all] [--skip NAME,NAME] (folders held unread this session stay out)
import { assessReadings } from '../../src/core/knowledge/answer/grounding.js';
import { quotedUnits } from '../../src/core/knowledge/answer/quote.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const all = process.argv.includes('--all');
const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && !skip.has(f.name))) {
  const built = await buildIndex(folder.knowledge);
  for (const q of await loadQuestions(folder.questions)) {
    if (q.answerable && !all) continue;
    const text = checkQuestion(q.question).text;
    const hits = await passagesFor(built.index, text);
    const gs = assessReadings(text, hits, undefined, { corpus: built.index.corpus, chunksOf: (source) => built.index.chunksOf(source) });
    const best = gs.reduce((b, g) => (g.confidence > b.confidence ? g : b));
    console.log(`${q.answerable ? 'A' : 'U'} ${best.grounded ? 'ANS' : 'DEC'} ${best.confidence.toFixed(2)} ${JSON.stringify(best.signals.cuts)} ${q.id} :: ${q.question}`);
    if (!q.answerable) for (const u of quotedUnits(text, hits).slice(0, 2)) console.log(`    Q: ${flat(u.text).slice(0, 220)}`);
  }
}
process.exit(0);
