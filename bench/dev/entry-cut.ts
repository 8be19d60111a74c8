// Dev-only: right source first and MRR of hybrid search alone (distinct sources of the first eight hits)
// per folder for several ENTRY_CUT values (search.ts), with the value chosen leave-one-folder-out on the
// twelve development folders; the starter folder is printed beside them, never fitted on.
// Usage: npx tsx bench/dev/entry-cut.ts [0,0.2,0.4]
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const cuts = (process.argv[2] ?? '0,0.1,0.2,0.25,0.3,0.4,0.5,0.6').split(',').map(Number);
const table = new Map<string, { top: number; rr: number; n: number }[]>();
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const qs = (await loadQuestions(f.questions)).filter((q) => q.answerable && q.sources.length > 0);
  const row = [];
  for (const cut of cuts) {
    let top = 0, rr = 0;
    for (const q of qs) {
      const hits = await built.index.search(checkQuestion(q.question).text, 8, { entryCut: cut });
      const r = firstRightRank([...new Set(hits.map((h) => h.chunk.source))], q.sources);
      if (r === 1) top++;
      if (r) rr += 1 / r;
    }
    row.push({ top, rr, n: qs.length });
  }
  table.set(f.official ? 'starter' : f.name, row);
}
const dev = [...table.keys()].filter((k) => k !== 'starter');
cuts.forEach((c, i) => console.log(`cut ${c}: ${[...table].map(([k, r]) => `${k} ${r[i]!.top}`).join(' ')}  | dev ${dev.reduce((s, k) => s + table.get(k)![i]!.top, 0)} MRR ${(dev.reduce((s, k) => s + table.get(k)![i]!.rr, 0) / dev.reduce((s, k) => s + table.get(k)![i]!.n, 0)).toFixed(3)}`));
let heldTop = 0, heldRr = 0, n = 0;
for (const f of dev) {
  const value = (i: number) => dev.filter((k) => k !== f).reduce((s, k) => s + table.get(k)![i]!.top + table.get(k)![i]!.rr, 0);
  const best = cuts.map((_, i) => i).reduce((a, b) => (value(b) > value(a) ? b : a));
  const got = table.get(f)![best]!;
  heldTop += got.top; heldRr += got.rr; n += got.n;
  console.log(`held ${f}: cut ${cuts[best]} top-1 ${got.top}/${got.n}`);
}
console.log(`LOFO pooled: top-1 ${heldTop}/${n} MRR ${(heldRr / n).toFixed(3)}`);
process.exit(0);
