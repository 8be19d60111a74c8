// Typed-up stickies and boards (issue 14, twelfth notes session): how the lines of a note are laid out,
// not the wording of one note. Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2026-10-27'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on typed-up stickies', () => {
  it('a tag in square brackets that names no one (the sticky\'s colour) is where the line was written, not what it says', () => {
    const notes = [
      'typed up from the stickies on my door after planning (10/27)',
      '',
      '[pink]    Sam → AAC device: add the money vocab pages for T-08 — by Fri!!',
      '[yellow sticky #2]  Dana: order the bus passes by 11/6',
    ].join('\n');
    expect(run(notes, 'Luis Batista')).toEqual([
      [['Sam'], 'AAC device: add the money vocab pages for T-08', '2026-10-30'],
      [['Dana'], 'order the bus passes', '2026-11-06'],
    ]);
  });
  it('an owner set before the topic by a colon takes the step after the arrow ("ME: budgeting unit → write lesson plans")', () => {
    const notes = ['ME: grocery budgeting unit → write lesson plans, due 10/31', 'JOY: campus visit day -> send the schedule Mon'].join('\n');
    expect(run(notes, 'Luis Batista')).toEqual([
      [['Luis Batista'], 'write lesson plans (grocery budgeting unit)', '2026-10-31'],
      [['JOY'], 'send the schedule (campus visit day)', '2026-11-02'],
    ]);
  });
  it('a chat export line with the poster\'s user id before the name ("[10:11] <U04DW> Dana Whitcombe: ...") is that person\'s', () => {
    const notes = [
      '[09:02] <U06KA> Kwame Asante: Morning all, recap from the huddle.',
      "[10:11] <U04DW> Dana Whitcombe: Thanks. I'll update the master tracker tonight.",
    ].join('\n');
    expect(run(notes, 'Kwame Asante')).toEqual([[['Dana Whitcombe'], 'update the master tracker', '2026-10-27']]);
  });
  it('the writer\'s own earlier mail quoted under a cover line of theirs ("From: Okafor, Renata" both times) is their recap still', () => {
    const notes = [
      'From: Okafor, Renata <ro@example.org>',
      'Subject: RE: re-evals (answers inline)',
      '',
      'Beatriz answered my questions inline below in [BL].',
      '',
      '-----Original Message-----',
      'From: Okafor, Renata',
      'Subject: re-evals',
      '',
      "I'll draft the report for J.T. by the 30th so it can go out.",
      '   [BL] Agreed.',
      'Dwight will collect the teacher input forms by Monday.',
    ].join('\n');
    expect(run(notes, 'Renata Okafor')).toEqual([
      [['Renata Okafor'], 'draft the report for J.T. so it can go out', '2026-10-30'],
      [['Dwight'], 'collect the teacher input forms', '2026-11-02'],
    ]);
    // Another sender's quoted mail under a reply stays what was asked before.
    expect(run(notes.replace('From: Okafor, Renata\n', 'From: Lunde, Beatriz\n'), 'Renata Okafor')).toEqual([]);
  });
  it('a forward with nothing of the writer\'s is read mail by mail: each quoted mail\'s "I" is its own sender', () => {
    const notes = [
      '---------- Forwarded message ---------',
      'From: Darlene Kitchens <dk@example.org>',
      'Subject: Fwd: RE: start date',
      '',
      'fyi, see below.',
      '',
      '> From: Yesenia Cardoso <yc@example.org>',
      '> Subject: RE: start date',
      '>',
      '> I will send the signed accommodation form to Curtis by 11/4.',
      '>',
      '>> From: Curtis Oyelaran',
      ">> I'll get the boot voucher to Graciela by Friday.",
    ].join('\n');
    expect(run(notes, 'Darlene Kitchens')).toEqual([
      [['Yesenia Cardoso'], 'send the signed accommodation form to Curtis', '2026-11-04'],
      [['Curtis Oyelaran'], 'get the boot voucher to Graciela', '2026-10-30'],
    ]);
  });
  it('a note in two languages: the line in brackets under each item says it again, and the item is kept in the words English knows', () => {
    const notes = [
      'Tareas / To-do',
      '• Inés traducirá la carta de consentimiento al español — para el viernes.',
      '  (Inés to translate the consent letter into Spanish, by Friday.)',
      '• Priya va a organizar una prueba de trabajo en la panadería.',
      '  (Priya to set up a bakery job tryout by 11/6.)',
    ].join('\n');
    expect(run(notes, 'Inés Carvajal')).toEqual([
      [['Inés'], 'translate the consent letter into Spanish', '2026-10-30'],
      [['Priya'], 'set up a bakery job tryout', '2026-11-06'],
    ]);
  });
  it('a line inside a box drawn around a whiteboard is the line it frames', () => {
    const notes = [
      'typed up the whiteboard from the huddle',
      '  ┌──────────────────────────────────────────┐',
      '  │ SWA applications -> DANA + MEGAN (by 11/6) │',
      '  └──────────────────────────────────────────┘',
    ].join('\n');
    expect(run(notes, 'Dana Kowalczyk')).toEqual([[['DANA', 'MEGAN'], 'SWA applications', '2026-11-06']]);
  });
});
