// Dev-only: for development-folder questions given by id (never the starter's official set, never the
// sealed folder), what the gate judged: the gold fact and source, the asked kind, the quoted units the
// gate checks and the ungated answer (so "wrong passage" and "right passage, sentence not quoted" can
// be told apart). Usage: npx tsx bench/dev/gate-why.ts cedar-211-11 vr-manual-24
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { extractiveAnswer } from '../../src/core/knowledge/answer/extractive.js';
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { quotedUnits } from '../../src/core/knowledge/answer/quote.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const ids = process.argv.slice(2);
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && ids.some((id) => id.startsWith(f.name)))) {
  const built = await buildIndex(folder.knowledge);
  for (const q of (await loadQuestions(folder.questions)).filter((x) => ids.includes(x.id))) {
    const text = checkQuestion(q.question).text;
    const hits = await passagesFor(built.index, text);
    console.log(`== ${q.id} ${q.question}\n want ${q.facts.join(' | ')} from ${q.sources.join(' | ')}; asked ${JSON.stringify(askedFor(text), (_k, v) => (v instanceof RegExp ? v.source.slice(0, 40) : v))}`);
    [...hits].sort((a, b) => b.score - a.score).slice(0, 4).forEach((h, i) => {
      const has = q.facts.filter((f) => h.chunk.text.toLowerCase().includes(f.toLowerCase()));
      console.log(` #${i} ${h.score.toFixed(3)} ${h.chunk.source} facts:${has.length}/${q.facts.length}`);
    });
    for (const u of quotedUnits(text, hits)) console.log(`  QUOTED: ${flat(u.text).slice(0, 240)}`);
    console.log(`  UNGATED: ${flat(extractiveAnswer(text, hits).text).slice(0, 500)}`);
    const g = assessGrounding(text, hits, undefined, { corpus: built.index.corpus, chunksOf: (source) => built.index.chunksOf(source) });
    console.log(`  GATE ${g.confidence.toFixed(2)} ${JSON.stringify(g.signals.cuts)} focus ${JSON.stringify(g.focus)} unknown ${JSON.stringify(g.unknown)}\n`);
  }
}
process.exit(0);
