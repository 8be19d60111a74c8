// Dev-only: how one development-set directory question's kind was read — each candidate service's kind
// score, keyword score and combined share (the kind cut keeps those at KIND_SHARE of the best), and the
// condition checks of the services the gold says fit. `npx tsx bench/dev/kind-rank.ts SET ID [ID...]` (the score of the whole request; find.ts reads
// a request of short alternatives, "X or Y", each on its own).
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { findServices, kindScores } from '../../src/core/knowledge/directory/find.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { openDirectorySet } from './directory-sets.js';

const [name, ...ids] = process.argv.slice(2);
const { gold, view, book, places } = await openDirectorySet(name!);
for (const q of gold.filter((g) => ids.length === 0 || ids.some((id) => g.id.endsWith(id)))) {
  const { text } = checkQuestion(q.question);
  const c = readConditions(text, book);
  console.log(`\n${q.id}: ${q.question}\n  kind="${c.kind}"\n  rest="${c.rest}"\n  story="${c.story}"`);
  const scored = await kindScores(view, c);
  const best = Math.max(...scored.map((s) => s.cov));
  const bestHit = Math.max(...scored.map((s) => s.hit.score));
  const sc = (s: (typeof scored)[number]) => 0.6 * (s.cov / best) + 0.4 * (s.hit.score / bestHit);
  const top = Math.max(...scored.map(sc));
  const fits = new Set(q.fits);
  for (const s of [...scored].sort((a, b) => sc(b) - sc(a)).slice(0, 8))
    console.log(`  ${fits.has(s.hit.chunk.serviceId!) ? '+' : ' '} ${(sc(s) / top).toFixed(2)} cov=${s.cov.toFixed(2)} asked=${s.asked.toFixed(2)} bm=${(s.hit.score / bestHit).toFixed(2)} ${s.hit.chunk.title}`);
  const found = await findServices(view, text, places ? { places } : {});
  console.log(`  found: fits=${found?.fits.map((m) => m.record.name).join(' | ')} blocking=${found?.blocking} ofKind=${found?.ofKind}`);
  for (const id of q.fits) {
    const ch = view.chunks.find((x) => x.serviceId === id);
    if (ch?.service) console.log(`  gold ${ch.service.name}: ${matchService(ch.service, c, { book }).checks.map((x) => `${x.condition}:${x.verdict} (${x.note})`).join('; ')}`);
  }
}
