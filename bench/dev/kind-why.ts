// Dev-only: how a development directory question's kind was read: the request and story words,
// the services the kind score ranks first and how much of the request the best covers.
// `npx tsx bench/dev/kind-why.ts SET ID...` (refuses sealed folders and the directory judges).
import { questionTerms, namesSubject } from '../../src/core/knowledge/answer/terms.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { kindScores } from '../../src/core/knowledge/directory/find.js';
import { isDevDirectorySet, openDirectorySet } from './directory-sets.js';

const [name, ...ids] = process.argv.slice(2);
if (!name || !isDevDirectorySet(name)) process.exit(2);
const { gold, view, book } = await openDirectorySet(name);
for (const q of gold.filter((g) => ids.some((i) => g.id.endsWith(i)))) {
  const c = readConditions(q.question, book);
  console.log(`\n${q.id}: finding=${c.finding} kind="${c.kind}"\n  rest="${c.rest}"\n  story="${c.story}"`);
  console.log(`  request terms: ${questionTerms(c.rest).filter(namesSubject).map((t) => `${t.key}(${t.weight.toFixed(2)})`).join(' ')}`);
  const scored = await kindScores(view, c);
  const fits = new Set(q.fits);
  console.log(`  candidates ${scored.length}, best asked ${Math.max(0, ...scored.map((s) => s.asked)).toFixed(2)}`);
  for (const s of scored.sort((a, b) => b.cov - a.cov).slice(0, 6)) console.log(`   ${fits.has(s.hit.chunk.serviceId!) ? '+' : '-'} ${s.hit.chunk.title} cov=${s.cov.toFixed(2)} asked=${s.asked.toFixed(2)} bm25=${s.hit.score.toFixed(2)}`);
  for (const id of q.fits) {
    const s = scored.find((x) => x.hit.chunk.serviceId === id);
    if (!s) console.log(`   fit not among candidates: ${id}`);
  }
}
