// Note styles of the two newest blind writers of issue 14 (an intermediate school district's drive and a
// South Carolina team): mail pasted headers first, answers inline in a quoted mail, status reports with
// labels, boards and forms, document comment threads, Slack threads with bare user ids. Notes written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on the newest writers', () => {
  it('a mail pasted headers first is its sender\'s: "I" is the From: person, not whoever pasted it', () => {
    const notes = [
      '---------- Forwarded message ---------',
      'From: Omar Reyes <oreyes@example.org>',
      'Subject: bus passes',
      '',
      "Quick note before Thursday. I'll order the bus passes myself by Friday.",
    ].join('\n');
    expect(run(notes, 'Lee Park')).toEqual([[['Omar Reyes'], 'order the bus passes myself', '2027-03-05']]);
    // The poster's own words above a quoted mail stay the poster's.
    const reply = ["Pasting Omar's note below. I'll call the depot tomorrow.", '', 'From: Omar Reyes', "I'll order the passes."].join('\n');
    expect(run(reply, 'Lee Park')).toContainEqual([['Lee Park'], 'call the depot', '2027-03-03']);
  });

  it('a voicemail with "From: X   To: Y" on one line: "can you ...?" asks Y, and "Um," still starts a sentence', () => {
    const notes = [
      'Voicemail transcript — received Tue 7:48 AM',
      'From: Nia Brooks (555-0100)   To: Sam Ortiz',
      '',
      '"Hi Sam, it\'s Nia. Can you update the site roster today? Um, could you ask the office about permits tomorrow? I\'ll set the tour up by Friday."',
    ].join('\n');
    expect(run(notes, 'Sam Ortiz')).toEqual([
      [['Sam Ortiz'], 'update the site roster', '2027-03-02'],
      [['Sam Ortiz'], 'ask the office about permits', '2027-03-03'],
      [['Nia'], 'set the tour up', '2027-03-05'],
    ]);
  });

  it('answers typed inline under a mail quoted with ">" are the writer\'s, tagged with initials', () => {
    const notes = [
      'From: Ana Cruz <acruz@example.org>',
      'To: Ben Hale',
      '',
      'Hi Ben, answers inline, mine start with [AC].',
      '',
      '-----Original Message-----',
      'From: Ben Hale',
      '> 1. Could your office run a session for the juniors?',
      '',
      "[AC] Yes. I'll run the session myself on the 8th.",
      '',
      '> 2. Anything on the bus?',
      "[AC] No, that's the district's.",
    ].join('\n');
    expect(run(notes, 'Ana Cruz')).toEqual([[['Ana Cruz'], 'run the session myself', '2027-03-08']]);
  });

  it('a status report: a bold name after a sentence starts one, "X to confirm." is a task, the line\'s label says what it is about', () => {
    const notes = [
      '🟡 **AMBER** — Rotation sites: hospital still deciding. **HR (hospital)** to confirm by 3/12.',
      '🔴 **RED** — Applicant list: only 3 so far. **Marcus W.** to send the names of students who might fit, by 3/9.',
      '🟢 **GREEN** — Room booked for Jan 13. (done)',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['HR'], 'confirm (Rotation sites)', '2027-03-12'],
      // The label is added only where the task's own words do not say what it is about.
      [['Marcus W.'], 'send the names of students who might fit (Applicant list)', '2027-03-09'],
    ]);
  });

  it('"have the case manager send ..." and "have K.W. and D.L. fill out ..." are tasks; "have a plan ready" says only what to get', () => {
    expect(run('Dana, please have the case manager send me the signed release by Friday.')).toEqual([
      [['Dana'], 'have the case manager send me the signed release', '2027-03-05'],
    ]);
    expect(run('Marcus should have K.W. and D.L. fill out the intake form by 3/20.')).toEqual([
      [['Marcus'], 'have K.W. and D.L. fill out the intake form', '2027-03-20'],
    ]);
  });

  it('Spanish: "se encarga de", "mañana", and "Le voy a ..." (the pronoun goes with the "I will")', () => {
    const notes = ['- Shay se encarga de llamarle a Roy.', '- Yo le mando la aplicación por WhatsApp mañana.', '- Le voy a mandar un resumen hoy.'].join('\n');
    expect(run(notes, 'Marisol Ortega')).toEqual([
      [['Shay'], 'llamarle a Roy', null],
      [['Marisol Ortega'], 'le mando la aplicación por WhatsApp', '2027-03-03'],
      [['Marisol Ortega'], 'mandar un resumen', '2027-03-02'],
    ]);
  });

  it('an agenda with ">>" notes under each item, "□" boxes, and a "MOTION (X/Y) to ..." that is a vote, not a task', () => {
    const notes = [
      '1. Referral outlook',
      '   >> Dana to pull the referral numbers by 3/12.',
      '2. MOTION (Grant/Ellery) to approve the minutes as written. CARRIED.',
      'TO DO',
      '   □ liability form  →  JP   fri',
      '   ✓ lab key from the college  →  done!!',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Dana'], 'pull the referral numbers', '2027-03-12'],
      [['JP'], 'liability form', '2027-03-05'],
    ]);
  });

  it('a board: snake-case CSV headers ("due_date", "card_id" names no column), "=== DONE ===" banners, an empty due cell takes no event day', () => {
    const csv = [
      'card_id,title,list,assignee,due_date',
      'SWE-1,Recruit employer sites,Doing,Ines Carvalho,2027-03-15',
      'SWE-2,Print the flyer,Done,Lena Sorensen,2027-02-20',
      'SWE-3,Room reservation for the boot camp (June 14-17),To Do,Lena Sorensen,',
    ].join('\n');
    expect(run(csv)).toEqual([
      [['Ines Carvalho'], 'recruit employer sites', '2027-03-15'],
      [['Lena Sorensen'], 'room reservation for the boot camp', null],
    ]);
    const board = ['=== TO DO ===', '[card] Send the survey', '       Assigned: Renata Pulliam', '', '=== DONE ===', '[card] Tour', '       Assigned: Renata Pulliam'].join('\n');
    expect(run(board)).toHaveLength(1);
  });

  it('a form block under "[ ] OPEN [x] CLOSED" boxes takes their status, and its "Contact:" person owns the action', () => {
    const notes = [
      '[x] OPEN   [ ] CLOSED   [ ] N/A',
      '    Agency: Palmetto VR     Contact: Curtis Bellamy',
      '    Action: Mail the application packet to the family.',
      '    Due: 3/11/2027',
      '',
      '[ ] OPEN   [x] CLOSED   [ ] N/A',
      '    Agency: Disability Board     Contact: Priya Ransome',
      '    Action: Send the eligibility letter.',
      '',
      'Contact date: 3/2/2027    Contact type: In person',
    ].join('\n');
    expect(run(notes)).toEqual([[['Curtis Bellamy'], 'mail the application packet to the family', '2027-03-11']]);
  });

  it('a document\'s comment thread: each "[Comment — Name: ...]" is that person\'s, and "Can\'t do this one." calls off their item', () => {
    const notes = [
      '1. Transportation',
      '   Lonnie to add R.S. to the Tuesday route starting 3/9.',
      "   [Comment — Lonnie Strickland: Route's full, sorry. Can't do this one.]",
      "   [Reply — Dontrell Manigault: I'll do travel training with R.S. instead. First session Thurs 3/4.]",
      '   [Reply — Dana Okafor: +Priya Natarajan can you send me the wording by Monday?]',
    ].join('\n');
    expect(run(notes, 'Renata Pulliam')).toEqual([
      [['Dontrell Manigault'], 'do travel training with R.S. instead', '2027-03-04'],
      [['@Priya Natarajan'], 'send me the wording', '2027-03-08'],
    ]);
  });

  it('a Slack thread: a request to a bare user id is the person who replies "I\'ll grab it", and "thurs actually, not fri" moves the item', () => {
    const notes = [
      'Dana Okafor  9:02 AM',
      '@U04LSORENSEN is sending the packet to all six high schools by Friday',
      '',
      '    Dana Okafor  9:17 AM',
      '    @U02JPRUITT can you chase North Birch for the roster?',
      '    Janelle Pruitt  9:31 AM',
      "    sure, I'll grab it wed when I'm there",
      '',
      'Lena Sorensen  10:05 AM',
      'packets going out thurs actually, not fri.',
    ].join('\n');
    expect(run(notes, 'Dana Okafor')).toEqual([
      [['@U04LSORENSEN'], 'send the packet to all six high schools', '2027-03-04'],
      [['Janelle Pruitt'], 'chase North Birch for the roster', '2027-03-03'],
    ]);
  });

  it('shorthand: "cert?? → ... → JE to set up the visit" keeps its topic, and ", probably ..." hedges only the detail', () => {
    expect(run('- welding cert?? → HG says OAS can meet → JE to set up the visit, by end of month')).toEqual([
      [['JE'], 'set up the visit (welding cert)', '2027-03-31'],
    ]);
    expect(run("Janelle Pruitt: I'll book the food handler class for the 3 of them, probably a session in early June")).toEqual([
      [['Janelle Pruitt'], 'book the food handler class for the 3 of them', null],
    ]);
  });

  it('a memo typing names in lower case: "priya said she\'ll ..." and "cass is gonna ..." are Priya\'s and Cass\'s', () => {
    const notes = ["priya said she'll get the respite info to the family by next friday.", '', "and cass is gonna look at an adapted grip for R.S., she said she'd go out there wednesday."].join('\n');
    expect(run(notes, 'Hollis Gadsden')).toEqual([
      [['Priya'], 'get the respite info to the family', '2027-03-12'],
      [['Cass'], 'look at an adapted grip for R.S', '2027-03-03'],
    ]);
  });

  it('"No date on this yet." takes back the day an agenda item\'s title gave; a list headed "FOR YOU, DELIA" is Delia\'s', () => {
    const agenda = ['4. Job shadow day (Mar 18)', '   - Tamsin will send the permission slips home.', '   - Shay will line up the sites. No date on this yet.'].join('\n');
    expect(run(agenda)).toEqual([
      [['Tamsin'], 'send the permission slips home', '2027-03-18'],
      [['Shay'], 'line up the sites', null],
    ]);
    const handoff = ['Delia, welcome!', '', 'FOR YOU, DELIA', '- Enter the progress reports in PowerSchool by 3/12.'].join('\n');
    expect(run(handoff, 'Marcus Oyelaran')).toEqual([[['Delia'], 'enter the progress reports in PowerSchool', '2027-03-12']]);
  });

  it('a numbered Slack line "@handle thing to produce" hands the thing over; "@handle said ..." reports', () => {
    const notes = [
      'Renata Pulliam  9:04 AM',
      '1) @curtis referral packets for the 6 seniors. No rush but before the end of the month pls',
      '2) @joelle said the families were really engaged',
    ].join('\n');
    expect(run(notes, 'Renata Pulliam')).toEqual([[['@curtis'], 'referral packets for the 6 seniors', '2027-03-31']]);
  });

  it('a mail to one reader: "you mentioned you\'d ..." is theirs, dated by "the Wednesday before Thanksgiving (the 25th)"', () => {
    const notes = [
      'From: Hollis Grant <hg@example.org>',
      'To: Dana Okafor <do@example.org>',
      '',
      'Hi Dana,',
      '',
      "On your side, you mentioned you'd check with the records office about the release. If you can let me know by the Wednesday before Thanksgiving (the 25th), that would help.",
    ].join('\n');
    // 25 November 2026 is the first 25th after the meeting that is a Wednesday (25 March 2026 was one too, but past).
    expect(extractActions(notes, { meetingDate: '2026-10-20', poster: 'Hollis Grant' }).map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Dana Okafor'], 'check with the records office about the release', '2026-11-25'],
    ]);
  });
  it('a column headed "Update (what happened)" is what was done; the "Next step" column is the task', () => {
    const notes = [
      '| Student | Update (what happened) | Next step | Who | By when |',
      '|---|---|---|---|---|',
      '| Q.R. | Toured the apartment with mom. Picked a unit. | Go over the lease with Q.R. before she signs | Keiko | 3/9 |',
      '| W.Y. | Started at the bakery. | none, closing out | — | — |',
    ].join('\n');
    expect(run(notes)).toEqual([[['Keiko'], 'go over the lease with Q.R. before she signs', '2027-03-09']]);
  });
  it('an IEP form\'s activity block: "Description" is the task, "Projected completion" its date', () => {
    const notes = [
      '7.3 TRANSITION SERVICES / ACTIVITIES',
      '  Activity 1',
      '    Description:            Job shadow at the county library',
      '    Responsible person:     Hollis Yoder',
      '    Projected completion:   04/16/2027',
      '    Status:                 Not started',
    ].join('\n');
    expect(run(notes)).toEqual([[['Hollis Yoder'], 'job shadow at the county library', '2027-04-16']]);
  });
  it('a whiteboard tags each line with its owner in square brackets; the done list holds no task', () => {
    const notes = [
      '==== TO DO ====',
      '[BP]  redo the visual schedule for the back room --> by Fri',
      '[Joy] try vibration reminders instead of the tablet --> 3/12',
      '',
      '==== DONE ====',
      '[HS]  food handler cards for J.O.',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['BP'], 'redo the visual schedule for the back room', '2027-03-05'],
      [['Joy'], 'try vibration reminders instead of the tablet', '2027-03-12'],
    ]);
  });
});
