// What a question is answered from. A KnowledgeView is one loaded index: search, the corpus
// statistics the gate reads, and each source's chunks. A KnowledgeSearch hands out the newest view;
// a question takes one view and uses it throughout, so a hot reload never mixes two indexes in one
// answer. The live KnowledgeSearch is built in exactly one place (services.ts createKnowledgeSearch)
// and every entry point (server, console, `liaison ask`, bench, test helpers) gets it from there.
import type { DistrictPlace } from './directory/places.js';
import type { CorpusStats, KnowledgeIndex, SearchOptions } from './search.js';
import type { Chunk, Hit } from './types.js';

export interface KnowledgeView {
  search(query: string, k?: number, opts?: SearchOptions): Promise<Hit[]>;
  /** Corpus document frequencies: how the answerer tells words the folder never uses. */
  readonly corpus: CorpusStats;
  /** The chunks of one source, in reading order: how a better section of a best source is read. */
  chunksOf(source: string): readonly Chunk[];
  /** Every chunk: a directory question reads the service records among them. */
  readonly chunks: readonly Chunk[];
}

export interface KnowledgeSearch {
  /** The newest loaded index. */
  current(): Promise<KnowledgeView>;
  /** The district's places file (town, county, ZIP), when one is configured. */
  readonly places?: readonly DistrictPlace[];
}

/** The live search over an index that can be swapped under it (see index-store.ts openIndexHandle). */
export interface LiveKnowledge extends KnowledgeSearch {
  current(): Promise<KnowledgeIndex>;
}
