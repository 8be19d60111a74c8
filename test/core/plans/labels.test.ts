// Plan labels name a student in shared channels, so a label that reads as a person's full name is
// refused (names from a maintained list, not typed into the code); initials and local ids never are.
import { describe, expect, it } from 'vitest';
import { LabelLooksLikeName, validateLabel } from '../../../src/core/plans/labels.js';

describe('plan labels', () => {
  it.each(['Jordan Reyes', 'JordanReyes', 'Jordan-Reyes', 'jordan_reyes', 'Emma Smith 2027', 'emmasmith', 'Maria Garcia-2026', 'maria de souza'])(
    'refuses %j, which reads as a full name, suggesting initials',
    async (label) => {
      const err = await validateLabel(label).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LabelLooksLikeName);
      expect((err as Error).message).toMatch(/looks like a student's full name.*e\.g\. "[A-Z]+-\d{4}"/);
    },
  );

  it.each(['JO', 'AL', 'JR-2027', 'J.R.', 'ST-1042', 'AB 12', 'Transition 2027', 'Cohort B'])('accepts %j', async (label) => {
    expect(await validateLabel(label.replace(/\./g, ''))).toBe(label.replace(/\./g, ''));
  });

  it('keeps a name-like label when the person says it is not a name', async () => {
    expect(await validateLabel('Summer Bridge 2027', { allowName: true })).toBe('Summer Bridge 2027');
  });

  it('says what was wrong with a label that is too long or has other characters', async () => {
    await expect(validateLabel('x'.repeat(30))).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('1 to 24 characters') });
    await expect(validateLabel('JR/2027')).rejects.toMatchObject({ code: 'bad_input', message: expect.stringContaining('only letters, digits') });
  });
});
