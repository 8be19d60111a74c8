// Dev-only: right source first and MRR of hybrid search alone (distinct sources of the first eight hits)
// per folder for several keyword-index field boosts (title, headings; text stays 1: the lexical part of
// the hybrid score is a standing among the question's hits, so only the ratios matter), with the setting
// chosen leave-one-folder-out on the twelve development folders; the starter folder is printed beside
// them, never fitted on. The boosts are set on the loaded index (they are not saved in lexical.bin).
// With --bm25, Liaison's keyword search alone (mode 'bm25') instead of hybrid search.
// Measured 2026-12-07 (main 1767744; grid titles 0.5..3 x headings 0.5..2): hybrid search alone, the kept
// t2/h1.5 gives 522/663 right source first (MRR 0.867); LOFO picks t1.25/h1.5 in ten folds (t0.75/h1.25 with
// district-handbook or orchid held out): 523/663, MRR 0.871. BM25 alone (--bm25) the boosts matter more
// (t2/h1.5 497/663, LOFO 515/663 at t0.5/h1.5, starter 80 -> 76), but fusion with vectors absorbs most of it.
// Through ask (npm run bench -- --quality) t1.25/h1.5 went 541 -> 545 pooled but lost two in college-cil,
// vr-manual and the starter (83 -> 81); t1.5/h1.5 and t1/h1 lost as much or more: the boosts were kept.
// Usage: npx tsx bench/dev/field-boost.ts [titles] [headings] [--bm25]   e.g. 1,1.5,2 1,1.5
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const mode = process.argv.includes('--bm25') ? ('bm25' as const) : ('hybrid' as const);
const titles = (args[0] ?? '0.5,1,1.5,2,3').split(',').map(Number);
const headings = (args[1] ?? '0.5,1,1.5,2').split(',').map(Number);
const settings = titles.flatMap((title) => headings.map((heading) => ({ title, heading })));
const label = (s: { title: number; heading: number }) => `t${s.title}/h${s.heading}`;
const table = new Map<string, { top: number; rr: number; n: number }[]>();
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  // The loaded keyword index's searched fields (private: a dev tool reaches in).
  const fields = (built.index as unknown as { lexical: { postings: { fields: { name: string; boost: number }[] } } }).lexical.postings.fields;
  const qs = (await loadQuestions(f.questions)).filter((q) => q.answerable && q.sources.length > 0);
  const row: { top: number; rr: number; n: number }[] = [];
  for (const s of settings) {
    for (const field of fields) field.boost = field.name === 'title' ? s.title : field.name === 'headings' ? s.heading : 1;
    let top = 0, rr = 0;
    for (const q of qs) {
      const hits = await built.index.search(checkQuestion(q.question).text, 8, { mode });
      const r = firstRightRank([...new Set(hits.map((h) => h.chunk.source))], q.sources);
      if (r === 1) top++;
      if (r) rr += 1 / r;
    }
    row.push({ top, rr, n: qs.length });
  }
  const name = f.official ? 'starter' : f.name;
  table.set(name, row);
  console.error(`${name}: ${settings.map((s, i) => `${label(s)} ${row[i]!.top}`).join(' ')}`);
}
const dev = [...table.keys()].filter((k) => k !== 'starter');
settings.forEach((s, i) => console.log(`${label(s)}: ${[...table].map(([k, r]) => `${k} ${r[i]!.top}`).join(' ')}  | dev ${dev.reduce((sum, k) => sum + table.get(k)![i]!.top, 0)} MRR ${(dev.reduce((sum, k) => sum + table.get(k)![i]!.rr, 0) / dev.reduce((sum, k) => sum + table.get(k)![i]!.n, 0)).toFixed(3)}`));
let heldTop = 0, heldRr = 0, n = 0;
for (const f of dev) {
  const value = (i: number) => dev.filter((k) => k !== f).reduce((sum, k) => sum + table.get(k)![i]!.top + table.get(k)![i]!.rr, 0);
  const best = settings.map((_, i) => i).reduce((a, b) => (value(b) > value(a) ? b : a));
  const got = table.get(f)![best]!;
  heldTop += got.top; heldRr += got.rr; n += got.n;
  console.log(`held ${f}: ${label(settings[best]!)} top-1 ${got.top}/${got.n}`);
}
console.log(`LOFO pooled: top-1 ${heldTop}/${n} MRR ${(heldRr / n).toFixed(3)}`);
process.exit(0);
