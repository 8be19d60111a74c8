// Which route each development question takes (the directory's service cards, or the documents'
// answer) and what the other route would have given: `npx tsx bench/dev/route-probe.ts [FOLDER...]`.
// Reads the starter's development sets and the development folders' questions; never a sealed folder.
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { findServices, servicesAmong } from '../../src/core/knowledge/directory/find.js';
import { directoryAnswer } from '../../src/core/skills/directory.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { outcomeOf, type Outcome } from '../../src/eval/outcome.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const sets = [
  { name: 'starter-dev', knowledge: path.join(ROOT, 'knowledge'), files: ['questions.jsonl', 'questions-2.jsonl', 'questions-3.jsonl', 'questions-4.jsonl'].map((f) => path.join(ROOT, 'bench', 'dev', f)) },
  ...(await benchFolders(ROOT)).filter((f) => !f.sealed && !f.official).map((f) => ({ name: f.name, knowledge: f.knowledge, files: [f.questions] })),
].filter((s) => only.length === 0 || only.includes(s.name));
const answerer = createAnswerer();
const brief = (o: Outcome) => `rank ${o.rank ?? '-'} ${o.declined ? 'declined' : 'answered'} fact ${o.checked ? (o.factsHeld ? 'yes' : 'no') : 'n/a'}`;
for (const set of sets) {
  const built = await buildIndex(set.knowledge);
  const view = await built.knowledge.current();
  console.log(`== ${set.name}`);
  for (const file of set.files) {
    for (const q of await loadQuestions(file)) {
      const hits = await passagesFor(view, q.question);
      const answer = await answerer.answer(q.question, hits, { corpus: view.corpus, chunksOf: (s) => view.chunksOf(s) });
      const docDeclined = !answer.grounded || answer.citations.length === 0;
      const searched = [...hits].sort((a, b) => b.score - a.score).map((h) => h.chunk.source);
      const doc = outcomeOf(q, { sources: [...(docDeclined ? [] : answer.citations.map((c) => c.source)), ...searched], text: docDeclined ? '' : answer.text, declined: docDeclined });
      const found = await findServices(view, q.question);
      let route = 'doc';
      let dir = found;
      if (!found && answer.grounded) {
        const cited = answer.citations.flatMap((c) => hits.filter((h) => h.chunk.source === c.source).slice(0, 1));
        dir = servicesAmong(view, q.question, cited);
        if (dir) route = 'among';
      } else if (found) route = 'find';
      if (route === 'doc') continue;
      const d = directoryAnswer(dir!);
      const dhits = (dir!.fits.length ? dir!.fits : dir!.alternatives).map((m) => m.hit);
      const dd = !d.answer.grounded || d.answer.citations.length === 0;
      const dirOut = outcomeOf(q, { sources: [...(dd ? [] : d.answer.citations.map((c) => c.source)), ...dhits.map((h) => h.chunk.source)], text: dd ? '' : d.answer.text, declined: dd });
      const wide = await view.search(q.question, 24);
      const firstSvc = dhits[0] ? wide.findIndex((h) => h.chunk.id === dhits[0]!.chunk.id) : -1;
      const svcScore = firstSvc >= 0 ? wide[firstSvc]!.score : 0;
      const docTop = wide.find((h) => !h.chunk.service)?.score ?? 0;
      const anySvc = dhits.map((h) => wide.find((w) => w.chunk.id === h.chunk.id)?.score ?? 0).reduce((a, b) => Math.max(a, b), 0);
      console.log(`   svcInSearch rank ${firstSvc} score ${svcScore.toFixed(3)} bestFitSvc ${anySvc.toFixed(3)} bestDocPassage ${docTop.toFixed(3)} top ${(wide[0]?.score ?? 0).toFixed(3)} ratio ${(anySvc / Math.max(docTop, 1e-9)).toFixed(3)}`);
      const bestDoc = hits[0]?.score ?? 0;
      const bestDocService = hits[0]?.chunk.service ? 'svc' : 'doc';
      console.log(`${q.id} [${route}] ans=${q.answerable} dir: ${brief(dirOut)} | doc: ${brief(doc)} | top1 ${bestDocService} ${bestDoc.toFixed(3)} dirTop ${(dhits[0]?.score ?? 0).toFixed(3)} kind=${JSON.stringify(dir!.conditions.kind)}`);
      console.log(`   Q: ${q.question}`);
    }
  }
}
