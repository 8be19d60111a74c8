// Dev-only: where a service says the kind's words (bench/dev/kind-features.ts `later`, `head`): a
// word in the service's head (its name and the first sentence of its description) counts whole, one
// met only later ("we also help with bus passes") counts less. Each option over the development sets
// and the generated directory, at a few shares of the best score, chosen leave-one-set-out.
// `npx tsx bench/dev/kind-head.ts [--no-places]`.
import { allSets, byShare, figures, rescore, show, type Q } from './kind-fit.js';
import type { FeatureOptions } from './kind-features.js';

const qs = await allSets();
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
const options: { label: string; o: FeatureOptions }[] = [{ label: 'later 1', o: {} }];
// --narrow: the head as the brief defines it (name and first sentence), only how much a later word counts and the share.
const narrow = process.argv.includes('--narrow');
for (const head of narrow ? (['sentence'] as const) : (['sentence', 'clause', 'name'] as const))
  for (const later of [0.75, 0.5, 0.35, 0.2, 0])
    for (const laterNames of narrow ? [false] : [false, true]) options.push({ label: `${head} later ${later}${laterNames ? ' +names' : ''}`, o: { head, later, laterNames } });
const shares = narrow ? [0.55, 0.6, 0.65] : [0.5, 0.55, 0.6, 0.65, 0.7];
const results: { label: string; share: number; qs: Q[] }[] = [];
for (const { label, o } of options) {
  const r = await rescore(qs, o);
  for (const share of shares) results.push({ label: `${label} share ${share}`, share, qs: r });
  console.log(show(r, (q) => byShare(q, 0.6), `${label}`));
}
const objective = (set: Q[], share: number) => {
  const f = figures(set, (q) => byShare(q, share));
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const sets = [...new Set(qs.map((q) => q.set))].filter((s) => s !== 'gen');
for (const out of sets) {
  const score = (r: (typeof results)[number]) => [...new Set(r.qs.map((q) => q.set))].filter((s) => s !== out).reduce((a, s) => a + objective(r.qs.filter((q) => q.set === s), r.share), 0);
  const chosen = results.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
  console.log(show(chosen.qs.filter((q) => q.set === out), (q) => byShare(q, chosen.share), `held out: ${chosen.label}`));
}
