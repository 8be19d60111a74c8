// Plan labels: how people name a student in chat. Initials or a local id, never a full name.
import { badInput, LiaisonError } from '../errors.js';
import { foldName, nameLists, type NameLists } from './name-lists.js';

const ALLOWED = /^[\p{L}\p{N}_\- ]+$/u;
// Two or three words of letters, each with a lower-case letter: "Jordan Smith", "maria de souza".
const LOOKS_LIKE_FULL_NAME = /^\p{L}*\p{Ll}\p{L}*(?: \p{L}*\p{Ll}\p{L}*){1,2}$/u;
/** Shorter parts are initials ("JO", "AL"), never taken for a name. */
const MIN_NAME = 3;

/** A label refused because it reads as a person's name; the person may still choose to keep it. */
export class LabelLooksLikeName extends LiaisonError {
  constructor(
    readonly label: string,
    readonly suggestion: string,
  ) {
    super(
      'bad_input',
      `"${label}" looks like a student's full name. Plans are shown in shared channels, so label them with initials or a local id instead, e.g. "${suggestion}".`,
    );
  }
}

/** "Jordan-Reyes_2027", "JordanReyes" -> ["jordan", "reyes"]: the words, camelCase split, numbers dropped. */
function words(label: string): string[] {
  return label
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s_\-]+/)
    .filter((w) => /^\p{L}+$/u.test(w))
    .map(foldName);
}

/** A given name followed (somewhere) by a surname or another given name, or one word that is both run together. */
function namesAPerson(ws: string[], { given, surnames }: NameLists): boolean {
  const long = ws.filter((w) => w.length >= MIN_NAME);
  const firstGiven = long.findIndex((w) => given.has(w));
  if (firstGiven >= 0 && long.slice(firstGiven + 1).some((w) => surnames.has(w) || given.has(w))) return true;
  return long.some((w) => {
    for (let i = MIN_NAME; i <= w.length - MIN_NAME; i++) {
      if (given.has(w.slice(0, i)) && (surnames.has(w.slice(i)) || given.has(w.slice(i)))) return true;
    }
    return false;
  });
}

/**
 * Trims and checks a label; throws bad_input saying what to use instead. A label that reads as a
 * person's name is refused unless `allowName` (the person looked and said it is not one).
 */
export async function validateLabel(raw: string, opts: { allowName?: boolean } = {}): Promise<string> {
  const label = raw.trim().replace(/\s+/g, ' ');
  if (label.length < 1 || label.length > 24) {
    throw badInput(`A plan label must be 1 to 24 characters (got ${label.length}). Use the student's initials or a local id, e.g. "JS-2031".`);
  }
  if (!ALLOWED.test(label)) {
    throw badInput(`A plan label may use only letters, digits, spaces, "-" and "_" ("${label}" has other characters). Try initials or a local id, e.g. "JS-2031".`);
  }
  if (opts.allowName) return label;
  const ws = words(label);
  const fullName = LOOKS_LIKE_FULL_NAME.test(label) && label.split(' ').every((w) => w.length >= 2);
  if (fullName || namesAPerson(ws, await nameLists())) {
    const initials = ws.map((w) => w[0]!.toUpperCase()).join('') || 'JS';
    throw new LabelLooksLikeName(label, `${initials}-${/\d{4}/.exec(label)?.[0] ?? '2031'}`);
  }
  return label;
}

/** The case-insensitive lookup key for a label. */
export const labelKey = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();
