// Dev-only: the leave-one-folder-out comparison that cand-fit.ts and gate3-cand.ts share. Given each
// development question's readings (the gate's base and checks, plus each candidate check's firing), it
// refits the gate per held-out folder with the stored checks, then with each candidate set, and prints
// both decline counts, AUC, per-folder counts and the questions whose verdict changed. A set may drop a
// stored check ("-otherPlace,otherPlace2" replaces it).
import { CHECKS } from '../../src/core/knowledge/answer/gate.js';
import { choose, sweep, type Confidence } from '../calibrate.js';
import { fitWeights } from '../gate-fit.js';

export interface Reading { base: number; cuts: Record<string, number> }
export interface Row { folder: string; id: string; question: string; answerable: boolean; readings: Reading[] }

interface Model { w: number[]; bias: number; threshold: number }
const feats = (r: Reading, names: readonly string[]): number[] => [Math.log(Math.max(r.base, 1e-3)), ...names.map((c) => r.cuts[c] ?? 0)];
const conf = (m: Model, x: number[]): number => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * m.w[j]!, m.bias)));
const rowConf = (m: Model, r: Row, names: readonly string[]): number => Math.max(...r.readings.map((s) => conf(m, feats(s, names))));

function fit(train: Row[], names: readonly string[]): Model {
  const { w, bias } = fitWeights(train, (r: Reading) => feats(r, names));
  const m = { w: w.map((x) => Math.round(x * 1e4) / 1e4), bias: Math.round(bias * 1e4) / 1e4, threshold: 0 };
  const c: Confidence[] = train.map((r) => ({ id: r.id, question: r.question, answerable: r.answerable, confidence: rowConf(m, r, names), missing: [] }));
  m.threshold = choose(sweep(c, 0.02, 0.98)) ?? 0.5;
  return m;
}

function auc(xs: { answerable: boolean; c: number }[]): number {
  const a = xs.filter((r) => r.answerable);
  const u = xs.filter((r) => !r.answerable);
  let s = 0;
  for (const x of a) for (const y of u) s += x.c > y.c ? 1 : x.c === y.c ? 0.5 : 0;
  return s / Math.max(1, a.length * u.length);
}

function lofo(rows: Row[], names: readonly string[]): { declined: Map<string, boolean>; line: string; perFolder: string } {
  const folders = [...new Set(rows.map((r) => r.folder))];
  const declined = new Map<string, boolean>();
  const held: { answerable: boolean; c: number }[] = [];
  const per: string[] = [];
  for (const f of folders) {
    const m = fit(rows.filter((r) => r.folder !== f), names);
    const mine = rows.filter((r) => r.folder === f);
    for (const r of mine) {
      const c = rowConf(m, r, names);
      held.push({ answerable: r.answerable, c });
      declined.set(r.id, c < m.threshold);
    }
    const fa = mine.filter((r) => r.answerable && declined.get(r.id)).length;
    const ud = mine.filter((r) => !r.answerable && declined.get(r.id)).length;
    per.push(`${f} ${fa}/${mine.filter((r) => r.answerable).length} ${ud}/${mine.filter((r) => !r.answerable).length} t${m.threshold}`);
  }
  const fa = rows.filter((r) => r.answerable && declined.get(r.id)).length;
  const ud = rows.filter((r) => !r.answerable && declined.get(r.id)).length;
  const all = fit(rows, names);
  return { declined, line: `answerable declined ${fa}/${rows.filter((r) => r.answerable).length}  unanswerable declined ${ud}/${rows.filter((r) => !r.answerable).length}  AUC ${auc(held).toFixed(3)}  pooled-fit threshold ${all.threshold} w ${all.w.join(' ')}`, perFolder: per.join(' | ') };
}

/** Prints the stored checks' leave-one-folder-out line, then each candidate set's beside it. */
export function compareCandidates(rows: Row[], sets: string[][]): void {
  const base = lofo(rows, CHECKS);
  console.log(`BASE ${base.line}\n  ${base.perFolder}`);
  for (const set of sets) {
    const fires = rows.filter((r) => r.readings.every((s) => set.some((c) => !c.startsWith('-') && s.cuts[c])));
    const res = lofo(rows, [...CHECKS.filter((c) => !set.includes(`-${c}`)), ...set.filter((c) => !c.startsWith('-'))]);
    console.log(`\n+${set.join('+')}: fires on all readings of ${fires.filter((r) => r.answerable).length} answerable, ${fires.filter((r) => !r.answerable).length} unanswerable`);
    for (const r of fires) console.log(`   fires ${r.answerable ? 'A' : 'U'} ${r.id} :: ${r.question.slice(0, 100)}`);
    console.log(`  ${res.line}\n  ${res.perFolder}`);
    for (const r of rows) if (res.declined.get(r.id) !== base.declined.get(r.id)) console.log(`   ${res.declined.get(r.id) ? 'now declined' : 'now answered'} ${r.answerable ? 'A' : 'U'} ${r.id} :: ${r.question.slice(0, 100)}`);
  }
}
