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
import { compareCandidates, type Row } from './cand-lofo.js';
import { ROOT } from './sets.js';


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

const asked = process.argv.slice(2).filter((a) => !a.startsWith('--'));
compareCandidates(rows, asked.length ? asked.map((a) => a.split(',')) : Object.keys(candidates).map((c) => [c]));
process.exit(0);
