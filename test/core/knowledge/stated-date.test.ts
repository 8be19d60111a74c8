import { describe, expect, it } from 'vitest';
import { compareDates, datesIn, headOf, statedDate } from '../../../src/core/knowledge/stated-date.js';

describe('statedDate', () => {
  it('reads the date a document gives itself at its head', () => {
    expect(statedDate('guides/able-quick-guide.md', 'ABLE Accounts — Quick Guide', 'Transition Office · revised February 2026\n\nWho qualifies ...')).toEqual({ year: 2026, month: 2 });
    expect(statedDate('rider-guide.txt', 'RIDER GUIDE', "RIDER'S GUIDE -- Effective January 1, 2024\nFares are current as of January 2024.")).toEqual({ year: 2024, month: 1 });
    expect(statedDate('roster.md', 'Cooperative roster', 'Shared drive copy — last edited 9/2/2026')).toEqual({ year: 2026, month: 9 });
  });

  it('takes a year from the file name when the text gives none', () => {
    expect(statedDate('transit/fares-2026.html', 'Fares & Passes', 'Route 1 runs every 30 minutes.')).toEqual({ year: 2026 });
    expect(statedDate('news/newsletter-2026-12.eml', 'Hills & Roads', 'Hi friends,')).toEqual({ year: 2026, month: 12 });
  });

  it('dates a period by its start, not its end, and a school year by its first year', () => {
    expect(statedDate('youth-guide.md', 'Youth Program Guide', 'Program Year 2026 (July 1, 2026 – June 30, 2027)')).toEqual({ year: 2026, month: 7 });
    expect(statedDate('agreement.md', 'Interagency agreement', 'Term: October 1, 2025 through September 30, 2028')).toEqual({ year: 2025, month: 10 });
    expect(statedDate('handbook-2026-27.docx', 'Transition Handbook 2026-27', 'For families.')).toEqual({ year: 2026 });
  });

  it('gives no date when the name, title and head write none', () => {
    expect(statedDate('tpcil-faq.md', 'Frequently Asked Questions', 'What is a Center for Independent Living? A nonprofit run by people with disabilities.')).toBeUndefined();
  });

  it('reads only the head: a date further down is what the document is about', () => {
    const head = `Ticket to Work — what it is. ${'A free, voluntary program. '.repeat(20)}`;
    expect(statedDate('ticket.md', 'Ticket to Work', `${head} Apply before March 3, 2027.`)).toBeUndefined();
  });
});

describe('headOf', () => {
  it('reads a date written as a heading, as flyers write it', () => {
    const chunks = [
      { headings: ['FAMILY TRANSITION NIGHT', 'THURSDAY, NOVEMBER 5, 2026 6:00 - 8:00 PM'], text: 'Free pizza dinner at 5:30!' },
      { headings: ['FAMILY TRANSITION NIGHT', 'Visit tables from'], text: 'Transit, VR and the CIL.' },
    ];
    expect(statedDate('family-night-flyer.txt', 'FAMILY TRANSITION NIGHT', headOf(chunks))).toEqual({ year: 2026, month: 11 });
  });
});

describe('compareDates', () => {
  it('orders by year, then by month when both give one', () => {
    expect(compareDates({ year: 2026, month: 1 }, { year: 2025, month: 3 })).toBeGreaterThan(0);
    expect(compareDates({ year: 2026, month: 9 }, { year: 2026, month: 11 })).toBeLessThan(0);
    expect(compareDates({ year: 2026 }, { year: 2026, month: 2 })).toBe(0);
  });

  it('reads the written forms of a date', () => {
    expect(datesIn('Date: Tue, 12 Jan 2027 09:14')).toEqual([{ year: 2027, month: 1 }]);
    expect(datesIn('(rev. 08/2026)')).toEqual([{ year: 2026, month: 8 }]);
    expect(datesIn('Minutes 2026-09-17')).toEqual([{ year: 2026, month: 9 }]);
  });
});
