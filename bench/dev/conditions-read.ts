// Dev-only: the conditions a development set's writers stated (their `conditions` per question)
// against the ones Liaison reads, counted per set and listed where they differ: a schedule, a
// language, a cost, an age or a place stated and not read, or read and not stated.
// `npx tsx bench/dev/conditions-read.ts SET...` (refuses sealed folders and the directory judges).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const sets = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const GOLD_KEYS: Record<string, string> = { place: 'place', county: 'place', zip: 'place', near: 'place', town: 'place', age: 'age', language: 'language', cost: 'cost', schedule: 'when' };
for (const name of sets) {
  if (!isDevDirectorySet(name)) continue;
  const { folder, book } = await openDirectorySet(name);
  const lines = (await readFile(path.join(folder, 'directory-questions.jsonl'), 'utf8')).split('\n').filter(Boolean);
  const count = { stated: 0, read: 0, missed: 0, extra: 0 };
  for (const l of lines) {
    const q = JSON.parse(l) as { id: string; question: string; conditions?: Record<string, unknown> };
    const gold = new Set(Object.keys(q.conditions ?? {}).map((k) => GOLD_KEYS[k]).filter(Boolean));
    const c = readConditions(q.question, book);
    const read = new Set<string>((['place', 'age', 'language', 'cost', 'when'] as const).filter((k) => c[k]));
    const missed = [...gold].filter((k) => !read.has(k!));
    const extra = [...read].filter((k) => !gold.has(k));
    count.stated += gold.size;
    count.read += [...gold].filter((k) => read.has(k!)).length;
    count.missed += missed.length;
    count.extra += extra.length;
    if (missed.length || extra.length) console.log(`${q.id}: missed [${missed}] extra [${extra}] gold ${JSON.stringify(q.conditions)}\n   ${q.question}`);
  }
  console.log(`${name}: ${JSON.stringify(count)}\n`);
}
