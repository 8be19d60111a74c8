import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';

const MEETING = '2026-11-25'; // a Wednesday
const run = (notes: string, poster?: string) => extractActions(notes, { meetingDate: MEETING, poster });
const one = (notes: string, poster?: string) => {
  const items = run(notes, poster);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('extractActions: the ways coordinators write commitments', () => {
  it('"X will ..." with a date: owner, imperative task without the date, due date and quote', () => {
    expect(one('- Ms. Alvarez will send the VR application packet to the family by Friday.')).toEqual({
      owners: ['Ms. Alvarez'],
      task: 'send the VR application packet to the family',
      due: '2026-11-27',
      dueText: 'by Friday',
      quote: '- Ms. Alvarez will send the VR application packet to the family by Friday.',
    });
  });

  it('a Teams recap\'s "Assigned to" owner, on the line under the task or after it, with or without a colon', () => {
    const items = run('Follow-up tasks\nSend the VR packet to the family by Friday\nAssigned to Dana Alvarez\nCall the CIL about travel training. Assigned to: Tom Okafor');
    expect(items.map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Dana Alvarez'], 'send the VR packet to the family', '2026-11-27'],
      [['Tom Okafor'], 'call the CIL about travel training', null],
    ]);
  });

  it('"X to ... by ..." in a numbered list', () => {
    expect(one('1. Dana to schedule the VR intake by 12/5')).toMatchObject({ owners: ['Dana'], task: 'schedule the VR intake', due: '2026-12-05' });
  });

  it('ACTION:, AI: and TODO markers', () => {
    const items = run('ACTION: Coach Rivera to email the culinary program\nAI: Priya - request the psych eval by EOW\nTODO: Sam call the CIL about travel training');
    expect(items.map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Coach Rivera'], 'email the culinary program', null],
      [['Priya'], 'request the psych eval', '2026-11-27'],
      [['Sam'], 'call the CIL about travel training', null],
    ]);
  });

  it('unchecked boxes are items, checked ones are not', () => {
    const items = run('- [ ] Tom: call the warehouse about a tryout\n- [x] Tom: send the release');
    expect(items.map((i) => i.task)).toEqual(['call the warehouse about a tryout']);
  });

  it('@names are owners as written, and chat markup pasted as text reads as @handles', () => {
    const items = run('- [ ] <@U02ABC> send the consent form by tomorrow\n- [ ] @dana.reyes schedule the workshop\n- [ ] <at>Rosa Diaz</at> book the tour by Friday');
    expect(items.map((i) => [i.owners, i.task, i.due])).toEqual([
      [['@U02ABC'], 'send the consent form', '2026-11-26'],
      [['@dana.reyes'], 'schedule the workshop', null],
      [['@Rosa.Diaz'], 'book the tour', '2026-11-27'],
    ]);
  });

  it('an Owner | Task | Due table, skipping rows marked done', () => {
    const notes = '| Owner | Task | Due | Status |\n|---|---|---|---|\n| Mr. Chen | Send the internship application | 12/3 | open |\n| Grandma | Sign the consent | next Friday | done |';
    expect(run(notes).map((i) => [i.owners, i.task, i.due])).toEqual([[['Mr. Chen'], 'send the internship application', '2026-12-03']]);
  });

  it('"I\'ll ..." belongs to the poster, or to the speaker of a "Name: I\'ll" line', () => {
    expect(one("I'll update the transition plan in two weeks.", 'Kim')).toMatchObject({ owners: ['Kim'], due: '2026-12-09' });
    expect(one("Jen: I'll book the benefits counseling appointment by Dec 9.", 'Kim').owners).toEqual(['Jen']);
  });

  it('a request to a named person', () => {
    expect(one('Dana, can you send the release by Friday?')).toMatchObject({ owners: ['Dana'], task: 'send the release', due: '2026-11-27' });
  });

  it('plain prose: "Tom said he\'d ..."', () => {
    expect(one("We talked about housing. Tom said he'd get the packet out by next Friday.")).toMatchObject({
      owners: ['Tom'],
      task: 'get the packet out',
      due: '2026-12-04',
      quote: "Tom said he'd get the packet out by next Friday.",
    });
  });

  it('ownerless steps under a "Next steps" heading are kept with no owner, not dropped', () => {
    const items = run('Discussion\nThe family likes the program.\n\nNext steps\n- Send the release to DD by 12/5');
    expect(items).toEqual([expect.objectContaining({ owners: [], task: 'send the release to DD', due: '2026-12-05' })]);
  });

  it('the student (by initials) can own a task', () => {
    expect(one('J.R. will tour the campus before the Dec 9 interview').owners).toEqual(['J.R.']);
  });

  it('one task for two people is one item with both owners', () => {
    expect(one('Ana and Tom will build the portfolio by end of the month').owners).toEqual(['Ana', 'Tom']);
    expect(one('Ana/Tom to visit the shelter').owners).toEqual(['Ana', 'Tom']);
    expect(one('Tom and I will call SSA', 'Kim').owners).toEqual(['Tom', 'Kim']);
  });

  it('two commitments in one sentence are two items', () => {
    const items = run('Ms. Lee will request the transcript by 12/15, and Dana will send the letter by Dec 18.');
    expect(items.map((i) => [i.owners, i.due])).toEqual([[['Ms. Lee'], '2026-12-15'], [['Dana'], '2026-12-18']]);
  });

  it('vague timing gives no date with a flag; an unreadable date is flagged unparsed', () => {
    expect(one('- Carla will ask the CIL about classes ASAP')).toMatchObject({ due: null, dueFlag: 'vague' });
    expect(one('- Ben will send the benefits summary by 13/45')).toMatchObject({ task: 'send the benefits summary', due: null, dueFlag: 'unparsed' });
  });
});

describe('extractActions: formal minutes, chat exports and other styles', () => {
  it('formal minutes: title + surname, "agreed to", "is/will be responsible for", role appositions, student ids', () => {
    const notes = [
      'Agreed transition activities',
      'Mr. Haldane will administer the adaptive-behavior portion of the assessment by May 20.',
      'Ms. Ferreira agreed to send the testing summary to the parent by Dec 4.',
      'The parent, Mrs. Okonkwo, will return the signed release by Dec 3.',
      'Mr. Baptiste will be responsible for scheduling the situational assessment by 12/10.',
      'ST-3318 will visit two job sites during the summer program.',
    ].join('\n');
    expect(run(notes).map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Mr. Haldane'], 'administer the adaptive-behavior portion of the assessment', '2027-05-20'],
      [['Ms. Ferreira'], 'send the testing summary to the parent', '2026-12-04'],
      [['Mrs. Okonkwo'], 'return the signed release', '2026-12-03'],
      [['Mr. Baptiste'], 'schedule the situational assessment', '2026-12-10'],
      [['ST-3318'], 'visit two job sites during the summer program', null],
    ]);
  });

  it('"Responsible:" and "Target date:" fields, after the task line or on it', () => {
    const notes = [
      'Transition activity: Enroll B.K. in travel training',
      'Person responsible: Mr. Haldane',
      'Target date: 12/4',
      '',
      'Schedule the campus tour',
      'Responsible: Ms. Ferreira',
      '',
      'Request the transcript — Responsible: Mrs. Ito; Due: Friday',
    ].join('\n');
    expect(run(notes).map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Mr. Haldane'], 'enroll B.K. in travel training', '2026-12-04'],
      [['Ms. Ferreira'], 'schedule the campus tour', null],
      [['Mrs. Ito'], 'request the transcript', '2026-11-27'],
    ]);
  });

  it('a Teams export: "I" is the speaker of the line, not the poster; a dated reply answers the request', () => {
    const notes = [
      "[9:04 AM] Priya Natarajan: I'll submit the updated ISP for M.K. by 12/2",
      'Ines Carvalho 9:15 AM',
      'Sounds good. I will call the bus company by Friday.',
      '[9:20 AM] Priya Natarajan: Ms. Chen, can you send the behavior support plan to the job coach?',
      'Ms. Chen: sure, I can send the behavior support plan by Friday',
    ].join('\n');
    expect(run(notes, 'Kim').map((i) => [i.owners, i.task, i.due])).toEqual([
      [['Priya Natarajan'], 'submit the updated ISP for M.K', '2026-12-02'],
      [['Ines Carvalho'], 'call the bus company', '2026-11-27'],
      [['Ms. Chen'], 'send the behavior support plan to the job coach', '2026-11-27'],
    ]);
  });

  it('a date that opens the sentence or sits between commas still times the task', () => {
    expect(one('By Dec 18, Mr. Okafor will send the evaluation and the Summary of Performance to the disability office.')).toMatchObject({
      owners: ['Mr. Okafor'],
      task: 'send the evaluation and the Summary of Performance to the disability office',
      due: '2026-12-18',
    });
    expect(one('Mr. Okafor will, by Friday, send the evaluation.')).toMatchObject({ task: 'send the evaluation', due: '2026-11-27' });
  });

  it('"shall", a capitalised job-title apposition, and a future passive with its agent', () => {
    expect(one('Dr. Lin, School Psychologist, shall complete the re-evaluation by Dec 9.')).toMatchObject({ owners: ['Dr. Lin'], task: 'complete the re-evaluation', due: '2026-12-09' });
    expect(one('The Summary of Performance will be completed by Mr. Okafor by Dec 18.')).toMatchObject({
      owners: ['Mr. Okafor'],
      task: 'complete the Summary of Performance',
      due: '2026-12-18',
    });
    expect(run('The referral was sent by Ms. Ferreira on Nov 20.')).toEqual([]);
  });

  it('present tense with a date is a plan; keep/continue + an activity is an ongoing task for two owners', () => {
    expect(one('Ana Ruiz starts the summer work experience with M.K. on Dec 7.')).toMatchObject({
      owners: ['Ana Ruiz'],
      task: 'start the summer work experience with M.K',
      due: '2026-12-07',
    });
    expect(one('M.K. and Sam (job coach) will keep practicing the bus route.')).toMatchObject({ owners: ['M.K.', 'Sam'], due: null });
  });
});

describe('extractActions: what must not become an item', () => {
  it.each([
    ['a checked box', '- [x] Tom will send the release'],
    ['"already"', 'Dana already sent the VR referral.'],
    ['a DONE: line', 'DONE: Priya updated the transition assessment.'],
    ['a past-tense report', 'Dr. Patel completed the vocational assessment.'],
    ['a decision', 'Team agreed the student will focus on retail work.'],
    ['a report of feelings', "Mom said she's worried about transportation."],
    ['a general deadline', 'FAFSA opens Oct 1; the application deadline is March 1.'],
    ['a musing', 'Jordan might look into SSI work incentives at some point.'],
    ['"maybe someday"', 'Maybe someday Tom will look at ABLE accounts.'],
    ['a task for "we"', 'We will meet again in January.'],
    ['a state rather than a task', 'J.R. will be 18 in March.'],
    ['a passive past sentence', 'Consent to invite the VR representative was signed prior to the meeting.'],
    ['a student\'s general future', 'In college, ST-2210 will need to ask for accommodations herself.'],
    ['a general future after a clause split', 'As an adult, ST-2210 will be responsible for requesting accommodations.'],
    ['a life plan with vague timing', 'ST-2210 plans to study graphic design in the fall.'],
    ['present tense without a date', 'M.K. works at the grocery store on Saturdays.'],
    ['a program start date', 'Summer school starts July 6.'],
    ['a chat message that is not a promise', "[9:11 AM] Tomasz: I already sent the DD letter.\n[9:12 AM] Tomasz: I'll be out Thursday."],
  ])('%s', (_label, notes) => {
    expect(run(notes)).toEqual([]);
  });

  it('items under a "Decisions" or "Completed" heading are skipped', () => {
    expect(run('## Decisions\n- J.R. will attend the job fair\n\n## Completed\n- Tom to send the packet')).toEqual([]);
  });

  it('under "Agreements", only a named person\'s dated promise is an item', () => {
    const items = run('## Team agreements\n- J.R. will attend the job fair\n- Ms. Ito will send the bus pass application by Dec 4');
    expect(items.map((i) => [i.owners, i.task, i.due])).toEqual([[['Ms. Ito'], 'send the bus pass application', '2026-12-04']]);
  });
});
