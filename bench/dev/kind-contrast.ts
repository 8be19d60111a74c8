// Dev-only: neighbourhood contrast in the kind score (bench/dev/kind-features.ts `contrast`): words
// every close candidate says count less, words that split them count more. Each option over the
// development sets and the generated directory, then chosen leave-one-set-out.
// `npx tsx bench/dev/kind-contrast.ts [--no-places]`.
import { allSets, byShare, figures, rescore, show, type Q } from './kind-fit.js';
import type { FeatureOptions } from './kind-features.js';

const qs = await allSets();
const options: { label: string; o: FeatureOptions }[] = [{ label: 'none', o: {} }];
for (const share of [0.2, 0.35, 0.5, 0.65]) for (const power of [0.5, 1, 2]) options.push({ label: `share ${share} power ${power}`, o: { contrast: { share, power } } });
const results: { label: string; qs: Q[] }[] = [];
for (const { label, o } of options) {
  const r = await rescore(qs, o);
  results.push({ label, qs: r });
  console.log(show(r, (q) => byShare(q, 0.6), label));
}
const objective = (set: Q[]) => {
  const f = figures(set, (q) => byShare(q, 0.6));
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const sets = [...new Set(qs.map((q) => q.set))].filter((s) => s !== 'gen');
for (const out of sets) {
  const score = (r: Q[]) => [...new Set(r.map((q) => q.set))].filter((s) => s !== out).reduce((a, s) => a + objective(r.filter((q) => q.set === s)), 0);
  const chosen = results.reduce((a, b) => (score(b.qs) > score(a.qs) + 1e-9 ? b : a));
  console.log(show(chosen.qs.filter((q) => q.set === out), (q) => byShare(q, 0.6), `held out: ${chosen.label}`));
}
