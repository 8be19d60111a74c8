// Every development question's answer (text, grounded, cited sources) written to one JSON file, so
// two versions of the code can be compared answer by answer: `npx tsx bench/dev/answers-dump.ts OUT.json`.
// Reads the starter's development sets and each development folder's questions.jsonl; never the sealed folder.
// --official adds the starter's official set, to count how many of its answers changed (never to read them one by one).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { ask } from '../../src/core/skills/ask.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const out: Record<string, { grounded: boolean; text: string; sources: string[] }> = {};
const sets: { name: string; knowledge: string; files: string[] }[] = [
  { name: 'starter-dev', knowledge: path.join(ROOT, 'knowledge'), files: ['questions.jsonl', 'questions-2.jsonl', 'questions-3.jsonl', 'questions-4.jsonl'].map((f) => path.join(ROOT, 'bench', 'dev', f)) },
  ...(await benchFolders(ROOT)).filter((f) => !f.sealed && (!f.official || process.argv.includes('--official'))).map((f) => ({ name: f.name, knowledge: f.knowledge, files: [f.questions] })),
];
const answerer = createAnswerer();
for (const set of sets) {
  const built = await buildIndex(set.knowledge);
  for (const file of set.files) {
    for (const q of await loadQuestions(file)) {
      const { answer } = await ask(built.knowledge, answerer, q.question);
      out[`${set.name}/${path.basename(file)}/${q.id}`] = { grounded: answer.grounded, text: answer.text, sources: answer.citations.map((c) => c.source) };
    }
  }
  console.log(set.name, Object.keys(out).length);
}
await writeFile(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'answers.json', JSON.stringify(out, null, 1));
