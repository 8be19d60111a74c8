import { describe, expect, it } from 'vitest';
import { countiesIn, namesUnknownCounty, otherPlace, pointsAtUnknownPlace } from '../../../../src/core/knowledge/answer/place.js';

describe('the county a question asks about', () => {
  it('reads county names as written or typed in lower case, and skips "each county"', () => {
    expect([...countiesIn('Is there paratransit in river county? Each county runs its own.')]).toEqual(['river']);
    expect([...countiesIn('Maple County DD Board and the River County office')]).toEqual(['maple', 'river']);
    expect(countiesIn('your county board').size).toBe(0);
    expect(countiesIn('Every county has one; ask the neighboring county or the next county over, or another county.').size).toBe(0);
    expect([...countiesIn('moving from tolliver county to birch county')]).toEqual(['tolliver', 'birch']);
  });

  it('flags an answer that quotes only another county', () => {
    const maple = [{ text: 'Maple County DD Board intake: 555-0107', where: 'Who to call' }];
    expect(otherPlace('phone for the River County DD board?', maple)).toBe(true);
    expect(otherPlace('phone for the Maple County DD board?', maple)).toBe(false);
  });

  it('flags an answer that leads with another county, though a later unit names the one asked', () => {
    const quote = [
      { text: 'Senior exit IEPs must be completed by April 30, 2027.', where: 'Pell County Schools — Secondary Transition Timeline' },
      { text: 'Hours: Mon-Fri 7:30-16:00', where: 'Transition planning and IEP support\nTolliver County Schools' },
    ];
    expect(otherPlace('when are senior exit IEPs due in tolliver county schools this year?', quote)).toBe(true);
    expect(otherPlace('when are senior exit IEPs due in pell county schools this year?', quote)).toBe(false);
  });

  it("reads a directory entry's service area with its lines", () => {
    const entry = [{ text: 'Fees: $3.50 per one-way ride in 2026.', where: 'MAT Access Paratransit\nService area: Maple County' }];
    expect(otherPlace('how much is a ride in River County?', entry)).toBe(true);
    expect(otherPlace('how much is a ride in Maple County?', entry)).toBe(false);
  });

  it('leaves answers that name no county alone: a federal rule holds in every county', () => {
    const rule = [{ text: 'VR must decide within 60 days (34 CFR 361.41(b)(1)).', where: 'VR Timelines' }];
    expect(otherPlace('River County VR: how long to decide eligibility?', rule)).toBe(false);
    expect(otherPlace('how long does VR take to decide?', [{ text: 'In Maple County call 555-0101.', where: '' }])).toBe(false);
  });
});

describe('a place the story names and the question points at', () => {
  const unknown = (w: string) => ['Oregon', 'Nebraska'].includes(w);

  it('is what "there" and "that state" mean', () => {
    expect(pointsAtUnknownPlace('My cousin lives in Oregon. When do IEP rights transfer there?', unknown)).toBe(true);
    expect(pointsAtUnknownPlace('Her dad lives in Nebraska. Does that state start transition at 14?', unknown)).toBe(true);
  });

  it('is not the question when nothing points at it, or "there" only says something exists', () => {
    expect(pointsAtUnknownPlace('We moved here from Oregon. When do IEP rights transfer?', unknown)).toBe(false);
    expect(pointsAtUnknownPlace('We moved here from Oregon. Is there a VR office near us?', unknown)).toBe(false);
    expect(pointsAtUnknownPlace('We live in Maple County. What happens there at 18?', unknown)).toBe(false);
  });
});

describe('a county the folder never names', () => {
  const unknown = (name: string) => !['maple', 'river'].includes(name);

  it('is named by the story or the question, in any case', () => {
    expect(namesUnknownCounty('fam is moving to Franklin County this summer - which district office will serve them?', unknown)).toBe(true);
    expect(namesUnknownCounty('how long is the waiver waiting list in kessler county right now?', unknown)).toBe(true);
  });

  it('is not a county the folder names, nor "your county"', () => {
    expect(namesUnknownCounty('fam is moving to Maple County - which office will serve them?', unknown)).toBe(false);
    expect(namesUnknownCounty('which office serves your county?', unknown)).toBe(false);
  });
});
