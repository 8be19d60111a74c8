// Who a line of notes names as the owner of a task: people, @mentions, roles and student labels.
import { TASK_VERBS, words } from './verbs.js';

const TITLE = '(?:(?:Ms|Mr|Mrs|Mx|Dr|Miss|Coach|Prof|Sra|Sr|Srta)\\.?\\s+)';
const ROLE_PHRASES = [
  'student', 'family', 'parent', 'parents', 'mom', 'dad', 'mother', 'father', 'guardian', 'grandma', 'grandmother',
  'step dad', 'stepdad', 'step mom', 'stepmom', 'aunt', 'uncle', 'grandpa', 'grandfather',
  'teacher', 'case manager', 'vr counselor', 'dd counselor', 'transition counselor', 'counselor', 'job coach',
  'coordinator', 'transition coordinator', 'school psychologist', 'vr office', 'vr agency', 'dd agency', 'cil',
];
/** A pattern for the word in any case: "vr" -> "[vV][rR]". */
export const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
// "D.K.'s mom", "the student's dad": a role named through whose it is.
const ROLE = `(?:(?:[Tt]he\\s+|[Oo]ur\\s+|[Hh]is\\s+|[Hh]er\\s+|(?:[Tt]he\\s+)?[\\w.-]+['’]s\\s+)?(?:${ROLE_PHRASES.map((p) => p.split(' ').map(anyCase).join('\\s+')).join('|')}))`;
const ROLE_ONLY = new RegExp(`^${ROLE}$`);
/** A role and nothing else: "Dad", "the student's mom", "job coach". */
export const isRole = (text: string): boolean => ROLE_ONLY.test(text);
/** One to three capitalised words: "Dana", "Dana Alvarez", "Mary Ann Lee". */
export const NAME = "(?:[A-Z][\\wÀ-ɏ'’.-]*(?:\\s+[A-Z][\\wÀ-ɏ'’.-]*){0,2})";
/** A person's name and nothing else ("Delia", "Priya Natarajan"), not a heading's phrase ("Where we landed"). */
export const NAME_ONLY = new RegExp(`^${NAME}$`);
/** An "@handle" (chat markup is read as handles first: mentions.ts). */
// Teams text pasted elsewhere keeps the display name after the "@": "@Marco Diaz can you ...".
export const MENTION = "(?:@(?:(?:Ms|Mr|Mrs|Mx|Dr)\\.\\s+)?[A-Z][a-zà-ÿ'’-]+\\s+[A-Z][a-zà-ÿ'’-]+(?=\\s+[a-z,:@(]|\\s*[,;.]?$)|@[\\wÀ-ɏ][\\wÀ-ɏ.-]*)";
// "Tom from VR", "Marcos from voc rehab" (a dictation writes the agency in lower case: "from" alone, up to two words).
const AFFILIATION = '(?:\\s*\\([^)]{1,40}\\)|\\s+(?:from|at|with)\\s+(?:the\\s+)?[A-Z][\\w&.-]*(?:\\s+[A-Z][\\w&.-]*){0,3}|\\s+from\\s+[a-z][\\w&.-]*(?:\\s+[a-z][\\w&.-]*)?(?=\\s+(?:is|are|will|said|says|can)\\b))?';
// "me -- build the lesson" in the poster's own checklist: "me" is the poster, like "I".
export const OWNER_ONE = `(?:${MENTION}|${TITLE}?${NAME}|${ROLE}|I|[Mm]e)${AFFILIATION}`;
const JOIN = '(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*|\\s*\\/\\s*|\\s*\\+\\s*)';
/** One or more owners: "Ana and Tom", "Ana/Tom", "Ms. Alvarez, Dana, and J.R.". */
export const OWNERS_RE = `(?:${OWNER_ONE}(?:${JOIN}${OWNER_ONE}){0,3})`;
/** One to four owners and nothing else. */
export const OWNERS_ONLY = new RegExp(`^${OWNERS_RE}$`);

/** Capitalised words that start sentences but are never the person doing a task. */
const NOT_OWNERS = new Set(
  (
    'it this that these those there they he she we you team council committee board everyone everybody all group iep applications application ' +
    'deadline deadlines the a an next discussion notes note update updates decision decisions agenda attendees fafsa ' +
    'ssi ssdi medicaid waiver pre-ets summary goal goals meeting question questions plan services service nothing ' +
    'someone somebody who what when if then also and but so after before during per our their his her its no yes ok ' +
    'tbd na n/a status owner task due action todo ai follow-up followup whether my'
  ).split(' '),
);

/** Nouns that open report sentences ("Consent to invite VR was signed ..."); never an owner on their own. */
const NOUN_SUBJECTS = new Set(
  (
    'consent release releases referral referrals transportation eligibility evaluation evaluations assessment ' +
    'assessments paperwork documentation funding intake form forms packet records report reports progress ' +
    'training housing benefits guardianship accommodations accommodation placement registration orientation ' +
    'enrollment permission authorization approval information access insurance transcript transcripts data ' +
    'results safeguards notice copy copies minutes attendance transition school college work employment'
  ).split(' '),
);

/** Where a list of owners breaks: the joins of OWNERS_RE, or a space before an "@handle". */
const OWNER_BREAK = new RegExp(`${JOIN}|\\s+(?=@)`);

export function splitOwners(phrase: string): string[] {
  return phrase
    .split(OWNER_BREAK)
    .map((p) => cleanOwner(p))
    .filter((p) => p.length > 0);
}

/** A name in brackets after a role or a label: "Parent (Mrs. G.)", "Recorder (D. Whitfield)", "Tom (VR)". */
const IN_BRACKETS = new RegExp(`^(.+?)\\s*\\(\\s*(${TITLE}?${NAME})\\s*\\)\\s*$`);
/** A full name: two or three capitalised words ("Pat Osei", "Mary Ann Lee"). */
const FULL_NAME = /^[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2}$/;
/** A person written with a title or an initial before the name ("Ms. Ortiz", "D. Whitfield"). */
const TITLED = new RegExp(`^(?:${TITLE}|[A-Z]\\.\\s*[A-Z])`);

/** A person written with a title or an initial ("Ms. Ortiz", "D. Whitfield"). */
export const isTitled = (owner: string): boolean => TITLED.test(owner);

/** A sentence's full stop after a name ("... : Mr. Osei."), not an initial's ("Mrs. P."). */
export const NAME_FULL_STOP = /(?<=[a-z]{2})\.$/;

/** Drops affiliations ("Tom (VR)", "Tom from VR") and stray punctuation; keeps the name as written. */
export function cleanOwner(raw: string): string {
  // "Parent (Mrs. G.)", "Recorder (D. Whitfield)": a role, or a label before a person written with a
  // title or an initial, is the person in brackets ("Tom (VR)" and "Sam (Desert Willow)" are Tom and Sam).
  const named = IN_BRACKETS.exec(raw.trim());
  // So is a job described in words before a full name ("WAT travel trainer (Pat Osei)"); a handle alone is the
  // person ("otuilagi (Canyon Lantern)": their agency in brackets).
  if (named && (ROLE_ONLY.test(named[1]!) || TITLED.test(named[2]!) || (named[1]!.includes(' ') && /\b[a-z]{3,}\b/.test(named[1]!) && FULL_NAME.test(named[2]!)))) return named[2]!.trim();
  return raw
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\s+(?:from|at|with)\s+.*$/, '')
    .replace(/^[\s*_"'“”]+|[\s*_"'“”:,;-]+$/g, '')
    .replace(NAME_FULL_STOP, '')
    .trim();
}

/** False for generic or non-person subjects ("We", "Team", "Applications", "FAFSA"). */
export function isPlausibleOwner(owner: string): boolean {
  const parts = words(owner.toLowerCase());
  const first = parts[0]!;
  // "Call to order", "Send to": a lone task verb is the line's first word, not a person.
  if (parts.length === 1) return !NOT_OWNERS.has(first) && !NOUN_SUBJECTS.has(first) && !TASK_VERBS.has(first);
  // "the family", "our job coach", "his dad": a role, or no one.
  if (first === 'the' || first === 'our' || first === 'his' || first === 'her') return ROLE_ONLY.test(owner);
  return !NOT_OWNERS.has(first);
}

/**
 * A person rather than a capitalised noun, for patterns that need more than a plausible subject
 * (present tense with a date): a mention, title + name or initials ("D.P."), a full name, or a role.
 */
export function looksLikePerson(owner: string): boolean {
  if (!isPlausibleOwner(owner)) return false;
  if (owner.startsWith('@') || owner === 'I') return true;
  if (TITLED.test(owner)) return true;
  return ROLE_ONLY.test(owner) || FULL_NAME.test(owner);
}

/** "I", "me" or "myself": whoever wrote the line. */
export const isWriter = (owner: string): boolean => /^(?:i|me|myself)$/i.test(owner);

/** Owners as they should be stored: "I" (or "me") becomes the poster when known. */
export function resolveOwners(owners: string[], poster: string | undefined): string[] {
  const out: string[] = [];
  for (const o of owners) {
    const v = isWriter(o) ? (poster ?? 'I') : o;
    if (!out.includes(v)) out.push(v);
  }
  return out;
}
