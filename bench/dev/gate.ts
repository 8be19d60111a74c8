// Dev-only helper: the grounding gate's view of development questions (confidence, words no passage
// or chunk holds, the focus check), to see why a question was answered or declined.
// Usage: npx tsx bench/dev/gate.ts [--file F] [--wrong] [ID...]
import { passagesFor } from '../../src/core/skills/passages.js';
import path from 'node:path';
import { assessGrounding, corpusDf, DEFAULT_ABSTAIN_THRESHOLD } from '../../src/core/knowledge/answer/grounding.js';
import { questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const fi = args.indexOf('--file');
const file = fi >= 0 ? args[fi + 1]! : path.join(ROOT, 'bench', 'dev', 'questions.jsonl');
if (path.resolve(file).startsWith(path.join(ROOT, 'bench', 'data'))) throw new Error('development questions only');
const ids = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--file');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const corpus = built.index.corpus;
for (const q of await loadQuestions(file)) {
  if (ids.length && !ids.includes(q.id)) continue;
  const hits = await passagesFor(built.index, q.question);
  const g = assessGrounding(q.question, hits, DEFAULT_ABSTAIN_THRESHOLD, { corpus });
  if (args.includes('--wrong') && g.grounded === q.answerable) continue;
  const dfs = questionTerms(q.question).filter((t) => t.kind !== 'concept').map((t) => `${t.key}:${corpusDf(t, corpus)}`).join(' ');
  console.log(`${q.answerable ? 'A' : 'U'} ${q.id} ${g.confidence.toFixed(3)} ${g.grounded ? 'ANSWER' : 'decline'} | ${q.question}`);
  console.log(`   top ${g.topScore.toFixed(2)} cov ${g.coverage.toFixed(2)} missing[${g.missing}] absent[${g.absent}] unknown[${g.unknown}] kindMissing=${g.focus?.kindMissing ?? '-'} focus=${JSON.stringify(g.focus)}`);
  console.log(`   df ${dfs}`);
}
process.exit(0);
