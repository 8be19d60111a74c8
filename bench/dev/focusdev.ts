// Dev-only helper: per dev question, the gate's decision and confidence, the question's focus (focus.ts)
// and what the quoted answer lacks (focus words, asked kind; gk = the passages' own kind check).
// Usage: npx tsx bench/dev/focusdev.ts | sort
import path from 'node:path';
import { assessGrounding, specificTerms, corpusDf } from '../../src/core/knowledge/answer/grounding.js';
import { quotedUnits } from '../../src/core/knowledge/answer/quote.js';
import { focusTerms, checkFocus } from '../../src/core/knowledge/answer/focus.js';
import { questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { buildIndex } from '../../bench/knowledge.js';
import { loadQuestions } from '../../bench/questions.js';
const ROOT = '/work/main';
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const qs = await loadQuestions(path.join(ROOT, 'bench', 'dev', 'questions.jsonl'));
const idx = built.index;
for (const q of qs) {
  const hits = await idx.search(q.question, 8);
  const g = assessGrounding(q.question, hits, undefined, { corpus: idx.corpus });
  const focus = focusTerms(specificTerms(questionTerms(q.question)), idx.corpus, (t) => corpusDf(t, idx.corpus));
  const f = checkFocus(q.question, focus, quotedUnits(q.question, hits));
  console.log(`${q.answerable ? 'A' : 'U'} ${g.grounded ? 'ans' : 'dec'} ${g.confidence.toFixed(2)} ${q.id} focus=${f.focus.join(',')} miss=${f.missing.join(',')} kind=${f.kindMissing ?? ''} gk=${g.focus?.kindMissing ?? ''} :: ${q.question.slice(0, 90)}`);
}
process.exit(0);
