import { describe, expect, it } from 'vitest';
import { findDue, findNextMeeting } from '../../../src/core/notes/date-find.js';
import { DATE_CONVENTION, farDateWarning, resolveDate, statedMeetingDate } from '../../../src/core/notes/dates.js';

// Wednesday 25 November 2026.
const MEETING = '2026-11-25';

describe('resolveDate against a Wednesday meeting (2026-11-25)', () => {
  it.each([
    ['12/5', '2026-12-05'],
    ['Dec 1', '2026-12-01'],
    ['12/05/2026', '2026-12-05'],
    ['tomorrow', '2026-11-26'],
    ['Friday', '2026-11-27'],
    ['Wednesday', '2026-12-02'],
    ['next Friday', '2026-12-04'],
    ['next Monday', '2026-11-30'],
    ['end of the week', '2026-11-27'],
    ['EOW', '2026-11-27'],
    ['end of the month', '2026-11-30'],
    ['EOM', '2026-11-30'],
    ['in two weeks', '2026-12-09'],
    ['by our next meeting on Jan 14', '2027-01-14'],
    ['Jan 14', '2027-01-14'],
    ['before the Dec 9 interview', '2026-12-09'],
    ['by Fri', '2026-11-27'],
    ['Nov 25', '2026-11-25'],
    ['Nov 24', '2027-11-24'],
    ['end of next week', '2026-12-04'],
    // Chat shorthand for a span.
    ['in 2 wks', '2026-12-09'],
    ['in 3 mos', '2027-02-25'],
    // A weekday said with its week, or counted from.
    ['Wednesday next week', '2026-12-02'],
    ['by Friday of next week', '2026-12-04'],
    ['the Friday after next', '2026-12-04'],
    ['a week from Friday', '2026-12-04'],
    ['two weeks from Monday', '2026-12-14'],
  ])('"%s" is %s', (phrase, due) => {
    expect(resolveDate(phrase, MEETING)).toEqual({ due });
  });

  it.each(['before winter break', 'ASAP', 'soon', 'in January', 'ongoing', 'next semester', 'the week of the 20th'])(
    'gives no date for vague "%s"',
    (phrase) => {
      expect(resolveDate(phrase, MEETING)).toEqual({ due: null, flag: 'vague' });
    },
  );

  it.each(['by 13/45', '2/30', 'Feb 30'])('flags "%s" as unparsed instead of guessing', (phrase) => {
    expect(resolveDate(phrase, MEETING)).toEqual({ due: null, flag: 'unparsed' });
  });

  it('reads "next Friday" from a Sunday meeting as the Friday of the following week', () => {
    // Sunday 2026-11-29 closes the week of Mon 23 Nov; the following week's Friday is 4 Dec.
    expect(resolveDate('next Friday', '2026-11-29').due).toBe('2026-12-04');
    expect(resolveDate('Friday', '2026-11-29').due).toBe('2026-12-04');
  });

  it('finds a weekday said with its week in a line of notes, not the bare weekday inside it', () => {
    // Monday 2 November 2026: the coming Friday is the 6th, the one after it the 13th.
    expect(findDue('Dana will send the release form by Wednesday next week.', '2026-11-02')?.due).toBe('2026-11-11');
    expect(findDue('Dana will send the release form the Friday after next.', '2026-11-02')?.due).toBe('2026-11-13');
    expect(findDue('Dana will send the release form a week from Friday.', '2026-11-02')?.due).toBe('2026-11-13');
  });

  it('rolls a year-less date into the next year only when it has passed', () => {
    expect(resolveDate('12/31', '2026-12-31').due).toBe('2026-12-31');
    expect(resolveDate('1/2', '2026-12-31').due).toBe('2027-01-02');
  });

  it('uses the next meeting date stated in the notes for "by the next meeting"', () => {
    expect(resolveDate('by the next meeting', MEETING, { nextMeeting: '2026-12-16' }).due).toBe('2026-12-16');
    expect(resolveDate('by the next meeting', MEETING)).toEqual({ due: null, flag: 'vague' });
    expect(findNextMeeting('Agenda\nNext meeting: Dec 16 at 3pm', MEETING)).toBe('2026-12-16');
  });

  it('rejects a meeting date that is not YYYY-MM-DD', () => {
    expect(() => resolveDate('Friday', '11/25/2026')).toThrow(/YYYY-MM-DD/);
  });

  it('publishes the convention in one paragraph naming each rule', () => {
    expect(DATE_CONVENTION).not.toContain('\n');
    for (const words of ['on or after the meeting', 'strictly after', 'following Monday-to-Sunday week', "week's Friday", 'last day', 'by X']) {
      expect(DATE_CONVENTION).toContain(words);
    }
  });
});

describe('findDue inside a line', () => {
  it('finds the "by" phrase and where it sits, so the task can drop it', () => {
    const line = 'Tom to send the VR packet to the family by next Friday';
    const found = findDue(line, MEETING)!;
    expect(found).toMatchObject({ due: '2026-12-04', dueText: 'by next Friday' });
    expect(line.slice(0, found.start).trim()).toBe('Tom to send the VR packet to the family');
  });

  it('prefers a deadline over an earlier mention of a day', () => {
    expect(findDue('Tom will call on Monday to set up a tour by Dec 5', MEETING)?.due).toBe('2026-12-05');
  });

  it('reads a trailing date after a dash', () => {
    expect(findDue('Send release - Fri', MEETING)?.due).toBe('2026-11-27');
    expect(findDue('Send release — 12/5.', MEETING)).toMatchObject({ due: '2026-12-05', dueText: '12/5' });
  });

  it('flags a number after "by" that is no date, but not a bare one', () => {
    expect(findDue('Send release by 13/45', MEETING)).toMatchObject({ due: null, dueFlag: 'unparsed', dueText: 'by 13/45' });
    expect(findDue('Send the 2/30 release', MEETING)).toBeNull();
  });

  it('returns null when the line has no timing at all', () => {
    expect(findDue('Tom will call the DD agency', MEETING)).toBeNull();
  });
});

describe('a date without a year that lands more than ten months ahead', () => {
  it('is kept by the convention but flagged: "by 12/5" posted on 6 December', () => {
    const { due } = resolveDate('by 12/5', '2026-12-06');
    expect(due).toBe('2027-12-05');
    expect(farDateWarning('by 12/5', due, '2026-12-06')).toBe('12/5 read as 5 Dec 2027: did you mean a date just past?');
    expect(farDateWarning('before Dec 1', '2027-12-01', '2026-12-06')).toBe('Dec 1 read as 1 Dec 2027: did you mean a date just past?');
  });

  it('is not flagged when it is near, written with a year, or not a calendar date', () => {
    expect(farDateWarning('by 12/5', '2026-12-05', '2026-11-25')).toBeUndefined();
    expect(farDateWarning('Jan 14', '2027-01-14', '2026-11-25')).toBeUndefined();
    expect(farDateWarning('by 12/5/2027', '2027-12-05', '2026-12-06')).toBeUndefined();
    expect(farDateWarning('by Dec 5 2027', '2027-12-05', '2026-12-06')).toBeUndefined();
    expect(farDateWarning('in 11 months', '2027-11-06', '2026-12-06')).toBeUndefined();
    expect(farDateWarning(undefined, '2027-12-05', '2026-12-06')).toBeUndefined();
  });
});

describe('the meeting date notes state in their first lines', () => {
  it.each([
    ['Meeting 12/4\n- Dana will call VR', '2026-12-06', '2026-12-04'],
    ['IEP team (Dec 4)\n- Tom to send the packet', '2026-12-06', '2026-12-04'],
    ['(Dec 4)\n- Tom to send the packet', '2026-12-06', '2026-12-04'],
    ['Transition mtg\nNotes from Tue, March 4, 2026\n- x', '2026-03-06', '2026-03-04'],
    ['Meeting 12/28\n- x', '2027-01-03', '2026-12-28'],
    // A Teams meeting recap: the title, then the date with the meeting's times.
    ['Transition planning: JR\nTuesday, November 24, 2026 10:00 AM - 10:45 AM\n\nFollow-up tasks', '2026-11-25', '2026-11-24'],
  ])('%j posted %s was held on %s', (notes, posted, held) => {
    expect(statedMeetingDate(notes, posted)).toBe(held);
  });

  it.each([
    ['- Dana will send it by 12/1\n- Tom to call', '2026-12-06'],
    ['Dana will send it by 12/1', '2026-12-06'],
    ['Meeting 1/5\n- x', '2026-12-06'],
    ['Next steps\n- x\n- y\nMeeting 12/1', '2026-12-06'],
  ])('%j posted %s states no meeting date', (notes, posted) => {
    expect(statedMeetingDate(notes, posted)).toBeUndefined();
  });
});
