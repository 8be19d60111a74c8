// Dev-only: the answer's sentence weights (quote.ts ANSWER_WEIGHTS) fitted leave-one-folder-out on the
// development folders. Each question is searched and gated once (the stored gate); each grounded
// non-directory answer is then quoted again under every weight setting (the gate's view keeps its own
// weights, so no decline moves). Per folder: needed fact and right source first for each setting, and the
// setting the other folders choose. Never a sealed folder. Usage: npx tsx bench/dev/quote-weights.ts
import { writeFile } from 'node:fs/promises';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { extractiveAnswer } from '../../src/core/knowledge/answer/extractive.js';
import { ANSWER_WEIGHTS } from '../../src/core/knowledge/answer/quote.js';
import type { Answerer, AnswerContext } from '../../src/core/knowledge/answer/types.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { ask } from '../../src/core/skills/ask.js';
import { outcomeOf } from '../../src/eval/outcome.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const grid: { rank: number; position: number; lead: number; redundancy: number; overlap: number; holds: number; floor: number; shortContact: number }[] = [];
const list = (name: string, dflt: string) => (process.env[name] ?? dflt).split(',').map(Number);
for (const rank of list('RANKS', '0.2'))
  for (const position of list('POSITIONS', '0.1'))
    for (const lead of list('LEADS', '0'))
      for (const redundancy of list('REDUNDANCY', '0,0.1,0.2,0.3'))
        for (const overlap of list('OVERLAP', '0'))
          for (const holds of list('HOLDS', '0.25'))
            for (const floor of list('FLOORS', '0.65'))
              for (const shortContact of list('SHORT', '0,1')) grid.push({ rank, position, lead, redundancy, overlap, holds, floor, shortContact });
const base = { ...ANSWER_WEIGHTS };
const inner = createAnswerer();
// score[folder][setting] = [fact, checked, top, ranked]
const score: Record<string, number[][]> = {};
const lens: number[][] = grid.map(() => []);
const dump: { id: string; setting: number; held: boolean }[] = [];
for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
  const built = await buildIndex(folder.knowledge);
  const rows = grid.map(() => [0, 0, 0, 0]);
  for (const q of await loadQuestions(folder.questions)) {
    let seen: { question: string; hits: Hit[]; ctx?: AnswerContext } | undefined;
    const spy: Answerer = { answer: async (question, hits, ctx) => ((seen = { question, hits, ...(ctx ? { ctx } : {}) }), inner.answer(question, hits, ctx)) };
    Object.assign(ANSWER_WEIGHTS, base);
    const r = await ask(built.knowledge, spy, q.question);
    const declined = !r.answer.grounded || r.answer.citations.length === 0;
    const searched = [...r.hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source);
    grid.forEach((w, i) => {
      let answer = r.answer;
      if (!declined && !r.directory && seen) {
        Object.assign(ANSWER_WEIGHTS, w);
        answer = extractiveAnswer(seen.question, seen.hits, undefined, seen.ctx?.chunksOf);
        lens[i]!.push(answer.text.length);
      }
      const cited = declined ? [] : answer.citations.map((c) => c.source);
      const o = outcomeOf(q, { sources: [...cited, ...searched], text: declined ? '' : answer.text, declined });
      if (o.checked) dump.push({ id: q.id, setting: i, held: o.factsHeld });
      const row = rows[i]!;
      if (o.checked) { row[1]! += 1; if (o.factsHeld) row[0]! += 1; }
      if (o.ranked) { row[3]! += 1; if (o.rank === 1) row[2]! += 1; }
    });
  }
  score[folder.name] = rows;
}
Object.assign(ANSWER_WEIGHTS, base);
const names = Object.keys(score);
console.log('setting'.padEnd(22) + names.map((n) => n.slice(0, 8).padStart(9)).join('') + '   POOLED fact / top1 / mean len');
grid.forEach((w, i) => {
  const fact = names.reduce((n, f) => n + score[f]![i]![0]!, 0);
  const top = names.reduce((n, f) => n + score[f]![i]![2]!, 0);
  const len = lens[i]!.reduce((a, b) => a + b, 0) / Math.max(1, lens[i]!.length);
  console.log(`p${w.position} h${w.holds} f${w.floor} s${w.shortContact}`.padEnd(22) + names.map((f) => `${score[f]![i]![0]}/${score[f]![i]![2]}`.padStart(9)).join('') + `   ${fact} / ${top} / ${len.toFixed(0)}`);
});
// Leave one folder out: the setting with the most needed facts (then right source first) on the others.
let fact = 0, top = 0;
for (const held of names) {
  const others = names.filter((n) => n !== held);
  const total = (i: number) => others.reduce((n, f) => n + score[f]![i]![0]! * 1000 + score[f]![i]![2]!, 0);
  const best = grid.map((_, i) => i).sort((a, b) => total(b) - total(a))[0]!;
  fact += score[held]![best]![0]!; top += score[held]![best]![2]!;
  console.log(`held ${held}: p${grid[best]!.position} h${grid[best]!.holds} f${grid[best]!.floor} s${grid[best]!.shortContact} -> fact ${score[held]![best]![0]}/${score[held]![best]![1]} top1 ${score[held]![best]![2]}/${score[held]![best]![3]}`);
}
console.log(`LOFO pooled: fact ${fact}, top1 ${top}`);
if (process.env.DUMP) await writeFile(process.env.DUMP, JSON.stringify({ grid, dump }));
process.exit(0);
