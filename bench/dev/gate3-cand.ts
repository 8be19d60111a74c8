// Dev-only (gate3, issue 14): candidate gate checks fitted leave-one-folder-out, as cand-fit.ts, but each
// reading judged as fit-gate.ts judges it (with the folder's other sections, chunksOf) and each candidate
// given the reading's grounding and corpus. Usage: npx tsx bench/dev/gate3-cand.ts [--cached] [--skip a,b] [SET ...]
import { readFile, writeFile } from 'node:fs/promises';
import { assessReadings, readingsOf, specificTerms, corpusDf, type Grounding } from '../../src/core/knowledge/answer/grounding.js';
import { quotedUnits, type QuotedUnit } from '../../src/core/knowledge/answer/quote.js';
import { checkFocus, focusTerms } from '../../src/core/knowledge/answer/focus.js';
import { askingPart, passageKeys, questionTerms, YEAR_KEY } from '../../src/core/knowledge/answer/terms.js';
import { initialsIn } from '../../src/core/knowledge/answer/acronym.js';
import { askedFor } from '../../src/core/knowledge/answer/asked.js';
import type { CorpusStats } from '../../src/core/knowledge/search.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { compareCandidates, type Row } from './cand-lofo.js';
import { ROOT } from './sets.js';
import { countiesIn } from '../../src/core/knowledge/answer/place.js';
import { tokenize } from '../../src/core/knowledge/text.js';
import { MONTH_RE } from '../../src/core/date-words.js';
import { hitText } from '../../src/core/knowledge/answer/grounding.js';

interface Ctx { reading: string; message: string; units: QuotedUnit[]; hits: Hit[]; g: Grounding; corpus: CorpusStats }

const CACHE = '/tmp/g3/cand-cache.json';
const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);

function named(units: QuotedUnit[], withPassage: boolean) {
  return units.map((u) => ({
    ...u,
    keys: new Set([...u.keys, ...passageKeys(u.where), ...initialsIn(`${u.text}\n${u.where}`)]),
    ...(u.section || !withPassage ? {} : { passage: passageKeys(hitText(u.hit)) }),
  }));
}
function focusOf(c: Ctx) {
  return focusTerms(specificTerms(questionTerms(c.reading)), c.corpus, (t) => corpusDf(t, c.corpus));
}

const SEASON = 'spring|summer|fall|autumn|winter';
const PERIOD_W = new RegExp(`\\b(${MONTH_RE}|${SEASON})\\s*(?:of\\s+)?((?:19|20)\\d\\d)\\b`, 'gi');
function periodWord(asking: string, units: QuotedUnit[], near = 15, both = false): boolean {
  const asked = [...asking.matchAll(PERIOD_W)].map((m) => [m[1]!.toLowerCase().slice(0, 3), m[2]!] as const);
  if (!asked.length || !units.length) return false;
  const quoted = units.map((u) => `${u.text}\n${u.where}`).join('\n');
  const names = (start: string, year: string) =>
    [...quoted.matchAll(new RegExp(`\\b(${MONTH_RE}|${SEASON})(?![a-z])[^.\\n|;]{0,${near}}\\b${year}\\b`, 'gi'))].some((m) => m[1]!.toLowerCase().slice(0, 3) === start) ||
    (both && [...quoted.matchAll(new RegExp(`\\b${year}\\b[^.\\n|;]{0,${near}}\\b(${MONTH_RE}|${SEASON})(?![a-z])`, 'gi'))].some((m) => m[1]!.toLowerCase().slice(0, 3) === start));
  return asked.every(([start, year]) => quoted.includes(year) && !names(start, year));
}

const unknownOther = (c: Ctx): boolean => (c.g.unknown?.length ?? 0) > 0 && !c.g.signals.cuts.unknownName && !c.g.signals.cuts.unknownNoun;
const unknownCounty = (c: Ctx, text: string): boolean => [...countiesIn(text)].some((name) => tokenize(name).every((k) => c.corpus.termStats(k).df === 0));
const candidates: Record<string, (c: Ctx) => boolean> = {
  unknownCountyMsg: (c) => unknownCounty(c, c.message),
  unknownCountyReading: (c) => unknownCounty(c, c.reading),
  unknownAny: (c) => unknownOther(c),
  kindFocusNoYear: (c) => {
    if (c.g.focus?.kindMissing || !c.units.length) return false;
    const f = focusTerms(specificTerms(questionTerms(c.reading)).filter((t) => !YEAR_KEY.test(t.key)), c.corpus, (t) => corpusDf(t, c.corpus));
    return checkFocus(c.reading, f, named(c.units, true)).kindMissing !== undefined;
  },
  unknownAsked: (c) => unknownOther(c) && askedFor(c.reading) !== undefined,
  unknownMoney: (c) => unknownOther(c) && askedFor(c.reading)?.kind === 'money',
  periodWord: (c) => periodWord(askingPart(c.reading), c.units),
  periodWord30: (c) => periodWord(askingPart(c.reading), c.units, 30, true),
  periodWordBoth: (c) => periodWord(askingPart(c.reading), c.units, 15, true),
  periodClause: (c) => periodWord(askingPart(c.reading), c.units, 500, true),
  periodClause1: (c) => periodWord(askingPart(c.reading), c.units, 500, false),
  focusAllMissing: (c) => !!c.g.focus && c.g.focus.focus.length > 0 && c.g.focus.missing.length === c.g.focus.focus.length,
  kindStrict: (c) => !c.g.focus?.kindMissing && c.units.length > 0 && checkFocus(c.reading, focusOf(c), named(c.units, false)).kindMissing !== undefined,
  kindStrictMoney: (c) => askedFor(c.reading)?.kind === 'money' && !c.g.focus?.kindMissing && c.units.length > 0 && checkFocus(c.reading, focusOf(c), named(c.units, false)).kindMissing !== undefined,
};

async function compute(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const folder of (await benchFolders(ROOT)).filter((f) => !f.official && !f.sealed)) {
    const built = await buildIndex(folder.knowledge);
    for (const q of await loadQuestions(folder.questions)) {
      const text = checkQuestion(q.question).text;
      const hits = await passagesFor(built.index, text);
      const chunksOf = (source: string) => built.index.chunksOf(source);
      const gs = assessReadings(text, hits, undefined, { corpus: built.index.corpus, chunksOf });
      const readings = readingsOf(text).map((reading, i) => {
        const units = hits.length ? quotedUnits(reading, hits, undefined, chunksOf) : [];
        const cuts: Record<string, number> = { ...(gs[i]!.signals.cuts as Record<string, number>) };
        const c: Ctx = { reading, message: text, units, hits, g: gs[i]!, corpus: built.index.corpus };
        for (const [name, fire] of Object.entries(candidates)) if (fire(c)) cuts[name] = 1;
        cuts.otherPlaceMsg = (cuts.otherPlace ?? 0) + (cuts.unknownCountyMsg ?? 0);
        cuts.otherPlaceReading = (cuts.otherPlace ?? 0) + (cuts.unknownCountyReading ?? 0);
        return { base: gs[i]!.signals.base, cuts };
      });
      rows.push({ folder: folder.name, id: q.id, question: q.question, answerable: q.answerable, readings });
    }
  }
  return rows;
}

const loaded: Row[] = process.argv.includes('--cached') ? JSON.parse(await readFile(CACHE, 'utf8')) : await compute();
if (!process.argv.includes('--cached')) await writeFile(CACHE, JSON.stringify(loaded));
const rows = loaded.filter((r) => !skip.has(r.folder));

const asked = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--skip');
compareCandidates(rows, asked.length ? asked.map((a) => a.split(',')) : Object.keys(candidates).map((c) => [c]));
process.exit(0);
