// Due dates and owners the notes give away from the item's own words: a minute's ACTION wrapped onto the
// next line, ... Notes written for these tests.
import { describe, expect, it } from 'vitest';
import { itemsOn } from './items.js';

const MEETING = '2027-04-14'; // a Wednesday
const run = itemsOn(MEETING);

describe('due dates and owners read beyond the item\'s line', () => {
  it('an "ACTION:" line of minutes wrapped mid-phrase goes on onto the next line, with the date written there', () => {
    const notes = [
      'C. Membership. Motion to add a youth seat to the council. Carried unanimously.',
      '   ACTION: Ms. Quintero will update the council roster and the membership section of the',
      '   bylaws to reflect the new seats, by May 4.',
    ].join('\n');
    expect(run(notes, 'Teodora Nyquist')).toEqual([[['Ms. Quintero'], 'update the council roster and the membership section of the bylaws to reflect the new seats', '2027-05-04']]);
  });

  it('an invitation\'s prep asks that name "the meeting" are due the day it invites to', () => {
    const notes = [
      'Subject: Host employer check-in',
      'When: Thursday, April 29, 2027 10:00 AM–11:00 AM (UTC-07:00) Mountain Time',
      'Organizer: Priya Sandoval',
      '',
      'Prep asks',
      ' • Dale — please bring the signed worksite agreements to the meeting.',
      ' • Bea — please send me the payroll calendar by Monday.',
    ].join('\n');
    expect(run(notes, 'Priya Sandoval')).toEqual([
      [['Dale'], 'bring the signed worksite agreements to the meeting', '2027-04-29'],
      [['Bea'], 'send me the payroll calendar', '2027-04-19'],
    ]);
    // A calendar export gives its day as DTSTART.
    const ics = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'ORGANIZER;CN=Sharon Dietz:mailto:sdietz@example.org',
      'DTSTART;TZID=Central Standard Time:20270428T153000',
      'SUMMARY:Interagency agreement: annual review',
      'DESCRIPTION:Before we meet:\\n- Keisha: bring the service counts by school to the meeting.\\n',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\n');
    expect(run(ics, 'Sharon Dietz')).toEqual([[['Keisha'], 'bring the service counts by school to the meeting', '2027-04-28']]);
    // Notes of a meeting held ("When:" the day they are posted) date nothing by it.
    expect(run(notes.replace('April 29', 'April 14'), 'Priya Sandoval')[0]).toEqual([['Dale'], 'bring the signed worksite agreements to the meeting', null]);
  });

  it('a phone\'s thread in columns ("Shauna  8:25 AM   I\'ll ask ..."): each promise is its speaker\'s', () => {
    const notes = [
      'Shauna Pettibone (job coach)                         Wed, Apr 14, 2027',
      'Shauna  7:52 AM   Morning! KT did great at Maple Hollow yesterday',
      'Me      8:04 AM   also need KT\'s work schedule for May',
      'Bev     8:21 AM   Hi! Yes I can get the work schedule for May to you Friday',
      'Shauna  8:25 AM   oh and I\'ll ask Corinne about a quiet break area for KT on Monday',
    ].join('\n');
    expect(run(notes, 'Renata Holcomb')).toEqual([
      [['Bev'], 'get the work schedule for May to you', '2027-04-16'],
      [['Shauna'], 'ask Corinne about a quiet break area for KT', '2027-04-19'],
    ]);
  });

  it('a caption file (WebVTT): "<v Name>" is who speaks, so "I\'ll" is theirs', () => {
    const notes = [
      'WEBVTT',
      '',
      '00:14:22.300 --> 00:14:34.820',
      "<v Priya Ramaswamy>Great. I'll get the job readiness results to Marisol by Friday.",
      '',
      '00:15:09.000 --> 00:15:22.640',
      '<v Dana Whitcombe>Gideon, can you check whether the ISP covers job coaching hours?',
      '',
      '00:15:22.800 --> 00:15:27.310',
      "<v Gideon Holt>Yeah, I'll check on that.",
    ].join('\n');
    expect(run(notes, 'Dana Whitcombe').map((i) => i[0])).toEqual([['Priya Ramaswamy'], ['Gideon Holt']]);
  });

  it('a forwarded chain of mails: "I" is the sender of the mail the line is in; an inline answer under a quoted line is the forwarder\'s', () => {
    const notes = [
      'From: Priya Venkataraman <pv@school.example.org>',
      'Subject: Fwd: RE: preview day',
      '',
      'Renata, forwarding so you have the whole thread for the tracker.',
      '',
      '________________________________',
      'From: Yusuf Ramadani <yr@college.example.edu>',
      'Subject: RE: preview day',
      '',
      'Recapping what we landed on:',
      '',
      '1. I will send the documentation guidelines to the family by Apr 20 so they can look them over.',
      '',
      '________________________________',
      'From: Grace Nwachukwu',
      'Subject: preview day',
      '',
      '> 1. On my end, I\'ll get the accommodations letter to the family, aiming for May 7.',
      '> 2. Can VR fund the summer work experience?',
      '[PV: Yes. I\'ll authorize the summer work experience by April 23.]',
    ].join('\n');
    expect(run(notes, 'Renata Okafor').map((i) => [i[0], i[2]])).toEqual([
      [['Yusuf Ramadani'], '2027-04-20'],
      [['Grace Nwachukwu'], '2027-05-07'],
      [['Priya Venkataraman'], '2027-04-23'],
    ]);
  });

  it('a Spanish honorific ("Sra. Reyes") ends no sentence, so the one who calls her owns the call', () => {
    expect(run('- Deb will call Sra. Reyes by Friday to set up a benefits counseling appointment.', 'Omar Haddad')).toEqual([
      [['Deb'], 'call Sra. Reyes to set up a benefits counseling appointment', '2027-04-16'],
    ]);
  });

  it('vague timing ("so far this year") gives way to a day said in the next sentence of the message', () => {
    const notes = '[09:59] Bettina Szabo: @keith can you pull the referral numbers for Larkspur schools so far this year? need them for the 19th';
    expect(run(notes, 'Bettina Szabo')).toEqual([[['@keith'], 'pull the referral numbers for Larkspur schools so far', '2027-04-19']]);
  });
});
