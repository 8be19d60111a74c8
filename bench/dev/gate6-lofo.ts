// Dev-only (gate6, issue 14): leave-one-folder-out over bench/dev/gate6-dump.ts's rows, all development
// folders held out in turn, with the gate's checks or some left out ("-unknownNoun"). Prints per folder
// both decline counts, pooled counts and AUC, then (with --list) every answerable question declined and
// every unanswerable one answered or answerable one answered by a margin under 0.15, with the checks fired.
// Usage: npx tsx bench/dev/gate6-lofo.ts ROWS.json [-check,-check] [--list]
import { readFile } from 'node:fs/promises';
import { CHECKS } from '../../src/core/knowledge/answer/gate.js';
import { choose, sweep, type Confidence } from '../calibrate.js';
import { fitWeights } from '../gate-fit.js';

interface Reading { text: string; base: number; cuts: Record<string, number>; unknown?: string[]; focus?: { focus: string[]; missing: string[]; kindMissing?: string }; asked?: string; apart?: string }
interface Row { folder: string; id: string; question: string; answerable: boolean; readings: Reading[] }
const rows: Row[] = JSON.parse(await readFile(process.argv[2]!, 'utf8'));
const drop = new Set((process.argv.find((a) => a.startsWith('-') && !a.startsWith('--')) ?? '').split(',').map((s) => s.slice(1)).filter(Boolean));
const names = CHECKS.filter((c) => !drop.has(c));
interface Model { w: number[]; bias: number; threshold: number }
const feats = (r: Reading): number[] => [Math.log(Math.max(r.base, 1e-3)), ...names.map((c) => r.cuts[c] ?? 0)];
const conf = (m: Model, x: number[]): number => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * m.w[j]!, m.bias)));
const best = (m: Model, r: Row): Reading => r.readings.reduce((b, s) => (conf(m, feats(s)) > conf(m, feats(b)) ? s : b));
const rowConf = (m: Model, r: Row): number => conf(m, feats(best(m, r)));
function fit(train: Row[]): Model {
  const { w, bias } = fitWeights(train, feats);
  const m = { w: w.map((x) => Math.round(x * 1e4) / 1e4), bias: Math.round(bias * 1e4) / 1e4, threshold: 0 };
  const c: Confidence[] = train.map((r) => ({ id: r.id, question: r.question, answerable: r.answerable, confidence: rowConf(m, r), missing: [] }));
  m.threshold = choose(sweep(c, 0.02, 0.98)) ?? 0.5;
  return m;
}
const folders = [...new Set(rows.map((r) => r.folder))];
const held: { r: Row; c: number; m: Model }[] = [];
let fa = 0, na = 0, ud = 0, nu = 0;
for (const f of folders) {
  const m = fit(rows.filter((r) => r.folder !== f));
  const mine = rows.filter((r) => r.folder === f);
  for (const r of mine) held.push({ r, c: rowConf(m, r), m });
  const a = mine.filter((r) => r.answerable), u = mine.filter((r) => !r.answerable);
  const x = a.filter((r) => rowConf(m, r) < m.threshold).length, y = u.filter((r) => rowConf(m, r) < m.threshold).length;
  fa += x; na += a.length; ud += y; nu += u.length;
  console.log(`${f.padEnd(18)} answerable declined ${x}/${a.length}  unanswerable declined ${y}/${u.length}  t ${m.threshold}`);
}
let s = 0;
const A = held.filter((h) => h.r.answerable), U = held.filter((h) => !h.r.answerable);
for (const a of A) for (const u of U) s += a.c > u.c ? 1 : a.c === u.c ? 0.5 : 0;
console.log(`LOFO pooled (${names.join(',')}): answerable declined ${fa}/${na}  unanswerable declined ${ud}/${nu}  AUC ${(s / (A.length * U.length)).toFixed(3)}`);
const all = fit(rows);
console.log(`pooled fit: bias ${all.bias} logBase ${all.w[0]} ${names.map((c, i) => `${c} ${all.w[i + 1]}`).join(' ')} t ${all.threshold}`);
if (process.argv.includes('--list')) {
  const show = (h: { r: Row; c: number; m: Model }, tag: string): void => {
    const b = best(h.m, h.r);
    const fired = Object.keys(b.cuts).join(',');
    console.log(`${tag} ${(h.c - h.m.threshold).toFixed(3)} ${h.r.id} base ${b.base.toFixed(3)} [${fired}] unk ${JSON.stringify(b.unknown)} apart ${b.apart ?? ''} focus ${JSON.stringify(b.focus)} asked ${b.asked ?? ''} :: ${h.r.question.slice(0, 150)}`);
    if (h.r.readings.length > 1) for (const x of h.r.readings) console.log(`     reading base ${x.base.toFixed(3)} [${Object.keys(x.cuts).join(',')}] ${x.text.slice(0, 100)}`);
  };
  for (const h of held.filter((h) => h.r.answerable && h.c < h.m.threshold)) show(h, 'FALSE-DECLINE');
  for (const h of held.filter((h) => h.r.answerable && h.c >= h.m.threshold && h.c - h.m.threshold < 0.15)) show(h, 'NEAR-ANSWERED');
  for (const h of held.filter((h) => !h.r.answerable && h.c >= h.m.threshold)) show(h, 'UNANS-ANSWERED');
}
