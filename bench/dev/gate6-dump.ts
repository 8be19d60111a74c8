// Dev-only (gate6, issue 14): every development question's gate readings (never the starter's official
// set, never the sealed folders) with the checks fired and why (unknown words, focus, asked kind), as
// JSON for bench/dev/gate6-lofo.ts. Usage: npx tsx bench/dev/gate6-dump.ts OUT.json [SET ...]
import { writeFile } from 'node:fs/promises';
import { assessReadings, readingsOf } from '../../src/core/knowledge/answer/grounding.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import { nameApart } from '../../src/core/knowledge/answer/name-phrase.js';
import { askingPart } from '../../src/core/knowledge/answer/terms.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const [out, ...sets] = process.argv.slice(2);
const rows: unknown[] = [];
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed && (!sets.length || sets.includes(f.name)))) {
  const built = await buildIndex(folder.knowledge);
  const chunksOf = (source: string) => built.index.chunksOf(source);
  for (const q of await loadQuestions(folder.questions)) {
    const text = checkQuestion(q.question).text;
    const hits = await passagesFor(built.index, text);
    const gs = assessReadings(text, hits, undefined, { corpus: built.index.corpus, chunksOf });
    const readings = readingsOf(text).map((r, i) => ({
      text: r,
      ...gs[i]!.signals,
      unknown: gs[i]!.unknown,
      absent: gs[i]!.absent,
      focus: gs[i]!.focus,
      asked: askedFor(r)?.kind,
      apart: nameApart(askingPart(r), hits, chunksOf),
    }));
    rows.push({ folder: folder.name, id: q.id, answerable: q.answerable, question: q.question, readings });
  }
  console.error(`done ${folder.name}`);
}
await writeFile(out ?? '/tmp/gate6/rows.json', JSON.stringify(rows));
process.exit(0);
