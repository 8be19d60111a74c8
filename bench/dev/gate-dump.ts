// Dev-only: every development folder's questions (never the starter's official set, never the sealed
// folder) with the gate's named signals for each reading, as JSON for bench/dev/fit-gate.ts.
// Usage: npx tsx bench/dev/gate-dump.ts OUT.json
import { writeFile } from 'node:fs/promises';
import { assessReadings } from '../../src/core/knowledge/answer/grounding.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const rows: unknown[] = [];
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const built = await buildIndex(folder.knowledge);
  for (const q of await loadQuestions(folder.questions)) {
    const text = checkQuestion(q.question).text;
    const readings = assessReadings(text, await passagesFor(built.index, text), undefined, { corpus: built.index.corpus }).map((g) => g.signals);
    rows.push({ folder: folder.name, id: q.id, answerable: q.answerable, question: q.question, readings });
  }
}
await writeFile(process.argv[2] ?? '/tmp/gate/signals.json', JSON.stringify(rows));
