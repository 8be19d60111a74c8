// Dev-only: where the first right source is won or lost between search and the answer, per development
// folder: search alone (distinct sources of the first eight), passagesFor (the reorderings), and ask (cited
// first, as the bench counts), with whether the directory route answered. Never the starter's official set
// or the sealed folders. Usage: npx tsx bench/dev/after-search.ts [--show]
// Measured 2026-12-07 (main fe94397), thirteen folders, 723 questions: search alone 564 right first,
// passagesFor 590 (38 won, 12 lost), ask 586: lost after passagesFor 8 (directory route 4: nettle-03,
// orchid-03, lupine-33 and orchid-16; answer cites another source first 2; right source not cited 2), won 4.
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { passagesFor, SEARCH_K } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { distinct, firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const show = process.argv.includes('--show');
const answerer = createAnswerer({});
const pool: Record<string, number> = {};
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const view = await built.knowledge.current();
  const c: Record<string, number> = {};
  const add = (k: string) => { c[k] = (c[k] ?? 0) + 1; pool[k] = (pool[k] ?? 0) + 1; };
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    const text = checkQuestion(q.question).text;
    const s = firstRightRank(distinct((await view.search(text, SEARCH_K)).map((h) => h.chunk.source)), q.sources);
    const p = firstRightRank(distinct((await passagesFor(view, text, text)).map((h) => h.chunk.source)), q.sources);
    const res = await ask(built.knowledge, answerer, q.question);
    const declined = !res.answer.grounded || res.answer.citations.length === 0;
    const cited = declined ? [] : res.answer.citations.map((x) => x.source);
    const final = distinct([...cited, ...[...res.hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source)]);
    const a = firstRightRank(final, q.sources);
    const citedRank = firstRightRank(cited, q.sources);
    add(`search1 ${s === 1}`);
    add(`passages1 ${p === 1}`);
    add(`ask1 ${a === 1}`);
    if (p === 1 && a !== 1) add(`lost-after-passages ${res.directory ? 'directory' : declined ? 'declined' : citedRank === null ? 'uncited' : 'cited-later'}`);
    if (p !== 1 && a === 1) add(`won-after-passages ${res.directory ? 'directory' : 'cited'}`);
    if (s === 1 && p !== 1) add('lost-in-passages');
    if (s !== 1 && p === 1) add('won-in-passages');
    if (show && ((p === 1) !== (a === 1) || (s === 1) !== (p === 1))) console.log(`  ${q.id} search ${s} passages ${p} ask ${a}${res.directory ? ' directory' : ''}${declined ? ' declined' : ''} cited ${cited.join(' | ')} want ${q.sources.join(' | ')} :: ${text}`);
  }
  console.log(`${f.name}: ${Object.entries(c).sort().map(([k, v]) => `${k}=${v}`).join(' ')}`);
}
console.log(`pooled: ${Object.entries(pool).sort().map(([k, v]) => `${k}=${v}`).join(' ')}`);
process.exit(0);
