// Dev-only: candidate gate checks (set by grounding.ts when GATE_CAND=1, after `git apply bench/dev/gate8-cand.patch`)
// fitted leave-one-folder-out beside the stored checks (cand-lofo.ts). Usage: GATE_CAND=1 npx tsx bench/dev/gate8-cand.ts [--cached] [CAND,CAND ...]
// Tried 2026-12-07 (gate8) on the thirteen development folders, "does the quoted figure belong to the thing asked?"
// (start: 17 of 723 answerable, 182 of 215 unanswerable declined, AUC 0.906). None kept:
// - kindTop (the asked kind beside the single rarest focus word, not either of two): 17 / 182, AUC 0.907; fires on 25 answerable, 7 unanswerable.
// - kindEach (beside each of the two focus words): 18 / 182, AUC 0.907.
// - thingAll (every word of the money thing asked beside the amount, not any one): 20 / 183; "heron hall meal plan",
//   "texas ABLE" declined, but "SSI payment for one person", "bridgeway charge private pay" too.
// - unitAbout (a count of the unit asked must sit in a unit about the focus too): fit weight 0, nothing moved.
// - own / ownOne (a unit naming a capitalised name the question does not may not borrow its passage's focus words):
//   own 21 / 182; ownOne (phone, e-mail, address, name only) fires on one unanswerable question, nothing moved.
// - ownTop (ownOne, and beside the rarest focus word): 19 / 183, AUC 0.911 (primrose 12 -> 13 of 20; juniper and
//   orchid each one answerable more declined: a table row "(last names M-Z)" and "the CAP number" whose rarest word is story).
import { readFile, writeFile } from 'node:fs/promises';
import { assessReadings } from '../../src/core/knowledge/answer/grounding.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { compareCandidates, type Row } from './cand-lofo.js';
import { ROOT } from './sets.js';

const CACHE = '/tmp/gate8-cand-cache.json';
async function compute(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
    const built = await buildIndex(folder.knowledge);
    for (const q of await loadQuestions(folder.questions)) {
      const text = checkQuestion(q.question).text;
      const readings = assessReadings(text, await passagesFor(built.index, text), undefined, { corpus: built.index.corpus, chunksOf: (s) => built.index.chunksOf(s) }).map((g) => ({ base: g.signals.base, cuts: { ...g.signals.cuts } as Record<string, number> }));
      rows.push({ folder: folder.name, id: q.id, question: q.question, answerable: q.answerable, readings });
    }
  }
  return rows;
}
const rows: Row[] = process.argv.includes('--cached') ? JSON.parse(await readFile(CACHE, 'utf8')) : await compute();
if (!process.argv.includes('--cached')) await writeFile(CACHE, JSON.stringify(rows));
const names = new Set(rows.flatMap((r) => r.readings.flatMap((s) => Object.keys(s.cuts))));
const asked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
compareCandidates(rows, asked.length ? asked.map((a) => a.split(',')) : ['kindTop', 'kindEach', 'kindTop2'].filter((c) => names.has(c)).map((c) => [c]));
process.exit(0);
