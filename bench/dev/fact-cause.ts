// Dev-only: the development-folder questions whose right source is cited first but whose answer misses a
// needed fact, each missing fact put under one cause: where the fact sits (the best passage, another
// section of the best source, another source, nowhere read), and why the quote left it (no room: quoted
// at 1,600 characters; scored below the rest; cut by the clip; split across sentences). Never a sealed folder.
// Usage: npx tsx bench/dev/fact-cause.ts [--verbose] [FOLDER...]
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { chooseQuote, scoredSentences } from '../../src/core/knowledge/answer/quote.js';
import { splitSentences } from '../../src/core/knowledge/answer/sentences.js';
import { questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { ask } from '../../src/core/skills/ask.js';
import { normaliseForFacts as norm } from '../../src/eval/facts.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { firstRightRank, distinct } from '../../src/eval/sources.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const verbose = process.argv.includes('--verbose');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const answerer = createAnswerer();
const tally: Record<string, number> = {};
const adjacency: Record<string, number> = {};
const perFolder: Record<string, Record<string, number>> = {};
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && (!only.length || only.includes(f.name)))) {
  const built = await buildIndex(folder.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => x.answerable && x.facts.length)) {
    const result = await ask(built.knowledge, answerer, q.question);
    const { answer, hits } = result;
    if (!answer.grounded || !answer.citations.length) continue;
    const cited = answer.citations.map((c) => c.source);
    if (firstRightRank(distinct([...cited]), q.sources) !== 1) continue;
    const text = norm(answer.text.slice(0, 1000));
    const missing = q.facts.filter((f) => !text.includes(norm(f)));
    if (!missing.length) continue;
    const ranked = [...hits].sort((a, b) => b.score - a.score);
    const causes: string[] = [];
    const lines: string[] = [];
    if (result.directory) causes.push('directory answer');
    else {
      const quote = chooseQuote(q.question, ranked, 800, false, chunksOf);
      const wide = chooseQuote(q.question, ranked, 1600, false, chunksOf);
      const wideText = norm(wide.chosen.map((c) => c.text).join(' '));
      const quoted = norm(quote.chosen.map((c) => c.text).join(' '));
      const topSource = quote.passages[quote.chosen[0]?.hitRank ?? 0]?.chunk.source ?? ranked[0]!.chunk.source;
      for (const f of missing) {
        const n = norm(f);
        let cause: string;
        if (quoted.includes(n)) cause = 'quoted, lost in the answer (clip)';
        else {
          const at = quote.passages.findIndex((h) => norm(h.chunk.text).includes(n));
          const atLoose = quote.passages.findIndex((h) => norm(h.chunk.text.replace(/\s+/g, ' ')).includes(n));
          if (at < 0 && atLoose < 0) {
            const inTop = view.chunksOf(topSource).some((c) => norm(c.text).includes(n));
            const inAny = ranked.some((h) => view.chunksOf(h.chunk.source).some((c) => norm(c.text).includes(n)));
            cause = inTop ? 'top source, section unread' : inAny ? 'other source, unread' : 'not in any found source text';
          } else {
            const i = at >= 0 ? at : atLoose;
            const h = quote.passages[i]!;
            const sameSource = h.chunk.source === topSource;
            const isSection = quote.from[i] !== i;
            const whereF = sameSource ? (isSection ? 'top source other section' : 'top source passage') : 'other source passage';
            const sent = splitSentences(h.chunk.text).find((x) => norm(x.text).includes(n));
            let why: string;
            if (!sent) why = 'split across sentences';
            else if (wideText.includes(n)) why = 'no room';
            else {
              const cands = scoredSentences(q.question, questionTerms(q.question), quote.passages);
              why = cands.some((c) => c.hitRank === i && norm(c.text).includes(n)) ? 'scored low' : 'not a candidate';
            }
            const idx = sent?.index ?? -9;
            const adj = quote.chosen.filter((c) => c.hitRank === i && Math.abs(c.index - idx) === 1).map((c) => (c.index < idx ? 'after-chosen' : 'before-chosen'));
            if (adj.length) adjacency[adj[0]!] = (adjacency[adj[0]!] ?? 0) + 1;
            cause = `${whereF}: ${why}`;
            lines.push(`  "${f}" @${i} ${h.chunk.source} [${h.chunk.headings.join(' > ')}] :: ${(sent?.text ?? '').slice(0, 220).replace(/\s+/g, ' ')}`);
          }
        }
        causes.push(cause);
      }
    }
    const key = [...new Set(causes)][0]!;
    tally[key] = (tally[key] ?? 0) + 1;
    (perFolder[folder.name] ??= {})[key] = (perFolder[folder.name]![key] ?? 0) + 1;
    console.log(`\n== ${q.id} [${key}] (${answer.text.length} ch) ${q.question.slice(0, 160)}`);
    console.log(`  facts missing: ${missing.join(' | ')}`);
    for (const l of lines) console.log(l);
    if (verbose) console.log(`  ANSWER: ${answer.text.replace(/\s+/g, ' ').slice(0, 900)}`);
  }
}
console.log('\nADJACENT to a chosen sentence:', adjacency);
console.log('\nBY CAUSE (questions, first cause):', tally);
for (const [f, t] of Object.entries(perFolder)) console.log(f, JSON.stringify(t));
process.exit(0);
