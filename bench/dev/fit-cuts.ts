// Dev-only: learns the gate's cut factors and threshold from development questions by logistic
// regression, and compares them with the hand-set ones by leave-one-set-out: fit on all sets but
// one, choose the threshold there (Youden's J), count declines and false declines on the set left out.
// The model is the gate's own product form: log(confidence) = log(base) + sum of log(factor) per cut.
// Usage: npx tsx bench/dev/fit-cuts.ts [FILE...]   (default: every bench/dev/questions*.jsonl)
import path from 'node:path';
import { assessReadings, CUT_FACTORS, type Cut, type Signals } from '../../src/core/knowledge/answer/grounding.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';
import { devFiles, ROOT } from './sets.js';

const files = await devFiles(process.argv.slice(2));
const CUTS = Object.keys(CUT_FACTORS) as Cut[];

interface Row { set: number; id: string; answerable: boolean; readings: Signals[] }
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const rows: Row[] = [];
for (const [set, f] of files.entries()) {
  for (const q of await loadQuestions(f)) {
    const text = checkQuestion(q.question).text;
    const readings = assessReadings(text, await passagesFor(built.index, text), undefined, { corpus: built.index.corpus }).map((g) => g.signals);
    rows.push({ set, id: q.id, answerable: q.answerable, readings });
  }
}

/** Log-factors per cut (<= 0) and the log-threshold; score = log(base) + sum w*n, answered when >= t. */
interface Model { w: Record<Cut, number> }
const handModel: Model = { w: Object.fromEntries(CUTS.map((c) => [c, Math.log(CUT_FACTORS[c])])) as Record<Cut, number> };
const score = (m: Model, s: Signals): number => Math.log(Math.max(s.base, 1e-4)) + CUTS.reduce((a, c) => a + m.w[c] * (s.cuts[c] ?? 0), 0);
const best = (m: Model, r: Row): Signals => r.readings.reduce((b, s) => (score(m, s) > score(m, b) ? s : b));

function fit(train: Row[], l2 = 0.5, epochs = 4000, lr = 0.05): Model {
  const m: Model = { w: { ...handModel.w } };
  let scale = 8;
  let bias = -scale * Math.log(0.53);
  for (let round = 0; round < 3; round++) {
    const chosen = train.map((r) => ({ s: best(m, r), y: r.answerable ? 1 : 0 }));
    for (let e = 0; e < epochs; e++) {
      const g: Record<string, number> = {};
      let gs = 0;
      let gb = 0;
      for (const { s, y } of chosen) {
        const z = scale * score(m, s) + bias;
        const d = 1 / (1 + Math.exp(-z)) - y;
        gs += d * score(m, s);
        gb += d;
        for (const c of CUTS) g[c] = (g[c] ?? 0) + d * scale * (s.cuts[c] ?? 0);
      }
      const n = chosen.length;
      scale -= (lr * gs) / n;
      bias -= (lr * gb) / n;
      // Ridge toward the hand factor, and no cut may raise confidence.
      for (const c of CUTS) m.w[c] = Math.min(0, m.w[c] - lr * (g[c]! / n + (l2 * (m.w[c] - handModel.w[c])) / n));
    }
  }
  return m;
}

function choose(m: Model, rs: Row[]): number {
  const ts = [...new Set(rs.map((r) => score(m, best(m, r))))].sort((a, b) => a - b);
  const un = rs.filter((r) => !r.answerable);
  const an = rs.filter((r) => r.answerable);
  let bestT = ts[0]!;
  let bestJ = -Infinity;
  for (const t of ts) {
    const j = un.filter((r) => score(m, best(m, r)) < t).length / un.length - an.filter((r) => score(m, best(m, r)) < t).length / an.length;
    if (j > bestJ) [bestJ, bestT] = [j, t];
  }
  // Between this score and the next lower one, so neither side sits on the edge.
  const below = ts.filter((x) => x < bestT).pop();
  return below === undefined ? bestT : (below + bestT) / 2;
}

function count(m: Model, t: number, rs: Row[]): string {
  const un = rs.filter((r) => !r.answerable);
  const an = rs.filter((r) => r.answerable);
  return `declines ${un.filter((r) => score(m, best(m, r)) < t).length}/${un.length}  false ${an.filter((r) => score(m, best(m, r)) < t).length}/${an.length}`;
}

const sets = files.map((_, i) => i);
for (const out of sets) {
  const train = rows.filter((r) => r.set !== out);
  const test = rows.filter((r) => r.set === out);
  const learned = fit(train);
  console.log(`held out ${path.basename(files[out]!)}:  hand ${count(handModel, choose(handModel, train), test)}   learned ${count(learned, choose(learned, train), test)}`);
}
const all = fit(rows);
const t = choose(all, rows);
console.log(`\nfit on all ${rows.length}: threshold ${Math.exp(t).toFixed(3)}  ${count(all, t, rows)}   (hand at 0.53: ${count(handModel, Math.log(0.53), rows)})`);
for (const c of CUTS) console.log(`  ${c.padEnd(18)} hand ${CUT_FACTORS[c].toFixed(2)}  learned ${Math.exp(all.w[c]).toFixed(2)}  (applied ${rows.filter((r) => r.readings.some((s) => s.cuts[c])).length}x)`);
process.exit(0);
