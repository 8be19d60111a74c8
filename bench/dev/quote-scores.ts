// Dev-only: for development-folder questions (by id), each reading's scored sentences as the answer's quote
// ranks them (score, coverage, holds the asked kind), the chosen ones marked *, a needed fact's marked F.
// Never a sealed folder. Usage: npx tsx bench/dev/quote-scores.ts ID...
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { chooseQuote, scoredSentences, SECTION_REACH } from '../../src/core/knowledge/answer/quote.js';
import { questionTerms, partReadings } from '../../src/core/knowledge/answer/terms.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { ask } from '../../src/core/skills/ask.js';
import { normaliseForFacts as norm } from '../../src/eval/facts.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const ids = process.argv.slice(2);
const answerer = createAnswerer();
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && ids.some((id) => id.startsWith(f.name + '-')))) {
  const built = await buildIndex(folder.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => ids.includes(x.id))) {
    const { answer, hits } = await ask(built.knowledge, answerer, q.question);
    const ranked = [...hits].sort((a, b) => b.score - a.score);
    const quote = chooseQuote(q.question, ranked, 800, false, chunksOf);
    const read = Math.min(ranked.length, quote.from.findIndex((f, i) => f !== i) < 0 ? quote.passages.length : quote.from.findIndex((f, i) => f !== i));
    const standing = new Map<number, { held: number; other?: number }>();
    quote.from.forEach((f, i) => { if (i >= read) standing.set(i, { held: SECTION_REACH.share, ...(f === 0 ? { other: SECTION_REACH.rest } : {}) }); });
    console.log(`\n== ${q.id} ${q.question}\n  facts: ${q.facts.join(' | ')}  grounded=${answer.grounded}`);
    for (const r of partReadings(q.question, undefined, 1)) {
      const a = askedFor(r);
      console.log(`  -- reading: ${r}  asked=${a ? a.kind : '-'}`);
      const cands = scoredSentences(r, questionTerms(r), quote.passages, undefined, { standing, cover: SECTION_REACH.cover } as never, false);
      cands.slice(0, 14).forEach((c) => {
        const ch = quote.chosen.some((x) => x.hitRank === c.hitRank && x.index === c.index) ? '*' : ' ';
        const f = q.facts.some((x) => norm(c.text).includes(norm(x))) ? 'F' : ' ';
        console.log(`   ${ch}${f} ${c.score.toFixed(3)} cov=${c.cov.toFixed(2)} h=${c.holds ? 1 : 0} @${c.hitRank}/${c.index} ${c.text.slice(0, 150).replace(/\s+/g, ' ')}`);
      });
    }
  }
}
process.exit(0);
