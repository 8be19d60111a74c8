import { describe, expect, it } from 'vitest';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { nameApart, nameRuns } from '../../../../src/core/knowledge/answer/name-phrase.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';

const hit = (title: string, text: string, score = 0.85): Hit => ({ chunk: { id: title, source: `${title}.txt`, title, headings: [], text, hash: title } as Chunk, score });

const college = hit('Tolliver State Community College', 'Accessibility Services, Hargrove Hall, Room 114, Creekmont Campus. Phone 555-0151.');
const cil = hit('Hills & Roads newsletter', 'Cumberland Hills Center for Independent Living, 509 Foundry Street, Marrowfield. Phone 555-0161.', 0.7);

describe('the name-apart check', () => {
  it('reads the names a question writes in capitals, a possessive or a number ending one', () => {
    expect(nameRuns("what's the phone number for the Tolliver State Marrowfield Center?")).toEqual([['tolliv', 'stat', 'marrowfield', 'cent']]);
    expect(nameRuns("What is the deadline for Fenwick College's LAUNCH program?").map((r) => r.length)).toEqual([2]);
    expect(nameRuns('Which Juniper Valley RE-1 form is it?')).toEqual([['junip', 'valley']]);
    expect(nameRuns('whats the number for the cil')).toEqual([]);
  });

  it('finds a name whose words the passages hold only apart, not one they write', () => {
    expect(nameApart("what's the phone number for the Tolliver State Marrowfield Center?", [college, cil])).toBe('stat marrowfield');
    expect(nameApart("what's the phone number for the Tolliver State Community College?", [college, cil])).toBeUndefined();
    // An acronym stands for the words it initials.
    expect(nameApart('what are the hours of the Cumberland Hills CIL?', [college, cil])).toBeUndefined();
    expect(nameApart('what are the hours of the Creekmont CIL?', [college, cil])).toBe('creekmont cil');
  });

  it('reads a name written with its two parts the other way round', () => {
    const contacts = hit('Agency contacts', 'Social Security — Redbud Creek office | (325) 555-0233 | 800 E. Grant Ave.');
    expect(nameApart('What are the walk-in hours at the Redbud Creek Social Security office?', [contacts])).toBeUndefined();
    // Each part must be written whole: "Creek Redbud" is no name the passage writes.
    expect(nameApart('What are the walk-in hours at the Creek Redbud Social Security office?', [contacts])).toBe('creek redbud');
    expect(nameApart("what's the phone number for the Marrowfield Tolliver State Center?", [college, cil])).toBe('marrowfield tolliv');
  });

  it("reads the best passage's whole source: a page names what it is about in sections search did not return", () => {
    const rates = hit('Accessible housing', 'Room type | Cost per quarter\nShared suite room | $2,150 (2026 figure)', 0.99);
    const intro: Chunk = { ...rates.chunk, id: 'intro', text: 'Heron Hall is our residence hall, with accessible suites on the first floor.' };
    const chunksOf = (source: string): Chunk[] => (source === rates.chunk.source ? [rates.chunk, intro] : []);
    const q = 'What does a shared suite room in Heron Hall cost per quarter?';
    expect(nameApart(q, [rates, cil])).toBe('heron hall');
    expect(nameApart(q, [rates, cil], chunksOf)).toBeUndefined();
    // Only the best passage's source: another source's sections say nothing of what the best one is about.
    expect(nameApart(q, [{ ...rates, score: 0.5 }, cil], chunksOf)).toBe('heron hall');
    expect(assessGrounding(q, [rates, cil], undefined, { chunksOf }).signals.cuts.unknownName).toBeUndefined();
    expect(assessGrounding(q, [rates, cil]).signals.cuts.unknownName).toBe(1);
  });

  it('lowers the confidence of a question about a name the passages never write', () => {
    const made = assessGrounding("what's the phone number for the Tolliver State Marrowfield Center?", [college, cil]);
    const real = assessGrounding("what's the phone number for the Tolliver State Community College?", [college, cil]);
    expect(made.signals.cuts.unknownName).toBe(1);
    expect(real.signals.cuts.unknownName).toBeUndefined();
    expect(made.confidence).toBeLessThan(real.confidence);
  });
});
