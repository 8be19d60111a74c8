// Note styles of the knowledge folders' writers (lupine, marigold, nettle, orchid): a group text whose
// lines carry the time after the name, dictation that never capitalises, ... Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-03-02'; // a Tuesday
const run = itemsOn(MEETING);

describe('extractActions on the knowledge folders\' writers', () => {
  it('a group text with "Name 2:41 PM: ..." lines: each promise is its speaker\'s', () => {
    const notes = [
      'Group text: site staff (Tue Mar 2)',
      '',
      'Lena Ortiz 2:47 PM: we are out of bus tokens. omar can u grab some at the depot?',
      "Omar Haddad 3:02 PM: yep I'll get the bus tokens thurs morning before pickup",
      "Lena Ortiz 3:03 PM: thank u!! I'll email the site manager",
    ].join('\n');
    expect(run(notes, 'Lena Ortiz')).toEqual([
      [['Omar Haddad'], 'get the bus tokens morning before pickup', '2027-03-04'],
      [['Lena Ortiz'], 'email the site manager', null],
    ]);
  });

  it('dictation without capitals: a stop ends the sentence, and "I\'ll" after a run of words opens a promise', () => {
    const notes = [
      '[Voice memo — transcribed — Tue Mar 2 2027 — Dana Whitcomb]',
      '',
      'ok memo to file first thing J.R. the student at central on SSI I\'ll write up his benefits summary by march 20th so the family has it. second thing the family of A.S. asked about bus passes I\'ll send them the pass form tomorrow. and I already sent the consent so that\'s done.',
    ].join('\n');
    expect(run(notes, 'Dana Whitcomb')).toEqual([
      [['Dana Whitcomb'], 'write up his benefits summary so the family has it', '2027-03-20'],
      [['Dana Whitcomb'], 'send them the pass form', '2027-03-03'],
    ]);
  });

  it('"the link I will e-mail" is no promise of its own', () => {
    const notes = 'Please sign the enclosed form by March 17. You may sign electronically through the link I will e-mail.';
    expect(run(notes, 'Dana Whitcomb').filter(([, task]) => String(task).includes('e-mail'))).toEqual([]);
  });

  it('a handoff mail\'s "FOR YOU, KELSEY:" list is hers, "Please attend" included, on the day the sentence before gives', () => {
    const notes = [
      'Kelsey, thank you for covering while I am on leave!',
      '',
      'ALREADY DONE (please don\'t redo):',
      '- Form T-7 notice given to W-3 and family',
      '',
      'FOR YOU, KELSEY:',
      '1. W-12 has an IEP meeting Thursday at 8:00 in room 112. Please attend and bring the transition assessment packet.',
    ].join('\n');
    expect(run(notes, 'Amy Sorensen')).toEqual([[['Kelsey'], 'attend and bring the transition assessment packet', '2027-03-04']]);
  });

  it('the day a sentence about the speaker gives does not date the next one', () => {
    const notes = "If you could send me the progress reports that'd be great because I'm presenting her case at staffing Thursday. Mac will call her mom about the benefits release.";
    expect(run(notes, 'Renata Okafor')).toContainEqual([['Mac'], 'call her mom about the benefits release', null]);
  });

  it('a comment export\'s "Name — Feb 24, 2026, 10:14 AM" heads that person\'s reply: "I\'ll" is theirs', () => {
    const notes = [
      'Comments exported from Google Docs',
      '',
      '[b] Marisol Trevino — Feb 24, 2027, 10:18 AM',
      '    VR counselor row: vacant -> Tomas. Do you want the main line or a direct line listed?',
      '    Assigned to Tomas Reyes',
      '  Tomas Reyes — Feb 24, 2027, 1:05 PM',
      "    Not sure yet, I'll check with Janet and confirm which phone line to list by Friday.",
    ].join('\n');
    expect(run(notes, 'Marisol Trevino')).toContainEqual([['Tomas Reyes'], 'check with Janet and confirm which phone line to list', '2027-03-05']);
  });

  it('an outcome wrapped before a number ("will make" / "10 directional signs by 3/10.") is one sentence', () => {
    const notes = [
      '1  Venue change              Confirmed with the events office. Joelle Pritchard will make',
      '                             10 directional signs by Tuesday 3/9.',
    ].join('\n');
    expect(run(notes)).toEqual([[['Joelle Pritchard'], 'make 10 directional signs', '2027-03-09']]);
  });

  it('"next appointment is March 5th, I\'ll review the records at that appointment": the clause before gives the day', () => {
    const notes = "Four, next appointment is March 5th, I'll review the records and complete the eligibility determination at that appointment.";
    expect(run(notes, 'Renata Solberg')).toEqual([[['Renata Solberg'], 'review the records and complete the eligibility determination at that appointment', '2027-03-05']]);
    // The day of the notes themselves sets nothing ("Bea started her leave today, so I'll collect the forms").
    expect(run("Bea started her leave today, so I'll collect the consent forms.", 'Dana Whitcombe')).toEqual([[['Dana Whitcombe'], 'collect the consent forms', null]]);
  });

  it('texting the writer ("Me (4:01 PM)"): the other\'s "can you ...?" asks the poster, and "Yes! I\'ll ... tomorrow" dates it', () => {
    const notes = [
      'Messages — Anita Rasmussen',
      'Anita Rasmussen (3:58 PM): Can you ask Buck about travel training for K? shes nervous about the bus',
      "Me (4:01 PM): Yes! I'll email Buck tomorrow and cc you",
      'Anita Rasmussen (4:02 PM): ❤️',
    ].join('\n');
    expect(run(notes, 'Hallie Brandvold')).toEqual([[['Hallie Brandvold'], 'ask Buck about travel training for K', '2027-03-03']]);
  });
});
