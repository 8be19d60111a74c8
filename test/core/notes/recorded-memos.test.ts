// Voice memos and meeting recordings typed up by an app: each line opens with the recording's time
// ("[00:41] Okay, I'll ..."), the speaker hesitates inside a sentence ("needs to, um, redo") and starts
// again ("I can, um, I can send"), and takes back a thing they just named ("the cooking class on the
// 19th — scratch that, they cancelled it"). Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2026-12-15'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on recorded memos', () => {
  it('a line opening with the recording\'s time ("[00:55] Ines is sending ...") is read as what was said then', () => {
    const notes = [
      'Voice memo — "team debrief" — Tue Dec 15, 2026',
      '',
      '[00:41] Okay action stuff. I\'ll write up the budgeting lesson plan by Friday.',
      '[00:55] Ines is sending the apartment checklist by Thursday.',
      "[01:40] And Marisol's going to call the bus garage about the January runs.",
    ].join('\n');
    expect(run(notes, 'Dwight Amundsen')).toEqual([
      [['Dwight Amundsen'], 'write up the budgeting lesson plan', '2026-12-18'],
      [['Ines'], 'send the apartment checklist', '2026-12-17'],
      [['Marisol'], 'call the bus garage about the January runs', null],
    ]);
  });

  it('"scratch that" after the thing it takes back ("the cooking class on the 19th — scratch that") calls off no item', () => {
    const notes = [
      "I'll write up the budgeting lesson plan by Friday.",
      "The cooking class at the community center on the 19th — scratch that, they cancelled it, the instructor's out.",
    ].join('\n');
    expect(run(notes, 'Dwight Amundsen')).toEqual([[['Dwight Amundsen'], 'write up the budgeting lesson plan', '2026-12-18']]);
    // Said on its own, "scratch that" still takes back the writer's last item.
    expect(run("I'll call the depot by Friday. Actually scratch that, I'm out the rest of the week.", 'Dwight Amundsen')).toEqual([]);
  });

  it('an "um" set off by commas goes with its commas, and words said again after a comma are said once', () => {
    expect(run('Shauna needs to, um, redo the permission slips by Monday.')).toEqual([[['Shauna'], 'redo the permission slips', '2026-12-21']]);
    expect(run("So on my end, I'll, I'll update the, uh, the goal in the IEP by Friday.", 'Ray Ortiz')).toEqual([[['Ray Ortiz'], 'update the goal in the IEP', '2026-12-18']]);
  });

  it('"by end of day Thursday" is that Thursday, "by end of day" alone the day of the meeting', () => {
    expect(run("I'll send the form by end of day Thursday.", 'Ann Crum')).toEqual([[['Ann Crum'], 'send the form', '2026-12-17']]);
    expect(run("I'll send the form by end of day.", 'Ann Crum')).toEqual([[['Ann Crum'], 'send the form', '2026-12-15']]);
  });
});

describe('extractActions on a log exported as CSV', () => {
  it('a "follow_up" column is the task, and a later date column filled in ("fu_due") is its due date, not the row\'s log date', () => {
    const notes = [
      'Pasting our shift log export — follow-up columns are what we assigned today.',
      'shift_date,participant,coach_notes,follow_up,fu_owner,fu_due,fu_status',
      '12/14/2026,D.O.,"Needed a verbal model each time.","Make a picture checklist for the tag gun","Shauna Pike",12/22/2026,Open',
      '12/14/2026,K.M.,"Fine.","",,,',
      '12/15/2026,SC-07,"Hours nearly used up.","Authorize 20 more coaching hours","Priya V",12/28/2026,Open',
      '12/15/2026,K.M.,"Fine.","Fade coach presence","Calvin B",,Done',
    ].join('\n');
    expect(run(notes, 'Calvin Brightwater')).toEqual([
      [['Shauna Pike'], 'make a picture checklist for the tag gun', '2026-12-22'],
      [['Priya V'], 'authorize 20 more coaching hours', '2026-12-28'],
    ]);
  });
});

describe('extractActions on a board printed card by card', () => {
  it('a card\'s "Members:" line names who does it; "Members present:" in minutes names no owner', () => {
    const notes = [
      'Board: Transition coordination (Trello > Print / export, 12/15/2026)',
      '',
      'LIST: To Do',
      '  [card] Send the day program comparison to the family',
      '         Members: Renata Holcomb (@renataholcomb)',
      '         Due: Dec 18, 2026',
    ].join('\n');
    expect(run(notes)).toEqual([[['Renata Holcomb'], '[card] Send the day program comparison to the family', '2026-12-18']]);
    const minutes = ['Members present: D. Kowalczyk, G. Findlay, R. Holcomb', 'ACTION: Ms. Holcomb will send the bylaws draft by Friday.'].join('\n');
    expect(run(minutes)).toEqual([[['Ms. Holcomb'], 'send the bylaws draft', '2026-12-18']]);
  });
});

describe('extractActions on bulleted to-do lines', () => {
  it('"* Dwight — redo the van schedule, by Fri" on a bullet: a name, a dash and a deadline set out a to-do line, as off a bullet', () => {
    const notes = ['  * Dwight — redo the van schedule for fall rotations, by Fri', '  * Teddy — parent night flyer by 12/18'].join('\n');
    expect(run(notes)).toEqual([
      [['Dwight'], 'redo the van schedule for fall rotations', '2026-12-18'],
      [['Teddy'], 'parent night flyer', '2026-12-18'],
    ]);
  });
});
