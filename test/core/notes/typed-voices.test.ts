// Conversations typed as "Name: message" lines with no times (texts copied by hand, a document's comment
// threads): each line is its speaker's, as a chat export's is. Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

describe('a conversation typed without times', () => {
  it('"Name: ..." lines are that person\'s, whatever opens the sentence before "I"', () => {
    const notes = [
      'Group text: "R-2 team"',
      'Ada Okoro: morning! quick catch-up',
      'Noor Haddad: ugh ok. I can take R-2 to the clinic Thursday',
      'Ada Okoro: Noor thx',
      'Omar Pellegrini: 👍 yes I\'ll send the bus map to the group home by Fri',
    ].join('\n');
    expect(run(notes, 'Ada Okoro')).toEqual([
      [['Noor Haddad'], 'take R-2 to the clinic', '2027-03-04'],
      [['Omar Pellegrini'], 'send the bus map to the group home', '2027-03-05'],
    ]);
  });

  it('a comment opened by its anchor and a space ("[b] Name: ...") is the named person\'s, and its anchor still marks a line', () => {
    const notes = [
      'Plan doc',
      '  1. Reading trial for R-2 — Hana Ilse[b]',
      '',
      'Comments',
      '[b] Hana Ilse: I\'ll start the reading trial with R-2 by Friday.',
      '    Ada Okoro: Thanks, I will tell the family.',
    ].join('\n');
    expect(run(notes, 'Ada Okoro')).toContainEqual([['Hana Ilse'], 'start the reading trial with R-2', '2027-03-05']);
  });

  it('a name opening single lines of a list is its owner, not a voice, and "[x] " stays a ticked box', () => {
    const notes = ['To do', 'Dana Roe: send the forms by Friday', 'Tom Hale: call VR by Monday', '[x] Order the passes'].join('\n');
    expect(run(notes, 'Ada Okoro')).toEqual([
      [['Dana Roe'], 'send the forms', '2027-03-05'],
      [['Tom Hale'], 'call VR', '2027-03-08'],
    ]);
  });

  it('"Btw", "Right," or "Yep" opening a reply is no one: the speaker still says "I" (or "will do")', () => {
    const notes = [
      'Wes Okoro: can you drop the time sheets off Monday?',
      'Me: Yep will do',
      'Wes Okoro: thx',
      "Me: Btw I'll bring the new checklist to the store next Thursday",
      "Wes Okoro: Right, I'll call the bakery lead this week",
    ].join('\n');
    const found = run(notes, 'Hana Ilse');
    expect(found).toContainEqual([['Hana Ilse'], 'bring the new checklist to the store', '2027-03-11']);
    expect(found).toContainEqual([['Wes Okoro'], 'call the bakery lead', '2027-03-05']);
    expect(found.flatMap(([owners]) => owners)).not.toContain('Yep');
  });
});

describe('a call-off in a transcript under its recap', () => {
  it('"scratch that, I won\'t ..." takes back the item both the recap and the transcript say, on the same day in other words', () => {
    const notes = [
      'Action Items',
      '☐ Marcus Bell to put in request for driving evaluation by March 15.',
      '',
      'Marcus Bell  0:41',
      "Right, so I can put in the request for the driver rehab evaluation through VR, I'd say by the fifteenth.",
      '',
      'Marcus Bell  1:15',
      "Actually, scratch that, I won't put the driving eval in until he has the permit.",
    ].join('\n');
    expect(run(notes, 'Ada Okoro')).toEqual([]);
  });
});

describe('a recap\'s owner in brackets after the full stop', () => {
  it('"... by October 2. (Luis Ocampo-Reyes)" is his; "(She already sent it.)" stays a remark of its own', () => {
    const notes = ['Follow-up tasks', '• Open VR referrals for D.K. by March 9. (Luis Ocampo-Reyes)'].join('\n');
    expect(run(notes, 'Ada Okoro')).toEqual([[['Luis Ocampo-Reyes'], 'open VR referrals for D.K', '2027-03-09']]);
    const prose = 'Julia is going to send the forms to the students today. (She already sent the notice last week.)';
    expect(run(prose, 'Ada Okoro')).toEqual([[['Julia'], 'send the forms to the students', '2027-03-02']]);
  });
});

describe('"Name: task by <day>" on a line no one speaks', () => {
  it('assigns the task as "Name – task by <day>" does; "MY TO DO:" names no one', () => {
    const notes = ['Notes from the site visit.', 'Dale: finish the summary by Friday', 'MY TO DO: write up the task analysis by Monday'].join('\n');
    expect(run(notes, 'Shay Linder')).toEqual([[['Dale'], 'finish the summary', '2027-03-05']]);
  });
});

describe('a case-tracking export', () => {
  it('skips the header said again under a "# columns:" line, keeps a handle before its agency, and drops a row marked Reassigned', () => {
    const notes = [
      '# columns: case_id,assigned_to,task,due_date,status',
      'case_id,assigned_to,task,due_date,status',
      'C-1,otuilagi (Canyon Lantern),Complete the living skills assessment,2027-03-10,Open',
      'C-2,gnakamura,Schedule the planning meeting,2027-03-19,Reassigned',
      'C-3,tbaptiste (VR),Schedule the planning meeting,2027-03-19,Open',
    ].join('\n');
    expect(run(notes, 'Ada Okoro')).toEqual([
      [['otuilagi'], 'complete the living skills assessment', '2027-03-10'],
      [['tbaptiste'], 'schedule the planning meeting', '2027-03-19'],
    ]);
  });
});
