// Dev-only: how often the best candidate is of the kind asked (the writers' tags), under the kind
// score's options (bench/dev/kind-features.ts). `npx tsx bench/dev/kind-top1.ts`.
import { allSets, rescore, type Q } from './kind-fit.js';
import { mixed } from './kind-sim.js';
import type { FeatureOptions } from './kind-features.js';

const qs = await allSets();
const rate = (r: Q[], set: string) => {
  const xs = r.filter((q) => q.set === set && q.kind && q.cands.length);
  const ok = xs.filter((q) => {
    const score = mixed(q);
    const top = [...q.cands].sort((a, b) => score(b) - score(a))[0]!;
    return (top.kindTag ?? '').split(';').includes(q.kind!);
  });
  return `${ok.length}/${xs.length}`;
};
const opts: [string, FeatureOptions][] = [['today', {}]];
for (const later of [0.5, 0.2, 0]) opts.push([`sentence later ${later}`, { later, head: 'sentence' }], [`clause later ${later}`, { later, head: 'clause' }]);
const sets = [...new Set(qs.map((q) => q.set))];
for (const [label, o] of opts) {
  const r = await rescore(qs, o);
  console.log(label.padEnd(22), sets.map((s) => `${s} ${rate(r, s)}`).join('  '));
}
