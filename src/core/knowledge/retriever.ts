// The hybrid search (vectors + BM25) as a LangChain retriever. It searches whatever KnowledgeSearch
// it is given (services.ts createKnowledgeSearch builds the live one), newest index first, so a
// LangChain chain sees exactly what Liaison's own answers see.
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import { Document } from '@langchain/core/documents';
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import type { KnowledgeSearch } from './live.js';
import type { Hit } from './types.js';

/** What each Document's metadata carries. */
export interface LiaisonDocumentMetadata {
  /** Chunk id: `${source}::${n}`. */
  id: string;
  /** Path relative to the knowledge folder; HSDS: `file.json#serviceId`. */
  source: string;
  title: string;
  /** Headings from the document's top down to the chunk's section. */
  headings: string[];
  /** The same, joined with " > " ("" at the top of a document). */
  headingPath: string;
  /** HSDS service id, for directory entries. */
  serviceId?: string;
  url?: string;
  /** Fused relevance in [0, 1], higher is better. */
  score: number;
  /** The BM25 and vector parts of the score, when each matched. */
  bm25?: number;
  vector?: number;
}

export interface LiaisonRetrieverInput extends BaseRetrieverInput {
  /** Documents to return (default 5). */
  k?: number;
}

export function hitToDocument(hit: Hit): Document<LiaisonDocumentMetadata> {
  const c = hit.chunk;
  const metadata: LiaisonDocumentMetadata = {
    id: c.id,
    source: c.source,
    title: c.title,
    headings: [...c.headings],
    headingPath: c.headings.join(' > '),
    score: hit.score,
  };
  if (c.serviceId) metadata.serviceId = c.serviceId;
  if (c.url) metadata.url = c.url;
  if (hit.bm25 !== undefined) metadata.bm25 = hit.bm25;
  if (hit.vector !== undefined) metadata.vector = hit.vector;
  return new Document({ pageContent: c.text, metadata, id: c.id });
}

export class LiaisonRetriever extends BaseRetriever<LiaisonDocumentMetadata> {
  static override lc_name(): string {
    return 'LiaisonRetriever';
  }

  lc_namespace = ['liaison', 'retrievers'];
  readonly k: number;

  constructor(
    private readonly knowledge: KnowledgeSearch,
    fields: LiaisonRetrieverInput = {},
  ) {
    super(fields);
    this.k = fields.k ?? 5;
  }

  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document<LiaisonDocumentMetadata>[]> {
    const view = await this.knowledge.current();
    const hits = await view.search(query, this.k);
    return hits.map(hitToDocument);
  }
}
