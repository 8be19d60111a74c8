// Dev-only: does a source's second-best passage add evidence? Search alone (hybrid, distinct sources of the
// first eight), each source ranked by its best passage's score + lambda x its second best, per folder.
// Measured 2026-12-07 (main fe94397), thirteen development folders: lambda 0 564/723 (MRR 0.862), 0.05 568,
// 0.1 567, 0.2 567, 0.3 569 (lupine +3, orchid +2, primrose +3; nettle -3, college-cil -2; starter 80 -> 74),
// 0.5 570 (starter 72). Leave-one-folder-out picks 0.5 in most folds: four folders and the starter lower. Not kept.
// Usage: npx tsx bench/dev/source-sum.ts [lambdas]
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const lambdas = (process.argv[2] ?? '0,0.1,0.2,0.3,0.5').split(',').map(Number);
const table = new Map<string, { top: number; rr: number; n: number }[]>();
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const qs = (await loadQuestions(f.questions)).filter((q) => q.answerable && q.sources.length > 0);
  const row = lambdas.map(() => ({ top: 0, rr: 0, n: qs.length }));
  for (const q of qs) {
    const hits = await built.index.search(checkQuestion(q.question).text, 60, { perSource: 3 });
    const by = new Map<string, number[]>();
    for (const h of hits) by.set(h.chunk.source, [...(by.get(h.chunk.source) ?? []), h.score]);
    const order = [...by.keys()];
    lambdas.forEach((l, i) => {
      const s = (src: string) => { const v = by.get(src)!; return v[0]! + l * (v[1] ?? 0); };
      const ranked = [...order].sort((a, b) => s(b) - s(a)).slice(0, 8);
      const r = firstRightRank(ranked, q.sources);
      if (r === 1) row[i]!.top++;
      if (r && r <= 5) row[i]!.rr += 1 / r;
    });
  }
  const name = f.official ? 'starter' : f.name;
  table.set(name, row);
  console.log(`${name}: ${lambdas.map((l, i) => `${l}:${row[i]!.top}`).join(' ')}`);
}
const dev = [...table.keys()].filter((k) => k !== 'starter');
lambdas.forEach((l, i) => console.log(`lambda ${l}: dev ${dev.reduce((s, k) => s + table.get(k)![i]!.top, 0)} MRR ${(dev.reduce((s, k) => s + table.get(k)![i]!.rr, 0) / dev.reduce((s, k) => s + table.get(k)![i]!.n, 0)).toFixed(3)}`));
process.exit(0);
