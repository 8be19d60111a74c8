// Dev-only: would putting the newer of two sources that search finds about equally well first (the
// date each states for itself, stated-date.ts) put the right source first more often? Search alone,
// once per question; the rule is replayed on the hits for a grid of reaches (how close the newer
// source's score must be to the best) and windows (how many of the best sources are looked at), and
// the grid point is chosen leave-one-folder-out on right source first + MRR. Development folders only.
// Usage: npx tsx bench/dev/newer-fit.ts [--skip a,b] [--show]
import { yearsNamed } from '../../src/core/knowledge/answer/year.js';
import { analyseForSearch } from '../../src/core/knowledge/lexical-index.js';
import { sourceDate } from '../../src/core/knowledge/newer-first.js';
import { compareDates, type StatedDate } from '../../src/core/knowledge/stated-date.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { firstRightRank } from '../../src/eval/sources.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const skipAt = process.argv.indexOf('--skip');
const skip = new Set(skipAt > 0 ? (process.argv[skipAt + 1] ?? '').split(',') : []);
const show = process.argv.includes('--show');

interface Q { id: string; text: string; hits: Hit[]; gold: string[]; dates: Map<string, StatedDate | undefined> }
interface Variant { reach: number; window: number; alike: 'none' | 'terms'; trigger: 'always' | 'asked' | 'gap'; gap?: number }
const variants: Variant[] = [];
for (const reach of [1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5]) for (const window of [2, 3, 4]) for (const alike of ['none', 'terms'] as const) {
  for (const trigger of ['always', 'asked'] as const) variants.push({ reach, window, alike, trigger });
  // 'gap': whatever the question asks, when the newer source is at least `gap` months newer (a source that an update has likely replaced).
  for (const gap of [12, 18, 24]) variants.push({ reach, window, alike, trigger: 'gap', gap });
}
/** Words asking what holds now. */
const NOW = /\b(?:still|now|currently|current|anymore|any more|these days|latest|changed?|this year)\b/i;
function asksNow(q: Q, topDate: StatedDate): boolean {
  if (NOW.test(q.text)) return true;
  const years = yearsNamed(q.text).map((y) => Number(y.slice(0, 4)));
  return years.some((y) => y > topDate.year);
}

const months = (d: StatedDate): number => d.year * 12 + (d.month ?? 6);

function apply(q: Q, v: Variant): string[] {
  const bySource: Hit[] = [];
  for (const h of q.hits) if (!bySource.some((x) => x.chunk.source === h.chunk.source)) bySource.push(h);
  const top = bySource[0];
  if (!top) return [];
  const topDate = top.chunk.serviceId ? undefined : q.dates.get(top.chunk.source);
  const sources = bySource.map((h) => h.chunk.source);
  if (!topDate || v.reach > 1) return sources;
  if (v.trigger === 'asked' && !asksNow(q, topDate)) return sources;
  const qt = new Set(analyseForSearch(q.text));
  const termsOf = (h: Hit) => new Set(analyseForSearch(`${h.chunk.title} ${h.chunk.headings.join(' ')} ${h.chunk.text}`).filter((t) => qt.has(t)));
  const topTerms = termsOf(top);
  let pick = -1;
  for (let i = 1; i < Math.min(v.window, bySource.length); i++) {
    const h = bySource[i]!;
    if (h.chunk.serviceId || h.score < top.score * v.reach) continue;
    const d = q.dates.get(h.chunk.source);
    if (!d || compareDates(d, pick < 0 ? topDate : q.dates.get(bySource[pick]!.chunk.source)!) <= 0) continue;
    if (v.trigger === 'gap' && !asksNow(q, topDate) && months(d) - months(topDate) < v.gap!) continue;
    if (v.alike === 'terms') {
      const t = termsOf(h);
      if (![...topTerms].every((x) => t.has(x))) continue;
    }
    pick = i;
  }
  if (pick < 0) return sources;
  return [sources[pick]!, ...sources.filter((_, i) => i !== pick)];
}

const folders: { name: string; qs: Q[] }[] = [];
for (const f of (await benchFolders(ROOT)).filter((x) => !x.official && !x.sealed && !skip.has(x.name))) {
  const built = await buildIndex(f.knowledge);
  const dates = new Map<string, StatedDate | undefined>();
  for (const c of built.index.chunks) {
    if (!dates.has(c.source)) dates.set(c.source, sourceDate(c.source, (s) => built.index.chunksOf(s)));
  }
  const qs: Q[] = [];
  for (const q of await loadQuestions(f.questions)) {
    if (!q.answerable || q.sources.length === 0) continue;
    const text = checkQuestion(q.question).text;
    qs.push({ id: q.id, text, hits: await built.index.search(text, 8), gold: q.sources, dates });
  }
  folders.push({ name: f.name, qs });
}
const score = (rr: number[]) => rr.filter((x) => x === 1).length + rr.reduce((a, b) => a + b, 0) / 100;
const rrOf = (qs: Q[], v: Variant) => qs.map((q) => { const r = firstRightRank(apply(q, v), q.gold); return r === null ? 0 : 1 / r; });
const key = (v: Variant) => `reach ${v.reach} window ${v.window} ${v.alike} ${v.trigger}${v.gap ?? ''}`;
console.log('variant'.padEnd(34) + folders.map((f) => f.name.slice(0, 9).padStart(10)).join('') + '  total');
for (const v of variants) {
  const per = folders.map((f) => rrOf(f.qs, v).filter((x) => x === 1).length);
  console.log(key(v).padEnd(34) + per.map((n) => String(n).padStart(10)).join('') + `  ${per.reduce((a, b) => a + b, 0)}`);
}
const base = variants[0]!;
let held: number[] = [];
for (const [i, f] of folders.entries()) {
  let best = base;
  let bestV = -1;
  for (const v of variants) {
    const s = score(folders.filter((_, j) => j !== i).flatMap((g) => rrOf(g.qs, v)));
    if (s > bestV + 1e-9) [best, bestV] = [v, s];
  }
  const got = rrOf(f.qs, best);
  const was = rrOf(f.qs, base);
  held = held.concat(got);
  console.log(`held ${f.name}: ${key(best)}  top-1 ${was.filter((x) => x === 1).length} -> ${got.filter((x) => x === 1).length} of ${got.length}  MRR ${(was.reduce((a, b) => a + b, 0) / was.length).toFixed(3)} -> ${(got.reduce((a, b) => a + b, 0) / got.length).toFixed(3)}`);
  if (show) for (const q of f.qs) {
    const a = firstRightRank(apply(q, base), q.gold);
    const b = firstRightRank(apply(q, best), q.gold);
    if (a !== b) console.log(`   ${q.id} ${a} -> ${b} :: ${q.text}`);
  }
}
console.log(`LOFO pooled: top-1 ${held.filter((x) => x === 1).length}/${held.length}  MRR ${(held.reduce((a, b) => a + b, 0) / held.length).toFixed(3)}`);
process.exit(0);
