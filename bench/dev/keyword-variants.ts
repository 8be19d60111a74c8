// Dev-only: right source first and MRR of search alone (distinct sources of the first eight hits), hybrid and
// Liaison's BM25 alone, per development folder, for variants of how the keyword side reads the question and
// the folder. Query-side variants leave the index untouched (the answer layer's term counts stay as they
// are); index-side ones ('onefield', 'nostem', 'plain', 'plainfields') build a second MiniSearch over the
// same chunks for search only. Variants replace the loaded keyword index's search (a dev tool reaches in).
// Measured 2026-12-07 (main fe94397), thirteen development folders, 723 questions, hybrid / BM25 alone:
//   base (as shipped)                 564 / 534   MRR 0.862 / 0.839   starter 80 / 80
//   noconcept (no thesaurus tokens)   565 / 546   (nettle +5, marigold +2, orchid +2; college-cil -3, cedar-211 -2, lupine -2; starter 77)
//   concept tokens weighted 0.25/0.5/0.75/1.5 (a weight per query term in KeywordPostings.search, not kept)
//                                     560 / 565 / 565 / 555 hybrid
//   dedup (repeated terms once)       562 / 537
//   coordination factor m^p, p 0.5/1.5/2/3, or none:   551 / 560 / 554 / 551, none 543
//   onefield (title+headings+text)    544 / 530   (orchid 36 -> 40, vr-manual 50 -> 41)
//   nostem                            566 / 537   (lupine +3, primrose +2, district-handbook -3)
//   plain (the bench's BM25 keyword side: MiniSearch's tokenizer, stopwords kept, no stems or concepts, one field)
//                                     528 / 492   (orchid 38 / 37; the bench's plain BM25 row is 37 there)
//   plainfields (the same with three fields)   543 / 494
// So orchid's keyword search is below plain BM25 because of that folder, not a defect of the tokenizer, the
// stemmer, the thesaurus or the fields: each of plain BM25's choices gains orchid one to four and costs the pool.
// Usage: npx tsx bench/dev/keyword-variants.ts [variant,...]
import { analyseForSearch } from '../../src/core/knowledge/lexical-index.js';
import { findConcepts, isConceptToken } from '../../src/core/knowledge/thesaurus.js';
import { isStopword, tokenize, words } from '../../src/core/knowledge/text.js';
import { KeywordPostings, postingsOf } from '../../src/core/knowledge/keyword-postings.js';
import MiniSearch from 'minisearch';
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

type Terms = (q: string) => string[];
const all = (q: string) => analyseForSearch(q).filter((t) => !!t);
const nostem = (text: string) => {
  const ws = words(text.replace(/\b([A-Z]{2,})s\b/g, '$1')).filter((w) => !isStopword(w) && (w.length > 1 || /\d/.test(w)));
  return [...ws, ...findConcepts(tokenize(text))];
};
const VARIANTS: Record<string, { terms: Terms; coord?: boolean; power?: number; index?: 'onefield' | 'nostem' }> = {
  onefield: { terms: all, index: 'onefield' },
  nostem: { terms: nostem, index: 'nostem' },
  // MiniSearch's own tokenizer and no analysis at all: the keyword side of the bench's plain BM25.
  plain: { terms: (q) => q.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u).filter((t) => !!t), index: 'onefield' },
  plainfields: { terms: (q) => q.toLowerCase().split(/[\n\r\p{Z}\p{P}]+/u).filter((t) => !!t), index: 'nostem' },
  base: { terms: (q) => analyseForSearch(q).filter((t) => !!t) },
  noconcept: { terms: (q) => analyseForSearch(q).filter((t) => !!t && !isConceptToken(t)) },
  dedup: { terms: (q) => [...new Set(analyseForSearch(q).filter((t) => !!t))] },
  p05: { terms: all, power: 0.5 },
  p15: { terms: all, power: 1.5 },
  p2: { terms: all, power: 2 },
  p3: { terms: all, power: 3 },
  nocoord: { terms: (q) => analyseForSearch(q).filter((t) => !!t), coord: false },
  noconcept_nocoord: { terms: (q) => analyseForSearch(q).filter((t) => !!t && !isConceptToken(t)), coord: false },
};
const chosen = (process.argv[2] ?? Object.keys(VARIANTS).join(',')).split(',');
const modes = ['hybrid', 'bm25'] as const;
const totals = new Map<string, { top: number; rr: number; n: number }>();
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const lex = (built.index as unknown as { lexical: { search: (q: string) => unknown; postings: { search: (t: string[]) => { id: number; score: number; queryTerms: string[] }[] } } }).lexical;
  const qs = (await loadQuestions(f.questions)).filter((q) => q.answerable && q.sources.length > 0);
  const name = f.official ? 'starter' : f.name;
  const cells: string[] = [];
  for (const v of chosen) {
    const spec = VARIANTS[v]!;
    let postings = lex.postings;
    if (spec.index) {
      const chunks = built.index.chunks;
      const fields = spec.index === 'onefield' ? ['text'] : ['title', 'headings', 'text'];
      const boost: Record<string, number> = spec.index === 'onefield' ? { text: 1 } : { title: 2, headings: 1.5, text: 1 };
      const ms = new MiniSearch<{ id: number; title: string; headings: string; text: string }>({ fields, idField: 'id', tokenize: spec.terms, processTerm: (t: string) => t });
      ms.addAll(chunks.map((c, id) => (spec.index === 'onefield' ? { id, title: '', headings: '', text: `${c.title} ${c.headings.join(' / ')} ${c.text}` } : { id, title: c.title, headings: c.headings.join(' / '), text: c.text })));
      const saved = ms.toJSON() as never as Parameters<typeof KeywordPostings.fromSaved>[0] & { index: never };
      postings = KeywordPostings.fromSaved(saved, postingsOf((saved as { index: never }).index), {}, boost) as never;
    }
    lex.search = (query: string) =>
      postings.search(spec.terms(query)).map((r) => ({ label: r.id, bm25: spec.coord === false ? r.score / (r.queryTerms.length || 1) : spec.power ? (r.score / (r.queryTerms.length || 1)) * (r.queryTerms.length || 1) ** spec.power : r.score, terms: r.queryTerms })).sort((a, b) => b.bm25 - a.bm25);
    for (const mode of modes) {
      let top = 0, rr = 0;
      for (const q of qs) {
        const hits = await built.index.search(checkQuestion(q.question).text, 8, { mode });
        const r = firstRightRank([...new Set(hits.map((h) => h.chunk.source))], q.sources);
        if (r === 1) top++;
        if (r && r <= 5) rr += 1 / r;
      }
      cells.push(`${v}/${mode} ${top}`);
      if (name !== 'starter') {
        const t = totals.get(`${v}/${mode}`) ?? { top: 0, rr: 0, n: 0 };
        totals.set(`${v}/${mode}`, { top: t.top + top, rr: t.rr + rr, n: t.n + qs.length });
      }
    }
  }
  console.log(`${name} (${qs.length}): ${cells.join('  ')}`);
}
for (const [k, t] of totals) console.log(`dev pooled ${k}: ${t.top}/${t.n} MRR ${(t.rr / t.n).toFixed(3)}`);
process.exit(0);
