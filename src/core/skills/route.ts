// Whether a question the directory can answer (a request for a service with a place, an age, a
// language...) is answered with the directory's service cards or from the folder's documents. A
// folder that holds guides, flyers and staff lists beside its directory often answers such a
// question better from a document: "my student is 15 and wants to do Summer Works, is there anything
// for her" is answered by the program's flyer, and "who's our VR liaison for the county high schools,
// need a phone #" by the district's staff list, while the directory offers whichever services fit the
// county and the age. The cards are given when the services they show are found by the plain search
// about as well as the best document passage; a folder of services alone always gets them.
import type { DirectoryResult } from '../knowledge/directory/find.js';
import type { KnowledgeView } from '../knowledge/live.js';
import type { Chunk } from '../knowledge/types.js';

/**
 * The best fitting service's search score must reach this share of the best document passage's.
 * Chosen on the development data's directory-routed questions (bench/dev/route-probe.ts over the
 * starter's development sets and the dev folders, bench/dev/route-probe-dir.ts over birch-211's
 * directory questions, the one directory set with documents). The documents answer better (right
 * source first, needed fact, or a right decline) at shares 0.20, 0.47 (three), 0.65 (two) and 0.71,
 * and put the right source third instead of sixth at 0.74; the cards answer better at 0.68, 0.72,
 * 0.76 and up. Leave one folder out, the smallest share that gains the most on the other folders is
 * 0.66 for every held-out folder (for birch-211 only when a source third instead of sixth is no gain;
 * else 0.75, which loses birch-211-d06 at 0.72).
 */
export const DIRECTORY_SHARE = 0.66;
/** How deep the plain search is read for the services the cards would show. */
const ROUTE_K = 24;

const mixed = new WeakMap<readonly Chunk[], boolean>();

/** Whether the folder holds any passage that is not a directory entry (worked out once per loaded index). */
function hasDocuments(view: KnowledgeView): boolean {
  let has = mixed.get(view.chunks);
  if (has === undefined) mixed.set(view.chunks, (has = view.chunks.some((c) => !c.service)));
  return has;
}

/** True when `result`'s services are the answer to `question` rather than a document of the folder. */
export async function directoryLeads(view: KnowledgeView, question: string, result: DirectoryResult): Promise<boolean> {
  // None of the services of the kind meets what was asked: the directory has checked the place and the
  // age, which a document cannot, so its answer (none fits, the nearest listed) stands.
  if (!hasDocuments(view) || result.fits.length === 0) return true;
  const shown = new Set((result.fits.length ? result.fits : result.alternatives).map((m) => m.hit.chunk.id));
  // Read on the fused order: the share was chosen before search put a document restating the best entry first (ENTRY_CUT).
  const hits = await view.search(question, ROUTE_K, { entryCut: 0 });
  const bestDocument = Math.max(0, ...hits.filter((h) => !h.chunk.service).map((h) => h.score));
  const bestService = Math.max(0, ...hits.filter((h) => shown.has(h.chunk.id)).map((h) => h.score));
  return bestService >= DIRECTORY_SHARE * bestDocument;
}
