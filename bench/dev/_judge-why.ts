// Aggregate only: why a directory question set's answerable questions got no fitting offer. Prints counts, never questions.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { readConditions } from '../../src/core/knowledge/directory/conditions.js';
import { findServices } from '../../src/core/knowledge/directory/find.js';
import { placeBook } from '../../src/core/knowledge/directory/places.js';
import { matchService } from '../../src/core/knowledge/directory/match.js';
import { readGold } from '../../bench/directory.js';
import { buildIndex } from '../../bench/knowledge.js';
import { checkQuestion } from '../../src/core/skills/question.js';
const name = process.argv[2]!;
const base = '/work/main/bench';
const f1 = path.join(base, 'folders', name);
const folder = existsSync(f1) ? f1 : path.join(base, 'directories', name);
const gold = await readGold(path.join(folder, 'directory-questions.jsonl'));
const built = await buildIndex(path.join(folder, 'knowledge'));
const view = await built.knowledge.current();
const records = view.chunks.flatMap((c) => (c.service ? [c.service] : []));
const byId = new Map(view.chunks.flatMap((c) => (c.service && c.serviceId ? [[c.serviceId, c] as const] : [])));
const book = placeBook(records, undefined);
const counts = new Map<string, number>();
const inc = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
for (const q of gold) {
  const { text } = checkQuestion(q.question);
  const c = readConditions(text, book);
  const r = await findServices(view, text);
  const tag = q.answerable ? 'ans' : 'none';
  if (!c.finding) { inc(`${tag}: not read as finding`); continue; }
  if (!c.kind) { inc(`${tag}: no kind`); continue; }
  if (!r) { inc(`${tag}: no services of kind (general path)`); continue; }
  const ofKindIds = new Set<string>();
  inc(`${tag}: directory, ${r.fits.length ? 'fits offered' : 'none fits, blocking=' + r.blocking}`);
  if (q.answerable) {
    // for gold fits: were they of kind, and their verdicts
    const fitsSet = new Set(r.fits.map((m) => m.hit.chunk.serviceId));
    for (const id of q.fits) {
      const ch = byId.get(id);
      if (!ch) { inc('goldfit: not in index'); continue; }
      const m = matchService(ch.service!, c, { book });
      const bad = m.checks.filter((x) => x.verdict !== 'meets').map((x) => `${x.condition}:${x.verdict}`);
      const kindOk = fitsSet.has(id) || r.alternatives.some((a) => a.hit.chunk.serviceId === id) || bad.length > 0;
      inc(`goldfit: ${fitsSet.has(id) ? 'offered-fit' : bad.length ? 'checks ' + bad.join(',') : 'passes checks but not of kind'}`);
      void kindOk; void ofKindIds;
    }
    const cond = Object.keys(c).filter((k) => !['finding','kind','rest','story'].includes(k) && (c as any)[k]);
    inc(`ans conditions read: ${cond.sort().join('+')}`);
  }
}
for (const [k, v] of [...counts].sort()) console.log(String(v).padStart(4), k);
