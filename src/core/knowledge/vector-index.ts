// Approximate nearest-neighbour search over chunk vectors with hnswlib-node (cosine space).
// The native module is loaded on first use, with an error that says how to fix a failed install.
import type { HierarchicalNSW as Hnsw } from 'hnswlib-node';
import { LiaisonError } from '../errors.js';

type HnswModule = typeof import('hnswlib-node');
let hnswModule: Promise<HnswModule> | undefined;

async function loadHnsw(): Promise<HnswModule> {
  hnswModule ??= import('hnswlib-node')
    .then((m) => ((m as { default?: HnswModule }).default ?? m) as HnswModule)
    .catch((err: unknown) => {
      hnswModule = undefined;
      throw new LiaisonError(
        'internal',
        'The vector search module (hnswlib-node) could not be loaded. Install it with: npm install hnswlib-node@3.0.0 ' +
          '(it compiles a native addon, so it needs python3, make and a C++ compiler; allow its install script in package.json "allowScripts").',
        { cause: err },
      );
    });
  return hnswModule;
}

export interface VectorMatch {
  label: number;
  /** Cosine similarity in [-1, 1]. */
  similarity: number;
}

export class VectorIndex {
  private constructor(
    private readonly index: Hnsw,
    readonly dimensions: number,
    private live: number,
  ) {}

  /** An empty index for up to `capacity` vectors (it grows when needed). */
  static async create(dimensions: number, capacity: number): Promise<VectorIndex> {
    const { HierarchicalNSW } = await loadHnsw();
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(16, capacity), m: 16, efConstruction: 100, randomSeed: 42, allowReplaceDeleted: false });
    return new VectorIndex(index, dimensions, 0);
  }

  static async load(file: string, dimensions: number): Promise<VectorIndex> {
    const { HierarchicalNSW } = await loadHnsw();
    const index = new HierarchicalNSW('cosine', dimensions);
    await index.readIndex(file);
    return new VectorIndex(index, dimensions, index.getCurrentCount());
  }

  get size(): number {
    return this.live;
  }

  add(vector: Float32Array | number[], label: number): void {
    if (vector.length !== this.dimensions) {
      throw new LiaisonError('internal', `A vector of ${vector.length} numbers cannot go into an index of ${this.dimensions}.`);
    }
    if (this.index.getCurrentCount() >= this.index.getMaxElements()) this.index.resizeIndex(this.index.getMaxElements() * 2);
    this.index.addPoint(Array.from(vector), label);
    this.live += 1;
  }

  markDelete(label: number): void {
    this.index.markDelete(label);
    this.live -= 1;
  }

  /** The stored (unit-length) vector for a label. */
  vector(label: number): Float32Array {
    return Float32Array.from(this.index.getPoint(label));
  }

  search(query: Float32Array, k: number): VectorMatch[] {
    const n = Math.min(k, this.live);
    if (n <= 0) return [];
    this.index.setEf(Math.max(64, n * 2));
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i]! }));
  }

  async save(file: string): Promise<void> {
    await this.index.writeIndex(file);
  }
}
