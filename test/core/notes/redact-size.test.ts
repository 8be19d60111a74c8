import { describe, expect, it } from 'vitest';
import { LiaisonError } from '../../../src/core/errors.js';
import { redact } from '../../../src/core/privacy/redact.js';
import { checkNotesSize, MAX_NOTES_BYTES } from '../../../src/core/notes/size.js';

describe('redact', () => {
  it('replaces phones, emails, dates of birth, SSNs and ID numbers, and counts them', () => {
    const r = redact(
      'Call mom at (555) 123-4567 or 555.987.6543; email jr.family@example.com. DOB: 04/12/2009, born on March 3, 2008. SSN 123-45-6789. Student ID 123456.',
    );
    expect(r.text).toBe(
      'Call mom at [PHONE] or [PHONE]; email [EMAIL]. DOB: [DOB], born on [DOB]. SSN [ID]. Student ID [ID].',
    );
    expect(r.count).toBe(7);
  });

  it('leaves due dates, mentions and agency names alone', () => {
    const text = 'Tom to send packet by 12/05/2026 to <@U123> and @dana.reyes; FAFSA opens Oct 1. Call VR by 12/5.';
    expect(redact(text)).toEqual({ text, count: 0 });
  });
});

describe('checkNotesSize', () => {
  it('accepts notes up to 64 KB', () => {
    expect(() => checkNotesSize('a'.repeat(MAX_NOTES_BYTES))).not.toThrow();
  });

  it('refuses larger notes with a too_large error that says the size and what to do', () => {
    let caught: unknown;
    try {
      checkNotesSize('a'.repeat(71 * 1024));
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(LiaisonError);
    expect((caught as LiaisonError).code).toBe('too_large');
    expect((caught as LiaisonError).message).toBe('These notes are 71 KB; the limit is 64 KB. Split them into parts and send each.');
  });

  it('counts bytes, not characters', () => {
    expect(() => checkNotesSize('é'.repeat(MAX_NOTES_BYTES / 2 + 1))).toThrow(LiaisonError);
  });
});
