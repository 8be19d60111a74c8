// Dev-only: for each development-folder question (never the starter's official set, never a sealed
// folder) answered without a needed fact, why the quote missed it: the answer's length and sources, the
// passage the quote read that holds the fact (its rank, or the hit whose source's other section it is),
// the sentence holding it, and whether a wider room (1,600 characters) would have quoted it.
// Usage: npx tsx bench/dev/fact-why.ts [--skip a,b] [ID...]   (--skip leaves folders out, such as one held unread)
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { chooseQuote, scoredSentences } from '../../src/core/knowledge/answer/quote.js';
import { splitSentences } from '../../src/core/knowledge/answer/sentences.js';
import { askedParts, partReadings, questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { ask } from '../../src/core/skills/ask.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const ids = process.argv.slice(2).filter((a, i) => a !== '--skip' && i + 2 !== skipAt + 1);
const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');
const answerer = createAnswerer();
const tally: Record<string, number> = {};
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && !skip.has(f.name))) {
  const built = await buildIndex(folder.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => x.answerable && (!ids.length || ids.includes(x.id)))) {
    const result = await ask(built.knowledge, answerer, q.question);
    const { answer, hits } = result;
    if (!answer.grounded || result.directory) continue;
    const text = norm(answer.text.slice(0, 1000));
    const missing = q.facts.filter((f) => !text.includes(norm(f)));
    if (!missing.length) continue;
    const ranked = [...hits].sort((a, b) => b.score - a.score);
    const quote = chooseQuote(q.question, ranked, 800, false, chunksOf);
    const wide = chooseQuote(q.question, ranked, 1600, false, chunksOf);
    const wideText = norm(wide.chosen.map((c) => c.text).join(' '));
    console.log(`\n== ${q.id} (${answer.text.length} chars, ${answer.citations.length} sources, ${askedParts(q.question).length} parts) ${q.question}`);
    console.log(`  ANSWER: ${answer.text.replace(/\s+/g, ' ').slice(0, 900)}`);
    for (const f of missing) {
      const n = norm(f);
      const at = quote.passages.findIndex((h) => norm(h.chunk.text).includes(n));
      let where: string;
      if (at >= 0) {
        const h = quote.passages[at]!;
        const s = splitSentences(h.chunk.text).find((x) => norm(x.text).includes(n));
        // A section of a found source (quote.ts otherSections) stands at its source's hit.
        const section = quote.from[at] !== at;
        where = `${section ? `section of hit ${quote.from[at]}'s source` : `passage ${at}`}${wideText.includes(n) ? ', quoted with 1600' : ''}`;
        console.log(`  "${f}": ${where} (${h.chunk.source}) :: ${s?.text.slice(0, 200)}`);
        const readings = partReadings(q.question, undefined, 1);
        for (const r of readings.length < 2 ? [q.question] : readings) {
          const cands = scoredSentences(r, questionTerms(r), quote.passages);
          const i = cands.findIndex((c) => c.hitRank === at && norm(c.text).includes(n));
          const c = cands[i];
          const fmt = (x: (typeof cands)[number]) => `${x.score.toFixed(2)}/${x.cov.toFixed(2)}${x.holds ? 'H' : ''}@${x.hitRank}`;
          console.log(`    [${r.slice(0, 50)}] fact sentence ${c ? `#${i} ${fmt(c)}` : 'not a candidate'}; best ${cands.slice(0, 4).map(fmt).join(' ')} floor ${((cands[0]?.score ?? 0) * 0.65).toFixed(2)}`);
        }
      } else {
        const src = ranked.findIndex((h) => view.chunksOf(h.chunk.source).some((c) => norm(c.text).includes(n)));
        where = src >= 0 ? `another section of hit ${src}'s source` : 'not in a source found';
        console.log(`  "${f}": ${where}${src >= 0 ? ` (${ranked[src]!.chunk.source})` : ''}`);
      }
      const key = where.replace(/passage \d+/, 'passage read').replace(/^section of hit \d+'s source/, 'section read');
      tally[key] = (tally[key] ?? 0) + 1;
    }
  }
}
console.log(tally);
process.exit(0);
