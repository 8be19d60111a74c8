import { describe, expect, it } from 'vitest';
import { initialsIn } from '../../../../src/core/knowledge/answer/acronym.js';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { corpusStatsOf } from '../../../../src/core/knowledge/search.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';

describe("a name's initials", () => {
  it('are read from runs of capitalised words on one line, small words skipped', () => {
    expect(initialsIn('CANEY VALLEY TRANSIT\nRIDER GUIDE').has('cvt')).toBe(true);
    expect(initialsIn('Cumberland Hills Center for Independent Living, 509 Foundry Street').has('chcil')).toBe(true);
    expect(initialsIn('CANEY VALLEY\nTRANSIT').has('cvt')).toBe(false);
    expect(initialsIn('the valley transit district').size).toBe(0);
  });

  it('let an acronym asked name the passage that writes the name out: no missing name, the count answers', () => {
    const rider: Chunk = {
      id: 'cvt#1',
      source: 'community/caney-valley-transit-rider-guide.txt',
      title: 'CANEY VALLEY TRANSIT',
      headings: ['RIDER GUIDE: ACCESS PARATRANSIT AND RURAL DIAL-A-RIDE', 'TRAVEL TRAINING'],
      text: 'Free one-on-one travel training teaches riders to use the fixed-route bus safely on their own. Training usually takes 4 to 10 sessions.',
      hash: 'a',
    };
    const other: Chunk = { id: 'cvt#0', source: 'community/caney-valley-transit-rider-guide.txt', title: 'CANEY VALLEY TRANSIT', headings: ['FARES'], text: 'Caney Valley Transit (CVT) runs two kinds of service. Students with a CVT student pass ride free.', hash: 'b' };
    const corpus = corpusStatsOf([rider, other]);
    const hits: Hit[] = [{ chunk: rider, score: 0.88 }];
    const g = assessGrounding('CVT travel training usually takes how many sessions?', hits, undefined, { corpus });
    expect(g.focus?.missing).not.toContain('cvt');
    expect(g.signals.cuts.focusNameMissing).toBeUndefined();
  });
});
