// Dev-only: candidate gate checks fitted leave-one-folder-out without touching grounding.ts. Reads every
// development question (never the starter's official set, never the sealed folders), each reading's
// signals as the gate computes them plus each candidate's firing, then refits the gate per held-out
// folder with the stored checks and each candidate added on its own (or the ones named), printing per
// folder both decline counts, the pooled counts, AUC and the questions whose verdict changed.
// A set may drop a stored check ("-otherPlace,otherPlace2" replaces it). --why prints where a name-apart
// candidate fired. Tried 2026-12-07 (gate4; start 13 of 364 answerable, 78 of 99 unanswerable, AUC 0.916):
// periodPair (period.ts) 12 / 80, kept; otherPlace2 (the lead unit's county, place.ts) 13 / 79, kept;
// namePhrase2 as a check of its own 14 / 85 (AUC 0.932) but it took the unknown-name weight and
// "Which Wisconsin office handles VR referrals?" was answered, so it fires the unknown-name check
// instead (name-phrase.ts: 14 / 84, AUC 0.931); folded into focusNameMissing 13 / 86 but the same
// unknown-name weight fell to -0.74. Dropped: namePhrase3/5 (acronym pairs skipped: 14 / 78-79),
// namePhrase4 (both words in the hits: 14 / 79).
// Usage: npx tsx bench/dev/cand-fit.ts [--cached] [--why] [CANDIDATE,CANDIDATE ...]
import { readFile, writeFile } from 'node:fs/promises';
import { assessReadings, readingsOf } from '../../src/core/knowledge/answer/grounding.js';
import { CHECKS } from '../../src/core/knowledge/answer/gate.js';
import { quotedUnits, type QuotedUnit } from '../../src/core/knowledge/answer/quote.js';
import { countiesIn } from '../../src/core/knowledge/answer/place.js';
import { askingPart } from '../../src/core/knowledge/answer/terms.js';
import { tokenize } from '../../src/core/knowledge/text.js';
import { holdsKind } from '../../src/core/knowledge/answer/asked.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { choose, sweep, type Confidence } from '../calibrate.js';
import { ROOT } from './sets.js';

interface Reading { base: number; cuts: Record<string, number> }
interface Row { folder: string; id: string; question: string; answerable: boolean; readings: Reading[] }

const CACHE = '/tmp/gate4-cand-cache.json';
const MONTH_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|fall|autumn|winter)';

/** Month or season words with a year after them in the asking part: ["april", "2027"]. */
function periodsAsked(asking: string): [string, string][] {
  return [...asking.matchAll(new RegExp(`\\b(${MONTH_RE})\\b\\s*(?:of\\s+)?((?:19|20)\\d\\d)\\b`, 'gi'))].map((m) => [m[1]!.toLowerCase().slice(0, 3), m[2]!]);
}
function namesPeriod(text: string, p: string, y: string): boolean {
  return new RegExp(`\\b${p}[a-z]*\\b[^.\\n|;]{0,15}\\b${y}\\b`, 'i').test(text);
}

const candidates: Record<string, (reading: string, units: QuotedUnit[], hits: Hit[], message: string) => boolean> = {
  leadPlace: (reading, units) => {
    const asked = countiesIn(reading);
    if (!asked.size || !units.length) return false;
    const lead = countiesIn(`${units[0]!.text}\n${units[0]!.where}`);
    return lead.size > 0 && ![...asked].some((c) => lead.has(c));
  },
  periodPair: (reading, units) => {
    const ps = periodsAsked(askingPart(reading));
    if (!ps.length || !units.length) return false;
    const text = units.map((u) => `${u.text}\n${u.where}`).join('\n');
    return ps.every(([p, y]) => !namesPeriod(text, p, y) && text.includes(y));
  },
  emailWide: (reading, units) => /\bwhat(?:'s|s| is)\s+(?:\S+\s+){0,3}e-?mail\b|'s e-?mail\b/i.test(reading) && units.length > 0 && !units.some((u) => holdsKind('email', u.text)),
  namePhrase: (reading, _units, hits) => missingBigram(reading, hits) !== undefined,
  namePhrase2: (reading, _units, hits) => missingBigram(reading, hits, false) !== undefined,
  namePhrase3: (reading, _units, hits) => missingBigram(reading, hits, true) !== undefined,
  namePhrase4: (reading, _units, hits) => missingBigram(reading, hits, false, true) !== undefined,
  namePhrase5: (reading, _units, hits) => missingBigram(reading, hits, true, true) !== undefined,
  otherPlace2: (reading, units) => {
    const asked = countiesIn(reading);
    if (!asked.size || !units.length) return false;
    const quoted = new Set<string>();
    for (const u of units) for (const c of countiesIn(`${u.text}\n${u.where}`)) quoted.add(c);
    const lead = countiesIn(`${units[0]!.text}\n${units[0]!.where}`);
    return (quoted.size > 0 && ![...asked].some((c) => quoted.has(c))) || (lead.size > 0 && ![...asked].some((c) => lead.has(c)));
  },
};

/** A capitalised run of the asking part (not its first word; a possessive ends it) whose two adjacent words no hit holds side by side. */
export function missingBigram(reading: string, hits: Hit[], variant?: boolean, present = false): string | undefined {
  const asking = askingPart(reading);
  const W = variant === undefined ? '[A-Z][\\w-]*' : "[A-Z][A-Za-z'’-]*(?![\\w-])";
  let runs = [...asking.matchAll(new RegExp(`(?<=\\S\\s+)(?:${W}\\s+){1,4}${W}`, 'g'))].map((m) => m[0].split(/\s+/));
  // A possessive ends a name: "Fenwick College's LAUNCH program".
  if (variant !== undefined) runs = runs.flatMap((r) => r.join(' ').split(/(?<=['’]s)\s+/).map((x) => x.split(/\s+/)));
  if (variant) runs = runs.flatMap((r) => r.join(' ').split(/\b[A-Z]{2,}\b/).map((x) => x.trim().split(/\s+/).filter(Boolean)));
  runs = runs.map((r) => tokenize(r.join(' ')));
  if (!runs.length) return undefined;
  const pairs = new Set<string>();
  for (const h of hits) {
    const t = tokenize([h.chunk.title, ...h.chunk.headings, h.chunk.text, h.chunk.contact?.organization ?? ''].join('\n'));
    t.forEach((k, i) => i && pairs.add(`${t[i - 1]} ${k}`));
  }
  const words = new Set([...pairs].flatMap((p) => p.split(' ')));
  for (const r of runs) for (let i = 1; i < r.length; i++) if (!pairs.has(`${r[i - 1]} ${r[i]}`) && (!present || (words.has(r[i - 1]!) && words.has(r[i]!)))) return `${r[i - 1]} ${r[i]}`;
  return undefined;
}

async function compute(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
    const built = await buildIndex(folder.knowledge);
    for (const q of await loadQuestions(folder.questions)) {
      const text = checkQuestion(q.question).text;
      const hits = await passagesFor(built.index, text);
      const gs = assessReadings(text, hits, undefined, { corpus: built.index.corpus });
      const readings = readingsOf(text).map((reading, i) => {
        const units = quotedUnits(reading, hits);
        const cuts: Record<string, number> = { ...(gs[i]!.signals.cuts as Record<string, number>) };
        for (const [name, fire] of Object.entries(candidates)) if (fire(reading, units, hits, text)) cuts[name] = 1;
        if (cuts.unknownName || cuts.nameApart) cuts.unknownOrApart = 1;
        if (cuts.focusNameMissing || cuts.nameApart) cuts.focusOrApart = 1;
        if (process.argv.includes('--why') && cuts.namePhrase4) console.log(`why ${q.answerable ? 'A' : 'U'} ${q.id} [${missingBigram(reading, hits, false, true)}] ${reading.slice(0, 90)}`);
        return { base: gs[i]!.signals.base, cuts };
      });
      rows.push({ folder: folder.name, id: q.id, question: q.question, answerable: q.answerable, readings });
    }
  }
  return rows;
}

const rows: Row[] = process.argv.includes('--cached') ? JSON.parse(await readFile(CACHE, 'utf8')) : await compute();
if (!process.argv.includes('--cached')) await writeFile(CACHE, JSON.stringify(rows));

interface Model { w: number[]; bias: number; threshold: number }
const feats = (r: Reading, names: readonly string[]): number[] => [Math.log(Math.max(r.base, 1e-3)), ...names.map((c) => r.cuts[c] ?? 0)];
const conf = (m: Model, x: number[]): number => 1 / (1 + Math.exp(-x.reduce((a, v, j) => a + v * m.w[j]!, m.bias)));
const rowConf = (m: Model, r: Row, names: readonly string[]): number => Math.max(...r.readings.map((s) => conf(m, feats(s, names))));

function fit(train: Row[], names: readonly string[]): Model {
  const d = names.length + 1;
  let w = new Array<number>(d).fill(0);
  let bias = 0;
  const y = train.map((r) => (r.answerable ? 1 : 0));
  const pos = y.reduce((a: number, b) => a + b, 0) / y.length;
  const cw = y.map((v) => (v ? 0.5 / pos : 0.5 / (1 - pos)));
  for (let round = 0; round < 3; round++) {
    const m = { w, bias, threshold: 0 };
    const X = train.map((r) => (round === 0 ? feats(r.readings[0]!, names) : r.readings.map((s) => feats(s, names)).reduce((b, x) => (conf(m, x) > conf(m, b) ? x : b))));
    for (let e = 0; e < 3000; e++) {
      const g = new Array<number>(d).fill(0);
      let gb = 0;
      X.forEach((x, i) => {
        const z = x.reduce((a, v, j) => a + v * w[j]!, bias);
        const err = (1 / (1 + Math.exp(-z)) - y[i]!) * cw[i]!;
        for (let j = 0; j < d; j++) g[j]! += err * x[j]!;
        gb += err;
      });
      const n = X.length;
      w = w.map((wj, j) => wj - 0.1 * (g[j]! / n + (0.3 * wj) / n)).map((wj, j) => (j === 0 ? wj : Math.min(0, wj)));
      bias -= (0.1 * gb) / n;
    }
  }
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

function lofo(names: readonly string[]): { declined: Map<string, boolean>; line: string; perFolder: string } {
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

const base = lofo(CHECKS);
console.log(`BASE ${base.line}\n  ${base.perFolder}`);
const asked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = asked.length ? asked.map((a) => a.split(',')) : Object.keys(candidates).map((c) => [c]);
for (const set of sets) {
  const fires = rows.filter((r) => r.readings.every((s) => set.some((c) => !c.startsWith('-') && s.cuts[c])));
  const res = lofo([...CHECKS.filter((c) => !set.includes(`-${c}`)), ...set.filter((c) => !c.startsWith('-'))]);
  console.log(`\n+${set.join('+')}: fires on all readings of ${fires.filter((r) => r.answerable).length} answerable, ${fires.filter((r) => !r.answerable).length} unanswerable`);
  for (const r of fires) console.log(`   fires ${r.answerable ? 'A' : 'U'} ${r.id} :: ${r.question.slice(0, 100)}`);
  console.log(`  ${res.line}\n  ${res.perFolder}`);
  for (const r of rows) if (res.declined.get(r.id) !== base.declined.get(r.id)) console.log(`   ${res.declined.get(r.id) ? 'now declined' : 'now answered'} ${r.answerable ? 'A' : 'U'} ${r.id} :: ${r.question.slice(0, 100)}`);
}
process.exit(0);
