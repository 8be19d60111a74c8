import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { quotedUnits } from '../../../../src/core/knowledge/answer/quote.js';
import { splitSentences } from '../../../../src/core/knowledge/answer/sentences.js';
import { corpusStatsOf } from '../../../../src/core/knowledge/search.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';

// Written for these tests: tables as the loaders write them, one row a line with its cells joined by " | ".
const WAIVERS: Chunk = {
  id: 'handbook/ch4.txt::0',
  source: 'handbook/ch4.txt',
  title: 'Family Handbook',
  headings: ['4.1 Overview of the Three Waivers'],
  text: [
    'The Commonwealth offers three Medicaid waivers for people with developmental disabilities.',
    '',
    'Waiver | Who it is for | Annual limit (2026)',
    'Family Supports Waiver (FSW) | Children and adults who live with family | $38,500 per plan year',
    'Independent Living Waiver (ILW) | Adults age 18 and older who live in their own home | $52,000 per plan year',
  ].join('\n'),
  hash: 'w',
};
const LIAISONS: Chunk = {
  id: 'memos/liaisons.txt::0',
  source: 'memos/liaisons.txt',
  title: 'School liaison assignments',
  headings: [],
  text: [
    'Each high school has a named VR liaison.',
    '',
    'County | School | Liaison | Direct line | Liaison day at school',
    'Kessler | Marlow Heights High School | Renee Okafor | (614) 555-0161 | 2nd Tuesday of each month',
    'Kessler | Kessler Valley High School | Dustin Marchetti | (614) 555-0162 | 1st Thursday of each month',
    'Millbrook | Dalton Ridge High School | Carlos Ybarra | (614) 555-0165 | 3rd Friday of each month',
  ].join('\n'),
  hash: 'l',
};
const OTHER: Chunk = {
  id: 'pages/respite.md::0',
  source: 'pages/respite.md',
  title: 'Respite',
  headings: [],
  text: 'Respite gives unpaid family caregivers a break, up to 480 hours per plan year.',
  hash: 'r',
};
const corpus = corpusStatsOf([WAIVERS, LIAISONS, OTHER]);
const hit = (chunk: Chunk, score: number): Hit => ({ chunk, score });

describe('a table row read with its header row', () => {
  it('knows which row is the header and gives it to the rows below', () => {
    const rows = splitSentences(WAIVERS.text).filter((s) => s.text.includes(' | '));
    expect(rows[0]).toMatchObject({ text: 'Waiver | Who it is for | Annual limit (2026)', head: true });
    expect(rows[1]!.header).toBe('Waiver | Who it is for | Annual limit (2026)');
    // A run of rows whose first row holds figures has no header: the figures are data.
    const staff = splitSentences('Dr. Amos Kettering | Director | 555-0151\nBeth Ann Lusk | Coordinator | 555-0153');
    expect(staff.some((s) => s.head || s.header)).toBe(false);
  });

  it('answers a yearly amount the header names: the row says only "per plan year"', () => {
    const q = 'What is the 2026 annual limit for the Family Supports Waiver?';
    const hits = [hit(WAIVERS, 0.9), hit(OTHER, 0.3)];
    const units = quotedUnits(q, hits);
    expect(units.find((u) => u.text.includes('$38,500'))?.text).toContain('Annual limit (2026)');
    const g = assessGrounding(q, hits, undefined, { corpus });
    expect(g.signals.cuts.quoteKindMissing).toBeUndefined();
    expect(g.grounded).toBe(true);
    expect(extractiveAnswer(q, hits).text).toContain('$38,500 per plan year');
  });

  it('quotes the row that answers, never the header row alone', () => {
    const a = extractiveAnswer("who's the BERA liaison for kessler valley hs and whats their direct #", [hit(LIAISONS, 0.9), hit(OTHER, 0.2)]);
    expect(a.text).toContain('Dustin Marchetti | (614) 555-0162');
    expect(a.text).not.toContain('County | School | Liaison');
  });
});
