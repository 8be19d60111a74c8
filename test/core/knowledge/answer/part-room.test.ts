import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe('a message asking two things', () => {
  it('gives the room one part leaves unused to the other part', () => {
    const phone = passage('Call the Harbor VR intake line at 555-0100.', 'Harbor VR intake', 0.9, 'pages/harbor-vr.md');
    const visit = passage(
      [
        'The first appointment with a Harbor VR counselor is a relaxed conversation about the student, the jobs the student is curious about, the supports that have worked at school, and the questions the family brings, and most families say it feels much less formal than an IEP meeting at school.',
        'For the first appointment the family should bring photo ID, the Social Security card, the most recent IEP or 504 plan, and any medical or psychological records that describe the disability, so the counselor can start the eligibility review the same day.',
      ].join(' '),
      'Your first Harbor VR appointment',
      0.8,
      'pages/first-appointment.md',
    );
    const a = extractiveAnswer('what is the harbor vr intake phone number, and what should the family bring to the first appointment?', [phone, visit]);
    expect(a.text).toContain('555-0100');
    expect(a.text).toContain('Social Security card');
    expect(a.text.length).toBeLessThanOrEqual(800);
    expectValidCitations(a);
  });
});
