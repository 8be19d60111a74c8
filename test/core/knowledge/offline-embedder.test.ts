import { describe, expect, it } from 'vitest';
import { OfflineEmbedder } from '../../../src/core/knowledge/offline-embedder.js';

const cos = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('OfflineEmbedder', () => {
  const e = new OfflineEmbedder();

  it('names its settings and size', () => {
    expect(e.id).toMatch(/^offline-hash-v2-768-[0-9a-f]{8}$/);
    expect(e.dimensions).toBe(768);
    expect(new OfflineEmbedder({ dimensions: 256 }).id).toMatch(/^offline-hash-v2-256-[0-9a-f]{8}$/);
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

  it('learns from its folder which words go together, so a question in the folder\'s other words comes closer', async () => {
    // In this folder mileage is always reimbursed; nothing in the thesaurus says so.
    const folder = [
      'Mileage is reimbursed at the state rate for trips to work experience sites.',
      'Families who drive to appointments can claim mileage; it is reimbursed monthly.',
      'Mileage logs are reimbursed once the counselor signs them.',
      'Supported employment begins with a job coach at the work site.',
      'The IPE lists the services and the counselor who arranges them.',
      'Order of selection decides who is served first when funds are short.',
      'Students may apply two years before leaving school.',
      'Benefits counseling explains how wages affect SSI.',
      'A job coach fades support as the worker learns the tasks.',
      'Transcripts and the IEP are sent with the application.',
      'Orientation sessions are held every Wednesday afternoon.',
      'College tuition is paid after grants are applied.',
      'Assistive technology is assessed before it is bought.',
      'Appeals go to an impartial hearing officer.',
      'Interpreters are provided at no cost to the family.',
      'Summer work programs run for six weeks.',
    ];
    const learned = e.withVocabulary(e.learn(folder));
    const question = 'how is mileage paid back?';
    const passages = ['Travel costs are reimbursed after each trip.', 'Travel training teaches the bus route to school.'];
    const closeness = async (embedder: OfflineEmbedder) => {
      const [answer, other] = await embedder.embedDocuments(passages);
      const q = await embedder.embedQuery(question);
      return { answer: cos(q, answer!), other: cos(q, other!) };
    };
    const before = await closeness(e);
    const after = await closeness(learned);
    expect(before.answer).toBeLessThanOrEqual(before.other);
    expect(after.answer).toBeGreaterThan(after.other);
    // The same folder teaches the same links, and the id does not depend on them (the index stores them).
    expect(e.learn(folder)).toEqual(e.learn(folder));
    expect(learned.id).toBe(e.id);
  });
});
