// Dev-only: the quoted units (with their source title and headings) and the specific words of
// development-folder questions given by id (never the official set, never sealed).
// Usage: npx tsx bench/dev/unans-probe.ts cedar-211-40
import { quotedUnits } from '../../src/core/knowledge/answer/quote.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';
import { questionTerms, askingPart } from '../../src/core/knowledge/answer/terms.js';
import { specificTerms } from '../../src/core/knowledge/answer/grounding.js';
import { yearsAsked } from '../../src/core/knowledge/answer/asked.js';
const ids = process.argv.slice(2);
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && ids.some((id) => id.startsWith(f.name)))) {
  const built = await buildIndex(folder.knowledge);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => ids.includes(x.id))) {
    const text = checkQuestion(q.question).text;
    const hits = await passagesFor(built.index, text);
    console.log('==', q.id, text, yearsAsked(askingPart(text)), specificTerms(questionTerms(text)).map((t) => t.key));
    for (const u of quotedUnits(text, hits)) console.log(JSON.stringify(u.text), '\n   WHERE', JSON.stringify(u.where));
  }
}
process.exit(0);
