// Dev-only: the words behind the gate's unknown-word checks on each development question (never the
// starter's official set, never the sealed folder), answerable and unanswerable apart.
// Usage: npx tsx bench/dev/gate-unknown.ts
import { assessReadings } from '../../src/core/knowledge/answer/grounding.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const built = await buildIndex(folder.knowledge);
  for (const q of await loadQuestions(folder.questions)) {
    const text = checkQuestion(q.question).text;
    const gs = assessReadings(text, await passagesFor(built.index, text), undefined, { corpus: built.index.corpus });
    const best = gs.reduce((b, g) => (g.confidence > b.confidence ? g : b));
    if (!best.unknown?.length) continue;
    console.log(`${q.answerable ? 'A' : 'U'} ${JSON.stringify(best.signals.cuts)} ${best.unknown.join(',')} :: ${q.id} ${q.question.slice(0, 80)}`);
  }
}
process.exit(0);
