// Note styles written elsewhere: recaps laid out in columns, tables without outer bars, numbered
// minutes, owner-first checklists, chat replies, struck-out items. Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on note styles from other teams', () => {
  it('a recap whose "Assigned to" and "Due" sit on one line, spaced into columns', () => {
    const notes = [
      'Follow-up tasks',
      '  Mail the bus pass forms to the families',
      '    Assigned to: Rhea Mendez    Due: 3/9',
      '  Book the gym for the resource fair',
      '    Assigned to: Omar Haddad\tDue: Friday',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea Mendez'], 'mail the bus pass forms to the families', '2027-03-09'],
      [['Omar Haddad'], 'book the gym for the resource fair', '2027-03-05'],
    ]);
  });

  it('a voice memo: a spoken correction of the day, "I gotta remember to", and a memo about what others said', () => {
    const notes =
      "memo after the K.W. meeting. I need to call the youth crew office tomorrow -- actually no, Wednesday, they're closed tomorrow -- about the summer application. " +
      "Dad said he might bring the ID card at some point. And I gotta remember to update the interest inventory in two weeks. End memo.";
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Rhea Mendez'], 'call the youth crew office about the summer application', '2027-03-03'],
      [['Rhea Mendez'], 'update the interest inventory', '2027-03-16'],
    ]);
  });

  it('a Teams recap with box characters and "Assigned to X · Due Fri, Mar 5" under each task', () => {
    const notes = [
      'Follow-up tasks',
      '☐ Mail the bus pass forms to the families',
      '     Assigned to: Rhea Mendez · Due: Tue, Mar 9, 2027',
      '☐ Book the gym for the resource fair',
      '     Assigned to Omar Haddad · Due Fri, Mar 5, 2027',
      '☑ Order the lanyards',
      '     Assigned to: Omar Haddad',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea Mendez'], 'mail the bus pass forms to the families', '2027-03-09'],
      [['Omar Haddad'], 'book the gym for the resource fair', '2027-03-05'],
    ]);
  });

  it('a table pasted from a spreadsheet, tab between cells, done rows left in', () => {
    const notes = ['Plan\tOwner\tTask\tDue\tStatus', 'LC-07\tRhea Mendez\tStart job coaching at the bakery\t3/15/2027\tOpen', 'LC-09\tOmar Haddad\tFade plan review\t3/1/2027\tDone', 'LC-11\tOmar Haddad\tSend the housing application\t\tOpen'].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea Mendez'], 'start job coaching at the bakery', '2027-03-15'],
      [['Omar Haddad'], 'send the housing application', null],
    ]);
  });

  it('typed-up shorthand: initials with an arrow, "wk of" (a week, flagged, not a day), done marks', () => {
    const notes = ['(RM = Rhea, OH = Omar)', ' - RM -> send ISP mtg invite to Dad by 3/9', ' - OH -> intake appt w/ T.L. + Mom, wk of 3/15', ' - VR app -> done, Mom signed 2/20'].join('\n');
    expect(run(notes)).toEqual([
      [['RM'], 'send ISP mtg invite to Dad', '2027-03-09'],
      [['OH'], 'intake appt w/ T.L. + Mom', null],
    ]);
    expect(extractActions(notes, { meetingDate: MEETING })[1]!.dueFlag).toBe('vague');
  });

  it('a dictation: "um", a correction said with commas, a day said in words', () => {
    const notes =
      'okay um so this is Rhea, I need to send the signed transition page to the case manager by Friday, no wait, Monday, because Dad still has to sign. ' +
      'Omar is going to submit the updated plan by March twenty-first, uh, he said that is firm.';
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Rhea Mendez'], 'send the signed transition page to the case manager', '2027-03-08'],
      [['Omar'], 'submit the updated plan', '2027-03-21'],
    ]);
  });

  it('a pasted Slack recap that names each bare user id once in brackets', () => {
    const notes = ['Tagging <@U04QMDW1> (Rhea), <@U05SCHEE> (Omar from travel training)', '• <@U05SCHEE> will start the travel training on Route 3 next Thursday', '• <@U04QMDW1> please get the consent form signed by Friday'].join('\n');
    expect(run(notes)).toEqual([
      [['@Omar'], 'start the travel training on Route 3', '2027-03-11'],
      [['@Rhea'], 'get the consent form signed', '2027-03-05'],
    ]);
  });

  it('an email reply: a request to its one addressee, names with accents, and nothing from the quoted earlier mail', () => {
    const notes = [
      'From: Rhea Mendez <rmendez@example.org>',
      'Sent: Tuesday, March 2, 2027 10:15 AM',
      'To: Omar Haddad <ohaddad@example.org>',
      'Subject: RE: plan revision',
      '',
      'Hi Omar,',
      '',
      'Could you send the signed release to the case manager by Friday?',
      '',
      'Ramón to send the agenda to the family by 3/9.',
      '',
      'Rhea',
      '',
      '-----Original Message-----',
      'From: Omar Haddad <ohaddad@example.org>',
      '',
      "I'll get you the updated assessment by 2/26.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Omar Haddad'], 'send the signed release to the case manager', '2027-03-05'],
      [['Ramón'], 'send the agenda to the family', '2027-03-09'],
    ]);
  });

  it('an email to two people: a paragraph opened with one name asks that person, and "those" is what the sentence before needs', () => {
    const notes = [
      'From: Rhea Mendez <rmendez@example.org>',
      'To: Omar Haddad <ohaddad@example.org>; Lena Ortiz <lortiz@example.org>',
      'Subject: RE: intake packets',
      '',
      'Hi Omar and Lena,',
      '',
      "Lena, for D.M. I'm still missing the signed release and the vision screening. Could you send those over by Friday?",
      '',
      'Omar, thanks for the bus schedule. I still need the route map (the new one). Could you send that to me by 3/9?',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Lena Ortiz'], 'send the signed release and the vision screening over', '2027-03-05'],
      [['Omar Haddad'], 'send the route map to me', '2027-03-09'],
    ]);
  });

  it('a Teams recap whose items open with a full-name mention and a capitalised verb', () => {
    const notes = ['Action items', '  @Rhea Mendez – Request the updated evaluation from the district office (Due 3/9/2027)', '  @Omar Haddad – Confirm the waiver waitlist position (Due Friday)'].join('\n');
    expect(run(notes)).toEqual([
      [['@Rhea Mendez'], 'request the updated evaluation from the district office', '2027-03-09'],
      [['@Omar Haddad'], 'confirm the waiver waitlist position', '2027-03-05'],
    ]);
  });

  it('a checklist without bullets: "task — owner — due", ticked boxes done', () => {
    const notes = ['☑ Send the review invitation — Rhea', '☐ Collect teacher input forms — Mr. Haddad — due 3/9', '[x] Book the interpreter — Rhea', '[ ] Review the age-of-majority notice with the family — Rhea Mendez — by 3/12'].join('\n');
    expect(run(notes)).toEqual([
      [['Mr. Haddad'], 'collect teacher input forms', '2027-03-09'],
      [['Rhea Mendez'], 'review the age-of-majority notice with the family', '2027-03-12'],
    ]);
  });

  it('typed-up shorthand ("f/u w/ DVR", "sched", "req") and a Slack copy whose times are bracketed after the name', () => {
    expect(run(['- OH: f/u w/ DVR re: IPE status, by 3/9', '- RM: sched campus visit @ the college'].join('\n'))).toEqual([
      [['OH'], 'f/u w/ DVR re: IPE status', '2027-03-09'],
      [['RM'], 'sched campus visit @ the college', null],
    ]);
    const thread = ['Rhea Mendez  [2:40 PM]', 'Recap —', '1) @Omar Haddad: submit the intake form — due 3/5', '', 'Omar Haddad  [3:05 PM]', 'The office is closed that week. Can we bump mine to 3/12?'].join('\n');
    expect(run(thread)).toEqual([[['@Omar Haddad'], 'submit the intake form', '2027-03-12']]);
  });

  it('a Slack thread whose reply hands the replier\'s item to someone else, and a weekday before "the 11th"', () => {
    const thread = [
      'Rhea Mendez  9:02 AM',
      'follow-ups from the huddle',
      '• @Omar Haddad gets the bus pass paperwork over to the transit office by Friday',
      '• @Rhea Mendez (me) pulls the attendance data by Thu the 11th',
      '',
      'Omar Haddad  9:15 AM',
      "I'm at a training Thurs + Fri. actually can Lena take the bus pass one?",
    ].join('\n');
    expect(run(thread)).toEqual([
      [['Lena'], 'get the bus pass paperwork over to the transit office', '2027-03-05'],
      [['@Rhea Mendez'], 'pull the attendance data', '2027-03-11'],
    ]);
  });

  it('a dictation with no punctuation: its hesitations end its sentences, "the ninth" said in words, "gonna"', () => {
    const notes =
      'ok this is Rhea recording notes from the planning meeting today so um Omar Haddad will book the job shadow at the hardware store um by the ninth and uh Lena is gonna look into the bus route she did not say when um oh and Omar also said he would call the grandmother about the release by Friday um i think that is everything';
    expect(run(notes)).toEqual([
      [['Omar Haddad'], 'book the job shadow at the hardware store', '2027-03-09'],
      [['Lena'], 'look into the bus route she did not say when', null],
      [['Omar'], 'call the grandmother about the release', '2027-03-05'],
    ]);
  });

  it('pasted texts between two people: "could you" asks the other one, "Me" is the poster, "I can drop it off" answers the request', () => {
    const notes = [
      'Lena Ortiz, Mon 3/1, 3:42 PM: Sorry I missed the meeting. What do you need from me?',
      'Me, 3:50 PM: Could you bring in a copy of the Medicaid card by Thursday?',
      'Lena Ortiz, 3:52 PM: Yes I can drop it off Thursday morning',
      "Me, 3:55 PM: Great. I'll email the job coach tomorrow about the new shifts.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Lena Ortiz'], 'bring in a copy of the Medicaid card', '2027-03-04'],
      [['Rhea Mendez'], 'email the job coach about the new shifts', '2027-03-03'],
    ]);
  });

  it('notes partly in Spanish: "enviará", "va a", "voy a", "para el viernes", "antes del 12 de marzo", and an arrow as a sub-bullet', () => {
    const notes = [
      'Pendientes:',
      '- Rosa Delgado enviará el formulario de consentimiento a la familia para el viernes.',
      '- La Sra. Ferrer va a traducir el plan de transición al español antes del 12 de marzo.',
      '   → Yo voy a llamar a la familia el 10 de marzo.',
      '- Omar will book the interpreter by 3/9.',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Rosa Delgado'], 'enviar el formulario de consentimiento a la familia', '2027-03-05'],
      // The owner as written: "Sra." no longer ends a sentence, so "La Sra. Ferrer" is read whole (it was "Ferrer" after a cut).
      [['La Sra. Ferrer'], 'traducir el plan de transición al español', '2027-03-12'],
      [['Rhea Mendez'], 'llamar a la familia', '2027-03-10'],
      [['Omar'], 'book the interpreter', '2027-03-09'],
    ]);
  });

  it('minutes with an "Action:" verb the extractor has no list entry for, and a parking lot that assigns nothing', () => {
    const notes = ['1. Family night', '   - Action: Omar to reserve the library for family night by 3/9.', '2. Parking lot', '   - Whether to add a spring job fair'].join('\n');
    expect(run(notes)).toEqual([[['Omar'], 'reserve the library for family night', '2027-03-09']]);
  });

  it('a Slack thread whose reply moves the date of the replier\'s own item', () => {
    const notes = [
      'Rhea Mendez  9:48 AM',
      'Recap from the check-in',
      '• <@U05SCHEE> (Ramón) will start the travel training on Route 3 next Thursday',
      '• <@U04QMDW1> (Omar) please mail the consent form by Friday',
      '    2 replies',
      '    Ramón Saiz  10:02 AM',
      '    Can we push the first session to Tues the 16th? Our van drivers are in training all next week.',
      '    Rhea Mendez  10:05 AM',
      '    Works for me 👍',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['@Ramón'], 'start the travel training on Route 3', '2027-03-16'],
      [['@Omar'], 'mail the consent form', '2027-03-05'],
    ]);
  });

  it('a topic named before the sentence that commits, but not a decision', () => {
    const notes = ['- IEP: Omar will update the transition goals by 3/12.', '- Job shadow: Rhea will coordinate the visit with the bakery manager.', '- Decision: the CIL will present at the spring family night.'].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'update the transition goals', '2027-03-12'],
      [['Rhea'], 'coordinate the visit with the bakery manager', null],
    ]);
  });

  it('numbered items wrapped onto an indented next line, and a thread line under a bullet that is not part of it', () => {
    const notes = [
      'Next steps:',
      '1. Father (Luis Torres) will complete the employer orientation training within',
      '   two weeks.',
      '2. Omar will request the records from the behavior consultant for the',
      '   Exceptional Support Request by 3/30.',
      '3. Rhea will mail the consent form by Friday',
      '    2 replies',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Luis Torres'], 'complete the employer orientation training', '2027-03-16'],
      [['Omar'], 'request the records from the behavior consultant for the Exceptional Support Request', '2027-03-30'],
      [['Rhea'], 'mail the consent form', '2027-03-05'],
    ]);
  });

  it('a timing label before an "X to do Y" line', () => {
    expect(run('* ASAP: Omar to fax the signed release to VR\n* Decision: we skip the March family night')).toEqual([[['Omar'], 'fax the signed release to VR', null]]);
  });

  it('a table typed with bars between cells only, skipping rows with no owner and nothing to do', () => {
    const notes = [
      'Learner | Where things stand | Next step | Who | When',
      'Q.R. | intake done 2/20 | send the work-incentive letter to the family | Priya | 3/12',
      'W.Y. | on hold | nothing until spring | -- | --',
      'Z.K. | waiting on school | ask the counselor for the 504 plan | Z.K. | Thursday',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Priya'], 'send the work-incentive letter to the family', '2027-03-12'],
      [['Z.K.'], 'ask the counselor for the 504 plan', '2027-03-04'],
    ]);
  });

  it('numbered minutes: goals under "Postsecondary goals:" are not tasks, "Responsibilities:" are', () => {
    const notes = [
      '2. Postsecondary goals:',
      '   - Employment: T.M. will work part time at a bakery.',
      '3. Responsibilities:',
      '   a. Mr. Ito will send the draft plan to the parent by 3/10.',
    ].join('\n');
    expect(run(notes)).toEqual([[['Mr. Ito'], 'send the draft plan to the parent', '2027-03-10']]);
  });

  it('struck-out lines and rows, and rows whose due cell says done, are not tasks', () => {
    const notes = [
      '- [ ] ~~Priya order the name badges~~ -> not needed, stickers are fine',
      '- [ ] Omar: print the sign-in sheets by Thursday',
      '',
      '| Owner | Task | Due |',
      '|---|---|---|',
      '| ~~Rhea~~ | ~~Return the loaner laptop~~ | 3/5 |',
      '| Rhea | Call the transit office | done 3/1 |',
      '| Rhea | Email the job site supervisor | 3/8 |',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'print the sign-in sheets', '2027-03-04'],
      [['Rhea'], 'email the job site supervisor', '2027-03-08'],
    ]);
  });

  it('a plain-text table whose header is underlined with "+" joints keeps reading its rows; a plain rule ends it', () => {
    const notes = [
      ' WHO        | WHAT                                | WHEN',
      '------------+-------------------------------------+-----------',
      ' Omar       | book the gym for the resource fair  | 3/9',
      ' Rhea       | mail the bus pass forms             | Friday',
      '--------------------------------------------------------------',
      ' Parking lot: summer camp? | ask the district | sometime',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'book the gym for the resource fair', '2027-03-09'],
      [['Rhea'], 'mail the bus pass forms', '2027-03-05'],
    ]);
  });

  it('a minutes table with no owner column: the next-step cell names who acts, and a row wrapped within its cells joins the row above', () => {
    const notes = [
      '| Topic          | Discussion                              | Next step                                   |',
      '|----------------|-----------------------------------------|---------------------------------------------|',
      '| Bus passes     | Forms are back from 6 of 9 families.    | Rhea will mail the remaining forms to the   |',
      '|                | three are still out.                    | families by Friday                          |',
      '| Resource fair  | The gym is free that week.              | Omar to book the gym by 3/9                 |',
      '| Summer camp    | Decision: skip it this year.            | None                                        |',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea'], 'mail the remaining forms to the families', '2027-03-05'],
      [['Omar'], 'book the gym', '2027-03-09'],
    ]);
  });

  it('open items of topic, owner and step set apart by dashes; a topic and an owner with a day; a heading with dashes is no task', () => {
    const notes = [
      'Resource fair — Room 12 — 3/12',
      '',
      'STILL OPEN',
      ' 1. Sign-in sheets — Omar — print them Thursday',
      ' 2. Bus pass forms for the three families still out — Rhea, by 3/9',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'print Sign-in sheets', '2027-03-04'],
      [['Rhea'], 'Bus pass forms for the three families still out', '2027-03-09'],
    ]);
  });

  it('an owner-first checklist with "--", "me" for the poster, and a date set apart at the end of the line', () => {
    const notes = [
      '- [ ] Rhea -- call the transit office about the reduced fare card by Friday',
      '- [ ] me -- draft the parent letter for the 3/20 open house - 3/12',
      '- [ ] @omar.h and @rhea.m co-host the resume clinic - 3/16',
    ].join('\n');
    expect(run(notes, 'Jo Park')).toEqual([
      [['Rhea'], 'call the transit office about the reduced fare card', '2027-03-05'],
      [['Jo Park'], 'draft the parent letter for the 3/20 open house', '2027-03-12'],
      [['@omar.h', '@rhea.m'], 'co-host the resume clinic', '2027-03-16'],
    ]);
  });

  it('"X to ..." is a commitment only when a task verb follows: thanks, reports and program names are not', () => {
    const notes = [
      'Thanks to everyone who came to the fair, we had 60 families!',
      'Hours were faded to check-ins twice a day. Ticket to Work came up too.',
      'Omar to book the bus for the job fair by 3/9.',
    ].join('\n');
    expect(run(notes)).toEqual([[['Omar'], 'book the bus for the job fair', '2027-03-09']]);
  });

  it('a threaded reply reminding someone by handle, after an emoji acknowledgement', () => {
    const notes = 'Rhea Mendez  10:02 AM\non it 👍 also @omar.h don\'t forget to send the tour photos to the family, they asked twice';
    expect(run(notes)).toEqual([[['@omar.h'], 'send the tour photos to the family', null]]);
  });

  it('a chat reply that takes on a request gives it the date the person promised', () => {
    const notes = [
      '[10:01 AM] Jo Park: Omar can you book the van for 3/20?',
      '[10:02 AM] Omar Haddad: yes will do tomorrow',
      '[10:03 AM] Rhea Mendez: sounds good',
    ].join('\n');
    expect(run(notes)).toEqual([[['Omar Haddad'], 'book the van', '2027-03-03']]);
  });

  it('"Name: <task>" on a bullet is a task even outside an action section', () => {
    const notes = ['* The clinic has 12 students enrolled now', '* Rhea: email the clinic about the spring schedule next Tuesday'].join('\n');
    expect(run(notes)).toEqual([[['Rhea'], 'email the clinic about the spring schedule', '2027-03-09']]);
  });

  it('a pasted thread reply headed by the poster\'s handle: "I" is that handle', () => {
    const notes = ['Jo Park  9:40 AM', 'recap posted above', '', '<@U09QRS111>  9:52 AM', 'on it. also I\'ll call the transit office about reduced fares'].join('\n');
    expect(run(notes)).toEqual([[['@U09QRS111'], 'call the transit office about reduced fares', null]]);
  });

  it('a weekday or ordinal that describes a noun ("the Friday pickup times", "the 2nd rotation") is no due date', () => {
    const notes = "I'll call the shuttle office on Monday about the Friday pickup times for the 2nd rotation.";
    expect(run(notes, 'Jo Park')).toEqual([[['Jo Park'], 'call the shuttle office about the Friday pickup times for the 2nd rotation', '2027-03-08']]);
  });

  it('verbs no list holds ("finalize") and ongoing work ("keep re-checking") after an owner and a dash', () => {
    const notes = ['ACTION - Omar: finalize the summer job list by 3/19', '- [ ] Rhea — keep re-checking the bus schedule before each outing (ongoing)'].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'finalize the summer job list', '2027-03-19'],
      [['Rhea'], 'keep re-checking the bus schedule before each outing', null],
    ]);
  });

  it('an email hard-wrapped mid-phrase keeps its sentence whole when the next line starts with a name', () => {
    const notes = [
      'Thanks for coming today. Omar will print the consent forms by Friday. I will check with',
      'Transportation about the van for the mock interviews, since two families asked.',
    ].join('\n');
    expect(run(notes, 'Jo Park')).toEqual([
      [['Omar'], 'print the consent forms', '2027-03-05'],
      [['Jo Park'], 'check with Transportation about the van for the mock interviews, since two families asked', null],
    ]);
  });

  it('a request to a handle after a dash, and "she\'ll" after a clause about a named person', () => {
    const notes = [
      '<@U01AAA111>: adding one - <@U02BBB222> please mail the signed plan to the family by 3/12',
      'Grandma called back about the bus — she\'ll drop off the signed form by Thursday.',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['@U02BBB222'], 'mail the signed plan to the family', '2027-03-12'],
      [['Grandma'], 'drop off the signed form', '2027-03-04'],
    ]);
  });

  it('on a to-do line any base verb after the owner starts a task; reports and statuses do not', () => {
    const notes = ['- [ ] Omar -- sketch the floor plan for the fair by 3/15', '- [ ] Rhea -- waiting on the district', '- [ ] Jo: out until Monday'].join('\n');
    expect(run(notes)).toEqual([[['Omar'], 'sketch the floor plan for the fair', '2027-03-15']]);
  });

  it('"X can ..." in prose is what X is able to do; on a to-do line it assigns the task', () => {
    expect(run('The bakery can take two students this fall.')).toEqual([]);
    expect(run('Next steps\n- Omar can call the bakery about hours by Friday')).toEqual([[['Omar'], 'call the bakery about hours', '2027-03-05']]);
  });
  it('a bullet whose task says it is done, with the date it was done and its owner after it, is no item', () => {
    const notes = ['• send the release form to DDD, by Wed (Ms. Ortiz)', '• tour the CIL - done 2/3 (Sam)'].join('\n');
    expect(run(notes)).toEqual([[['Ms. Ortiz'], 'send the release form to DDD', '2027-03-03']]);
  });
  it('a Slack reply with an emoji written as its code (":raised_hands:") before the promise', () => {
    const notes = ['Omar Haddad  10:45 AM', "thanks all! :raised_hands: I'll add these to the IEP draft by Friday"].join('\n');
    expect(run(notes)).toEqual([[['Omar Haddad'], 'add these to the IEP draft', '2027-03-05']]);
  });
  it('a line in Spanish where the writer takes a task on: "me encargo de" + infinitive', () => {
    expect(run('- Yo me encargo de traducir el plan de transición para la familia, para el viernes.', 'Marisol Peña')).toEqual([
      [['Marisol Peña'], 'traducir el plan de transición para la familia', '2027-03-05'],
    ]);
  });
  it('"I\'ll have X written up by Monday": the task is what will be done, in a pasted group text', () => {
    const notes = ["[2/24/27, 3:44 PM] Omar Haddad: I'll have the Route 6 travel plan written up by Monday", '[2/24/27, 3:45 PM] Jo Park: I will have the schedule by Friday'].join('\n');
    expect(run(notes)).toEqual([[['Omar Haddad'], 'write up the Route 6 travel plan', '2027-03-08']]);
  });
  it('a post that reminds a named colleague of what they said they would do ("Sam, you said you\'d ...")', () => {
    const notes = "Sam, you said you'd match R.N. with a peer mentor, please get that done before our next meeting on 3/14. Omar, you'll call the clinic by Friday.";
    expect(run(notes)).toEqual([
      [['Sam'], 'match R.N. with a peer mentor', '2027-03-14'],
      [['Omar'], 'call the clinic', '2027-03-05'],
    ]);
  });
  it('a thread whose headers give weekday and date: the owner asks "can we make it 3/21?", the poster moves another item', () => {
    const notes = [
      'Jo Park - Tue 3/2/27, 4:05 PM',
      '1. Omar to send the employer the job carving proposal by 3/16',
      '2. Rhea to finalize the ISP update by 3/23',
      '',
      'Omar Haddad - Tue 3/2/27, 4:20 PM',
      "I can't get the proposal out by the 16th, I'm at a conference. Can we make it 3/21?",
      '',
      'Jo Park - Tue 3/2/27, 4:35 PM',
      'No problem. ISP update moved to 3/30.',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'send the employer the job carving proposal', '2027-03-21'],
      [['Rhea'], 'finalize the ISP update', '2027-03-30'],
    ]);
  });
  it('minutes whose owner is a label with the person in brackets ("Recorder (D. Whitfield)"); an affiliation in brackets is not a person', () => {
    const notes = ['Next steps', 'a. Recorder (D. Whitfield) - distribute these minutes to the team tomorrow.', 'b. Sam (Desert Willow) - connect the family with a benefits counselor by 3/12.'].join('\n');
    expect(run(notes)).toEqual([
      [['D. Whitfield'], 'distribute these minutes to the team', '2027-03-03'],
      [['Sam'], 'connect the family with a benefits counselor', '2027-03-12'],
    ]);
  });
  it('dictation with neither punctuation nor capitals: a sentence starts where someone commits and ends with the date said', () => {
    const notes =
      'this is omar dictating notes for the transition meeting today present were rhea mendez from VR jo park the job coach the student T.L. and his mom ' +
      'we talked about the bakery placement rhea mendez is going to send the placement agreement to the bakery by friday jo park will start job coaching at the bakery ' +
      'two weeks from today and i will submit the travel training referral no later than march twenty third mom asked about a bus pass but that is already taken care of end of notes';
    expect(run(notes, 'Omar Haddad')).toEqual([
      [['Rhea Mendez'], 'send the placement agreement to the bakery', '2027-03-05'],
      [['Jo Park'], 'start job coaching at the bakery', '2027-03-16'],
      [['Omar Haddad'], 'submit the travel training referral', '2027-03-23'],
    ]);
  });
  it('a Slack thread where someone drops an item ("can someone else grab ...?") and the next to say "I\'ll grab it" takes it', () => {
    const notes = [
      'Omar Haddad  10:11 AM',
      'I can do the Dial-a-Ride application with the family',
      '',
      'Omar Haddad  10:40 AM',
      "actually scratch that, I'm out the rest of the week. can someone else grab the Dial-a-Ride app?",
      '',
      'Rhea Mendez  10:43 AM',
      "I'll grab it, I see the mom Thursday at pickup.",
    ].join('\n');
    expect(run(notes)).toEqual([[['Rhea Mendez'], 'do the Dial-a-Ride application with the family', '2027-03-04']]);
  });
  it('a Slack reply that claims an open item ("on it for X.") and then promises "it"', () => {
    const notes = ['Open items we still need owners for:', '1. benefits counseling referral', '', 'Omar Haddad  10:07 AM', "on it for the benefits counseling referral. I'll get it submitted by end of the month"].join('\n');
    expect(run(notes)).toEqual([[['Omar Haddad'], 'get the benefits counseling referral submitted', '2027-03-31']]);
  });

  it('a recap whose action heading joins two titles with a slash ("Follow-up tasks / Action items") over "@Full Name verb ..." lines', () => {
    const notes = [
      'Meeting notes',
      'Talked through the summer job options.',
      '',
      'Follow-up tasks / Action items',
      '@Rhea Mendez email the job coach the intake form by Thu',
      '@Omar Haddad book the campus visit by 3/12',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['@Rhea Mendez'], 'email the job coach the intake form', '2027-03-04'],
      [['@Omar Haddad'], 'book the campus visit', '2027-03-12'],
    ]);
  });

  it('a WHO / WHAT / WHEN form whose blocks are separated by "---" rules; a question on the form without a day is no task', () => {
    const notes = [
      'FOLLOW-UP FORM',
      'WHO: Rhea Mendez',
      'WHAT: bus pass application',
      'WHEN: 3/9',
      '---',
      'WHO: Omar Haddad',
      'WHAT: call the youth crew office',
      'WHEN: in 2 weeks',
      '---',
      'WHO: parent',
      'WHAT: look into the swim program?',
      'WHEN: maybe',
      '---',
      'WHO: Jo Park',
      'WHAT: ask the clinic about a job shadow?',
      'WHEN: 3/12',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Rhea Mendez'], 'bus pass application', '2027-03-09'],
      [['Omar Haddad'], 'call the youth crew office', '2027-03-16'],
      [['Jo Park'], 'ask the clinic about a job shadow', '2027-03-12'],
    ]);
  });

  it('a saved Zoom chat ("10:14:22 From Name to Everyone: ..."): each "I\'ll" is the sender\'s', () => {
    const notes = [
      'Zoom chat saved after the check-in',
      '09:02:10 From Rhea Mendez to Everyone: thanks all, quick one today',
      "09:05:44 From Omar Haddad to Everyone: I'll send the work permit to the family by 3/8",
      '09:07:02 From Mary Ann Cole to Everyone: I can take the bus schedule, by the 12th',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar Haddad'], 'send the work permit to the family', '2027-03-08'],
      [['Mary Ann Cole'], 'take the bus schedule', '2027-03-12'],
    ]);
  });

  it('dictation that names people by first name: "the bus pass omar is going to ...", "jo said she will ...", "by the twenty second"', () => {
    const notes =
      'this is rhea mendez dictating notes from the transition meeting present were omar jo the student and his dad so the student liked the bakery a lot ' +
      'and the manager wants to talk about the bus pass omar is going to set up travel training with the transit office next monday so he can ride the 9 bus ' +
      'jo said she will get the benefits paperwork to the family by march 10 the student asked about a summer job and i will email the bakery manager tomorrow about it';
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Omar'], 'set up travel training with the transit office so he can ride the 9 bus', '2027-03-08'],
      [['Jo'], 'get the benefits paperwork to the family', '2027-03-10'],
      [['Rhea Mendez'], 'email the bakery manager about it', '2027-03-03'],
    ]);
  });

  it('dictation: a day said in words after "by the" ends the sentence, so what follows is not part of the task', () => {
    const notes =
      'notes from the check in present were omar and rhea mendez we went over the summer plan and the job coach schedule ' +
      'omar needs to send the waiver forms to the county office by the twenty second otherwise the slot goes to someone else and mom already turned in the ID';
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Omar'], 'send the waiver forms to the county office', '2027-03-22']]);
  });

  it('a Slack thread where someone hands on their item by name first ("Jo can you grab the bus pass?") and the one asked promises "I\'ll have ... set up"', () => {
    const notes = [
      'Rhea Mendez  9:05 AM',
      "I'll set up the bus pass appointment",
      'Rhea Mendez  9:20 AM',
      'ugh, I am out next week. Jo can you grab the bus pass appointment?',
      '',
      'Jo Park  9:31 AM',
      "on it. I'll have the bus pass appointment set up by 3/10",
    ].join('\n');
    expect(run(notes)).toEqual([[['Jo Park'], 'set up the bus pass appointment', '2027-03-10']]);
  });

  it('a request to a handle answered with a promise about "it" ("I\'ll book it with ... by the 12th") is one dated item', () => {
    const notes = [
      'Omar Haddad  10:41 AM',
      '@Jo Park can you grab the campus tour?',
      '',
      'Jo Park  10:44 AM',
      "yep. I'll book it with the welcome center, aiming before the 12th",
    ].join('\n');
    expect(run(notes)).toEqual([[['Jo Park'], 'grab the campus tour', '2027-03-12']]);
  });

  it('prose where one person\'s life plan ("after graduation") comes before another\'s commitment in the same sentence: the commitment stands', () => {
    const notes =
      'T.L. said he wants to share an apartment with his cousin after graduation, and Jo Park will meet with him the week of March 15 to start the housing checklist. ' +
      'As an adult, T.L. will be responsible for his own lease.';
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Jo Park'], 'meet with him to start the housing checklist', null]]);
  });

  it('minutes prose where a person explains something "and agreed to" do a task: the promise is theirs', () => {
    const notes =
      'We met with the family for an hour. Omar Haddad walked us through the campus disability office and agreed to send the intake form to the family by 3/9. ' +
      'Dad talked about the bus and said the route is fine.';
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Omar Haddad'], 'send the intake form to the family', '2027-03-09']]);
  });

  it('a lettered next-steps list where the writer puts their own name and a dash before "I\'ll"', () => {
    const notes = ['NEXT STEPS', ' a. Omar Haddad – send the bus forms – by 3/9', " b. Rhea – I'll update the transition plan EOW"].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Omar Haddad'], 'send the bus forms', '2027-03-09'],
      [['Rhea'], 'update the transition plan', '2027-03-05'],
    ]);
  });

  it('an email where the writer needs someone else to do a part ("To do that I need Ms. Cole to send me ...")', () => {
    const notes = "I'll file the work permit by the 10th. To do that I need Ms. Cole to send me the signed school form by 3/8. Dad asked about the bus, nobody is on that yet.";
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Rhea Mendez'], 'file the work permit', '2027-03-10'],
      [['Ms. Cole'], 'send me the signed school form', '2027-03-08'],
    ]);
  });

  it('a tracker table whose status column parks a row ("parking lot") or records a decision: those rows are no tasks', () => {
    const notes = [
      '| Task | Owner | Due | Status |',
      '|------|-------|-----|--------|',
      '| Send the bus forms | Omar Haddad | 3/9 | open |',
      '| Look at summer camps | — | — | parking lot |',
      '| Ask about the swim program | Jo Park | — | decided: not this year |',
    ].join('\n');
    expect(run(notes)).toEqual([[['Omar Haddad'], 'send the bus forms', '2027-03-09']]);
  });

  it('an email that tells a person what they are doing ("Jo, as we discussed, you\'re confirming ... by 3/12"); "you\'re doing X?" only asks', () => {
    const notes = [
      'Hi both,',
      '',
      'Jo, as we discussed on the call, you\'re confirming the travel training slot with the transit office by 3/12.',
      '',
      'Omar, you\'re doing the job site visit?',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Jo'], 'confirm the travel training slot with the transit office', '2027-03-12']]);
  });

  it('a pasted group text where "I\'ll" is typed without its apostrophe ("ill drop off ..."); "ill" as a word stays', () => {
    const notes = [
      '[3/2/27, 4:51 PM] Rhea Mendez: thanks everyone',
      '[3/2/27, 4:55 PM] Mr. Cole: ill drop off the signed forms at the school tmrw',
      '[3/2/27, 4:58 PM] Jo Park: Ill health kept T.L. home last week, fyi',
    ].join('\n');
    expect(run(notes)).toEqual([[['Mr. Cole'], 'drop off the signed forms at the school', '2027-03-03']]);
  });

  it('a line in Spanish where the writer says what she is about to do in the present ("Yo le mando ... el viernes"); "Yo creo que ..." is no task', () => {
    const notes = ['- Rosa: Yo les mando a los padres el formulario de transporte el viernes.', '- Rosa: Yo creo que la reunión fue buena.'].join('\n');
    expect(run(notes)).toEqual([[['Rosa'], 'les mando a los padres el formulario de transporte', '2027-03-05']]);
  });
  it('a transcript with an unnamed voice ("Speaker 3"): the voice that answers a question put by name is that person', () => {
    const notes = [
      'Rhea Mendez  12:04',
      'So the annual is coming up. Omar, can you send me the dates that work for the IPE meeting?',
      '',
      'Speaker 3  12:10',
      "Sure. I'll send them by Friday.",
      '',
      'Rhea Mendez  12:15',
      'Great, thanks.',
      '',
      'Speaker 3  12:20',
      "And I'll call the bakery about the job shadow by Thursday.",
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Omar'], 'send me the dates that work for the IPE meeting', '2027-03-05'],
      [['Omar'], 'call the bakery about the job shadow', '2027-03-04'],
    ]);
  });
  it('typed-up shorthand of topic → status → step: the last step is the task, about its topic, a date after an arrow dates it, "→ me, EOW" hands the topic over', () => {
    const notes = [
      '- paratransit app → Omar has it, needs Dr sig → Omar to get the Dr to sign + return by 3/9',
      '- job shadow → Jo asking the bakery about Saturdays, answer to us by Thurs',
      '- IPE amendment → Rhea doing it with VR → 3/12',
      '- transcript + SOP draft → me, EOW',
      '- referral → VR',
      '- PN -> send the ISP invite to Dad by 3/5',
    ].join('\n');
    expect(run(notes, 'Dana Alvarez')).toEqual([
      [['Omar'], 'get the Dr to sign + return (paratransit app)', '2027-03-09'],
      [['Jo'], 'ask the bakery about Saturdays, answer to us (job shadow)', '2027-03-04'],
      [['Rhea'], 'do IPE amendment with VR', '2027-03-12'],
      [['Dana Alvarez'], 'transcript + SOP draft', '2027-03-05'],
      [['PN'], 'send the ISP invite to Dad', '2027-03-05'],
    ]);
  });

  it('a plan said in the progressive with a day is a task; what is under way this week is not', () => {
    expect(run('Ray is doing a travel training eval with T.W. on the Rt 4 bus, he said 3/10.')).toEqual([
      [['Ray'], 'do a travel training eval with T.W. on the Rt 4 bus', '2027-03-10'],
    ]);
    expect(run('Owen is doing the family newsletter this week.')).toEqual([]);
  });
  it('"book them", "drop it off": a pointing object is the thing the message or question before named, or the topic its line opens with', () => {
    const chat = [
      '[3/2/27, 10:30:11 AM] Rhea Mendez: J.T. got the bakery job. Someone needs to book his Dial-a-Ride rides for the first 2 wks',
      "[3/2/27, 10:31:02 AM] Omar Haddad: that's me, I'll book them by 3/11",
    ].join('\n');
    expect(run(chat)).toEqual([[['Omar Haddad'], 'book his Dial-a-Ride rides for the first 2 wks', '2027-03-11']]);
    const answered = ['5. Can someone get me a copy of her work permit?', "I'll drop it off at your office tomorrow."].join('\n');
    expect(run(answered, 'Dana Alvarez')).toEqual([[['Dana Alvarez'], 'drop a copy of her work permit off at your office', '2027-03-03']]);
    expect(run('[ ] Hardware store application - R.H. to submit it online by Friday')).toEqual([
      [['R.H.'], 'submit Hardware store application online', '2027-03-05'],
    ]);
  });
  it('a line that moves an item to someone else, before or after the recap it corrects', () => {
    const recap = [
      "(fyi the recap got one thing wrong - the bakery job shadow is Jo's, not Omar's.)",
      '',
      'Follow-up tasks',
      '• Omar Haddad will set up a job shadow at the bakery by 3/12.',
      '• Lena Ortiz will send the release to the clinic by Friday.',
      '',
      "- the clinic one: I'm taking that over from Lena, I know the nurse.",
    ].join('\n');
    expect(run(recap, 'Rhea Mendez')).toEqual([
      [['Jo'], 'set up a job shadow at the bakery', '2027-03-12'],
      [['Rhea Mendez'], 'send the release to the clinic', '2027-03-05'],
    ]);
    const comment = ['- Omar Haddad will send the psych eval to the college by 3/5.[a]', '', '[a]Omar is on leave until April, reassigning this to Jo. +Jo Park'].join('\n');
    expect(run(comment)).toEqual([[['Jo Park'], 'send the psych eval to the college', '2027-03-05']]);
  });
  it('a document comment pasted with its anchors: "[a]@Jo can you take ...? Due 3/12" is a dated request, and no anchor is left in a task', () => {
    const notes = ['- Bus pass renewal expires 3/31, needs renewal[a]', '', '[a]@Jo Park can you take the renewal paperwork with Dad? Due 3/12'].join('\n');
    expect(run(notes)).toEqual([[['@Jo Park'], 'take the renewal paperwork with Dad', '2027-03-12']]);
  });
  it('a chat reply handing one\'s own item on with "X can you ... instead?" moves it, date and all', () => {
    const notes = [
      "[3/2/27, 10:45:37 AM] Jo Park: also the family asked for the summer contact list",
      "[3/2/27, 10:46:10 AM] Rhea Mendez: I'll send it by 3/12",
      "[3/2/27, 11:02:48 AM] Rhea Mendez: ugh I'm out that week. Jo can you send the contact list instead, same timeline?",
      '[3/2/27, 11:03:15 AM] Jo Park: yep got it',
    ].join('\n');
    expect(run(notes)).toEqual([[['Jo'], 'send the summer contact list', '2027-03-12']]);
  });
  it('an outline item that is a title with a date ("7. FIRST STEPS – next month (by April 9)") dates the items indented under it', () => {
    const notes = [
      '6. BOLD STEPS – 3 months',
      '   - O.B. riding Route 7 by herself',
      '',
      '7. FIRST STEPS – next month (by March 26)',
      '   - Aunt Dee: open a checking account with O.B.',
      '   - Rhea: add a self-advocacy goal to the IEP draft by 3/20',
      '',
      '8. Omar will call the print shop by 3/9',
      '   - ask about a Saturday shift',
    ].join('\n');
    expect(run(notes)).toEqual([
      [['Aunt Dee'], 'open a checking account with O.B', '2027-03-26'],
      [['Rhea'], 'add a self-advocacy goal to the IEP draft', '2027-03-20'],
      [['Omar'], 'call the print shop', '2027-03-09'],
    ]);
  });
  it('"Grandma\'s going to call ...": a name\'s "\'s" before "going to" is "is"; "Tom\'s going to be out" is no task', () => {
    expect(run("- Grandma's going to call Jolene about the waiver by 3/9\n- Tom's going to be out on leave in March")).toEqual([
      [['Grandma'], 'call Jolene about the waiver', '2027-03-09'],
    ]);
  });
  it('a case note: "at the next contact" is the date its last line gives the next contact, even when that line comes after', () => {
    const notes = [
      'P: Teacher will send the IEP by Friday. Mom agreed to provide copies of the SSI award letter at the next contact.',
      'Next contact 03/16/2027 at school.',
    ].join('\n');
    expect(run(notes).map((i) => [i[0], i[2]])).toEqual([
      [['Teacher'], '2027-03-05'],
      [['Mom'], '2027-03-16'],
    ]);
  });
  it('a recap\'s action items over the transcript they came from: each item once, with the day either gives', () => {
    const notes = [
      'Action Items',
      '☐ Jo to send the sign-up form for the skills group to Dad by Friday.',
      '☐ Send IEP accommodations page to Jo.',
      '',
      'Transcript',
      '',
      'Jo Park  0:12',
      "I'll send Dad the sign-up form for the skills group by Friday. Rhea, could you send me his IEP accommodations page?",
      '',
      'Rhea Mendez  0:40',
      "Yep, I'll send the IEP accommodations page to Jo by next Monday.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Jo'], 'send the sign-up form for the skills group to Dad', '2027-03-05'],
      [['Rhea Mendez'], 'send the IEP accommodations page to Jo', '2027-03-08'],
    ]);
  });
  it('a table\'s owner cell that describes the job in words before the person ("WAT travel trainer (Pat Osei)", "(Mary Ann Lee)") is that person; "Sam (Desert Willow)" stays Sam', () => {
    const notes = [
      '| Activity | Person/Agency Responsible | Projected Date |',
      '| Travel training on Route 7 | WAT travel trainer (Pat Osei) | 3/26/2027 |',
      '| Tour the CIL | Sam (Desert Willow) | 3/19/2027 |',
      '| Job shadow at the library | school job developer (Mary Ann Lee) | 4/2/2027 |',
    ].join('\n');
    expect(run(notes).map((i) => i[0])).toEqual([['Pat Osei'], ['Sam'], ['Mary Ann Lee']]);
  });
  it('answers written inline under a mail\'s questions, tagged with initials: "[PN] Yes - I\'ll have the letters out by 3/15" is Priya Natarajan\'s', () => {
    const notes = [
      'From: Priya Natarajan',
      'To: Rhea Mendez; Omar Haddad',
      '',
      '1. Accommodations letters for the spring instructors - Priya, can you have them done before classes start?',
      "   [PN] Yes - I'll have the letters out by 3/15.",
      '2. Does he still need the placement testing accommodation?',
      '   [OH] no - he placed out',
    ].join('\n');
    expect(run(notes)).toEqual([[['Priya Natarajan'], 'get the letters out', '2027-03-15']]);
  });
  it('items of one person that differ only in a number they name stay apart ("packet 1", "packet 2")', () => {
    const notes = ['Next steps:', '- Jo will send application packet 1 and the release to the family by Friday', '- Jo will send application packet 2 and the release to the family by Friday'].join('\n');
    expect(run(notes).map((i) => i[1])).toEqual(['send application packet 1 and the release to the family', 'send application packet 2 and the release to the family']);
  });
  it('a date given in the next sentence of the same line or paragraph ("... can you pull the list? By Friday if possible.") dates the request', () => {
    const notes = [
      '• @Omar Haddad can you pull the list of seniors without a DD intake? By Friday if possible, I want to send reminders.',
      '',
      'Jo, can you let the store know the job trial is a go? The manager wanted an answer by Wednesday. The bus is still an open question.',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['@Omar Haddad'], "pull the list of seniors without a DD intake", '2027-03-05'],
      [['Jo'], 'let the store know the job trial is a go', '2027-03-03'],
    ]);
  });
  it('a transcript turn that promises without a day, answered in the next turn with one ("if you can have those in two weeks"), takes that day', () => {
    const notes = [
      'Rhea Mendez  12:04',
      'Gabe is the one for that, I emailed him yesterday.',
      '',
      'Mom  12:15',
      'Okay. And I can get his bank statements together for that.',
      '',
      'Rhea Mendez  12:20',
      "That'd be great, if you can have those in two weeks.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Mom'], 'get his bank statements together for that', '2027-03-16']]);
  });
  it('a clause that gives a day and no task of its own dates the undated item before it in the same line ("..., he\'ll have the wording to me by Friday")', () => {
    const notes = '- Mr. O is going to add the vet clinic job shadow as a new activity, he\'ll have the wording to me by Friday';
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Mr. O'], 'add the vet clinic job shadow as a new activity', '2027-03-05']]);
  });
  it('minutes that open with "Call to order – 3:02 PM" give no item to a person called "Call"', () => {
    const notes = ['Transition council minutes', '', '1. Call to order – 3:02 PM (C. Fairbanks, chair)', '2. Jo to send the fair flyer to families by 3/9.'].join('\n');
    expect(run(notes)).toEqual([[['Jo'], 'send the fair flyer to families', '2027-03-09']]);
  });
  it('a pasted text whose sentence ends in an emoji ("... on the waitlist!! 🙌 I\'ll call the county Monday") still reads the promise after it', () => {
    const notes = "Hi Ms Ng its Tonya. We got the letter from the county today, he's on the waitlist!! 🙌 I'll call the county Monday about the waitlist letter.";
    expect(run(notes, 'Tonya Hale')).toEqual([[['Tonya Hale'], 'call the county about the waitlist letter', '2027-03-08']]);
  });
  it('a case note\'s "she will ..." belongs to the person the sentence before was about, even when that sentence gave no task', () => {
    const notes = 'TC met with S.W. and his grandmother. Ms. Amundsen reviewed the difference between Pre-ETS and the full VR application. She will submit the VR application by 3/9 so an IPE can be in place.';
    expect(run(notes, 'Rhea Mendez').map((i) => [i[0], i[2]])).toEqual([[['Ms. Amundsen'], '2027-03-09']]);
  });
  it('a request dated by the event it is for ("an interpreter for the April 29 meeting") takes the deadline the next sentence sets ("Please have it confirmed by the 22nd")', () => {
    const notes = 'Marisol, would you be able to arrange a Spanish interpreter for the April 29 ISP meeting? Please have it confirmed by the 22nd, since our scheduler needs notice.';
    expect(run(notes, 'Rhea Mendez').map((i) => [i[0], i[2]])).toEqual([[['Marisol'], '2027-03-22']]);
  });
  it('a request to a handle with "please" and no comma ("@Sam Whitaker please get the applications out ... by 3/9") is that person\'s', () => {
    const notes = '• @Sam Whitaker please get the summer work experience applications out to the families by 3/9.';
    expect(run(notes, 'Rhea Mendez')).toEqual([[['@Sam Whitaker'], 'get the summer work experience applications out to the families', '2027-03-09']]);
  });
  it('a round robin typed as it goes ("OMAR (VR)", "ME" over what each said): a promise with its "I" left off is that person\'s', () => {
    const notes = [
      'Round robin - county transition partners, Fri 2/26',
      '',
      'OMAR (VR)',
      'Two counselors now. Will send the summer flyer to the case managers by 3/9.',
      '',
      'JO (CIL)',
      'Nothing new this month.',
      '',
      'ME',
      "Youth group restarts 4/20. I'll email the fair flyers next Thurs.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['OMAR'], 'send the summer flyer to the case managers', '2027-03-09'],
      [['Rhea Mendez'], 'email the fair flyers', '2027-03-11'],
    ]);
  });
  it('pasted texts under "[Text Message  3:47 PM]" are the writer who names herself ("its Tonya"), "[Me  3:52 PM]" the poster, and a reaction quoting a text says nothing new', () => {
    const notes = [
      "Pasting his mom's texts from today",
      '',
      '[Text Message  Today 3:47 PM]',
      'Hi Ms Mendez its Tonya. I will bring his ID card Monday for the VR application.',
      '',
      '[Me  3:52 PM]',
      "Thanks! I'll put the bus form in his binder Friday",
      '',
      '[Text Message  Today 3:56 PM]',
      '❤️ Liked "Thanks! I\'ll put the bus form in his binder Friday"',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([
      [['Tonya'], 'bring his ID card for the VR application', '2027-03-08'],
      [['Rhea Mendez'], 'put the bus form in his binder', '2027-03-05'],
    ]);
  });
  it('a paragraph in quotes under "Mom texted me ..., so pasting here:" is what Mom wrote: her "I will call" is hers', () => {
    const notes = [
      'Mom texted me right after our mtg today, she asked me to pass it on so pasting here:',
      '',
      '"Hi Ms Mendez thank u for today. I will call the county wed about the waiver paperwork. Also he cant do thursdays"',
      '',
      "I'll mail the ID fee waiver form to her by Friday.",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez').map((i) => [i[0], i[2]])).toEqual([
      [['Mom'], '2027-03-03'],
      [['Rhea Mendez'], '2027-03-05'],
    ]);
  });
  it('a note forwarded "Fwd from Heidi (text, 3/1 3:52 PM):" is Heidi\'s: her "So on my end I\'ll ..." is hers, the quoted text stays Mom\'s', () => {
    const notes = [
      'Fwd from Heidi (text, 3/1 3:52 PM):',
      '',
      'Mom texted me right after our mtg today, so pasting here:',
      '',
      '"Hi Ms Cross thank u for today. I will call the county wed about the waiver paperwork."',
      '',
      "So on my end I'll resend the ID fee waiver form to her tonight. Rhea can you let Marcus know the job trial is a go?",
    ].join('\n');
    expect(run(notes, 'Rhea Mendez').map((i) => [i[0], i[2]])).toEqual([
      [['Mom'], '2027-03-03'],
      [['Heidi'], '2027-03-02'],
      [['Rhea'], null],
    ]);
  });
  it('"Let\'s have, um, Jasmine from Piedmont Supported Employment pick up the fade plan" commits Jasmine, not the speaker', () => {
    const notes = ['Dana Whitfield  13:46', "Oh, right. Let's have, um, Jasmine from Piedmont Supported Employment pick up the fade plan instead."].join('\n');
    expect(run(notes, 'Dana Whitfield').map((i) => [i[0], i[1]])).toEqual([[['Jasmine'], expect.stringMatching(/^pick up the fade plan/)]]);
  });
  it('a voicemail pasted in quotes is what its caller says: "it\'s Sandra ... So I\'ll get the packet over", split from "and our nurse Beth is going to ... probably"', () => {
    const notes = [
      'Sandra left me a VM after the call, transcription pasted below:',
      '',
      'Voicemail · Sandra Vo · 0:58',
      '"Hey Rhea it\'s Sandra from WVCS, just following up. So I\'ll get the waiver budget packet over to Mom by Friday, and our nurse Beth is going to come out for the assessment probably the 12th."',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Sandra'], expect.stringMatching(/^get the waiver budget packet over to Mom/), '2027-03-05']]);
  });
  it('"His dad said he can take him to the DMV on the 12th" gives the task to his dad', () => {
    expect(run('His dad said he can take him to the DMV on the 12th for the ID, he\'s off that day.', 'Rhea Mendez')).toEqual([
      [['His dad'], 'take him to the DMV for the ID', '2027-03-12'],
    ]);
  });
  it('a checklist line "Accommodation request form – Priya to send to LB by Tuesday" keeps the form in the task', () => {
    expect(run('☐ Accommodation request form – Priya to send to LB by Tuesday', 'Rhea Mendez')).toEqual([
      [['Priya'], 'send to LB (Accommodation request form)', '2027-03-09'],
    ]);
  });
  it('a document comment "[b]" is about the line it marks: "I\'ll take her" under "[b]Who\'s driving her?" takes the visit and its day', () => {
    const notes = [
      'AK-14',
      '- Tamsbury CC visit moved to 3/10[b]',
      '- AK still deciding between culinary and early childhood',
      '',
      "[b]Who's driving her? Mom works Weds.",
      "I'll take her, I'm free that afternoon. - C.F.",
    ].join('\n');
    expect(run(notes, 'Colleen Fairbanks').map((i) => [i[0], i[2]])).toEqual([[['Colleen Fairbanks'], '2027-03-10']]);
    expect(run(notes, 'Colleen Fairbanks')[0]![1]).toMatch(/Tamsbury CC visit/);
  });
  it('"Heidi Cross will have J.T. complete the O*NET Interest Profiler" is Heidi\'s task (getting someone to do it), "will have time" is none', () => {
    expect(run('• Interest inventory: Heidi Cross will have J.T. complete the O*NET Interest Profiler in the resource room. Omar will have time in May.', 'Rhea Mendez')).toEqual([
      [['Heidi Cross'], 'have J.T. complete the O*NET Interest Profiler in the resource room', null],
    ]);
  });
  it('a transcript\'s one unnamed voice is the family member the others talk of and who never speaks by name ("send Dad the form" / "Speaker 3: I\'ll take him")', () => {
    const notes = [
      'Lorraine Beck  0:12',
      "Our skills group starts back up January 12th. I'll send Dad the sign-up form by Friday.",
      '',
      'Speaker 3  0:31',
      "That works. I'll take him to get his learner's permit over the break.",
      '',
      'Marcus Bell  1:15',
      'If Dad wants him to get the permit first, that is fine.',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez').map((i) => i[0])).toEqual([['Lorraine Beck'], ['Dad']]);
  });
  it('the first turn of an unnamed voice is the person a later turn asks by name before it speaks again', () => {
    const notes = [
      'Speaker 3  12:31',
      "From VR's side, I'll send the IPE draft by Friday.",
      '',
      'Dana Whitfield  12:48',
      'Okay. Keisha, can you send me the dates that work for you?',
      '',
      'Speaker 3  12:52',
      'Sure.',
    ].join('\n');
    expect(run(notes, 'Dana Whitfield')[0]?.[0]).toEqual(['Keisha']);
  });
  it('"so strike that one" under a checklist calls off the item the update names', () => {
    const notes = [
      '[ ] Tansy Gap Hardware application - R.H. to submit it online by Friday',
      '[ ] SVCC small engine cert application - Priya to send the link, 3/9',
      '',
      'Update 2:50pm - Priya emailed, the small engine cert app does not open until June so strike that one.',
    ].join('\n');
    expect(run(notes, 'Beth Scarboro').map((i) => i[0])).toEqual([['R.H.']]);
  });
  it('answers typed in capitals under a mail\'s questions ("DAD WILL REGISTER HER ONLINE BY MAY 14TH.") are read as any sentence', () => {
    const notes = ['2. Did the family decide on the summer bridge?', 'YES. DAD WILL REGISTER HER ONLINE BY MARCH 14TH.'].join('\n');
    expect(run(notes, 'Rhea Mendez').map((i) => [i[0], i[2]])).toEqual([[['Dad'], '2027-03-14']]);
  });
  it('a word in a line typed in capitals is written as the note writes it elsewhere: "her" stays a pronoun, a name keeps its capital', () => {
    const notes = ['1. Can her dad get the bridge form to Marisol?', 'YES. DAD WILL SEND HER FORM TO MARISOL BY MARCH 14TH.'].join('\n');
    const [item] = extractActions(notes, { meetingDate: '2027-03-01', poster: 'Rhea Mendez' });
    expect(item?.task).toMatch(/send her form to Marisol/);
  });
  it('a hedge is no item: "he said he\'d think abt it" after an arrow, an offer made "if the family wants it"', () => {
    const notes = [
      'FIRST STEPS ->',
      '* Dad -> call the vet clinic re: kennel opening - Mon',
      "* Coach Dale -> ??? (resume help?) -> he said he'd think abt it",
      '',
      'Gloria offered to share information about benefits counseling if the family wants it.',
    ].join('\n');
    expect(run(notes, 'Tasha Greer').map((i) => i[0])).toEqual([['Dad']]);
  });
  it('"..., scratch that, I won\'t put the driving eval in" in a transcript calls off the speaker\'s item in the recap above it', () => {
    const notes = [
      'Action Items',
      '☐ Marcus Bell to put in request for driving evaluation by March 15.',
      '☐ Lorraine to send the sign-up form to Dad by Friday.',
      '',
      'Transcript',
      '',
      'Marcus Bell  1:15',
      'Actually, if Dad wants him to get the permit first, scratch that, I won\'t put the driving eval in until he has the permit.',
    ].join('\n');
    expect(run(notes, 'Renata Okafor').map((i) => i[0])).toEqual([['Lorraine']]);
  });
  it('texts: "👍 also can u get Part B of the ACCESS application signed? his mom dropped off Part A" / "yes, I\'ll get the OT to sign it ... by the 20th" is one item, the thing asked by the day promised', () => {
    const notes = [
      'LaToya Gaines (7:52 AM): ok good',
      "Owen Scarbrough (7:58 AM): not yet",
      "LaToya Gaines (8:03 AM): 👍 also can u get Part B of D.R.'s ACCESS application signed? his mom dropped off Part A",
      "Owen Scarbrough (8:05 AM): yes, I'll get the OT to sign it, will have it back to you by the 20th",
    ].join('\n');
    expect(run(notes, 'LaToya Gaines')).toEqual([[['Owen Scarbrough'], "get Part B of D.R.'s ACCESS application signed", '2027-03-20']]);
  });
  it('a mail chain: "Ray – bus pass renewal by 3/31" lines under "From Dana, 3/3 12:30 PM:" assign; a reply "will be 3/19, not 3/12" or "make mine the 8th" moves the replier\'s date', () => {
    const notes = [
      'Subject: plan SPRUCE-06 – action items from today (3/2/27)',
      '',
      'From Dana Whitcomb, 3/2 12:30 PM:',
      '  Colt – worksite agreement with the vet clinic by 3/12',
      '  Hollis – accommodation letter for the spring assessment by the 10th',
      '  Ray – bus pass renewal by 3/31',
      '',
      '  Reply from Colt, 3/2 2:05 PM:',
      '  Clinic manager is out till the 15th, so the agreement will be 3/19, not 3/12. Sorry!',
      '',
      '  Reply from Hollis, 3/2 3:40 PM:',
      "  The 10th IS the assessment day — let's make mine the 8th so the letter is there ahead of time.",
    ].join('\n');
    expect(run(notes, 'Dana Whitcomb')).toEqual([
      [['Colt'], 'worksite agreement with the vet clinic', '2027-03-19'],
      [['Hollis'], 'accommodation letter for the spring assessment', '2027-03-08'],
      [['Ray'], 'bus pass renewal', '2027-03-31'],
    ]);
  });
  it('a dated line "Name – phrase" needs a deadline: "Notas – reunión ... 12/9" and a numbered "FIRST STEPS – next month (by April 9)" assign nothing', () => {
    const notes = ['Notas – reunión con la familia Rivera, 9 de diciembre', '7. FIRST STEPS – next month (by April 9)'].join('\n');
    expect(run(notes, 'Dana Whitcomb')).toEqual([]);
  });
  it('"R.H. to submit it online by Friday, I\'ll sit with him during advisory to do it": the clause that points back at the one before does that work by its day', () => {
    const notes = '[ ] Job: Tansy Gap Hardware application - R.H. to submit it online by Friday, I\'ll sit with him during advisory to do it';
    expect(run(notes, 'Beth Scarboro').map((i) => [i[0], i[2]])).toEqual([
      [['R.H.'], '2027-03-05'],
      [['Beth Scarboro'], '2027-03-05'],
    ]);
  });
  it('a pasted Slack thread: a message back in the channel after the replies ("Priya Raman 11:47 AM ... start 3/19") dates none of the thread\'s items', () => {
    const notes = [
      'LaToya Gaines  9:33 AM',
      'perfect thx',
      '',
      '    ↳ 2 replies',
      '    Grace Yoon  10:02 AM',
      '    is J.T. on SSI as a kid?',
      '    Marcus Bell  10:20 AM',
      "    :+1: I'll loop Grace in on the IPE once he's eligible",
      '',
      'Priya Raman  11:47 AM',
      'unrelated — fall workplace readiness classes start 3/19, 14 students enrolled. no action needed just fyi :tada:',
    ].join('\n');
    expect(run(notes, 'LaToya Gaines')).toEqual([[['Marcus Bell'], "loop Grace in on the IPE once he's eligible", null]]);
  });
  it('a label the sentence names again is its topic, not its speaker: "Isabella: I\'ll send the forms to Dana so she can do them with Isabella in class" is the poster\'s', () => {
    const notes = [
      'Isabella: I\'ll send the assessment forms to Dana by Thursday so she can do them with Isabella in class.',
      'Keisha: I\'ll book the IPE meeting by Friday.',
    ].join('\n');
    expect(run(notes, 'Ben Okafor').map((i) => i[0])).toEqual([['Ben Okafor'], ['Keisha']]);
  });

  it("a stand-up under each person's name: a field label (\"Today:\", \"Also:\") the note never uses for a person is not who promises", () => {
    const notes = [
      'TEAM CHECK-IN',
      '',
      'MARISOL (Ortega)',
      '  Today: I\'ll drop the bus forms at the front office by Thursday',
      '  Also: I\'ll call the clinic about the intake',
      '  Blockers: none',
    ].join('\n');
    const owners = run(notes, 'Dana Reyes').map((i) => i[0]);
    expect(owners.flat()).not.toContain('Today');
    expect(owners.flat()).not.toContain('Also');
    expect(owners).toHaveLength(2);
  });

  it('minutes that open "Called to order ...": a past-tense verb opening a line is no one, while a name the note uses elsewhere is someone', () => {
    const notes = ['ACTION ITEMS', '- Called to order at 6:02 p.m. by the chair.', '- Mailed the consent copy to Ravi.', '- Ravi to return the signed consent by 3/9.'].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([[['Ravi'], 'return the signed consent', '2027-03-09']]);
  });

  it('a case note hard-wrapped at a fixed width: an item goes on at its text column with a capital when its first word would not have fitted above', () => {
    const notes = [
      'Spoke with the family and the student about the summer job program and the',
      'steps still open before June.',
      'PLAN:',
      '1. Ms. Reyes will send the signed job development authorization to Harbor',
      '   Employment Partners by 3/12.',
      '2. Transportation',
      '   Ms. Reyes to call the family by 3/9.',
    ].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([
      [['Ms. Reyes'], 'send the signed job development authorization to Harbor Employment Partners', '2027-03-12'],
      [['Ms. Reyes'], 'call the family', '2027-03-09'],
    ]);
  });

  it('a saved Zoom chat whose header ("10:02:11 From Name to Everyone:") stands over the message: the message is that person\'s', () => {
    const notes = [
      'Zoom chat — transition work group (saved by Dana Reyes)',
      '',
      '10:02:11 From Dana Reyes to Everyone:',
      '\twelcome all, agenda is in the shared doc',
      '10:09:30 From Omar Haddad to Everyone:',
      "\tI'll send the bus forms to the front office by 3/9",
      '10:12:40 From Rhea Mendez to Dana Reyes (Direct Message):',
      "\tI'll update the transition plan by Friday",
    ].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([
      [['Omar Haddad'], 'send the bus forms to the front office', '2027-03-09'],
      [['Rhea Mendez'], 'update the transition plan', '2027-03-05'],
    ]);
  });

  it('a chat request dated in a second sentence written as chat writes it ("by thursday pls")', () => {
    const notes = '[09:03] Dana Reyes: @omar can you send me the bus roster so far? by thursday pls';
    const [item] = run(notes, 'Dana Reyes');
    expect(item![0]).toEqual(['@omar']);
    expect(item![1]).toMatch(/^send me the bus roster/);
    expect(item![2]).toBe('2027-03-04');
  });

  it('a sheet pasted with tabs whose due column is headed "Target", one day struck through and the next written after it', () => {
    const notes = [
      'Student\tTask\tOwner\tStatus\tTarget',
      'L.S.\tSubmit the disability services intake\tGrace N.\tOpen\t3/26',
      'T-07\tSchedule the VR plan review\tLuis O.\tOpen\t~~3/3~~ Fri',
    ].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([
      [['Grace N.'], 'submit the disability services intake', '2027-03-26'],
      [['Luis O.'], 'schedule the VR plan review', '2027-03-05'],
    ]);
  });

  it('a Slack export pasted as its JSON, with the users list above it: each message is its poster\'s, and "on it — I\'ll ..." is theirs too', () => {
    const messages = [
      { type: 'message', user: 'U01DANA', text: '<@U02OMAR> can you send the bus roster to the front office?', ts: '1792508520.000100', user_profile: { real_name: 'Dana Reyes' } },
      { type: 'message', user: 'U02OMAR', text: "on it — I'll send the bus roster by Friday", ts: '1792508640.000200' },
      { type: 'message', user: 'U03RHEA', text: "I'll update the transition plan by 3/9", ts: '1792508700.000300' },
    ];
    const notes = ['Slack export — #team — 2027-03-02.json', 'users.json (excerpt)', '  U02OMAR   Omar Haddad   @omar.h', '  U03RHEA   Rhea Mendez   @rhea.m', '', JSON.stringify(messages, null, 2)].join('\n');
    const found = run(notes, 'Dana Reyes');
    expect(found).toContainEqual([['Omar Haddad'], 'send the bus roster to the front office', '2027-03-05']);
    expect(found).toContainEqual([['Rhea Mendez'], 'update the transition plan', '2027-03-09']);
    expect(found.every((i) => !i[1]!.includes('"'))).toBe(true);
  });

  it("a bullet journal's legend (\"key: • task ✓ done ○ event\") makes its task mark a to-do, wherever the list stands", () => {
    const notes = [
      'RHEA — weekly log',
      'key:  • task   ✓ done   ○ event',
      '',
      '○ IEP mtg for T.L., 9:00 — went fine',
      '• call the clinic re: the intake form — Thurs',
      '✓ send the consent form home',
    ].join('\n');
    expect(run(notes, 'Rhea Mendez')).toEqual([[['Rhea Mendez'], 'call the clinic re: the intake form', '2027-03-04']]);
  });

  it('an item for "the IPE meeting" with the meeting\'s day given on another line of the note takes that day', () => {
    const notes = [
      'PLAN:',
      '1. Ms. Reyes will send the release to the clinic by 3/5.',
      '2. Mr. Haddad will make the benefits counseling referral before the IPE meeting.',
      '3. IPE meeting scheduled 03/16/2027, 1:00 p.m.',
    ].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([
      [['Ms. Reyes'], 'send the release to the clinic', '2027-03-05'],
      [['Mr. Haddad'], 'make the benefits counseling referral before the IPE meeting', '2027-03-16'],
    ]);
  });

  it('a stand-up with each person\'s name alone in capitals over their indented lines: each "I" is that person\'s', () => {
    const notes = [
      'TEAM STANDUP — Tue 3/2',
      '',
      'OMAR (VR)',
      '  Today: I\'ll send the bus forms to the front office by 3/9',
      '',
      'RHEA',
      '  Next: I\'ll update the transition plan by Friday',
    ].join('\n');
    expect(run(notes, 'Dana Reyes')).toEqual([
      [['OMAR'], 'send the bus forms to the front office', '2027-03-09'],
      [['RHEA'], 'update the transition plan', '2027-03-05'],
    ]);
  });

  it('a voice memo that says its list aloud ("number one ... number two ..."): each numbered item is read on its own', () => {
    const notes =
      'memo to self okay so after the group today a couple of things number one I need to upload the attendance sheets into the case system by Wednesday because the report runs Thursday number two the clinic asked for the intake form so I will send them the form by end of next week number three nothing else really';
    const found = run(notes, 'Rhea Mendez');
    expect(found).toContainEqual([['Rhea Mendez'], 'upload the attendance sheets into the case system', '2027-03-03']);
    expect(found).toContainEqual([['Rhea Mendez'], 'send them the form', '2027-03-12']);
  });

  it('a promise about the students "who want to" do something is still a promise ("want to" there is theirs, not a musing)', () => {
    expect(run('Naomi is going to follow up with the two seniors who want to apply for VR by 3/20.', 'Rhea Mendez')).toEqual([
      [['Naomi'], 'follow up with the two seniors who want to apply for VR', '2027-03-20'],
    ]);
  });

  it('a calendar invitation pasted as its iCalendar text: the items in its folded, escaped description are read', () => {
    const notes = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'ORGANIZER;CN=Dana Reyes:mailto:dreyes@example.org',
      'ATTENDEE;CN=Omar Haddad;ROLE=REQ-PARTICIPANT:mailto:ohaddad@example.org',
      'DTSTART;TZID=America/Denver:20270316T140000',
      'SUMMARY:Transition team check-in',
      'DESCRIPTION:Before we meet:\\n- Omar: please send me the bus roster by 3/9.\\n- Rhea to update the transi',
      ' tion plan by Friday\\, with the new goals.',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    const found = run(notes, 'Dana Reyes');
    expect(found).toHaveLength(2);
    expect(found[0]).toEqual([['Omar'], 'send me the bus roster', '2027-03-09']);
    expect(found[1]![0]).toEqual(['Rhea']);
    expect(found[1]![1]).toMatch(/^update the transition plan\b.*new goals$/);
    expect(found[1]![2]).toBe('2027-03-05');
  });
});
