// Due dates and owners the notes give away from the item's own words: a minute's ACTION wrapped onto the
// next line, ... Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-04-14'; // a Wednesday
const run = itemsOn(MEETING);

describe('due dates and owners read beyond the item\'s line', () => {
  it('an "ACTION:" line of minutes wrapped mid-phrase goes on onto the next line, with the date written there', () => {
    const notes = [
      'C. Membership. Motion to add a youth seat to the council. Carried unanimously.',
      '   ACTION: Ms. Quintero will update the council roster and the membership section of the',
      '   bylaws to reflect the new seats, by May 4.',
    ].join('\n');
    expect(run(notes, 'Teodora Nyquist')).toEqual([[['Ms. Quintero'], 'update the council roster and the membership section of the bylaws to reflect the new seats', '2027-05-04']]);
  });
});
