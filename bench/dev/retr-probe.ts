// Dev-only: where the first right source is lost, per answerable development-folder question with
// gold sources: through ask() (citations, then searched passages, as the bench counts), search alone
// (hybrid), BM25 alone and vectors alone. Never the starter's official set, never the sealed folders.
// Usage: npx tsx bench/dev/retr-probe.ts [--all] [--skip a,b]   (--all prints every question, not only
// misses; --skip leaves folders out, such as one held unread until a session's end)
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { distinct, firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const all = process.argv.includes('--all');
const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const answerer = createAnswerer({});
const tally = { n: 0, ask: 0, hybrid: 0, bm25: 0, vector: 0 };
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  const t = { n: 0, ask: 0, hybrid: 0, bm25: 0, vector: 0 };
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    const text = checkQuestion(q.question).text;
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    const declined = !answer.grounded || answer.citations.length === 0;
    const cited = declined ? [] : answer.citations.map((c) => c.source);
    const searched = [...hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source);
    const rAsk = firstRightRank(distinct([...cited, ...searched]), q.sources);
    const ranks: Record<string, number | null> = { ask: rAsk };
    const lists: Record<string, string[]> = {};
    for (const mode of ['hybrid', 'bm25', 'vector'] as const) {
      const h = await built.index.search(text, 8, { mode });
      lists[mode] = distinct(h.map((x) => x.chunk.source));
      ranks[mode] = firstRightRank(lists[mode]!, q.sources);
    }
    t.n++;
    for (const k of ['ask', 'hybrid', 'bm25', 'vector'] as const) if (ranks[k] === 1) t[k]++;
    if (all || rAsk !== 1) {
      const r = (x: number | null) => (x === null ? '-' : String(x));
      console.log(`${q.id} [${q.style ?? ''}] ask ${r(rAsk)}${declined ? ' (declined)' : ''} hybrid ${r(ranks.hybrid!)} bm25 ${r(ranks.bm25!)} vector ${r(ranks.vector!)} :: ${text}`);
      console.log(`   want ${q.sources.join(' | ')}\n   ask-first ${distinct([...cited, ...searched])[0]}  hybrid ${lists.hybrid!.slice(0, 3).join(' , ')}`);
    }
  }
  console.log(`## ${f.name}: n ${t.n} top1 ask ${t.ask} hybrid ${t.hybrid} bm25 ${t.bm25} vector ${t.vector}`);
  for (const k of Object.keys(tally) as (keyof typeof tally)[]) tally[k] += t[k];
}
console.log(`## all: n ${tally.n} top1 ask ${tally.ask} hybrid ${tally.hybrid} bm25 ${tally.bm25} vector ${tally.vector}`);
process.exit(0);
