import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/knowledge/types.js';
import { linkEntry, preferDirectory, threadContext } from '../../../src/core/skills/ask.js';

const hit = (source: string, score: number, contact = false, title = source): Hit => ({
  score,
  chunk: {
    id: `${source}::0`, source, title, headings: [], text: 'text', hash: source,
    ...(contact ? { contact: { organization: 'Lakeland VR', phones: ['(555) 555-0101'] } } : {}),
  },
});

describe('preferDirectory', () => {
  const hits = [hit('guides/when-an-agency-does-not-deliver.md', 0.9), hit('guides/vr-eligibility.md', 0.8), hit('directory/maple.json#vr', 0.7, true)];

  it('puts a close directory entry first when someone asks who to call', () => {
    expect(preferDirectory('who do I call about VR services?', hits).map((h) => h.chunk.source)).toEqual([
      'directory/maple.json#vr',
      'guides/when-an-agency-does-not-deliver.md',
      'guides/vr-eligibility.md',
    ]);
  });

  it('leaves the ranking alone for other questions and for distant entries', () => {
    expect(preferDirectory('what does VR pay for?', hits)).toBe(hits);
    const far = [hit('guides/a.md', 0.9), hit('directory/x.json#1', 0.5, true)];
    expect(preferDirectory('who should we contact about VR?', far)).toBe(far);
  });
});

describe('linkEntry', () => {
  const guides = [
    hit('guides/ssi-earned-income.md', 0.65, false, 'SSI and Work'),
    hit('guides/benefits-counseling-wipa.md', 0.6, false, 'Benefits Counseling (WIPA)'),
    hit('guides/ticket-to-work.md', 0.5, false, 'Ticket to Work'),
  ];
  const wider = [...guides, hit('directory/x.json#jobs', 0.45, true, 'Job Coaching'), hit('directory/x.json#wipa', 0.4, true, 'Benefits Counseling (WIPA Work Incentives Planning)')];

  it("puts a program's directory entry right after the guide about it, among the passages the answer reads", () => {
    const linked = linkEntry(guides, wider);
    expect(linked.map((h) => h.chunk.source)).toEqual([
      'guides/ssi-earned-income.md',
      'guides/benefits-counseling-wipa.md',
      'directory/x.json#wipa',
      'guides/ticket-to-work.md',
    ]);
    // It takes the place's score, so it is read before the passages below it.
    expect(linked[2]!.score).toBe(0.5);
  });

  it('adds nothing when no entry is titled for a passage', () => {
    const noEntry = wider.filter((h) => h.chunk.source !== 'directory/x.json#wipa');
    expect(linkEntry(guides, noEntry)).toBe(guides);
  });
});

describe('threadContext', () => {
  const thread = [
    { from: 'U1', text: 'Who is presumed eligible for VR?', isBot: false },
    { from: 'B', text: 'Anyone on SSI or SSDI [1]', isBot: true },
  ];

  it('gives a short follow-up the question a person asked before it', () => {
    expect(threadContext('and how long does that take?', thread)).toBe('Who is presumed eligible for VR?');
  });

  it('leaves a self-contained question and a thread-less message alone', () => {
    expect(threadContext('What documents does a student need to bring to the first VR intake appointment at the Maple office?', thread)).toBeUndefined();
    expect(threadContext('and how long does that take?', undefined)).toBeUndefined();
  });
});
