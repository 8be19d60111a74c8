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

  it('lowers the confidence of a question about a name the passages never write', () => {
    const made = assessGrounding("what's the phone number for the Tolliver State Marrowfield Center?", [college, cil]);
    const real = assessGrounding("what's the phone number for the Tolliver State Community College?", [college, cil]);
    expect(made.signals.cuts.unknownName).toBe(1);
    expect(real.signals.cuts.unknownName).toBeUndefined();
    expect(made.confidence).toBeLessThan(real.confidence);
  });
});
