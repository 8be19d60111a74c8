// Dev-only: does a service's own text, as a whole, read as what the question asks? Beside the kind
// score (how much of the request a service covers), each candidate gets how much of ITS words the
// question explains: the idf-weighted share of its head's (or whole entry's) words that the question
// says (request whole, story at a share). A neighbouring kind that says the request's words in passing
// ("local counselors answer" in a crisis line) says much else the question does not. The weight is
// fitted leave-one-set-out over the development sets and a generated directory (simulated with
// kind-fit.ts; never the judges). `npx tsx bench/dev/kind-explain.ts [SET...]`
import { passageKeys } from '../../src/core/knowledge/answer/terms.js';
import type { KnowledgeView } from '../../src/core/knowledge/live.js';
import type { Chunk } from '../../src/core/knowledge/types.js';
import { headKeys, aboutKeys } from './kind-features.js';
import { figures, generatedSet, loadSets, show, type Cand, type Q, type Select } from './kind-fit.js';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = names.length ? names : ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211', 'jasmine-211', 'kale-211'];
const qs = [...(await loadSets(sets)), ...(await generatedSet())];

// Document frequency of each key over every service of a view.
const dfOf = new WeakMap<KnowledgeView, { n: number; df: Map<string, number> }>();
function dfs(view: KnowledgeView) {
  let d = dfOf.get(view);
  if (!d) {
    const df = new Map<string, number>();
    const services = view.chunks.filter((c) => c.service);
    for (const c of services) for (const k of aboutKeys(c)) df.set(k, (df.get(k) ?? 0) + 1);
    dfOf.set(view, (d = { n: services.length, df }));
  }
  return d;
}

type Where = 'head' | 'about' | 'name';
function explained(view: KnowledgeView, chunk: Chunk, where: Where, ask: Map<string, number>): number {
  const { n, df } = dfs(view);
  const keys = where === 'head' ? headKeys(chunk) : where === 'about' ? aboutKeys(chunk) : passageKeys(chunk.title);
  let total = 0;
  let hit = 0;
  for (const k of keys) {
    if (k.startsWith('fact:')) continue;
    const w = Math.log(1 + n / (df.get(k) ?? 1));
    total += w;
    hit += w * (ask.get(k) ?? 0);
  }
  return total > 0 ? hit / total : 0;
}

const extra = new Map<Q, Map<Cand, Record<string, number>>>();
for (const q of qs) {
  if (!q.view) continue;
  const m = new Map<Cand, Record<string, number>>();
  for (const story of [0, 0.35, 1]) {
    const ask = new Map<string, number>();
    for (const k of passageKeys(q.c.story)) ask.set(k, story);
    for (const k of passageKeys(q.c.rest)) ask.set(k, 1);
    for (const c of q.cands) {
      const r = m.get(c) ?? {};
      for (const where of ['head', 'about', 'name'] as Where[]) r[`${where}/${story}`] = explained(q.view, c.hit.chunk, where, ask);
      m.set(c, r);
    }
  }
  extra.set(q, m);
}

const select = (feature: string, e: number, mode: 'add' | 'mul', share = 0.6): Select => (q) => {
  const c = q.cands;
  if (Math.max(0, ...c.map((s) => s.asked)) < 0.45) return undefined;
  const x = extra.get(q)!;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  const bestX = Math.max(...c.map((s) => x.get(s)![feature]!));
  const rel = (s: Cand) => (bestX > 0 ? x.get(s)![feature]! / bestX : 0);
  const kind = (s: Cand) => (best > 0 ? s.cov / best : 0) * (mode === 'mul' ? 1 - e + e * rel(s) : 1);
  const score = (s: Cand) => 0.6 * kind(s) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0) + (mode === 'add' ? e * rel(s) : 0);
  const top = Math.max(...c.map(score));
  return { chosen: c.filter((s) => score(s) >= top * share), order: (a, b) => b.bm25 - a.bm25 };
};

const objective = (set: Q[], s: Select) => {
  const f = figures(set, s);
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
console.log(show(qs, select('head/0', 0, 'add'), 'current'));
const options: { label: string; s: Select }[] = [{ label: 'off', s: select('head/0', 0, 'add') }];
for (const feature of Object.keys([...extra.values()].find((m) => m.size)!.values().next().value!))
  for (const mode of ['add', 'mul'] as const)
    for (const e of mode === 'add' ? [0.1, 0.2, 0.3, 0.5] : [0.25, 0.5, 0.75, 1]) options.push({ label: `${feature} ${mode} ${e}`, s: select(feature, e, mode) });
const setNames = [...new Set(qs.map((q) => q.set))];
if (process.argv.includes('--each')) for (const o of options) console.log(show(qs, o.s, o.label));
for (const out of setNames.filter((s) => s !== 'gen')) {
  const train = setNames.filter((s) => s !== out);
  const score = (o: { s: Select }) => train.reduce((a, s) => a + objective(qs.filter((q) => q.set === s), o.s), 0);
  const chosen = options.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
  console.log(show(qs.filter((q) => q.set === out || q.set === 'gen'), chosen.s, `held out: ${chosen.label}`));
}
