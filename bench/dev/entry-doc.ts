// Dev-only: when a directory entry leads the passages and a document follows among the best few, which
// one holds the right source, and what tells them apart: the document's score against the entry's, the
// share of the question its passage covers and the share its whole source covers. Dev folders only.
// Usage: npx tsx bench/dev/entry-doc.ts [--skip a,b]
import { hitText } from '../../src/core/knowledge/answer/grounding.js';
import { TOP_PASSAGES } from '../../src/core/knowledge/answer/quote.js';
import { coverage, passageKeys, questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { lowerStale, preferNewer } from '../../src/core/knowledge/newer-first.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { preferDirectory, SEARCH_K } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const src = (h: Hit) => (h.chunk.serviceId ? `${h.chunk.source}#${h.chunk.serviceId}` : h.chunk.source);
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  const chunksOf = (s: string) => built.index.chunksOf(s);
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    const text = checkQuestion(q.question).text;
    const hits = preferDirectory(text, lowerStale(preferNewer(text, await built.index.search(text, SEARCH_K), chunksOf), built.index.chunks, chunksOf));
    const top = hits[0];
    if (!top?.chunk.serviceId) continue;
    const terms = questionTerms(text);
    const cov = (h: Hit) => coverage(terms, passageKeys(hitText(h)));
    const whole = (h: Hit) => (h.chunk.serviceId ? cov(h) : coverage(terms, passageKeys(chunksOf(h.chunk.source).map((c) => hitText({ chunk: c, score: 0 })).join('\n'))));
    const gold = (h: Hit) => q.sources.some((s) => s === src(h) || s === h.chunk.source);
    const rows = hits.slice(1, TOP_PASSAGES).filter((h) => !h.chunk.serviceId);
    if (rows.length === 0) continue;
    const d = rows[0]!;
    console.log(
      [f.name, q.id, gold(top) ? 'ENTRY' : gold(d) ? 'DOC' : 'none', (d.score / top.score).toFixed(2), (cov(d) - cov(top)).toFixed(2), (whole(d) - cov(top)).toFixed(2), text.slice(0, 70)].join('\t'),
    );
  }
}
process.exit(0);
