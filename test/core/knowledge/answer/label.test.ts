import { describe, expect, it } from 'vitest';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { labelMissing } from '../../../../src/core/knowledge/answer/label.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';

const unit = (text: string, where = 'Waiver Waiting List'): { text: string; where: string } => ({ text, where });

function hit(text: string): Hit {
  const chunk: Chunk = { id: 'pages/waiting-list.html::0', source: 'pages/waiting-list.html', title: 'Waiver Waiting List', headings: ['How long is the wait?'], text, hash: 'w' };
  return { chunk, score: 0.9 };
}

describe('a numbered label is a name the quote must give', () => {
  const quote = [unit('As of July 1, 2026, 312 residents were on the waiting list, including 41 in Priority 1.'), unit('People in Priority 1 have waited an average of 14 months for a slot.')];

  it('doubts a quote numbering the label otherwise only', () => {
    expect(labelMissing("what's the average wait for priority 3 on the waitlist", quote)).toBe(true);
    expect(labelMissing("what's the average wait for priority 1 on the waitlist", quote)).toBe(false);
  });

  it('reads a range as naming every number in it', () => {
    expect(labelMissing('how long is the wait in category 2?', [unit('Categories 1-3 are closed; the wait is about 5 to 7 months.')])).toBe(false);
    expect(labelMissing('is a 16 year old too young, what about age 16?', [unit('Open to ages 14 to 21.')])).toBe(false);
    expect(labelMissing('how long is the wait in category 4?', [unit('Categories 1-3 are closed.')])).toBe(true);
  });

  it('says nothing when the quote never numbers the label, or the word is no noun', () => {
    expect(labelMissing('when does she need the request in so it is ready day 1?', [unit('Request accommodations at least 6 weeks before the term.')])).toBe(false);
    expect(labelMissing('what happens when he is 19?', [unit('At 18 the rights transfer.')])).toBe(false);
  });

  it('declines the wait for priority 3 when the folder gives only priority 1, and answers priority 1', () => {
    const h = hit('As of July 1, 2026, 312 Fir County residents were on the waiting list, including 41 in Priority 1. In Fir County, people in Priority 1 have waited an average of 14 months for a slot.');
    const three = assessGrounding("what's the average wait for priority 3 on the fir county waitlist", [h]);
    const one = assessGrounding("what's the average wait for priority 1 on the fir county waitlist", [h]);
    expect(three.signals.cuts.focusNameMissing).toBe(1);
    expect(one.signals.cuts.focusNameMissing).toBeUndefined();
    expect(three.grounded).toBe(false);
    expect(one.grounded).toBe(true);
  });
});
