// Notes that come as the export of a form or a transcript tool: columns headed by the form's questions,
// voices labelled "Speaker 2". Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

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

  it('a transcript whose voices are numbered, named by the legend at its head; "okay so I\'ll" commits', () => {
    const notes = [
      '[Speaker 1 = Rhea Mendez (school) | Speaker 2 = Omar Haddad (VR)]',
      '[00:00:05] Speaker 1: Thanks for joining. Main thing is the bus passes.',
      '[00:00:12] Speaker 2: Okay so I\'ll mail the bus pass forms to the families by Friday.',
      "[00:00:20] Speaker 1: Great, I'll book the gym for the fair on 3/9.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Omar Haddad'], 'mail the bus pass forms to the families', '2027-03-05'],
      [['Rhea Mendez'], 'book the gym for the fair', '2027-03-09'],
    ]);
  });

  it('a chat export whose messages are stamped with an ISO day ("[2027-03-02 09:14] rhea.m: ...")', () => {
    const notes = [
      '[2027-03-02 09:14] rhea.m: morning all, quick roundup',
      "[2027-03-02 09:15] omar.h: I'll mail the bus pass forms to the families by Friday",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['omar.h'], 'mail the bus pass forms to the families', '2027-03-05']]);
  });

  it('a reply naming the work a bare chat id was asked for is that request taken on, by the one who replied', () => {
    const notes = [
      'Rhea Mendez  9:14 AM',
      '<@U07LPARK> can you book the gym for the resource fair before Thursday?',
      'Lena Park  9:20 AM',
      "yep, I'll book the gym by Wednesday",
      'Rhea Mendez  9:22 AM',
      '<@U05OHAD> can you send the fair flyer to the families?',
      'Dale Hutchins  9:30 AM',
      "I'll email the families the permission slips Thursday",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Lena Park'], 'book the gym for the resource fair', '2027-03-03'],
      [['@U05OHAD'], 'send the fair flyer to the families', null],
      [['Dale Hutchins'], 'email the families the permission slips', '2027-03-04'],
    ]);
  });

  it('a board card\'s comment names its writer and day in brackets ("Comment (Lena Park, 3/1): I\'ll ...")', () => {
    const notes = [
      'Card: Resource fair gym',
      '  Members: @lena.park',
      "  Comment (Lena Park, 3/1): I'll book the gym for the fair by Friday.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Lena Park'], 'book the gym for the fair', '2027-03-05']]);
  });

  it('a group text pasted line by line: the name opening a line voices its later sentences when it speaks again', () => {
    const notes = [
      'Group text: bus passes',
      'Lena: hi all! the fair is Thursday',
      "Omar: Great. I'll mail the bus pass forms to the families by Friday",
      "Lena: perfect. I'll book the gym for the fair on 3/9",
      'Omar: thanks',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Omar'], 'mail the bus pass forms to the families', '2027-03-05'],
      [['Lena'], 'book the gym for the fair', '2027-03-09'],
    ]);
  });

  it('a label opening one paragraph only names what it is about, not who writes it', () => {
    const notes = "Hi all.\n\nRenata: good news, her waitlist spot came through. I'll bring the checklist to the team meeting on 3/9.";
    expect(run(notes, 'Ben Okafor')).toEqual([[['Ben Okafor'], 'bring the checklist to the team meeting', '2027-03-09']]);
  });

  it('a note typed under a line after an ASCII arrow ("   -> i\'ll mail her the packet tmrw")', () => {
    const notes = ['- mom worried about guardianship', "   -> i'll mail her the decision-making packet tmrw", '   -> Omar to call her back by thurs'].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Rhea Mendez'], 'mail her the decision-making packet', '2027-03-03'],
      [['Omar'], 'call her back', '2027-03-04'],
    ]);
  });

  it('a status stamped in capitals after a dash closes the line ("— DONE", "— CANCELLED"); "— he\'ll have it done" does not', () => {
    const notes = [
      '- Walt to get a second dolly — DONE, he had one in the barn',
      '- Amy: reprint the portal flyers — CANCELLED (Marisol has extras)',
      "- Luis agreed to take over the bus renewal — he'll have it done by 3/9.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez').map((i) => i[0])).toEqual([['Luis']]);
  });
});
