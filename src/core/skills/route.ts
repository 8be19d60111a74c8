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
import { tokenize } from '../knowledge/text.js';
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
  if (!hasDocuments(view)) return true;
  const noneFits = result.fits.length === 0;
  // None of the services of the kind meets what was asked: the directory has checked the place and the
  // age, which a document cannot, so its answer (none fits, the nearest listed) stands; unless the place
  // is all the question sets and rules them all out, and the best document passage names that place
  // ("who's the pre ets person for quill creek now?": the directory lists no service for Quill Creek,
  // the VR office's page names the Quill Creek school's liaison). "10 yo in corrin ... who does travel
  // training?" sets an age too: the rider guide naming Corrin does not say it takes a 10-year-old.
  if (noneFits && !placeOnly(result)) return true;
  // Read on the fused order: the share was chosen before search put a document restating the best entry first (ENTRY_CUT).
  const hits = await view.search(question, ROUTE_K, { entryCut: 0 });
  const documents = hits.filter((h) => !h.chunk.service);
  if (noneFits) return !(documents[0] && namesPlace(documents[0].chunk, result.conditions.place?.place.name));
  const shown = new Set(result.fits.map((m) => m.hit.chunk.id));
  const bestDocument = Math.max(0, ...documents.map((h) => h.score));
  const bestService = Math.max(0, ...hits.filter((h) => shown.has(h.chunk.id)).map((h) => h.score));
  return bestService >= DIRECTORY_SHARE * bestDocument;
}

/** None fits because of the place, and the place is the only condition the question sets. */
function placeOnly({ blocking, conditions: c }: DirectoryResult): boolean {
  return blocking === 'place' && !c.age && !c.language && !c.cost && !c.when;
}

/** Whether the passage (its title, headings or text) writes every word of the place's name. */
function namesPlace(chunk: Chunk, place: string | undefined): boolean {
  const name = tokenize(place ?? '');
  if (name.length === 0) return false;
  const words = new Set(tokenize(`${chunk.title} ${chunk.headings.join(' ')} ${chunk.text}`));
  return name.every((w) => words.has(w));
}
