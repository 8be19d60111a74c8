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

  it('falls back to the file name when the first line is a long sentence', () => {
    const long = 'This paragraph opens the file and runs on well past the length any sensible title would have, so it is text.\n\nMore.';
    const parsed = loadPlainText(long, 'misc/vr-intake_notes.txt');
    expect(parsed.title).toBe('Vr intake notes');
    expect(parsed.sections).toEqual([{ headings: [], text: long }]);
  });
});
