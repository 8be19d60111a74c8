import { describe, expect, it } from 'vitest';
import { lowerStale, preferNewer, replaces, sourceDate } from '../../../src/core/knowledge/newer-first.js';
import type { Chunk, Hit } from '../../../src/core/knowledge/types.js';

const chunk = (source: string, head: string, extra: Partial<Chunk> = {}): Chunk => ({ id: `${source}::0`, source, title: source, headings: [], text: head, hash: source, ...extra });
const guide2025 = chunk('family-benefits-guide.md', 'Work and Benefits — published March 2025. The trial work period month is $1,160 in 2025.');
const table2026 = chunk('ssa-figures.txt', 'Social Security figures, updated January 5, 2026. Trial work period month: $1,210.');
const onePager = chunk('ticket-to-work.md', 'Ticket to Work helps people on SSI or SSDI find work.');
const entry = chunk('directory.json#svc-1', 'Benefits counseling', { serviceId: 'svc-1', contact: { phones: ['555-0171'] } });
const bySource = new Map([guide2025, table2026, onePager, entry].map((c) => [c.source, [c]]));
const chunksOf = (source: string) => bySource.get(source) ?? [];
const hit = (c: Chunk, score: number): Hit => ({ chunk: c, score });

describe('preferNewer', () => {
  const hits = [hit(guide2025, 0.78), hit(table2026, 0.77), hit(onePager, 0.4)];

  it('puts the newer of two close sources first when the question names a later year', () => {
    const out = preferNewer('What is the 2026 trial work period month amount?', hits, chunksOf);
    expect(out.map((h) => h.chunk.source)).toEqual(['ssa-figures.txt', 'family-benefits-guide.md', 'ticket-to-work.md']);
    expect(out[0]!.score).toBe(0.78);
  });

  it('does so when the question asks whether something still holds', () => {
    expect(preferNewer('is the trial work period amount still $1,160?', hits, chunksOf)[0]!.chunk.source).toBe('ssa-figures.txt');
  });

  it('leaves the ranking alone when the question asks nothing about now', () => {
    expect(preferNewer('what is a trial work period month?', hits, chunksOf)).toBe(hits);
    expect(preferNewer('what was the trial work period amount in 2025?', hits, chunksOf)).toBe(hits);
  });

  it('never moves a source that scores far below the best, an undated one, or a directory entry', () => {
    const far = [hit(guide2025, 0.9), hit(table2026, 0.4)];
    expect(preferNewer('2026 trial work period amount?', far, chunksOf)).toBe(far);
    const undated = [hit(guide2025, 0.8), hit(onePager, 0.79)];
    expect(preferNewer('2026 trial work period amount?', undated, chunksOf)).toBe(undated);
    const withEntry = [hit(entry, 0.8), hit(table2026, 0.79)];
    expect(preferNewer('2026 benefits counseling now?', withEntry, chunksOf)).toBe(withEntry);
  });
});

describe('a source that says it replaces another', () => {
  const oldGuide = chunk('pre-ets-guide-2024-25.txt', 'GUIDE FOR SCHOOL TEAMS 2024-2025 School Year. College road trip: April 10, 2025.');
  const newGuide = chunk('pre-ets-guide-2025-26.txt', 'GUIDE FOR SCHOOL TEAMS 2025-2026 School Year (replaces the 2024-2025 guide). College road trip: April 16, 2026.');
  const riderGuide = chunk('rider-guide-2024.txt', 'Rider guide, effective July 1, 2024.');
  const sheet = chunk('ssa-table-2026.txt', 'Updated January 5, 2026 -- replaces all earlier versions of this sheet.');
  const all = new Map([oldGuide, newGuide, riderGuide, sheet, guide2025].map((c) => [c.source, [c]]));
  const of = (source: string) => all.get(source) ?? [];

  it('puts the replacing source first whatever the question asks, when it is close to the best', () => {
    const hits = [hit(oldGuide, 0.8), hit(newGuide, 0.7), hit(riderGuide, 0.5)];
    const out = preferNewer('college road trip spring date?', hits, of);
    expect(out.map((h) => h.chunk.source)).toEqual(['pre-ets-guide-2025-26.txt', 'pre-ets-guide-2024-25.txt', 'rider-guide-2024.txt']);
    expect(out[0]!.score).toBe(0.8);
  });

  it('reads a replacement only of the document its head names, by word and number, and only of an older one', () => {
    expect(replaces('pre-ets-guide-2025-26.txt', 'pre-ets-guide-2024-25.txt', of)).toBe(true);
    expect(replaces('pre-ets-guide-2025-26.txt', 'rider-guide-2024.txt', of)).toBe(false);
    expect(replaces('pre-ets-guide-2024-25.txt', 'pre-ets-guide-2025-26.txt', of)).toBe(false);
    expect(replaces('ssa-table-2026.txt', 'family-benefits-guide.md', of)).toBe(false);
    // A flyer can say it in its title, the line its banner frames.
    const flyer2025 = chunk('summer-work-2025-flyer.txt', 'Pay: $13.50 per hour. Apply by April 18, 2025.', { title: 'GET PAID THIS SUMMER!' });
    const flyer2026 = chunk('summer-work-2026-flyer.txt', 'Pay: $15.00 per hour. Flyer date: January 20, 2026.', { title: 'SUMMER WORK EXPERIENCE 2026 (replaces the 2025 flyer)' });
    const flyers = new Map([flyer2025, flyer2026].map((c) => [c.source, [c]]));
    expect(replaces('summer-work-2026-flyer.txt', 'summer-work-2025-flyer.txt', (s) => flyers.get(s) ?? [])).toBe(true);
    const far = [hit(oldGuide, 0.9), hit(newGuide, 0.4)];
    expect(preferNewer('college road trip spring date?', far, of)).toBe(far);
  });
});

describe('sourceDate', () => {
  it('reads a document dated only by its asOf (an email\'s sent date) by that date', () => {
    const mail = chunk('office-move.eml', 'The office moves to 1220 Grant Avenue in September.', { title: 'Office move', asOf: '2025-08-18' });
    expect(sourceDate('office-move.eml', () => [mail])).toEqual({ year: 2025, month: 8 });
  });
});

describe('lowerStale', () => {
  const old = chunk('handbook-2023.txt', 'Transition handbook, March 2023. The council meets quarterly at the library.');
  const page = chunk('council-home.html', 'Transition Council, updated October 2025. The council meets the second Thursday of every other month.');
  const others = ['guide-2025.docx', 'flyer-2026.txt', 'faq-2026.md'].map((s, i) => chunk(s, `Issued ${['August 2025', 'January 2026', 'January 2026'][i]}.`));
  const folder = [old, page, ...others, entry];
  const by = new Map(folder.map((c) => [c.source, [c]]));
  const of = (source: string) => by.get(source) ?? [];

  it('ranks a source written two years or more before the rest of its folder below a close newer one, keeping the scores in place', () => {
    const out = lowerStale([hit(old, 0.8), hit(page, 0.7), hit(others[0]!, 0.3)], folder, of);
    expect(out.map((h) => h.chunk.source)).toEqual(['council-home.html', 'handbook-2023.txt', 'guide-2025.docx']);
    expect(out.map((h) => h.score)).toEqual([0.8, 0.7, 0.3]);
  });

  it('leaves an old source first when nothing close is newer, and leaves folders without dates alone', () => {
    const far = [hit(old, 0.8), hit(page, 0.5)];
    expect(lowerStale(far, folder, of)).toBe(far);
    const undated = [hit(onePager, 0.8), hit(entry, 0.7)];
    expect(lowerStale(undated, [onePager, entry], chunksOf)).toBe(undated);
  });
});
