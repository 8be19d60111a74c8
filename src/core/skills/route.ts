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
 * Fitted on the development folders' directory-routed questions (bench/dev/route-probe.ts), leave one
 * folder out: each held-out folder's fit gave 0.66 to 0.76 (every choice in that range gains the
 * held-out folder's questions the documents answer better and loses none); 0.75 is the fit on all.
 */
export const DIRECTORY_SHARE = 0.75;
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
  if (!hasDocuments(view)) return true;
  const shown = new Set((result.fits.length ? result.fits : result.alternatives).map((m) => m.hit.chunk.id));
  const hits = await view.search(question, ROUTE_K);
  const bestDocument = Math.max(0, ...hits.filter((h) => !h.chunk.service).map((h) => h.score));
  const bestService = Math.max(0, ...hits.filter((h) => shown.has(h.chunk.id)).map((h) => h.score));
  return bestService >= DIRECTORY_SHARE * bestDocument;
}
