import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPlainText } from '../../../../src/core/knowledge/loaders/plain-text.js';

const fixture = readFileSync(new URL('../../../fixtures/loaders/docs/meeting-checklist.txt', import.meta.url), 'utf8');

describe('loadPlainText', () => {
  const doc = loadPlainText(fixture, 'checklists/meeting-checklist.txt');

  it('uses a short first line as the title and does not repeat it in the text', () => {
    expect(doc.title).toBe('Transition meeting checklist');
    expect(doc.sections[0]).toEqual({
      headings: [],
      text: 'Use this list before every annual IEP meeting where transition services are discussed. It was written by the county transition council.',
    });
  });

  it('treats UPPERCASE and underlined lines as headings', () => {
    expect(doc.sections.map((s) => s.headings)).toEqual([
      [],
      ['BEFORE THE MEETING'],
      ['BEFORE THE MEETING', 'During the meeting'],
      ['AFTER THE MEETING'],
    ]);
  });

  it('keeps bullet lists as "- " lines after the paragraph they follow', () => {
    expect(doc.sections[1]!.text).toBe(
      'Invite the student. Their preferences and interests drive the plan.\n\n- Get written consent before inviting agency staff\n- Send the draft goals to the family a week ahead',
    );
  });

  it('reads numbered UPPERCASE lines as section headings, so a section is found by its name', () => {
    const guide = [
      'PRE-ETS GUIDE FOR SCHOOL TEAMS',
      '',
      '3. SUMMER WORK EXPERIENCE (SWE) 2026',
      '',
      'Students work up to 24 hours per week and are paid $13.50 per hour.',
      '',
      'Number of slots ....... 32',
      '',
      '4. CAREER COMPASS',
      'Career Compass meets at each high school.',
    ].join('\n');
    expect(loadPlainText(guide, 'guide.txt').sections).toEqual([
      { headings: ['3. SUMMER WORK EXPERIENCE (SWE) 2026'], text: 'Students work up to 24 hours per week and are paid $13.50 per hour.\n\nNumber of slots ....... 32' },
      { headings: ['4. CAREER COMPASS'], text: 'Career Compass meets at each high school.' },
    ]);
  });

  it('keeps a numbered list of UPPERCASE items a list', () => {
    const list = 'Benefits to check\n\nThe student may receive:\n\n1. SSI\n2. SSDI\n3. SNAP';
    const parsed = loadPlainText(list, 'b.txt');
    expect(parsed.sections).toEqual([{ headings: [], text: 'The student may receive:\n\n1. SSI\n2. SSDI\n3. SNAP' }]);
  });

  it('takes the title from the first line with words in it, not the banner framing it', () => {
    const flyer = ['=============================', '   SUMMER WORK EXPERIENCE 2026', '   Bellhaven Area Office', '=============================', '', ' Pay', '   $15.00 per hour'].join('\n');
    expect(loadPlainText(flyer, 'flyer.txt').title).toBe('SUMMER WORK EXPERIENCE 2026');
    const stars = ['*  *  *  *  *  *', '', '   GET PAID THIS SUMMER!', '   Summer Work 2025', '', 'PAY: $13.50 per hour'].join('\n');
    const doc = loadPlainText(stars, 'old-flyer.txt');
    expect(doc.title).toBe('GET PAID THIS SUMMER!');
    expect(doc.sections.map((s) => s.text).join('\n')).not.toMatch(/^[-* ]+$/m);
  });

  it('falls back to the file name when the first line is a long sentence', () => {
    const long = 'This paragraph opens the file and runs on well past the length any sensible title would have, so it is text.\n\nMore.';
    const parsed = loadPlainText(long, 'misc/vr-intake_notes.txt');
    expect(parsed.title).toBe('Vr intake notes');
    expect(parsed.sections).toEqual([{ headings: [], text: long }]);
  });
});
