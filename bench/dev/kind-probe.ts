// Dev-only: how the kind of service is read for one question over a folder: the request and story
// words with their weights, and the best candidates' kind scores. `npx tsx bench/dev/kind-probe.ts FOLDER "question" [N]`.
import { questionTerms } from '../../src/core/knowledge/answer/terms.js';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { kindScores } from '../../src/core/knowledge/directory/find.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import path from 'node:path';
import { setPlaces } from '../directory.js';
import { buildIndex } from '../knowledge.js';

const [folder, question, n = '12'] = process.argv.slice(2);
// The folder's places.csv (beside its knowledge/ folder), as a district's LIAISON_PLACES_FILE.
const places = await setPlaces(path.dirname(path.resolve(folder!)));
const built = await buildIndex(folder!, undefined, places);
const view = await built.knowledge.current();
const book = placeBook(view.chunks.flatMap((c) => (c.service ? [c.service] : [])), places);
const c = readConditions(question!, book);
console.log(`kind="${c.kind}"\nrest="${c.rest}"\nstory="${c.story}"`);
console.log('request terms', questionTerms(c.rest).map((t) => `${t.key}:${t.weight.toFixed(2)}${t.alt.length ? `[${t.alt.join(',')}]` : ''}`).join(' '));
console.log('story terms', questionTerms(c.story).map((t) => `${t.key}:${t.weight.toFixed(2)}`).join(' '));
const scored = await kindScores(view, c);
const best = Math.max(...scored.map((s) => s.cov));
const bestHit = Math.max(...scored.map((s) => s.hit.score));
const rows = scored.map((s) => ({ s, f: 0.6 * (s.cov / best) + 0.4 * (s.hit.score / bestHit) })).sort((a, b) => b.f - a.f);
for (const { s, f } of rows.slice(0, Number(n))) console.log(`${f.toFixed(2)} cov=${s.cov.toFixed(2)} asked=${s.asked.toFixed(2)} bm25=${(s.hit.score / bestHit).toFixed(2)} ${s.hit.chunk.title} | ${matchService(s.hit.chunk.service!, c, { book }).checks.map((x) => `${x.condition}:${x.verdict}`).join(' ')}`);
