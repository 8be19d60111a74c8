// Note styles the blind writers of issue 14 used that earlier sets did not: texts with the time in
// brackets, a document's comment export, forms and grids, CSV board exports, dictation. Notes written
// for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on the styles of new writers', () => {
  it('texts pasted with the time in brackets after the name: "I\'ll" is the one texting', () => {
    const notes = [
      'Rosa Delgado (8:10 AM): did the bus passes come?',
      "Sam Ortiz (8:12 AM): not yet. I'll call the transit office tmrw",
    ].join('\n');
    expect(run(notes, 'Rosa Delgado')).toEqual([[['Sam Ortiz'], 'call the transit office', '2027-03-03']]);
  });

  it('a comment export: the comment wrapped over lines is the task assigned under it, read as what it asks', () => {
    const notes = [
      'Comment by Rosa Delgado, Mar 1, 2027, 9:00 AM',
      '  "+sam.ortiz@example.org can you send the bus pass list to the',
      '   two families? Need it by Friday so the office can mail them."',
      '  Assigned to Sam Ortiz',
    ].join('\n');
    expect(run(notes, 'Rosa Delgado')).toEqual([[['Sam Ortiz'], 'send the bus pass list to the two families', '2027-03-05']]);
  });

  it('a board exported as CSV: the card, its assignee and due date, done cards left out, a quoted card keeping its commas', () => {
    const notes = [
      'Card,Assignee,Status,Due,Labels',
      '"Reserve the gym, both sides",Omar Haddad,To do,2027-03-12,rooms',
      '"Print the permission slips",Rhea Mendez,Done,2027-03-01,forms',
      '"Call the bus company about the lift van",Sam Ortiz,In progress,,transport',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar Haddad'], 'reserve the gym, both sides', '2027-03-12'],
      [['Sam Ortiz'], 'call the bus company about the lift van', null],
    ]);
  });

  it('an agenda annotated in brackets: the note in brackets is read as prose under its item', () => {
    const notes = [
      '1. Bus passes for the spring',
      '   [RM will ask the transit office for six more passes',
      '    by Friday so the new students have them]',
      '2. Job fair',
      '   [discussion only -- keeping last year\'s table layout]',
    ].join('\n');
    expect(run(notes, 'Omar Haddad')).toEqual([[['RM'], 'ask the transit office for six more passes so the new students have them', '2027-03-05']]);
  });

  it('a form\'s grid laid out in columns by spaces: a row wraps onto the lines below it, a row closed "(done)" is no task', () => {
    const notes = [
      'SECTION 3 -- AGENCY LINKAGES',
      '  Who / agency         Action                              By when',
      '  -------------------  ----------------------------------  ----------',
      '  Transit -- Sam Ortiz Call the lift van office about      by 3/12',
      '                       the Saturday route.',
      '  Parent -- Mrs. K.    Intake call held 2/20 (done).       --',
      '',
      'The case manager will draft the summary and share it with R.K.',
      'and Mrs. K. by 3/20.',
    ].join('\n');
    expect(run(notes, 'Omar Haddad')).toEqual([
      [['Transit -- Sam Ortiz'], 'call the lift van office about the Saturday route', '2027-03-12'],
      [['The case manager'], 'draft the summary and share it with R.K. and Mrs. K', '2027-03-20'],
    ]);
  });

  it('a whiteboard typed up in a code block: each line stands alone, "topic → who — by when" gives who the topic', () => {
    const notes = ['Board from the walk-through:', '```', 'RESOURCE FAIR', ' bus pass forms → Sam — by 3/9', ' gym tables → Omar — 3/12', '```'].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Sam'], 'bus pass forms', '2027-03-09'],
      [['Omar'], 'gym tables', '2027-03-12'],
    ]);
  });

  it('a dictated memo that says its punctuation: a short line saying "period" twice is dictated too when the memo says it again and again', () => {
    const notes = [
      'memo after the K.W. visit period she starts at the library monday period',
      '',
      'i need to call the transit office by Friday so they can book her rides period mom wants the schedule in writing so remember that period',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Rhea Mendez'], 'call the transit office so they can book her rides', '2027-03-05']]);
  });

  it('a list grouped under each person\'s name: "Will send ..." and "Booking ..." say what that person will do', () => {
    const notes = [
      'Resource fair — where we landed',
      '',
      '**Sam (Transit)**',
      '- Will call the lift van office by Friday.',
      '',
      '**Omar Haddad**',
      '- Booking the gym for the fair.',
      '- Already sent the flyer to the printer.',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Sam'], 'call the lift van office', '2027-03-05'],
      [['Omar Haddad'], 'book the gym for the fair', null],
    ]);
  });

  it('a tracker row whose status calls the work off ("Cancelled – student declined", "Not needed at this time") is no task', () => {
    const notes = [
      'Plan\tAction\tLead\tDue\tStatus',
      'HF-07\tApply for Dial-a-Ride eligibility\tDad\t3/30/27\tOpen',
      'HF-15\tSummer Youth Employment app\tS. Grady\t3/16/27\tCancelled – student declined',
      'HF-15\tBenefits planning\tPathways\t—\tNot needed at this time',
    ].join('\n');
    expect(run(notes)).toEqual([[['Dad'], 'apply for Dial-a-Ride eligibility', '2027-03-30']]);
  });

  it('a recap over a forwarded mail: the forwarded mail is context, unless the recap itself gives nothing to do', () => {
    const forwarded = [
      '---------- Forwarded message ---------',
      'From: Priya Raman <praman@example.edu>',
      'Date: Thu, Feb 18, 2027 at 10:41 AM',
      '',
      'Hi Rhea, I can send you our documentation guidelines by Monday. Omar should sign up for the visit day on 3/18.',
    ];
    const recap = ['Hi all, quick recap of today:', '', '• Priya will email Omar the intake form by 3/9.', ''];
    expect(run([...recap, ...forwarded].join('\n'), 'Rhea Mendez')).toEqual([[['Priya'], 'email Omar the intake form', '2027-03-09']]);
    expect(run(['FYI, see below.', '', ...forwarded].join('\n'), 'Rhea Mendez')).toEqual([[['Omar'], 'sign up for the visit day', '2027-03-18']]);
  });

  it('minutes where a body decides ("Council agreed to hold the fair ...") give only what a person takes on', () => {
    const notes = [
      '5. New business',
      '   Council agreed to hold the fall transition fair at the high school. Heidi Cross will draft the save-the-date by 3/9.',
      '   Committee to revisit the bylaws in the fall.',
    ].join('\n');
    expect(run(notes, 'Heidi Cross')).toEqual([[['Heidi Cross'], 'draft the save-the-date', '2027-03-09']]);
  });

  it('"Can we do the intake on 3/9 instead? I\'ll run it then": "it" is the intake the writer proposed, due the day proposed', () => {
    const notes = [
      "[3/2/27, 7:52 AM] Luis Ferreira: can't make the 10:00, sick kid. Can we do the intake for OAK-07 on 3/9 instead? I'll run it then",
      '[3/2/27, 7:58 AM] Rhea Mendez: no problem',
    ].join('\n');
    const [item] = run(notes, 'Rhea Mendez');
    expect(item?.[0]).toEqual(['Luis Ferreira']);
    expect(item?.[1]).toContain('intake for OAK-07');
    expect(item?.[2]).toBe('2027-03-09');
  });
});
