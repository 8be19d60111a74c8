// Dev-only: how much a thesaurus concept (c:transportation, c:mental_health) counts in the kind
// score. A concept names a topic that neighbouring kinds share (paratransit, travel training and
// driver's ed are all transportation; a crisis line and youth counseling are both mental health),
// so it may say less about the kind than the words. Each weight over the development sets and the
// generated directory (with the head weighting of find.ts), chosen leave-one-set-out with the share.
// `npx tsx bench/dev/kind-concepts.ts [--no-places]`.
import { allSets, byShare, figures, rescore, show, type Q } from './kind-fit.js';

const base = await allSets();
const results: { label: string; share: number; qs: Q[] }[] = [];
for (const cw of [1, 0.75, 0.5, 0.25, 0]) {
  const r = await rescore(base, { later: 0.2, head: 'sentence', conceptWeight: cw });
  console.log(show(r, (q) => byShare(q, 0.6), `concepts ${cw}`));
  for (const share of [0.55, 0.6, 0.65]) results.push({ label: `concepts ${cw} share ${share}`, share, qs: r });
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
