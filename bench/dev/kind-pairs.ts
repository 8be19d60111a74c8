// Dev-only: can a directory's own text say which services are of one kind? For every pair of
// services of a development set, a similarity of their texts under several readings (the head: name
// and first sentence; the name alone; the whole description), and how well it separates pairs the
// writer tagged with a common kind (kinds.csv) from the rest: the AUC over all pairs, and over the
// pairs that a question's kind choice actually weighs (both among its chosen candidates).
// `npx tsx bench/dev/kind-pairs.ts`.
import { passageKeys } from '../../src/core/knowledge/answer/terms.js';
import type { Chunk } from '../../src/core/knowledge/types.js';
import { byShare, loadSets, generatedSet, type Q } from './kind-fit.js';
import { headText } from './kind-features.js';

const FIELD_LINE = /^(?:Status|Alert|Who can get it|Ages|Service area|Hours|Phone|Address|Contact|Email|Website|Fees|How to apply|Documents to bring|Languages|Last reviewed): .*$/gm;
const readings: Record<string, (c: Chunk) => string> = {
  head: (c) => headText(c, 'sentence'),
  clause: (c) => headText(c, 'clause'),
  name: (c) => c.title,
  about: (c) => `${c.title}\n${c.text.replace(FIELD_LINE, '').replace(/^Provided by: .*$/m, '')}`,
  'about+org': (c) => `${c.title}\n${c.text.replace(FIELD_LINE, '')}`,
};

function auc(pos: number[], neg: number[]): number {
  if (!pos.length || !neg.length) return NaN;
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
}

const qs: Q[] = [...(await loadSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211'])), ...(await generatedSet(600, 10, 17, 100))];
for (const set of [...new Set(qs.map((q) => q.set))]) {
  const sq = qs.filter((q) => q.set === set && q.view);
  const view = sq[0]!.view!;
  const tags = sq[0]!.tags!;
  const services = view.chunks.filter((c) => c.service && c.serviceId && tags.has(c.serviceId));
  const tagsOf = (c: Chunk) => tags.get(c.serviceId!)!.split(';');
  const same = (a: Chunk, b: Chunk) => tagsOf(a).some((t) => tagsOf(b).includes(t));
  // Pairs weighed by some question: both among its chosen candidates today.
  const weighed = new Set<string>();
  for (const q of sq) {
    const s = byShare(q, 0.4);
    if (!s) continue;
    for (const a of s.chosen) for (const b of s.chosen) if (a.id < b.id) weighed.add(`${a.id} ${b.id}`);
  }
  const row: string[] = [];
  for (const [name, read] of Object.entries(readings)) {
    const keys = new Map(services.map((c) => [c, [...passageKeys(read(c))].filter((k) => !k.startsWith('fact:'))]));
    const df = new Map<string, number>();
    for (const ks of keys.values()) for (const k of ks) df.set(k, (df.get(k) ?? 0) + 1);
    const n = services.length;
    const vec = new Map([...keys].map(([c, ks]) => [c, new Map(ks.map((k) => [k, Math.log(1 + n / df.get(k)!)]))]));
    const norm = new Map([...vec].map(([c, v]) => [c, Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0))]));
    const sim = (a: Chunk, b: Chunk) => {
      const va = vec.get(a)!;
      const vb = vec.get(b)!;
      let dot = 0;
      for (const [k, w] of va) dot += w * (vb.get(k) ?? 0);
      return dot / (norm.get(a)! * norm.get(b)! || 1);
    };
    const pos: number[] = [], neg: number[] = [], wpos: number[] = [], wneg: number[] = [];
    for (let i = 0; i < services.length; i++) for (let j = i + 1; j < services.length; j++) {
      const a = services[i]!, b = services[j]!;
      const s = sim(a, b);
      (same(a, b) ? pos : neg).push(s);
      const key = a.serviceId! < b.serviceId! ? `${a.serviceId} ${b.serviceId}` : `${b.serviceId} ${a.serviceId}`;
      if (weighed.has(key)) (same(a, b) ? wpos : wneg).push(s);
    }
    row.push(`${name} ${auc(pos, neg).toFixed(3)}/${auc(wpos, wneg).toFixed(3)}`);
  }
  console.log(`${set.padEnd(12)} ${row.join('  ')}`);
}
