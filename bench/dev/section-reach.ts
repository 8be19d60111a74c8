// Dev-only: how often the extractive answer holds the needed facts under several section reaches
// (quote.ts otherSections: how many of the best passages have their sources' other sections read, and
// at what share of their passage's score), apart from the gate, and with the gate (the shipped weights,
// so not held out: the bench measures leave-one-folder-out). Development folders only, never the
// starter's official set nor a sealed folder.
// Usage: npx tsx bench/dev/section-reach.ts [SOURCES:SHARE[:restSHARE] ...]
import { assessGrounding } from '../../src/core/knowledge/answer/grounding.js';
import { extractiveAnswer } from '../../src/core/knowledge/answer/extractive.js';
import * as quote from '../../src/core/knowledge/answer/quote.js';
import type { SectionReach } from '../../src/core/knowledge/answer/quote.js';
import { findServices } from '../../src/core/knowledge/directory/find.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { holdsFacts } from '../../src/eval/facts.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const given = process.argv.slice(2).filter((a) => /^\d+:[\d.]+/.test(a));
const reaches: SectionReach[] = given.length
  ? given.map((a) => {
      const [s, sh, j] = a.split(':');
      const flags = (j ?? '').split(',');
      const rest = flags.find((f) => f.startsWith('rest'));
      const cov = flags.find((f) => f.startsWith('cov'));
      return { sources: Number(s), share: Number(sh), ...(rest ? { rest: Number(rest.slice(4)) } : {}), cover: cov ? Number(cov.slice(3)) : 0 };
    })
  : [{ ...(quote.SECTION_REACH ?? { sources: 1, share: 0, cover: 0 }) }];
const name = (r: SectionReach): string => `${r.sources}:${r.share}:${[r.rest !== undefined ? `rest${r.rest}` : '', `cov${r.cover}`].filter(Boolean).join(',')}`;
const totals = reaches.map(() => ({ quote: 0, fact: 0, ansDeclined: 0, unansDeclined: 0 }));
let nFact = 0, nAns = 0, nUnans = 0;
const changed: string[][] = reaches.map(() => []);
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const built = await buildIndex(folder.knowledge);
  const view = await built.knowledge.current();
  const chunksOf = (s: string) => view.chunksOf(s);
  const per = reaches.map(() => ({ quote: 0, fact: 0, ansDeclined: 0, unansDeclined: 0 }));
  for (const q of await loadQuestions(folder.questions)) {
    const text = checkQuestion(q.question).text;
    if (await findServices(view, text, {})) continue;
    const hits = await passagesFor(view, text);
    if (q.answerable) nAns++;
    else nUnans++;
    if (q.answerable && q.facts.length) nFact++;
    reaches.forEach((r, i) => {
      // The gate reads the shipped reach (quote.ts SECTION_REACH): set to the one measured.
      if (quote.SECTION_REACH) Object.assign(quote.SECTION_REACH, r);
      const g = assessGrounding(text, hits, undefined, { corpus: view.corpus, chunksOf });
      const a = extractiveAnswer(text, hits, undefined, chunksOf, r);
      const held = q.answerable && q.facts.length > 0 && holdsFacts(a.text, q.facts);
      if (held) per[i]!.quote++;
      if (held && g.grounded) per[i]!.fact++;
      if (!g.grounded) per[i]![q.answerable ? 'ansDeclined' : 'unansDeclined']++;
      if (i > 0 && q.answerable && q.facts.length) {
        const base = holdsFacts(extractiveAnswer(text, hits, undefined, chunksOf, reaches[0]).text, q.facts);
        if (base !== held) changed[i]!.push(`${held ? '+' : '-'} ${q.id}`);
      }
    });
  }
  console.log(folder.name.padEnd(20), per.map((p, i) => `${name(reaches[i]!)} quote ${p.quote} fact ${p.fact} declined ${p.ansDeclined}/${p.unansDeclined}`).join(' | '));
  per.forEach((p, i) => {
    const t = totals[i]!;
    t.quote += p.quote; t.fact += p.fact; t.ansDeclined += p.ansDeclined; t.unansDeclined += p.unansDeclined;
  });
}
console.log(`pooled: ${nFact} answerable with facts, ${nAns} answerable, ${nUnans} unanswerable (directory answers left out)`);
totals.forEach((t, i) => console.log(`${name(reaches[i]!).padEnd(14)} quote holds ${t.quote}  answered with fact ${t.fact}  declined answerable ${t.ansDeclined} unanswerable ${t.unansDeclined}  ${changed[i]!.join(' ')}`));
process.exit(0);
