// Dev-only: the second request (find.ts: the words of the best services' names, read against every
// candidate) made of the best services' heads (name and first sentence) instead of their names,
// read on the whole entry or with later words counting less. Over the development sets and the
// generated directory, chosen leave-one-set-out with the share. `npx tsx bench/dev/kind-names.ts`.
import { allSets, byShare, figures, rescore, show, type Q } from './kind-fit.js';
import type { FeatureOptions } from './kind-features.js';

const base = await allSets();
const options: [string, FeatureOptions][] = [
  ['names (today)', { later: 0.2, head: 'sentence' }],
  ['heads', { later: 0.2, head: 'sentence', namesFromHead: true }],
  ['heads, later words less', { later: 0.2, head: 'sentence', namesFromHead: true, laterNames: true }],
];
const results: { label: string; share: number; qs: Q[] }[] = [];
for (const [label, o] of options) {
  for (const nw of [0.4, 0.6, 0.8]) {
    const r = await rescore(base, { ...o, namesWeight: nw } as FeatureOptions);
    console.log(show(r, (q) => byShare(q, 0.6), `${label} w ${nw}`));
    for (const share of [0.55, 0.6, 0.65]) results.push({ label: `${label} w ${nw} share ${share}`, share, qs: r });
  }
}
const objective = (set: Q[], share: number) => {
  const f = figures(set, (q) => byShare(q, share));
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const sets = [...new Set(base.map((q) => q.set))];
for (const out of sets.filter((s) => s !== 'gen')) {
  const score = (r: (typeof results)[number]) => sets.filter((s) => s !== out).reduce((a, s) => a + objective(r.qs.filter((q) => q.set === s), r.share), 0);
  const chosen = results.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
  console.log(show(chosen.qs.filter((q) => q.set === out), (q) => byShare(q, chosen.share), `held out: ${chosen.label}`));
}
