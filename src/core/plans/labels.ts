// Plan labels: how people name a student in chat. Initials or a local id, never a full name.
import { badInput } from '../errors.js';

const ALLOWED = /^[\p{L}\p{N}_\- ]+$/u;
// Two or three words of letters, each with a lower-case letter: "Jordan Smith", "maria de souza".
const LOOKS_LIKE_FULL_NAME = /^\p{L}*\p{Ll}\p{L}*(?: \p{L}*\p{Ll}\p{L}*){1,2}$/u;

/** Trims and checks a label; throws bad_input saying what to use instead. */
export function validateLabel(raw: string): string {
  const label = raw.trim().replace(/\s+/g, ' ');
  if (label.length < 1 || label.length > 24) {
    throw badInput(`A plan label must be 1 to 24 characters (got ${label.length}). Use the student's initials or a local id, e.g. "JS-2031".`);
  }
  if (!ALLOWED.test(label)) {
    throw badInput(`A plan label may use only letters, digits, spaces, "-" and "_" ("${label}" has other characters). Try initials or a local id, e.g. "JS-2031".`);
  }
  if (LOOKS_LIKE_FULL_NAME.test(label) && label.split(' ').every((w) => w.length >= 2)) {
    const initials = label
      .split(' ')
      .map((w) => w[0]!.toUpperCase())
      .join('');
    throw badInput(
      `"${label}" looks like a student's full name. Plans are shown in shared channels, so label them with initials or a local id instead, e.g. "${initials}" or "${initials}-2031".`,
    );
  }
  return label;
}

/** The case-insensitive lookup key for a label. */
export const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
