// Notes as people dictate and forward them: written out plainly before they are read, without
// losing what a careful reader would keep.
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';
import { plainSpoken } from '../../../src/core/notes/spoken.js';

describe('dictated and forwarded notes', () => {
  it('drops hesitation and a spoken correction, and keeps what only looks like them', () => {
    expect(plainSpoken('um so I need to call VR by Friday, no wait, Monday')).toBe('so I need to call VR by Monday');
    expect(plainSpoken('Dana, actually, will call the UM disability office')).toBe('Dana, actually, will call the UM disability office');
    expect(plainSpoken('due December twenty-first, at most')).toBe('due December 21, at most');
  });

  it('reads a reply without the mail it quotes, and a forward with the notes it forwards', () => {
    const quoted = "Hi Omar,\n\nI'll send the release to the case manager by Friday.\n\n-----Original Message-----\nOmar will mail the old forms by 3/5.";
    expect(extractActions(quoted, { meetingDate: '2027-03-02', poster: 'Rhea' }).map((i) => i.task)).toEqual(['send the release to the case manager']);
    const forwarded = 'See below, thanks!\n\n---------- Forwarded message ---------\nAction: Omar to mail the consent forms by 3/9.';
    expect(extractActions(forwarded, { meetingDate: '2027-03-02' }).map((i) => [i.owners, i.task, i.due])).toEqual([[['Omar'], 'mail the consent forms', '2027-03-09']]);
  });

  it('puts back the punctuation a phone dictation wrote as words, and keeps a lone "period" as a word', () => {
    const dictated =
      'notes from the K.W. check in this morning period so mom and step dad came and Omar from voc rehab period ' +
      'Omar from voc rehab is going to send the job shadow referral to the bakery by Thursday period ' +
      'step dad is going to call the benefits office about the SSI letter comma he said tomorrow period new paragraph ' +
      'the bus pass is done period end';
    expect(extractActions(dictated, { meetingDate: '2027-03-02', poster: 'Rhea Mendez' }).map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Omar'], 'send the job shadow referral to the bakery', '2027-03-04'],
      [['Step dad'], 'call the benefits office about the SSI letter', '2027-03-03'],
    ]);
    const word = 'Omar will review the grading period with Rhea and the job coach on Friday, then send the schedule to the family and the VR office';
    expect(plainSpoken(word)).toBe(word);
  });

  it('writes two marks said together ("period new paragraph", "comma period") as one', () => {
    const said = plainSpoken('Omar will send the referral by Thursday comma period new paragraph step dad will call the benefits office period new paragraph');
    expect(said).not.toMatch(/[.,]\s*[.,]/);
    expect(said).toContain('Thursday,');
  });
});
