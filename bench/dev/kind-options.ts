// Dev-only: kind-score options over every development set (jasmine-211 included) and a generated
// directory, each at a few shares of the best score: `npx tsx bench/dev/kind-options.ts`.
import { allSets, byShare, rescore, show } from './kind-fit.js';
import type { FeatureOptions } from './kind-features.js';

const qs = await allSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211', 'jasmine-211']);
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
const options: { label: string; o: FeatureOptions & { namesWeight?: number } }[] = [
  { label: 'today', o: { later: 0.2 } },
  { label: 'concept 0.5', o: { later: 0.2, conceptWeight: 0.5 } },
  { label: 'concept 0.25', o: { later: 0.2, conceptWeight: 0.25 } },
  { label: 'names 0.3', o: { later: 0.2, namesWeight: 0.3 } },
  { label: 'names 0', o: { later: 0.2, namesWeight: 0 } },
  { label: 'contrast .5/1', o: { later: 0.2, contrast: { share: 0.5, power: 1 } } },
];
for (const { label, o } of options) {
  const r = await rescore(qs, o);
  for (const share of [0.5, 0.6, 0.7]) console.log(show(r, (q) => byShare(q, share), `${label} @${share}`));
}
