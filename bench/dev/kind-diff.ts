// Dev-only: the development questions whose outcome a kind-choice variant changes, against today's
// rule: better, worse or other, with what was offered each way. `npx tsx bench/dev/kind-diff.ts READING TAU [LATER]`.
import { byShare, loadSets, outcome, rescore, type Q } from './kind-fit.js';
import { byLikeness } from './kind-sim.js';

const [reading = 'about+org', tau = '0.1', later = '1'] = process.argv.slice(2);
const base = await loadSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211']);
const qs = Number(later) < 1 ? await rescore(base, { later: Number(later), head: 'sentence' }) : base;
const good = (q: Q, offered: string[]) => {
  const fits = new Set(q.fits);
  const fitting = offered.filter((id) => fits.has(id)).length;
  return q.answerable ? (offered.slice(0, 3).some((id) => fits.has(id)) ? 2 : 0) + (offered.length ? fitting / offered.length : 0) - (offered.length ? 0 : 2) : offered.length ? 0 : 3;
};
const name = (q: Q, id: string) => (q.fits.includes(id) ? '+' : '-') + (q.cands.find((c) => c.id === id)?.hit.chunk.title ?? id);
for (let i = 0; i < qs.length; i++) {
  const q = qs[i]!;
  const a = outcome(base[i]!, (x) => byShare(x, 0.6)).offered;
  const b = outcome(q, byLikeness(0.6, Number(tau), reading)).offered;
  if (a.join() === b.join()) continue;
  const d = good(q, b) - good(q, a);
  console.log(`${d > 0 ? 'BETTER' : d < 0 ? 'WORSE ' : 'OTHER '} ${q.id} [${q.kind}] ${q.answerable ? '' : '(none fits) '}${q.question.slice(0, 90)}\n    was: ${a.map((id) => name(q, id)).join(' | ') || '(none)'}\n    now: ${b.map((id) => name(q, id)).join(' | ') || '(none)'}`);
}
