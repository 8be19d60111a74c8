// Dev-only: the names feed of the kind score (find.ts kindScores) with each best name's share spread
// over its own words by rarity, so a long name ("988 Suicide & Crisis Lifeline - Northern Lakes") feeds
// no more than a short one ("Teen Counseling"); simulated with kind-fit.ts over the development sets
// and a generated directory, the names' weight fitted leave-one-set-out. `npx tsx bench/dev/kind-names-norm.ts [SET...]`
import { figures, generatedSet, loadSets, rescore, show, byShare, type Q } from './kind-fit.js';

const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = names.length ? names : ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211', 'jasmine-211', 'kale-211'];
const base = [...(await loadSets(sets)), ...(await generatedSet())];
const variants: { label: string; qs: Q[] }[] = [];
for (const norm of [false, true])
  for (const nw of [0.4, 0.5, 0.6, 0.7])
    variants.push({ label: `${norm ? 'norm' : 'today'} names ${nw}`, qs: await rescore(base, { later: 0.2, namesNorm: norm, namesWeight: nw }) });
const sel = (q: Q) => byShare(q, 0.6);
for (const v of variants) console.log(show(v.qs, sel, v.label));
const objective = (set: Q[]) => {
  const f = figures(set, sel);
  return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
};
const setNames = [...new Set(base.map((q) => q.set))];
for (const out of setNames.filter((s) => s !== 'gen')) {
  const score = (v: { qs: Q[] }) => setNames.filter((s) => s !== out).reduce((a, s) => a + objective(v.qs.filter((q) => q.set === s)), 0);
  const chosen = variants.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
  console.log(show(chosen.qs.filter((q) => q.set === out), sel, `held out: ${chosen.label}`));
}
