// Dev-only: question words no chunk holds, and whether WordNet gives a synonym the folder uses.
import path from 'node:path';
import { corpusDf, specificTerms } from '../../src/core/knowledge/answer/grounding.js';
import { questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { wordnet } from '../../src/core/knowledge/lexicon.js';
import { tokenize } from '../../src/core/knowledge/text.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const corpus = built.index.corpus;
const lex = wordnet();
const qs = await loadQuestions(path.join(ROOT, 'bench', 'dev', 'questions.jsonl'));
for (const q of qs) {
  const raw = q.question.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const out: string[] = [];
  for (const t of specificTerms(questionTerms(q.question))) {
    if (t.kind === 'concept' || corpusDf(t, corpus) > 0) continue;
    const word = raw.find((w) => tokenize(w).includes(t.key)) ?? t.key;
    const syn = lex.related(word);
    const known = syn.filter((s) => { const tk = tokenize(s); return tk.length > 0 && tk.every((k) => corpus.termStats(k).df > 0); });
    out.push(`${word}[${lex.knows(word) ? 'wn' : '--'}]${known.length ? '=>' + known.slice(0, 4).join('|') : ''}`);
  }
  if (out.length) console.log(`${q.answerable ? 'A' : 'U'} ${q.id.padEnd(8)} ${out.join('  ')}`);
}
process.exit(0);
