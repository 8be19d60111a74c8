// Dev-only probe (issue 14): would a small learned line classifier carry to unseen note writers better
// than the rules, at the first step only (which units hold an action item)?
//   npx tsx bench/dev/notes-line-probe.ts [--first-seen]
// Reads the development notes sets only: the development folders' notes/ (not the starter's official
// set, not kestrel) and bench/notes/notes-* (not notes-vetch); never a sealed folder or set.
//
// Units: the extractor's own segment() over the notes as rules.ts reads them (chat markup and spoken
// punctuation undone; rules.ts also drops re-quoted lines and quoted mail, which this probe keeps).
// Gold label: a unit is positive when at least half of some gold item's keywords (its task's content
// words when it has none) are in the unit's text + quote + parent + row task (keywordShare, the scorer's
// own test).
// Rules' label: a unit is positive when an item the rule extractor gave (createExtractor(), as the bench
// runs it) has the unit's quote as its quote (whitespace-normalised); failing that, the unit whose quote
// contains the item's quote or is contained in it. Items that map to no unit are counted and printed.
// `--first-seen` adds the rules as they stood when each set was committed (src/ of the commit that
// added the set's notes, unpacked under /tmp/nlearn-rules/): the rules on a writer they were not yet
// fitted to, which is what the held-out model is up against. The current rules were fitted on every set.
// Model: logistic regression, hashed lower-cased unigrams + bigrams and a few shape features, fitted
// leave-one-set-out (on every other set, measured on the held-out one), threshold 0.5.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor, statedMeetingDate } from '../../src/core/notes/index.js';
import { segment, type Unit } from '../../src/core/notes/segment.js';
import { plainSpoken } from '../../src/core/notes/spoken.js';
import { readMentions } from '../../src/core/notes/mentions.js';
import { startsWithTaskVerb } from '../../src/core/notes/verbs.js';
import { findDue } from '../../src/core/notes/date-find.js';
import { isPlausibleOwner } from '../../src/core/notes/owners.js';
import { loadGoldNotes } from '../../src/eval/notes-gold.js';
import { keywordShare, scoreNote, type Counts as ItemCounts } from '../../src/eval/notes-score.js';
import type { Extractor } from '../../src/core/notes/index.js';
import { NOTES_TIME_ZONE } from '../folder-run.js';
import { benchFolders, noteSets } from '../folders.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Held out of every development run, like the sealed sets. */
const UNREAD = new Set(['kestrel', 'notes-vetch']);

interface Example {
  feats: Map<number, number>;
  gold: boolean;
  rules: boolean;
  /** The rules as they stood when the set was committed (with --first-seen). */
  first?: boolean;
}

/** The rule extractor of the commit that added `dir`, unpacked once under /tmp. */
async function firstSeenExtractor(dir: string): Promise<Extractor> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  const commit = git('log', '--diff-filter=A', '--format=%h', '--', path.relative(root, dir)).split('\n').at(-1)!;
  const out = path.join('/tmp/nlearn-rules', commit);
  if (!existsSync(path.join(out, 'src'))) {
    mkdirSync(out, { recursive: true });
    execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C ${out}`], { cwd: root });
    symlinkSync(path.join(root, 'node_modules'), path.join(out, 'node_modules'));
  }
  const mod = (await import(path.join(out, 'src/core/notes/index.ts'))) as { createExtractor: () => Extractor };
  return mod.createExtractor();
}

const DIM = 1 << 18;
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) % DIM;
}

const CAPITALISED = /(?:@[\w.-]+|[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*)?)/g;

function features(unit: Unit, meetingDate: string): Map<number, number> {
  const f = new Map<number, number>();
  const add = (name: string, v = 1) => f.set(hash(name), (f.get(hash(name)) ?? 0) + v);
  const toks = unit.text.toLowerCase().match(/[a-z0-9'’]+/g) ?? [];
  const seq = ['<s>', ...toks];
  for (let i = 0; i < seq.length; i++) {
    if (i > 0) add(`u:${seq[i]}`);
    if (i + 1 < seq.length) add(`b:${seq[i]} ${seq[i + 1]}`);
  }
  add('bias');
  if (startsWithTaskVerb(unit.text)) add('verb-first');
  if (findDue(unit.text, meetingDate)) add('date');
  if ([...unit.text.matchAll(CAPITALISED)].some((m) => isPlausibleOwner(m[0]))) add('person');
  add(`section:${unit.section}`);
  if (unit.bullet) add('bullet');
  if (unit.checkbox) add(`checkbox:${unit.checkbox}`);
  if (unit.row) add('row');
  if (unit.speaker) add('speaker');
  if (unit.person) add('person-heading');
  add(`len:${Math.min(5, Math.floor(toks.length / 5))}`);
  return f;
}

const squash = (x: Map<number, number>): Map<number, number> => {
  // Scale so a long unit does not outweigh a short one.
  const norm = Math.sqrt([...x.values()].reduce((s, v) => s + v * v, 0)) || 1;
  return new Map([...x].map(([k, v]) => [k, v / norm]));
};

/** Logistic regression by SGD with L2, fitted on `train`; returns P(positive). */
function fit(train: Example[], epochs = 25, rate = 0.5, l2 = 1e-5): (x: Map<number, number>) => number {
  const w = new Float64Array(DIM);
  const score = (x: Map<number, number>) => {
    let z = 0;
    for (const [k, v] of x) z += w[k]! * v;
    return 1 / (1 + Math.exp(-z));
  };
  const order = train.map((_, i) => i);
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + e);
    for (const i of order) {
      const ex = train[i]!;
      const g = score(ex.feats) - (ex.gold ? 1 : 0);
      for (const [k, v] of ex.feats) w[k] = w[k]! * (1 - lr * l2) - lr * g * v;
    }
  }
  return score;
}

interface Counts { tp: number; fp: number; fn: number }
const counts = (pairs: [boolean, boolean][]): Counts => ({
  tp: pairs.filter(([p, g]) => p && g).length,
  fp: pairs.filter(([p, g]) => p && !g).length,
  fn: pairs.filter(([p, g]) => !p && g).length,
});
const fmt = (n: number) => n.toFixed(3);
function prf(c: Counts): string {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return `P ${fmt(p)} R ${fmt(r)} F1 ${fmt((2 * p * r) / (p + r || 1))}`;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The units the items' quotes come from: the unit with the same quote, else one containing it or contained in it. */
function mapped(units: Unit[], found: { quote: string }[]): { at: Set<number>; unmapped: number } {
  const at = new Set<number>();
  let unmapped = 0;
  for (const item of found) {
    const q = norm(item.quote);
    let k = units.findIndex((u) => norm(u.quote) === q);
    if (k < 0 && q) k = units.findIndex((u) => norm(u.quote).includes(q) || q.includes(norm(u.quote)));
    if (k < 0) unmapped++;
    else at.add(k);
  }
  return { at, unmapped };
}
const firstSeen = process.argv.includes('--first-seen');
const itemF1 = (c: ItemCounts[]) => {
  const tp = c.reduce((n, x) => n + x.tp, 0);
  const fp = c.reduce((n, x) => n + x.fp, 0);
  const fn = c.reduce((n, x) => n + x.fn, 0);
  return fmt((2 * tp) / (2 * tp + fp + fn || 1));
};
const itemScores = new Map<string, { now: ItemCounts[]; first: ItemCounts[] }>();

const sets = [
  ...(await benchFolders(root)).filter((f) => !f.official && !f.sealed && !UNREAD.has(f.name)),
  ...(await noteSets(root, { sealed: false })).filter((s) => !s.sealed && !UNREAD.has(s.name)),
];
const extractor = createExtractor();
const units0 = (text: string) => segment(plainSpoken(readMentions(text).text));
const data = new Map<string, Example[]>();
let unmapped = 0;
let items = 0;
let goldItems = 0;
let goldCovered = 0;
for (const set of sets) {
  const examples: Example[] = [];
  const old = firstSeen ? await firstSeenExtractor(set.notes) : undefined;
  const scores = { now: [] as ItemCounts[], first: [] as ItemCounts[] };
  itemScores.set(set.name, scores);
  for (const note of await loadGoldNotes(set.notes)) {
    const meetingDate = statedMeetingDate(note.text, note.meetingDate) ?? note.meetingDate;
    const opts = { meetingDate, ...(note.poster ? { poster: note.poster } : {}), timeZone: NOTES_TIME_ZONE };
    const found = (await extractor.extract(note.text, opts)).items;
    scores.now.push(scoreNote(found, note.items).withDates);
    const oldFound = old ? (await old.extract(note.text, opts)).items : [];
    if (old) scores.first.push(scoreNote(oldFound, note.items).withDates);
    const firstAt = mapped(units0(note.text), oldFound).at;
    const units = units0(note.text);
    const context = (u: Unit) => [u.text, u.quote, u.parent ?? '', u.row?.task ?? ''].join(' ');
    const { at: ruled, unmapped: lost } = mapped(units, found);
    items += found.length;
    unmapped += lost;
    goldItems += note.items.length;
    goldCovered += note.items.filter((g) => units.some((u) => keywordShare(context(u), g) >= 0.5)).length;
    units.forEach((u, k) =>
      examples.push({
        feats: squash(features(u, meetingDate)),
        gold: note.items.some((g) => keywordShare(context(u), g) >= 0.5),
        rules: ruled.has(k),
        ...(old ? { first: firstAt.has(k) } : {}),
      }),
    );
  }
  data.set(set.name, examples);
}

const pooledModel: [boolean, boolean][] = [];
const pooledRules: [boolean, boolean][] = [];
const pooledFirst: [boolean, boolean][] = [];
const head = firstSeen ? '   rules first seen             item F1 now / first seen' : '';
console.log(`${'held out'.padEnd(18)} units  pos   model (held out)             rules (now)${head}`);
for (const [name, test] of data) {
  const predict = fit([...data].filter(([n]) => n !== name).flatMap(([, ex]) => ex));
  const model = test.map((ex): [boolean, boolean] => [predict(ex.feats) >= 0.5, ex.gold]);
  const rules = test.map((ex): [boolean, boolean] => [ex.rules, ex.gold]);
  pooledModel.push(...model);
  pooledRules.push(...rules);
  const first = test.map((ex): [boolean, boolean] => [!!ex.first, ex.gold]);
  pooledFirst.push(...first);
  const pos = test.filter((e) => e.gold).length;
  const s = itemScores.get(name)!;
  const tail = firstSeen ? `   ${prf(counts(first))}   ${itemF1(s.now)} / ${itemF1(s.first)}` : '';
  console.log(`${name.padEnd(18)} ${String(test.length).padStart(5)} ${String(pos).padStart(4)}   ${prf(counts(model))}   ${prf(counts(rules))}${tail}`);
}
const all = [...itemScores.values()];
const tail = firstSeen ? `   ${prf(counts(pooledFirst))}   ${itemF1(all.flatMap((s) => s.now))} / ${itemF1(all.flatMap((s) => s.first))}` : '';
console.log(`${'pooled'.padEnd(18)} ${String(pooledModel.length).padStart(5)} ${String(pooledModel.filter(([, g]) => g).length).padStart(4)}   ${prf(counts(pooledModel))}   ${prf(counts(pooledRules))}${tail}`);
console.log(`rule items mapped to no unit: ${unmapped}/${items}; gold items with a positive unit: ${goldCovered}/${goldItems}`);
