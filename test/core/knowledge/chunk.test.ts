import { describe, expect, it } from 'vitest';
import { chunkDoc, chunkText } from '../../../src/core/knowledge/chunk.js';
import type { KnowledgeDoc } from '../../../src/core/knowledge/types.js';

const sentence = (i: number) => `Sentence ${i} explains one more rule about vocational rehabilitation for students.`;
const paragraph = (from: number, n: number) => Array.from({ length: n }, (_, k) => sentence(from + k)).join(' ');

function guide(overrides: Partial<KnowledgeDoc> = {}): KnowledgeDoc {
  return {
    source: 'guides/vr.md',
    title: 'VR guide',
    format: 'md',
    url: 'https://example.org/vr',
    asOf: '2026',
    sections: [
      { headings: ['VR guide', 'Eligibility'], text: [paragraph(0, 4), paragraph(10, 4), paragraph(20, 4), paragraph(30, 4)].join('\n\n') },
      { headings: ['VR guide', 'Order of selection'], text: paragraph(40, 30) },
      { headings: ['Appendix'], text: 'Forms are on the state website and at every office, in English and Spanish.' },
    ],
    ...overrides,
  };
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('chunkDoc', () => {
  it('keeps every chunk within the limit, never cuts a word, and loses nothing', () => {
    const doc = guide();
    for (const maxChars of [900, 400, 200]) {
      const chunks = chunkDoc(doc, { maxChars });
      expect(chunks.length).toBeGreaterThan(2);
      for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(maxChars);
      const original = doc.sections.flatMap((s) => words(s.text));
      expect(chunks.flatMap((c) => words(c.text))).toEqual(original);
    }
  });

  it('keeps a short closing remark with the list it follows instead of making it a chunk of its own', () => {
    const list = ['Every agency must offer these five activities:', ...[1, 2, 3, 4, 5].map((n) => `${n}. Activity ${n}: ${'a useful service for students. '.repeat(5).trim()}`)].join('\n');
    const remark = 'States may also offer other activities once the required ones are available.';
    const doc = guide({ sections: [{ headings: ['Pre-ETS', 'The five required activities'], text: `${list}\n\n${remark}` }] });
    expect(list.length + remark.length).toBeGreaterThan(900);
    const chunks = chunkDoc(doc);
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.text).toContain('5. Activity 5');
    expect(chunks[0]!.text.endsWith(remark)).toBe(true);
  });

  it('splits on paragraph boundaries, and a long paragraph on sentence boundaries', () => {
    const chunks = chunkDoc(guide(), { maxChars: 400 });
    const eligibility = chunks.filter((c) => c.headings.at(-1) === 'Eligibility');
    expect(eligibility.map((c) => c.text)).toEqual([paragraph(0, 4), paragraph(10, 4), paragraph(20, 4), paragraph(30, 4)]);
    const selection = chunks.filter((c) => c.headings.at(-1) === 'Order of selection');
    expect(selection.length).toBeGreaterThan(5);
    for (const c of selection) expect(c.text).toMatch(/^Sentence \d+ .*students\.$/);
  });

  it('puts the heading path on every chunk and copies url and asOf', () => {
    const chunks = chunkDoc(guide(), { maxChars: 300 });
    expect(new Set(chunks.map((c) => c.headings.join(' > ')))).toEqual(
      new Set(['VR guide > Eligibility', 'VR guide > Order of selection', 'Appendix']),
    );
    for (const c of chunks) {
      expect(c.url).toBe('https://example.org/vr');
      expect(c.asOf).toBe('2026');
      expect(c.title).toBe('VR guide');
      expect(c.source).toBe('guides/vr.md');
    }
  });

  it('gives stable ids source::n and the same hashes on a re-run', () => {
    const a = chunkDoc(guide());
    const b = chunkDoc(guide());
    expect(a.map((c) => c.id)).toEqual(a.map((_, i) => `guides/vr.md::${i}`));
    expect(b.map((c) => [c.id, c.hash])).toEqual(a.map((c) => [c.id, c.hash]));
    expect(a[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes a hash only when that chunk\'s content changes', () => {
    const before = chunkDoc(guide());
    const edited = guide();
    edited.sections[2] = { headings: ['Appendix'], text: 'Forms are on the state website and at every office, in English, Spanish and Somali.' };
    const after = chunkDoc(edited);
    const changed = after.filter((c, i) => c.hash !== before[i]!.hash).map((c) => c.headings[0]);
    expect(changed).toEqual(['Appendix']);
    expect(chunkDoc(guide({ url: 'https://example.org/moved' })).map((c) => c.hash)).toEqual(before.map((c) => c.hash));
    const retitled = chunkDoc(guide({ title: 'Vocational rehabilitation guide' }));
    expect(retitled.every((c, i) => c.hash !== before[i]!.hash)).toBe(true);
  });

  it('merges a tiny section into the next one under the same top heading, naming its sub-heading', () => {
    const doc: KnowledgeDoc = {
      source: 'ssi.md',
      title: 'SSI at 18',
      format: 'md',
      sections: [
        { headings: ['SSI at 18'], text: 'Adult rules apply.' },
        { headings: ['SSI at 18', 'Redetermination'], text: 'Usually in the year after the 18th birthday.' },
        { headings: ['Other'], text: 'Unrelated short note.' },
      ],
    };
    const chunks = chunkDoc(doc);
    expect(chunks.map((c) => [c.headings, c.text])).toEqual([
      [['SSI at 18'], 'Adult rules apply.\n\nRedetermination\nUsually in the year after the 18th birthday.'],
      [['Other'], 'Unrelated short note.'],
    ]);
  });

  it('keeps an HSDS service as one chunk with its contact, unless it is enormous', () => {
    const service: KnowledgeDoc = {
      source: 'dir.json#svc-1',
      title: 'Job coaching',
      format: 'hsds',
      serviceId: 'svc-1',
      contact: { organization: 'Lakeview VR', phones: ['(555) 555-0120'] },
      sections: [{ headings: [], text: `Provided by: Lakeview VR\n\n${paragraph(0, 12)}\n\nPhone: (555) 555-0120` }],
    };
    const [one, ...rest] = chunkDoc(service, { maxChars: 400 });
    expect(rest).toEqual([]);
    expect(one).toMatchObject({ id: 'dir.json#svc-1::0', serviceId: 'svc-1', contact: service.contact });
    const enormous = { ...service, sections: [{ headings: [], text: paragraph(0, 80) }] };
    const pieces = chunkDoc(enormous, { maxChars: 400 });
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(p.contact).toEqual(service.contact);
    const otherPhone = chunkDoc({ ...service, contact: { organization: 'Lakeview VR', phones: ['(555) 555-0199'] } }, { maxChars: 400 });
    expect(otherPhone[0]!.hash).not.toBe(one!.hash);
  });

  it('with overlap, the next chunk repeats the end of the previous one from a word boundary', () => {
    const doc = guide({ sections: [{ headings: ['Long'], text: paragraph(0, 12) }] });
    const chunks = chunkDoc(doc, { maxChars: 300, overlapChars: 60 });
    expect(chunks.length).toBeGreaterThan(2);
    for (let i = 1; i < chunks.length; i++) {
      const head = words(chunks[i]!.text).slice(0, 3).join(' ');
      expect(chunks[i - 1]!.text).toContain(head);
      expect(chunks[i]!.text.length).toBeLessThanOrEqual(300);
    }
  });
});

describe('chunkDoc on a table longer than a chunk', () => {
  const rows = Array.from({ length: 30 }, (_, i) => `P-${400 + i} | Job exploration counseling, session type ${i} | per hour | $${44 + i}.00`);
  const table = ['Code | Service | Unit | Rate', ...rows].join('\n');
  const chunks = chunkDoc(guide({ sections: [{ headings: ['Fee schedule'], text: `Rates for FY2027.\n\n${table}` }] }));

  it('carries the header row into every chunk holding rows of the table, once', () => {
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks.filter((x) => x.text.includes(' | '))) {
      expect(c.text.split('\n').filter((l) => l === 'Code | Service | Unit | Rate')).toHaveLength(1);
    }
  });

  it('loses no row and never goes far past the limit', () => {
    const all = chunks.map((c) => c.text).join('\n');
    for (const row of rows) expect(all).toContain(row);
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(900 * 1.25);
  });
});

describe('chunkText', () => {
  it('is the title, the heading path (without repeating the title) and the text', () => {
    const [first] = chunkDoc(guide(), { maxChars: 400 });
    expect(chunkText(first!)).toBe(`VR guide\nEligibility\n${paragraph(0, 4)}`);
    expect(chunkText({ title: 'T', headings: ['A', 'B'], text: 'x' })).toBe('T\nA > B\nx');
  });
});
