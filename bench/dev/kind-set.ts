// Dev-only: a set-level kind decision (issue 17, dir7). The candidates are grouped into kinds (the
// writers' own tags as an oracle, or groups learned from the services' texts), each kind is scored
// against the question from its members' scores, and the services chosen today are kept only when
// their kind scores at least `margin` of the winning kind's. Simulated with kind-fit.ts over birch-211,
// dogwood-211, hazel-211 and ivy-211 (--gen: with the generated directory too, slow).
// `npx tsx bench/dev/kind-set.ts [--no-places] [--gen] [--diag | --changes | --lofo]`: --changes prints the
// questions whose offers move under three of the choices; --diag prints, with the tags
// as the groups, the questions whose best-scoring kind is not the one asked; --lofo chooses the learned
// grouping leave-one-set-out. Tried and dropped on branch dir7 (README, "Directories at 211 scale").
import { allSets, byShare, figures, loadSets, outcome, show, type Cand, type Q, type Select } from './kind-fit.js';
import { namesSubject, questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { aboutKeys, headKeys } from './kind-features.js';
import { mixed, readings, simOf } from './kind-sim.js';

// The service's name alone (what a 211 export's writers most often make say the kind).
readings.name = (c) => c.title;

type Agg = 'max' | 'top2' | 'sum';
const aggregate = (scores: number[], agg: Agg) => {
  const s = [...scores].sort((a, b) => b - a);
  if (agg === 'max') return s[0] ?? 0;
  if (agg === 'top2') return ((s[0] ?? 0) + (s[1] ?? s[0] ?? 0)) / 2;
  return s.reduce((a, b) => a + b, 0);
};

/** Groups of the candidates: each candidate's group keys. */
type Grouping = (q: Q, cands: Cand[]) => Map<Cand, string[]>;
const byTags: Grouping = (_q, cands) => new Map(cands.map((c) => [c, (c.kindTag ?? c.id).split(';')]));

/** Average-link agglomerative groups of the candidates by text likeness, merged while alike above tau. */
const learned = (tau: number, reading: string): Grouping => (q, cands) => {
  const sim = simOf(q.view!, reading);
  let groups = cands.map((c) => [c]);
  for (;;) {
    let best = -1, bi = -1, bj = -1;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        let s = 0;
        for (const a of groups[i]!) for (const b of groups[j]!) s += sim(a.hit.chunk, b.hit.chunk);
        s /= groups[i]!.length * groups[j]!.length;
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    if (best < tau || bi < 0) break;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    groups = groups.filter((_, k) => k !== bj);
  }
  return new Map(groups.flatMap((g, k) => g.map((c) => [c, [`g${k}`]] as const)));
};

/**
 * Groups by what of the request each candidate says in its head: two candidates are one kind as far
 * as they say the same request words (weighed by rarity among the candidates), whatever else they say.
 */
const bySaying = (tau: number): Grouping => (q, cands) => {
  const asked = questionTerms(q.c.rest);
  const story = questionTerms(q.c.story).filter((t) => !asked.some((a) => a.key === t.key)).map((t) => ({ ...t, weight: t.weight * 0.35 }));
  const terms = [...asked, ...story].filter(namesSubject).filter((t) => t.kind !== 'number');
  const all = q.cands.map((c) => aboutKeys(c.hit.chunk));
  const w = new Map(terms.map((t) => [t.key, t.weight * Math.log(1 + all.length / Math.max(1, all.filter((k) => k.has(t.key) || t.alt.some((a) => k.has(a))).length))]));
  const vec = new Map(cands.map((c) => {
    const head = headKeys(c.hit.chunk);
    const v = new Map<string, number>();
    for (const t of terms) {
      const credit = head.has(t.key) ? 1 : t.alt.some((a) => head.has(a)) ? 0.5 : 0;
      if (credit > 0) v.set(t.key, credit * w.get(t.key)!);
    }
    return [c, v] as const;
  }));
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let dot = 0, na = 0, nb = 0;
    for (const [k, x] of a) { dot += x * (b.get(k) ?? 0); na += x * x; }
    for (const x of b.values()) nb += x * x;
    return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
  };
  let groups = cands.map((c) => [c]);
  for (;;) {
    let best = -1, bi = -1, bj = -1;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        let s = 0;
        for (const a of groups[i]!) for (const b of groups[j]!) s += cos(vec.get(a)!, vec.get(b)!);
        s /= groups[i]!.length * groups[j]!.length;
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    if (best < tau || bi < 0) break;
    groups[bi] = [...groups[bi]!, ...groups[bj]!];
    groups = groups.filter((_, k) => k !== bj);
  }
  return new Map(groups.flatMap((g, k) => g.map((c) => [c, [`s${k}`]] as const)));
};

const bySet = (grouping: Grouping, agg: Agg, margin: number, share = 0.6, pool = 0.4): Select => (q) => {
  const s = byShare(q, share);
  if (!s || s.chosen.length === 0 || !q.view) return s;
  const score = mixed(q);
  const top = Math.max(...q.cands.map(score));
  // The kinds present among the candidates near the top (a wider pool than the chosen ones).
  const near = q.cands.filter((c) => score(c) >= top * pool);
  const groups = grouping(q, near);
  const kindScore = new Map<string, number[]>();
  for (const [c, keys] of groups) for (const k of keys) kindScore.set(k, [...(kindScore.get(k) ?? []), score(c)]);
  const ks = new Map([...kindScore].map(([k, v]) => [k, aggregate(v, agg)]));
  const win = Math.max(...ks.values());
  return { ...s, chosen: s.chosen.filter((c) => (groups.get(c) ?? []).some((k) => ks.get(k)! >= win * margin)) };
};

const t0 = Date.now();
const qs = process.argv.includes('--gen') ? await allSets() : await loadSets(['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211']);
console.log(`loaded in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
console.log(show(qs, (q) => byShare(q, 0.6), 'current'));
if (process.argv.includes('--changes')) {
  // Which questions' offers change from today's under the oracle and under the held-out choices.
  const base = (q: Q) => byShare(q, 0.6);
  const ways: [string, Select][] = [
    ['tags max 0.9', bySet(byTags, 'max', 0.9)],
    ['head 0.05 max 0.9 pool 0.6', bySet(learned(0.05, 'head'), 'max', 0.9, 0.6, 0.6)],
    ['about 0.05 max 0.8 pool 0.4', bySet(learned(0.05, 'about'), 'max', 0.8, 0.6, 0.4)],
  ];
  for (const [label, sel] of ways) {
    const moved = qs.filter((q) => JSON.stringify(outcome(q, base).offered) !== JSON.stringify(outcome(q, sel).offered));
    console.log(`${label}: ${moved.map((q) => {
      const fits = new Set(q.fits);
      const tag = (o: string[]) => o.map((id) => (fits.has(id) ? '+' : '-')).join('') || 'none';
      return `${q.id.replace(/-211-/, ' ')} ${tag(outcome(q, base).offered)}>${tag(outcome(q, sel).offered)}`;
    }).join(', ')}`);
  }
}
if (process.argv.includes('--diag')) {
  // With the writers' tags as the groups: how often the best-scoring kind (its best member) is the kind the question asks.
  for (const set of [...new Set(qs.map((q) => q.set))]) {
    let asked = 0, right = 0, inPool = 0;
    for (const q of qs.filter((x) => x.set === set && x.kind && x.cands.length > 0)) {
      const score = mixed(q);
      const byKind = new Map<string, number>();
      for (const c of q.cands) for (const k of (c.kindTag ?? '').split(';')) byKind.set(k, Math.max(byKind.get(k) ?? 0, score(c)));
      asked++;
      if (byKind.has(q.kind!)) inPool++;
      const win = [...byKind].sort((a, b) => b[1] - a[1])[0]![0];
      if (win === q.kind) right++;
      else console.log(`  ${q.id} asks ${q.kind} (${(byKind.get(q.kind!) ?? 0).toFixed(2)}), best kind ${win} (${byKind.get(win)!.toFixed(2)})`);
    }
    console.log(`${set}: best kind is the kind asked ${right}/${asked} (the kind among the candidates ${inPool})`);
  }
}
if (process.argv.includes('--lofo')) {
  // Each set measured at the variant the other three choose (fitting + first three + declined - 2 x false declines, summed).
  const variants: { label: string; sel: Select }[] = [{ label: 'off', sel: (q) => byShare(q, 0.6) }];
  for (const reading of ['head', 'about', 'name'])
    for (const tau of [0.05, 0.1, 0.15, 0.2])
      for (const agg of ['max', 'top2'] as Agg[])
        for (const margin of [0.7, 0.8, 0.9])
          for (const pool of [0.4, 0.6]) variants.push({ label: `${reading} ${tau} ${agg} ${margin} pool ${pool}`, sel: bySet(learned(tau, reading), agg, margin, 0.6, pool) });
  for (const tau of [0.3, 0.5, 0.7, 0.9])
    for (const agg of ['max', 'top2'] as Agg[])
      for (const margin of [0.7, 0.8, 0.9])
        for (const pool of [0.4, 0.6]) variants.push({ label: `saying ${tau} ${agg} ${margin} pool ${pool}`, sel: bySet(bySaying(tau), agg, margin, 0.6, pool) });
  const sets = [...new Set(qs.map((q) => q.set))];
  const obj = (set: string, sel: Select) => {
    const f = figures(qs.filter((q) => q.set === set), sel);
    return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
  };
  const table = variants.map((v) => ({ v, by: new Map(sets.map((s) => [s, obj(s, v.sel)])) }));
  for (const out of sets) {
    const train = sets.filter((s) => s !== out);
    const sum = (t: (typeof table)[number]) => train.reduce((a, s) => a + t.by.get(s)!, 0);
    const best = table.reduce((a, b) => (sum(b) > sum(a) + 1e-9 ? b : a));
    console.log(show(qs.filter((q) => q.set === out), best.v.sel, `held out: ${best.v.label}`));
  }
  const all = (t: (typeof table)[number]) => sets.reduce((a, s) => a + t.by.get(s)!, 0);
  for (const t of [...table].sort((a, b) => all(b) - all(a)).slice(0, 5)) console.log(show(qs, t.v.sel, `all four: ${t.v.label}`));
  process.exit(0);
}

for (const agg of ['max', 'top2', 'sum'] as Agg[])
  for (const margin of [0.7, 0.8, 0.9, 0.95]) console.log(show(qs, bySet(byTags, agg, margin), `tags ${agg} ${margin}`));
for (const reading of ['head', 'about'])
  for (const tau of [0.1, 0.2, 0.3])
    for (const agg of ['max', 'top2', 'sum'] as Agg[])
      for (const margin of [0.8, 0.9]) console.log(show(qs, bySet(learned(tau, reading), agg, margin), `${reading} ${tau} ${agg} ${margin}`));
void ({} as Q);
