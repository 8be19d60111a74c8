// Dev-only: the kind-of-service choice simulated over the development sets' blind directory
// questions (never the judges), so a rule and its constants can be compared and fitted
// leave-one-set-out without running the answerer for each. `npx tsx bench/dev/kind-fit.ts [SET...] [--no-places]`
// (a set's places.csv is read as a district's places file unless --no-places).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { writeDirectory } from '../directory-files.js';
import { generateDirectory } from '../directory-gen.js';
import { directoryQuestions } from '../directory-questions.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { hasConditions, readConditions, type Conditions } from '../../src/core/knowledge/directory/conditions.js';
import { kindScores } from '../../src/core/knowledge/directory/find.js';
import { matchService, meetsAll } from '../../src/core/knowledge/directory/match.js';
import { placeBook, type DistrictPlace } from '../../src/core/knowledge/directory/places.js';
import type { Hit } from '../../src/core/knowledge/types.js';
import { passagesFor } from '../../src/core/skills/passages.js';
import { checkQuestion } from '../../src/core/skills/question.js';
import { directoryFigures, type DirectoryGold, type DirectoryOutcome } from '../../src/eval/directory-score.js';
import { offeredServiceIds } from '../../src/eval/offered.js';
import { readGold, setPlaces } from '../directory.js';
import { buildIndex } from '../knowledge.js';
import { kindFeatures, type Features, type FeatureOptions } from './kind-features.js';
import type { KnowledgeView } from '../../src/core/knowledge/live.js';
import { directorySetDir } from './directory-sets.js';

export interface Cand { hit: Hit; id: string; cov: number; asked: number; bm25: number; bmRest: number; f: Features; fits: boolean; kindTag?: string }
export interface Q { view?: KnowledgeView; fitIds?: Set<string>; set: string; id: string; question: string; c: Conditions; fits: string[]; answerable: boolean; kind?: string; usual?: string[]; fallback?: string[]; tags?: Map<string, string>; cands: Cand[] }

export async function loadSets(names: string[]): Promise<Q[]> {
  const out: Q[] = [];
  for (const name of names) {
    const folder = directorySetDir(name);
    const file = path.join(folder, 'directory-questions.jsonl');
    const gold = await readGold(file);
    const kinds = new Map((await readFile(file, 'utf8')).split('\n').filter(Boolean).map((l) => {
      const q = JSON.parse(l) as { id: string; conditions?: { kind?: string } };
      return [q.id, q.conditions?.kind] as const;
    }));
    // The writer's kind tags: "service_id,kind" or "service_id,key,name,kind;kind".
    const tags = existsSync(path.join(folder, 'kinds.csv'))
      ? new Map((await readFile(path.join(folder, 'kinds.csv'), 'utf8')).split('\n').slice(1).filter(Boolean).map((l) => {
          const cells = l.split(',');
          return [cells[0]!, cells[cells.length - 1]!.trim()] as const;
        }))
      : new Map<string, string>();
    // The set's places.csv, as a district's LIAISON_PLACES_FILE (--no-places: without it).
    const places = process.argv.includes('--no-places') ? undefined : await setPlaces(folder);
    out.push(...(await questionsOf(name, path.join(folder, 'knowledge'), gold, kinds, tags, places)));
  }
  return out;
}

/** A generated directory (bench/directory-gen.ts) and its questions, as a set named "gen". */
export async function generatedSet(services = 2000, towns = 10, seed = 17, count = 200): Promise<Q[]> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'liaison-kindfit-'));
  try {
    const dir = generateDirectory({ services, seed, towns });
    const written = await writeDirectory(dir, path.join(root, 'dir'));
    const questions = directoryQuestions(dir, count);
    const kinds = new Map(questions.map((q) => [q.id, q.conditions.kind]));
    const tags = new Map(dir.services.map((s) => [s.id, s.kind]));
    return await questionsOf('gen', path.dirname(written.jsonFile), questions, kinds, tags);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function questionsOf(name: string, knowledge: string, gold: DirectoryGold[], kinds: Map<string, string | undefined>, tags: Map<string, string>, places?: DistrictPlace[]): Promise<Q[]> {
    const out: Q[] = [];
    const built = await buildIndex(knowledge, undefined, places);
    const view = await built.knowledge.current();
    const book = placeBook(view.chunks.flatMap((c) => (c.service ? [c.service] : [])), places);
    const answerer = createAnswerer();
    for (const g of gold) {
      const { text } = checkQuestion(g.question);
      const c = readConditions(text, book);
      const q: Q = { set: name, id: g.id, question: g.question, c, fits: g.fits, answerable: g.answerable, cands: [] };
      const k = kinds.get(g.id);
      if (k) q.kind = k;
      // The usual answer, which a question gets when no service is of its kind.
      const hits = await passagesFor(view, text, text);
      const usual = offeredServiceIds(await answerer.answer(text, hits, { corpus: view.corpus, chunksOf: (source) => view.chunksOf(source) }));
      if (!(c.finding && hasConditions(c) && c.kind)) {
        q.usual = usual;
      } else {
        q.fallback = usual;
        q.view = view;
        q.fitIds = new Set(view.chunks.flatMap((ch) => (ch.service && ch.serviceId && meetsAll(matchService(ch.service, c, { book })) ? [ch.serviceId] : [])));
        q.tags = tags;
        const scored = await kindScores(view, c);
        const feats = new Map((await kindFeatures(view, c)).map((f) => [f.hit.chunk.id, f]));
        q.cands = scored.map((s) => {
          const id = s.hit.chunk.serviceId!;
          const cand: Cand = { hit: s.hit, id, cov: s.cov, asked: s.asked, bm25: s.hit.score, bmRest: feats.get(s.hit.chunk.id)?.bmRest ?? 0, f: feats.get(s.hit.chunk.id)!, fits: meetsAll(matchService(s.hit.chunk.service!, c, { book })) };
          const t = tags.get(id);
          if (t) cand.kindTag = t;
          return cand;
        });
      }
      out.push(q);
    }
  return out;
}

export type Select = (q: Q) => { chosen: Cand[]; order: (a: Cand, b: Cand) => number } | undefined;

/** The outcome of one question under a kind choice: the first three fitting services offered, or the usual answer's. */
export function outcome(q: Q, select: Select): DirectoryOutcome {
  if (q.usual) return { id: q.id, offered: q.usual };
  const s = select(q);
  if (!s || s.chosen.length === 0) return { id: q.id, offered: q.fallback ?? [] };
  return { id: q.id, offered: s.chosen.filter((x) => x.fits).sort(s.order).slice(0, 3).map((x) => x.id) };
}

export function figures(qs: Q[], select: Select) {
  const f = directoryFigures(qs, qs.map((q) => outcome(q, select)));
  return { fitting: f.fitting.value, top3: f.top3.value, declined: f.declined.value, falseDeclined: f.falseDeclined.value };
}

/** Today's rule (find.ts servicesOfKind), at another share of the best score if asked. */
export const current: Select = (q) => byShare(q, 0.6);
export const byShare = (q: Q, share: number): ReturnType<Select> => {
  const c = q.cands;
  if (Math.max(0, ...c.map((s) => s.asked)) < 0.45) return undefined;
  const best = Math.max(...c.map((s) => s.cov));
  const bestHit = Math.max(...c.map((s) => s.bm25));
  const score = (s: Cand) => 0.6 * (best > 0 ? s.cov / best : 0) + 0.4 * (bestHit > 0 ? s.bm25 / bestHit : 0);
  const top = Math.max(...c.map(score));
  return { chosen: c.filter((s) => score(s) >= top * share), order: (a, b) => b.bm25 - a.bm25 };
};

/** Each question's candidates scored again with other kind-score options (bench/dev/kind-features.ts). */
export async function rescore(qs: Q[], o: FeatureOptions & { namesWeight?: number }): Promise<Q[]> {
  const nw = o.namesWeight ?? 0.6;
  return Promise.all(qs.map(async (q) => {
    if (!q.view) return q;
    const feats = await kindFeatures(q.view, q.c, o);
    const cands = feats.map((f) => {
      const id = f.hit.chunk.serviceId!;
      const cand: Cand = { hit: f.hit, id, cov: (1 - nw) * f.first + nw * f.names, asked: f.floor, bm25: f.bmKind, bmRest: f.bmRest, f, fits: q.fitIds!.has(id) };
      const t = q.tags?.get(id);
      if (t) cand.kindTag = t;
      return cand;
    });
    return { ...q, cands };
  }));
}

/** Every development set: the blind ones and a generated directory. */
export async function allSets(names = ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211']): Promise<Q[]> {
  return [...(await loadSets(names)), ...(await generatedSet())];
}

export function show(qs: Q[], select: Select, label = ''): string {
  const sets = [...new Set(qs.map((q) => q.set))];
  return `${label.padEnd(28)} ${sets.map((n) => {
    const f = figures(qs.filter((q) => q.set === n), select);
    return `${n.slice(0, 7)} ${[f.fitting, f.top3, f.declined, f.falseDeclined].map((x) => x.toFixed(2)).join('/')}`;
  }).join('  ')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const qs = await allSets(names.length ? names : undefined);
  console.log(show(qs, current, 'current'));
  // The share of the best score refitted leave-one-set-out: each blind set measured at the share the
  // other sets and the generated directory choose (a false decline counted twice, as worse than a miss).
  const objective = (set: Q[], share: number) => {
    const f = figures(set, (q) => byShare(q, share));
    return f.fitting + f.top3 + f.declined - 2 * f.falseDeclined;
  };
  const shares = Array.from({ length: 17 }, (_, i) => 0.4 + i * 0.025);
  const sets = [...new Set(qs.map((q) => q.set))];
  for (const out of sets.filter((s) => s !== 'gen')) {
    const train = sets.filter((s) => s !== out);
    const score = (share: number) => train.reduce((a, s) => a + objective(qs.filter((q) => q.set === s), share), 0);
    const chosen = shares.reduce((a, b) => (score(b) > score(a) + 1e-9 ? b : a));
    console.log(show(qs.filter((q) => q.set === out), (q) => byShare(q, chosen), `held out, share ${chosen.toFixed(3)}`));
  }
}
