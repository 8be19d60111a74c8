// Where "who do I call" puts a directory entry first (passages.ts preferDirectory), and whether the
// first source was right before and after: `npx tsx bench/dev/who-call-probe.ts`. Development sets only.
import path from 'node:path';
import { preferDirectory } from '../../src/core/skills/passages.js';
import { coverage, passageKeys, questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { hitText } from '../../src/core/knowledge/answer/grounding.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { sameSource } from '../../src/eval/sources.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const sets = [
  { name: 'starter-dev', knowledge: path.join(ROOT, 'knowledge'), files: ['questions.jsonl', 'questions-2.jsonl', 'questions-3.jsonl', 'questions-4.jsonl'].map((f) => path.join(ROOT, 'bench', 'dev', f)) },
  ...(await benchFolders(ROOT)).filter((f) => !f.sealed && !f.official).map((f) => ({ name: f.name, knowledge: f.knowledge, files: [f.questions] })),
];
for (const set of sets) {
  const built = await buildIndex(set.knowledge);
  const view = await built.knowledge.current();
  for (const file of set.files) {
    for (const q of await loadQuestions(file)) {
      const hits = await view.search(q.question, 8);
      const moved = preferDirectory(q.question, hits);
      if (moved[0]?.chunk.id === hits[0]?.chunk.id) continue;
      const right = (s: string) => q.sources.some((g) => sameSource(s, g));
      const e = moved[0]!;
      const terms = questionTerms(q.question);
      const cov = (h: (typeof hits)[number]) => coverage(terms, passageKeys(hitText(h))).toFixed(3);
      console.log(`cov top ${cov(hits[0]!)} entry ${cov(e)} ${set.name} ${q.id} ans=${q.answerable} before ${right(hits[0]!.chunk.source)} after ${right(e.chunk.source)} ratio ${(hits.find((h) => h.chunk.id === e.chunk.id)!.score / hits[0]!.score).toFixed(3)} | ${q.question}`);
    }
  }
}
