// Dev-only: the request words of a development directory set's questions that no candidate service
// says, and the longer words of the directory's own entries each is the start of (abbreviations such
// as "ed", "eval"). `npx tsx bench/dev/abbrev-probe.ts SET...` (refuses sealed folders and the directory judges).
import { namesSubject, passageKeys, questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { openDirectorySet } from './directory-sets.js';

for (const name of process.argv.slice(2)) {
  const { gold, view, book } = await openDirectorySet(name);
  const services = view.chunks.filter((c) => c.service);
  const vocab = new Map<string, number>();
  for (const c of services) for (const k of passageKeys(`${c.title}\n${c.text}`)) if (!k.includes(':')) vocab.set(k, (vocab.get(k) ?? 0) + 1);
  console.log(`\n== ${name}: ${services.length} services, ${vocab.size} words`);
  for (const q of gold) {
    const c = readConditions(q.question, book);
    if (!c.kind) continue;
    const terms = [...questionTerms(c.rest), ...questionTerms(c.story)].filter(namesSubject).filter((t) => t.kind !== 'number' && t.kind !== 'concept');
    const out: string[] = [];
    for (const t of terms) {
      if (vocab.has(t.key) || t.alt.length > 0) continue;
      const longer = [...vocab].filter(([v]) => v.length > t.key.length && v.startsWith(t.key));
      if (longer.length) out.push(`${t.key}(${t.kind},${t.weight}) -> ${longer.map(([v, n]) => `${v}:${n}`).join(' ')}`);
    }
    if (out.length) console.log(`${q.id}: ${out.join(' | ')}`);
  }
}
