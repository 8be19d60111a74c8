// Dev-only: where a question's schedule was read — in a sentence that asks or in the story around
// it — beside whether the writers counted a schedule, over the development directory sets and the
// generated questions. `npx tsx bench/dev/when-probe.ts`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { generateDirectory } from '../directory-gen.js';
import { directoryQuestions } from '../directory-questions.js';
import { directorySetDir } from './directory-sets.js';

const book = placeBook([]);
const rows: { set: string; question: string; gold: boolean }[] = [];
for (const name of ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211']) {
  const folder = directorySetDir(name);
  for (const line of (await readFile(path.join(folder, 'directory-questions.jsonl'), 'utf8')).split('\n').filter(Boolean)) {
    const q = JSON.parse(line) as { question: string; conditions?: { schedule?: string } };
    rows.push({ set: name, question: q.question, gold: Boolean(q.conditions?.schedule) });
  }
}
for (const q of directoryQuestions(generateDirectory({ services: 2000, seed: 17, towns: 10 }), 400)) rows.push({ set: 'generated', question: q.question, gold: Boolean(q.conditions.schedule) });
const counts = new Map<string, number>();
for (const r of rows) {
  const c = readConditions(r.question, book);
  if (!c.when && !r.gold) continue;
  const where = c.when ? (c.when.told ? 'story' : 'asking') : 'not read';
  const k = `${r.set} read ${where}, writers ${r.gold ? 'count one' : 'count none'}`;
  counts.set(k, (counts.get(k) ?? 0) + 1);
  if (r.set !== 'generated' && (where === 'story' || !r.gold)) console.log(`${k}: ${r.question}`);
}
console.log([...counts].sort().map(([k, n]) => `${n}\t${k}`).join('\n'));
