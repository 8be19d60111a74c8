import { describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('OfflineEmbedder', () => {
  const e = new OfflineEmbedder();

  it('names its settings and size', () => {
    expect(e.id).toMatch(/^offline-hash-v1-768-[0-9a-f]{8}$/);
    expect(e.dimensions).toBe(768);
    expect(new OfflineEmbedder({ dimensions: 256 }).id).toMatch(/^offline-hash-v1-256-[0-9a-f]{8}$/);
  });

  it('is deterministic across instances and unit length', async () => {
    const [a] = await e.embedDocuments(['Vocational rehabilitation eligibility within 60 days']);
    const b = await new OfflineEmbedder().embedQuery('Vocational rehabilitation eligibility within 60 days');
    expect(Array.from(a!)).toEqual(Array.from(b));
    const norm = Math.sqrt(cos(b, b));
    expect(norm).toBeCloseTo(1, 5);
  });

  it('puts a paraphrase closer than an unrelated text', async () => {
    const [doc, para, other] = await e.embedDocuments([
      'Supplemental Security Income (SSI): at age 18 the parents income no longer counts and SSA redetermines eligibility under adult rules.',
      'Will her disability check change when she turns 18?',
      'Paratransit rides to work must be booked a day ahead through the transit authority.',
    ]);
    expect(cos(doc!, para!)).toBeGreaterThan(cos(doc!, other!));
    expect(cos(doc!, para!)).toBeGreaterThan(0.1);
  });

  it('maps an empty text to a zero vector rather than failing', async () => {
    const v = await e.embedQuery('   ');
    expect(v.length).toBe(768);
    expect(v.every((x) => x === 0)).toBe(true);
  });
});
