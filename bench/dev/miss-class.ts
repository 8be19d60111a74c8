// Dev-only: where and why the first right source is lost, per answerable question with gold sources, for
// the named development folders: the gold's rank in plain BM25 (the bench's MiniSearch baseline), in
// Liaison's BM25, vectors and hybrid search, after each reordering of passages.ts, and through ask (cited
// first, as the bench counts); with what won (a directory entry, a dated document older or newer than the
// gold, its file type). Never the starter's official set, never the sealed folders.
// Usage: npx tsx bench/dev/miss-class.ts FOLDER[,FOLDER...] [--all]
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { lowerStale, preferNewer, sourceDate } from '../../src/core/knowledge/newer-first.js';
import { compareDates } from '../../src/core/knowledge/stated-date.js';
import { tokenize } from '../../src/core/knowledge/text.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { ask } from '../../src/core/skills/ask.js';
import { preferAnswering, preferDirectory, preferDocument, SEARCH_K } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { plainBm25 } from '../../src/eval/plain-bm25.js';
import { distinct, firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const names = new Set((process.argv[2] ?? '').split(','));
const all = process.argv.includes('--all');
const answerer = createAnswerer({});
const r = (x: number | null) => (x === null ? '-' : String(x));
const srcs = (hs: Hit[]) => distinct(hs.map((h) => h.chunk.source));
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && names.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  const plain = plainBm25(built.index.chunks);
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    const text = checkQuestion(q.question).text;
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    const declined = !answer.grounded || answer.citations.length === 0;
    const cited = declined ? [] : answer.citations.map((c) => c.source);
    const final = distinct([...cited, ...[...hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source)]);
    const rAsk = firstRightRank(final, q.sources);
    if (!all && rAsk === 1) continue;
    const s0 = await view.search(text, SEARCH_K);
    const s1 = preferNewer(text, s0, chunksOf);
    const s2 = lowerStale(s1, view.chunks ?? [], chunksOf);
    const s3 = preferDirectory(text, s2);
    const s4 = preferDocument(text, s3, chunksOf);
    const s5 = preferAnswering(text, s4);
    const modes: Record<string, number | null> = {};
    for (const mode of ['bm25', 'vector'] as const) modes[mode] = firstRightRank(srcs(await built.index.search(text, 8, { mode })), q.sources);
    const plainRank = firstRightRank(distinct(plain(q.question).map((c) => c.source)), q.sources);
    const stages = [s0, s1, s2, s3, s4, s5].map((s) => r(firstRightRank(srcs(s), q.sources))).join('>');
    const win = final[0] ?? '';
    const gold = q.sources[0]!;
    const wd = sourceDate(win, chunksOf);
    const gd = sourceDate(gold, chunksOf);
    const age = wd && gd ? (compareDates(wd, gd) > 0 ? 'win-newer' : compareDates(wd, gd) < 0 ? 'win-older' : 'same-date') : `${wd ? 'win-dated' : 'win-undated'}/${gd ? 'gold-dated' : 'gold-undated'}`;
    const kind = win.includes('#') ? 'entry' : (win.split('.').pop() ?? '');
    const qt = new Set(tokenize(text));
    const titleHit = (s: string) => tokenize(`${chunksOf(s)[0]?.title ?? ''}`).filter((t) => qt.has(t)).length;
    const s0top = s0[0];
    const g0 = s0.find((h) => q.sources.some((g) => h.chunk.source === g || h.chunk.source.startsWith(g)));
    console.log(`${q.id} [${q.style ?? ''}] ask ${r(rAsk)}${declined ? ' (declined)' : ''} stages ${stages} | plain ${r(plainRank)} bm25 ${r(modes.bm25!)} vec ${r(modes.vector!)} | won ${kind} ${age} titleQ win ${titleHit(win)} gold ${titleHit(gold)}`);
    console.log(`   want ${q.sources.join(' | ')}  won ${win}  s0top ${s0top?.chunk.source} ${s0top?.score}/${s0top?.bm25?.toFixed(1)}/${s0top?.vector?.toFixed(2)}  gold ${g0 ? `${g0.score}/${g0.bm25?.toFixed(1)}/${g0.vector?.toFixed(2)}` : '-'} :: ${text}`);
  }
}
process.exit(0);
