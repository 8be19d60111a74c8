// Dev-only: kinds learned from the directory itself. Two services are of one kind as far as their
// own texts are alike (cosine of their rare-word keys: the head, the whole description, or that
// with the organization's name); a question's chosen services are kept only when alike enough to
// the best candidate (`tau`), the best always kept. Over the development sets and the generated
// directory, chosen leave-one-set-out. `npx tsx bench/dev/kind-sim.ts [--no-places]`.
import { passageKeys } from '../../src/core/knowledge/answer/terms.js';
import type { KnowledgeView } from '../../src/core/knowledge/live.js';
import type { Chunk } from '../../src/core/knowledge/types.js';
import { allSets, byShare, figures, show, type Cand, type Q, type Select } from './kind-fit.js';
import { headText } from './kind-features.js';

const FIELD_LINE = /^(?:Status|Alert|Who can get it|Ages|Service area|Hours|Phone|Address|Contact|Email|Website|Fees|How to apply|Documents to bring|Languages|Last reviewed): .*$/gm;
export const readings: Record<string, (c: Chunk) => string> = {
  head: (c) => headText(c, 'sentence'),
  about: (c) => `${c.title}\n${c.text.replace(FIELD_LINE, '').replace(/^Provided by: .*$/m, '')}`,
  'about+org': (c) => `${c.title}\n${c.text.replace(FIELD_LINE, '')}`,
};

const cache = new Map<string, WeakMap<KnowledgeView, (a: Chunk, b: Chunk) => number>>();
export function simOf(view: KnowledgeView, reading: string): (a: Chunk, b: Chunk) => number {
  let m = cache.get(reading);
  if (!m) cache.set(reading, (m = new WeakMap()));
  let f = m.get(view);
  if (f) return f;
  const read = readings[reading]!;
  const services = view.chunks.filter((c) => c.service);
  const keys = new Map(services.map((c) => [c, [...passageKeys(read(c))].filter((k) => !k.startsWith('fact:'))]));
  const df = new Map<string, number>();
  for (const ks of keys.values()) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
  const n = services.length;
  const vec = new Map([...keys].map(([c, ks]) => [c, new Map(ks.map((k) => [k, Math.log(1 + n / df.get(k)!)]))]));
  const norm = new Map([...vec].map(([c, v]) => [c, Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0))]));
  f = (a, b) => {
    if (a === b) return 1;
    const va = vec.get(a), vb = vec.get(b);
    if (!va || !vb) return 0;
    let dot = 0;
    for (const [k, w] of va) dot += w * (vb.get(k) ?? 0);
    return dot / (norm.get(a)! * norm.get(b)! || 1);
  };
  m.set(view, f);
  return f;
}

export const mixed = (q: Q) => {
  const c = q.cands;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  return (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
};

/** Keep the chosen services alike to the best one (`tau`), at `share` of the best score. */
export const byLikeness = (share: number, tau: number, reading: string): Select => (q) => {
  const s = byShare(q, share);
  if (!s || s.chosen.length === 0 || !q.view) return s;
  const score = mixed(q);
  const top = [...s.chosen].sort((a, b) => score(b) - score(a))[0]!;
  const sim = simOf(q.view, reading);
  return { ...s, chosen: s.chosen.filter((x) => x === top || sim(x.hit.chunk, top.hit.chunk) >= tau) };
};

/**
 * Only when the best candidate does not fit the conditions (the kind's services ruled out, the
 * neighbour risk): a fitting service is offered only when alike to the best one (`tau`); when the
 * best fits, the choice is today's.
 */
export const byGuardedLikeness = (share: number, tau: number, reading: string): Select => (q) => {
  const s = byShare(q, share);
  if (!s || s.chosen.length === 0 || !q.view) return s;
  const score = mixed(q);
  const top = [...s.chosen].sort((a, b) => score(b) - score(a))[0]!;
  if (top.fits) return s;
  const sim = simOf(q.view, reading);
  return { ...s, chosen: s.chosen.filter((x) => x === top || sim(x.hit.chunk, top.hit.chunk) >= tau) };
};

/** The rank of `b` among `a`'s most alike services in the directory (1: the most alike). */
const ranks = new WeakMap<(a: Chunk, b: Chunk) => number, Map<Chunk, Map<Chunk, number>>>();
export function rankOf(view: KnowledgeView, reading: string, a: Chunk, b: Chunk): number {
  const sim = simOf(view, reading);
  let m = ranks.get(sim);
  if (!m) ranks.set(sim, (m = new Map()));
  let r = m.get(a);
  if (!r) {
    const others = view.chunks.filter((c) => c.service && c !== a).map((c) => ({ c, s: sim(a, c) })).sort((x, y) => y.s - x.s);
    m.set(a, (r = new Map(others.map((o, i) => [o.c, i + 1]))));
  }
  return a === b ? 0 : (r.get(b) ?? Infinity);
}

/** Keep the chosen services among the best one's `k` most alike (or it among theirs), at `share` of the best score. */
export const byNeighbours = (share: number, k: number, reading: string, mutual = false): Select => (q) => {
  const s = byShare(q, share);
  if (!s || s.chosen.length === 0 || !q.view) return s;
  const score = mixed(q);
  const top = [...s.chosen].sort((a, b) => score(b) - score(a))[0]!;
  const near = (x: Cand) => {
    const r1 = rankOf(q.view!, reading, top.hit.chunk, x.hit.chunk);
    const r2 = rankOf(q.view!, reading, x.hit.chunk, top.hit.chunk);
    return mutual ? r1 <= k && r2 <= k : r1 <= k || r2 <= k;
  };
  return { ...s, chosen: s.chosen.filter((x) => x === top || near(x)) };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const qs = await allSets();
  console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
  const grid: { label: string; sel: Select }[] = [];
  for (const share of [0.4, 0.5, 0.6]) grid.push({ label: `share ${share}`, sel: (q) => byShare(q, share) });
  const mode = process.argv.includes('--rank') ? 'rank' : process.argv.includes('--guarded') ? 'guarded' : 'tau';
  for (const reading of Object.keys(readings))
    for (const share of [0.4, 0.5, 0.6])
      if (mode === 'guarded') for (const tau of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]) grid.push({ label: `guarded ${reading} share ${share} tau ${tau}`, sel: byGuardedLikeness(share, tau, reading) });
      else if (mode === 'tau') for (const tau of [0.05, 0.1, 0.15, 0.2, 0.25, 0.3]) grid.push({ label: `${reading} share ${share} tau ${tau}`, sel: byLikeness(share, tau, reading) });
      else for (const k of [2, 3, 4, 6, 8, 12]) for (const mutual of [false, true]) grid.push({ label: `${reading} share ${share} k ${k}${mutual ? ' mutual' : ''}`, sel: byNeighbours(share, k, reading, mutual) });
  for (const g of grid) console.log(show(qs, g.sel, g.label));
  const objective = (set: Q[], sel: Select) => {
    const f = figures(set, sel);
    return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
  };
  const sets = [...new Set(qs.map((q) => q.set))];
  const per = grid.map((g) => ({ g, o: new Map(sets.map((s) => [s, objective(qs.filter((q) => q.set === s), g.sel)])) }));
  for (const out of sets.filter((s) => s !== 'gen')) {
    const tot = (x: (typeof per)[number]) => sets.filter((s) => s !== out).reduce((a, s) => a + x.o.get(s)!, 0);
    const chosen = per.reduce((a, b) => (tot(b) > tot(a) + 1e-9 ? b : a));
    console.log(show(qs.filter((q) => q.set === out), chosen.g.sel, `held out: ${chosen.g.label}`));
  }
}
