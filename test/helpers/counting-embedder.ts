// An embedder that records every text it is asked to embed, so a test can see what was (re-)embedded.
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { Embedder } from '../../src/core/knowledge/types.js';

/** Counts what reaches the embedder, so a test can see what was (re-)embedded. */
export class CountingEmbedder implements Embedder {
  readonly inner: OfflineEmbedder;
  embeddedTexts: string[] = [];
  constructor(dimensions = 768) {
    this.inner = new OfflineEmbedder({ dimensions });
  }
  get id() {
    return this.inner.id;
  }
  get dimensions() {
    return this.inner.dimensions;
  }
  async embedDocuments(texts: string[]) {
    this.embeddedTexts.push(...texts);
    return this.inner.embedDocuments(texts);
  }
  embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}
