// An embedder that records every text it is asked to embed, so a test can see what was (re-)embedded.
import type { Vocabulary } from '../../src/core/knowledge/folder-vocabulary.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { LearningEmbedder } from '../../src/core/knowledge/types.js';

/** Counts what reaches the embedder (the offline one, learning from the folder as it does), so a test can see what was (re-)embedded. */
export class CountingEmbedder implements LearningEmbedder {
  readonly inner: OfflineEmbedder;
  embeddedTexts: string[];
  /** How many times it learned a folder. */
  learned: { count: number };
  constructor(dimensions = 768, shared?: { inner: OfflineEmbedder; embeddedTexts: string[]; learned: { count: number } }) {
    this.inner = shared?.inner ?? new OfflineEmbedder({ dimensions });
    this.embeddedTexts = shared?.embeddedTexts ?? [];
    this.learned = shared?.learned ?? { count: 0 };
  }
  get id() {
    return this.inner.id;
  }
  get dimensions() {
    return this.inner.dimensions;
  }
  learn(texts: readonly string[]): Vocabulary {
    this.learned.count += 1;
    return this.inner.learn(texts);
  }
  withVocabulary(vocabulary: Vocabulary): CountingEmbedder {
    return new CountingEmbedder(this.dimensions, { inner: this.inner.withVocabulary(vocabulary), embeddedTexts: this.embeddedTexts, learned: this.learned });
  }
  async embedDocuments(texts: string[]) {
    this.embeddedTexts.push(...texts);
    return this.inner.embedDocuments(texts);
  }
  embedQuery(text: string) {
    return this.inner.embedQuery(text);
  }
}
