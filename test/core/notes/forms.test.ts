// Notes that come as the export of a form or a transcript tool: columns headed by the form's questions,
// voices labelled "Speaker 2". Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = (notes: string, poster?: string) =>
  extractActions(notes, { meetingDate: MEETING, poster }).map((i) => [i.owners, i.task, i.due]);

describe('extractActions on exported forms and transcripts', () => {
  it('a check-in form exported as CSV, its columns headed by the questions, a "nothing" answer no task', () => {
    const notes = [
      'Timestamp,Your name,Student,What is your next step?,Due by?,Anything else we should know?',
      '3/2/2027 9:01:12,Rhea Mendez,A.B.,Mail the bus pass forms to the families,3/9/2027,',
      '3/2/2027 9:40:03,Omar Haddad,C.D.,nothing new this week,,"Thanks, all"',
      '3/2/2027 10:12:45,Lena Park,E.F.,"Book the gym, then tell the families",Friday,',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea Mendez'], 'mail the bus pass forms to the families', '2027-03-09'],
      [['Lena Park'], 'book the gym, then tell the families', '2027-03-05'],
    ]);
  });
});
