// Dev-only: dumps, per answerable development-folder question with gold sources, every search candidate's
// ranking features (BM25 against the question's best, cosine, vector against the best, directory entry or
// document, length, months before the folder's date), so orderings can be fitted leave-one-folder-out without re-searching.
// Usage: npx tsx bench/dev/rank-features.ts > /tmp/features.json
import { folderMonths, sourceDate } from '../../src/core/knowledge/newer-first.js';
import { tokenize } from '../../src/core/knowledge/text.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { loadQuestions } from '../../src/eval/questions.js';
import { benchFolders } from '../folders.js';
import { buildIndex } from '../knowledge.js';
import { ROOT } from './sets.js';

const out: unknown[] = [];
for (const f of (await benchFolders(ROOT)).filter((x) => !x.sealed)) {
  const built = await buildIndex(f.knowledge);
  const chunksOf = (s: string) => built.index.chunksOf(s);
  const now = folderMonths(built.index.chunks, chunksOf);
  const age = (s: string): number | null => {
    const d = sourceDate(s, chunksOf);
    return d && now !== undefined ? now - (d.year * 12 + (d.month ?? 6)) : null;
  };
  for (const q of await loadQuestions(f.questions)) {
    const text = checkQuestion(q.question).text;
    const hits = await built.index.search(text, 100, { perSource: 100, entryCut: 0 });
    // For an entry: does a document among the best 20 hits name it (every word of its title)?
    const docs = hits.filter((h) => !h.chunk.serviceId).slice(0, 20).map((h) => new Set(tokenize(`${h.chunk.title} ${h.chunk.headings.join(' ')} ${h.chunk.text}`)));
    const named = (h: (typeof hits)[number]) => {
      const t = tokenize(h.chunk.title);
      return h.chunk.serviceId && t.length > 0 && docs.some((d) => t.every((w) => d.has(w))) ? 1 : 0;
    };
    // For an entry: does a document among the best 20 hits (its whole text) give its phone or e-mail?
    const docSources = [...new Set(hits.filter((h) => !h.chunk.serviceId).map((h) => h.chunk.source))].slice(0, 20);
    const docTexts = docSources.map((s) => chunksOf(s).map((c) => c.text).join('\n'));
    const docDigits = docTexts.map((t) => t.replace(/\D/g, ''));
    const shares = (h: (typeof hits)[number]) => {
      const c = h.chunk.contact;
      if (!h.chunk.serviceId || !c) return 0;
      const phones = (c.phones ?? []).map((p) => p.replace(/\D/g, '').slice(-7)).filter((p) => p.length === 7);
      const email = c.email?.toLowerCase();
      return docTexts.some((t, i) => phones.some((p) => docDigits[i]!.includes(p)) || (email && t.toLowerCase().includes(email))) ? 1 : 0;
    };
    const maxB = Math.max(1e-9, ...hits.map((h) => h.bm25 ?? 0));
    const maxV = Math.max(1e-9, ...hits.map((h) => h.vector ?? 0));
    out.push({
      folder: f.official ? 'starter' : f.name, id: q.id, answerable: q.answerable, gold: q.sources,
      c: hits.map((h) => [h.chunk.source, +((h.bm25 ?? 0) / maxB).toFixed(4), +(h.vector ?? 0).toFixed(4), +(Math.max(0, h.vector ?? 0) / maxV).toFixed(4), h.chunk.serviceId ? 1 : 0, h.chunk.text.length, h.score, age(h.chunk.source), named(h), shares(h)]),
    });
  }
}
console.log(JSON.stringify(out));
process.exit(0);
