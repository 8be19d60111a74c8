// Splitting raw notes into units the rules can read: headed sections, bullets, checkboxes, table rows
// and prose sentences.
import { MONTH_ABBREVIATIONS, MONTH_RE, WEEKDAY_RE } from '../date-words.js';
import { startsLower, words } from './verbs.js';
import { NAME_FULL_STOP, NAME_ONLY, cleanOwner, isPlausibleOwner, isRole, isWriter } from './owners.js';
import { wordnet } from '../knowledge/lexicon.js';
import { subjectOf } from './clauses.js';

export type SectionKind = 'action' | 'done' | 'decision' | 'other';

export interface Unit {
  /** The text to analyse: bullet markers and checkboxes removed. */
  text: string;
  /** The source line (or sentence of a prose paragraph), trimmed. */
  quote: string;
  section: SectionKind;
  bullet: boolean;
  checkbox?: 'open' | 'done';
  /** Table rows (and "Responsible: X" / "Target date: Y" blocks) keep their cells keyed by role. */
  row?: { owner?: string; task?: string; due?: string; status?: string };
  /** A due date written in its own field next to the line ("Target date: 5/27"). */
  due?: string;
  /** Who wrote the line in a chat export ("[9:14 AM] Priya Natarajan: ..."); "I" is this person. */
  speaker?: string;
  /** How far the header over a chat turn is indented: a pasted thread's replies sit deeper than the channel's messages. */
  depth?: number;
  /** The person the heading over a list item names ("**Priya (VR)**" over "- Will bring the sign-up sheet"). */
  person?: string;
  /** The prose paragraph a sentence belongs to (numbered in reading order). */
  paragraph?: number;
  /** The list item a line is indented under ("7. FIRST STEPS – by April 9" over "   - Renata: add a goal"). */
  parent?: string;
  /** The line a document comment is anchored to ("Tamsbury CC visit moved to 3/10[b]" for the comment "[b]Who's driving her? ..."). */
  anchor?: string;
}

/**
 * What a heading says its section holds, by its words, one named group per kind. Finished items outrank
 * the rest ("Status of action items"), and actions outrank decisions ("Agreed action items", "Agreements
 * and responsibilities": the actions are what was agreed). Decisions and agreements take in goals written
 * into a plan ("Measurable postsecondary goals": what the student aims for): read like decisions, where
 * only a named person's dated promise is a task.
 */
const HEADING_KIND =
  /\b(?:(?<done>done|completed?|finished|closed|accomplished|previous\s+action|last\s+(?:meeting|time)|old\s+business|status\s+of)|(?<action>next\s+steps?|action\s+items?|actions?|follow[\s-]?ups?|to[\s-]?dos?|tasks?|assignments?|who\s+does\s+what|commitments?|homework|owners?|plan|going\s+forward|responsibilit(?:y|ies)|(?:transition\s+)?activities|persons?\s+responsible)|(?<decision>decisions?|decided|agreements?|agreed|goals?|outcomes?|vision|parking lot|open questions|for next time))\b/gi;

/**
 * The kind a text names with a pattern of one named group per kind: of the groups some match fills, the
 * one written first in the pattern (the kinds outrank each other in that order).
 */
function firstKind(kinds: RegExp, text: string): string | undefined {
  const named = new Set<string>();
  let order: string[] = [];
  for (const m of text.matchAll(kinds)) {
    order = Object.keys(m.groups!);
    for (const [kind, word] of Object.entries(m.groups!)) if (word !== undefined) named.add(kind);
  }
  return order.find((kind) => named.has(kind));
}

// "Follow-up tasks / Action items": a slash or ampersand between two titles is no word.
const wordCount = (s: string) => words(s).filter((w) => w !== '/' && w !== '&').length;
/** A heading or a column's label is a few words at most ("Next steps", "Agency / person"). */
const LABEL_WORDS = 4;
/** A table laid out in a line has three columns or more. */
const TABLE_COLUMNS = 3;

export function classifyHeading(title: string): SectionKind {
  return (firstKind(HEADING_KIND, title) as SectionKind | undefined) ?? 'other';
}

/**
 * A heading line ("## Next steps", "**Action items:**", "Follow-up:") and its title; null otherwise.
 * `opensList`: the line stands alone and a bulleted or numbered line follows it, so any short
 * capitalised title ("New business") heads what comes next.
 */
function heading(line: string, opensList = false): string | null {
  const t = line.trim();
  // "## Next steps", "**Action items:**", "Next steps:", "FOR YOU, KELSEY:", and in numbered minutes "5. Responsibilities:".
  // A banner between rules of "=" ("=== DONE ===") as a board or a plain-text export writes its columns.
  const m = /^(?:#{1,6}\s+(.+?)\s*#*|(?:\*\*|__)(.+?)(?:\*\*|__):?\s*|(?:\d{1,2}[.)]\s+)?([A-Za-z][\w /&'()-]{1,40}(?:,\s*[A-Za-z][\w'-]+)?):\s*|={2,}\s*([A-Za-z][\w /&'-]{1,40}?)\s*={2,})$/.exec(t);
  if (m) return (m[1] ?? m[2] ?? m[3] ?? m[4]!).trim();
  // A short bare line such as "Next steps" or "Discussion".
  // "FOR YOU, DELIA" over a list: a heading may address someone after a comma.
  if (/^[A-Za-z][\w /&'-]{1,30}(?:,\s*[A-Za-z][\w'-]+)?$/.test(t) && wordCount(t) <= LABEL_WORDS) {
    if (classifyHeading(t) !== 'other' || (opensList && !startsLower(t))) return t;
  }
  return null;
}

/**
 * What a bullet journal's legend ("key:  • task   ✓ done   → moved   ○ event") says its marks mean: the
 * mark before "task" opens a task, the one before "done" closes it; other marks say neither.
 */
function legendMarks(lines: string[]): Map<string, 'open' | 'done'> {
  const marks = new Map<string, 'open' | 'done'>();
  for (const line of lines) {
    const t = line.trim().toLowerCase();
    const at = t.indexOf(':');
    if (at < 0 || !['key', 'legend'].includes(t.slice(0, at).trim())) continue;
    const w = words(t.slice(at + 1));
    w.forEach((mark, k) => {
      const kind = mark.toUpperCase() !== mark ? null : classifyHeading(w[k + 1] ?? '');
      if (kind === 'action') marks.set(mark, 'open');
      if (kind === 'done') marks.set(mark, 'done');
    });
  }
  return marks;
}

/** A line's first word. */
const firstOf = (line: string): string => words(line)[0] ?? '';
/** The side of a box drawn with box-drawing characters. */
const FRAME = '│';

/** A line that ends where no sentence or list item can: after a comma, an article, a preposition or "and". */
export const MID_PHRASE = /(?:,|\b(?:a|an|the|to|of|for|with|within|about|and|or|from|at|in|on|by|before|after|until|into|our|their|his|her|its|that|who|will|can|would))$/i;

/** A line that ends as a sentence or a label does: ".", "!", "?" or ":", maybe before a closing quote or bracket. */
const ENDS_SENTENCE = /[.!?:]["”)]?$/;

// ">>" and "->" open a note typed under an agenda item ("1. Referral outlook" / "   >> Dana to pull the numbers by Dec 1").
export const BULLET = /^\s*(?:[-*•·◦▪‣–→]|-{1,2}>|>>|\d{1,2}[.)]|[a-z][.)](?=\s))\s+/;
// "[ ]" and "[x]" as typed, or the box characters a pasted recap or document carries (☐ □ open; ☑ ☒ ✅ ✔ ✓ done).
const CHECKBOX = /^(?:\[( |x|X|✓|✔)\]|([☐□])|[☑☒✅✔✓])\s*/;
/** How much white space comes before a line's text (its indent). */
const indentWidth = (line: string): number => line.length - line.trimStart().length;
/** "Next steps: ...", "Next steps from today's check-in with the family (ST-5521): ..." opening a line. */
const INLINE_ACTION_HEADING = /^(?:\*\*)?(next\s+steps?|action\s+items?|follow[\s-]?ups?)(?:\s+(?:from|for)\b[^:.!?]{1,80})?(?:\*\*)?\s*[:\-–—]\s+(?=\S)/i;

function splitCells(line: string): string[] {
  if (!line.includes('|')) {
    // A table pasted from a spreadsheet comes with tabs between its cells (an empty cell is two tabs).
    if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
    // A board or sheet exported as CSV: commas with no space after them ("Card,Assignee,Status,Due"); prose puts one.
    const csv = csvCells(line);
    if (csv.every((c) => c === c.trimStart())) return csv.map((c) => c.trim());
  }
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** The cells of a CSV line; a quoted cell keeps its commas ('"Book the library (Tue, Thu)",Keisha,To do'). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  return [...cells, cell];
}

/**
 * A row of a table: Markdown's "| a | b |", or cells between bars without the outer ones ("G.N. | signed |
 * Carlos | 5/11") once a header naming a task or owner column has started the table.
 */
function tableLine(line: string, inTable: boolean): boolean {
  if (line.startsWith('|')) return true;
  const cells = splitCells(line);
  if (cells.length < TABLE_COLUMNS) return false;
  if (inTable) return true;
  // A header is short labels ("Student | Next step | Who | When"), not a sentence that happens to hold a bar;
  // a form's export heads its columns with the form's questions ("What do YOU need to do next?").
  if (cells.some((c) => wordCount(c) > LABEL_WORDS && !c.endsWith('?'))) return false;
  return cells.some((c) => columnRole(c) === 'task' || columnRole(c) === 'owner');
}

/** The role a column's header (or a field's key) names, one named group per role; owner outranks due, due status, status task. */
const COLUMN_ROLE =
  /\b(?:(?<owner>owner|who|your\s+name|responsible|person|assign(?:ed|ee)|lead|responsibility|members?$)|(?<due>due|when|date|deadline|by|timeline|timeframe|target|completion)|(?<status>status|done|state|list|stage)|(?<task>task|action|what|item|to[\s-]?do|step|commitment|activity|activities|service|services|card|title|description|follow[\s-]?up))\b/g;

/** A column of identifiers ("card_id", "ID", "#"): no role, whatever else it names. */
const ID_COLUMN = /\bid\b|^#$/;

function columnRole(header: string): keyof NonNullable<Unit['row']> | null {
  // A board's export writes its headers in snake case ("due_date", "last_comment").
  // A gloss in brackets after the label ("Update (what happened)") explains it; the label names the role.
  const label = header.split('(')[0]!.trim() || header;
  const h = label.toLowerCase().replaceAll('_', ' ');
  if (ID_COLUMN.test(h)) return null;
  return (firstKind(COLUMN_ROLE, h) as keyof NonNullable<Unit['row']> | undefined) ?? null;
}

/**
 * A table's header laid out in columns by runs of spaces ("Agency / person      Action      Timeline"):
 * where each column starts in the line, and its role. Null unless it has three short labels or more
 * and names a task and an owner column.
 */
function spacedHeader(raw: string): { starts: number[]; roles: (keyof Row | null)[] } | null {
  const labels = [...raw.matchAll(/\S+(?: \S+)*/g)];
  if (labels.length < TABLE_COLUMNS || labels.some((l) => wordCount(l[0]) > LABEL_WORDS)) return null;
  const roles = labels.map((l) => columnRole(l[0]));
  return roles.includes('task') && roles.includes('owner') ? { starts: labels.map((l) => l.index), roles } : null;
}

const ABBREVIATION = new RegExp(`(?:\\b(?:Ms|Mr|Mrs|Mx|Dr|St|Jr|Sra?|Srta|vs|etc|e\\.g|i\\.e|approx|${MONTH_ABBREVIATIONS.join('|')}|No)|\\b[A-Z])\\.$`);

/** A name in brackets and nothing else ("(Luis Ocampo-Reyes)", "(Hannah L.)."), not a remark ("(She already sent it.)"). */
function bracketed(part: string): boolean {
  const t = part.trim();
  const core = t.endsWith('.') ? t.slice(0, -1) : t;
  const inside = core.slice(1, -1);
  return core.startsWith('(') && core.endsWith(')') && !inside.includes('(') && words(inside).every((w) => !startsLower(w));
}

/** Sentences of a prose paragraph, not cut after "Ms.", "Dec." or initials like "J.R.", nor before a name in brackets. */
export function sentences(paragraph: string): string[] {
  // "... on the waitlist!! 🙌 I'll call the county": an emoji after the stop, or in its place, ends the sentence too.
  const capitalParts = paragraph.split(/(?<=[.!?]|\p{Extended_Pictographic}\uFE0F?)\s+(?=(?:\*\*|__)?["“(]?[A-Z@<])/u);
  // "... before the first paycheck period. second thing the family ...": dictation that never opens a sentence
  // with a capital ends one at a stop after a word.
  const parts = capitalParts.length > 1 ? capitalParts : paragraph.split(/(?<=\p{Ll}{2}[.!?])\s+(?=\p{Ll})/u);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    // "Open VR referrals by October 2. (Luis Ocampo-Reyes)": a name in brackets after the stop is the sentence's owner.
    if (prev !== undefined && (ABBREVIATION.test(prev) || bracketed(p))) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

type Row = NonNullable<Unit['row']>;

// Keys follow the line's start, punctuation, a dash, a bracket, or a run of spaces (a Teams recap lays
// "Assigned to: X, Y    Due: Z" out in columns), and hold single spaces only, so a key never swallows
// the value before such a run.
const FIELD_KEY = /(?:^|(?<=[;.,|]\s*)|\s+[-–—·•]\s+|\s+(?=\()|\s{2,}|\t)\(?(?:\*\*)?([A-Za-z](?:[A-Za-z#\d-]| (?=[A-Za-z#\d])){1,28}?)(?:\*\*)?\s*:(?:\*\*)?\s*/g;

/** A form's "Contact:" field ("Agency contact", "Contact person"), not the contact's date, type or purpose. */
const CONTACT_KEY = /^(?:agency\s+)?contact(?:\s+person)?$/i;


/** A field whose key names no role ("Agency: Palmetto VR", "Grade: 11"). */
const OTHER_FIELD = /^[A-Za-z][\w ]{1,28}:\s/;

/**
 * The fields of a formal-minutes line: "Responsible: Ms. Y", "Transition activity: enroll ...", or
 * "Enroll ... — Responsible: Ms. Y; Target date: 5/27" (text before the first key is the task).
 * Null when the line holds no known key.
 */
function fields(line: string): Row | null {
  const keys: { role: keyof Row; start: number; end: number; contact?: boolean }[] = [];
  FIELD_KEY.lastIndex = 0;
  for (let m = FIELD_KEY.exec(line); m; m = FIELD_KEY.exec(line)) {
    // A field's key names its role as a table's column header does ("Person responsible", "Target date").
    const role = columnRole(m[1]!) ?? (CONTACT_KEY.test(m[1]!) ? 'owner' : null);
    if (role) keys.push({ role, start: m.index, end: m.index + m[0].length, contact: !columnRole(m[1]!) });
  }
  // "Agency: Palmetto VR     Contact: Curtis Bellamy": a form's contact is who acts on the row, when a person
  // is named there: a name alone ("Curtis Bellamy", "Ms. P."), not "In person at school, 45 min.".
  const named = keys.filter((k, i) => !k.contact || NAME_ONLY.test(line.slice(k.end, keys[i + 1]?.start ?? line.length).trim()));
  keys.splice(0, keys.length, ...named);
  if (keys.length === 0) return null;
  const row: Row = {};
  const lead = line.slice(0, keys[0]!.start).trim();
  // "Agency: Palmetto VR     Contact: Curtis Bellamy": a field of no known role before the owner's is no task.
  if (lead && !OTHER_FIELD.test(lead)) {
    // Text before the first key is a task only when an owner key follows it.
    if (!keys.some((k) => k.role === 'owner')) return null;
    row.task = lead;
  }
  keys.forEach((k, i) => {
    const value = line.slice(k.end, keys[i + 1]?.start ?? line.length).trim();
    if (value && row[k.role] === undefined) row[k.role] = value;
  });
  return row;
}

const TIME = '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?';
// A poster's display name, or the "@handle" a pasted Slack thread shows for a person it only knows by id.
// A transcript's label for a voice it could not name carries a number ("Speaker 3").
const CHAT_NAME = "((?:(?:Ms|Mr|Mrs|Mx|Dr)\\.?\\s+)?[A-Z][\\wÀ-ɏ'’.-]*(?:\\s+[A-Z][\\wÀ-ɏ'’.-]*){0,3}(?:\\s+\\d{1,2})?|@[\\wÀ-ɏ][\\wÀ-ɏ.-]*)";
/** The day before a message's time: "Mon", "4/8/27", "Thu 4/8/27,", "yesterday", an export's "2026-09-17", a comment's "Feb 24, 2026,". */
const DAYISH = `(?:(?:yesterday|today|${WEEKDAY_RE}|\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{4}-\\d{1,2}-\\d{1,2}|${MONTH_RE}\\s+\\d{1,2}|\\d{4}),?\\s+){0,2}`;
/**
 * "[9:14 AM] Priya Natarajan: message" (a Teams or Slack export line with its poster; "[09:42] <U08MOYEL> Marcus Oyelaran:"
 * with the poster's user id before the name), a Zoom chat's "10:14:22 From Priya Natarajan to Everyone: message",
 * and a caption file's (WebVTT) voice, "<v Priya Natarajan>message".
 */
const ROLE_NOTE = '(?:\\s*\\([^)]{1,30}\\))?';
const CHAT_LINE = new RegExp(`^(?:(?:\\[\\s*${DAYISH}${TIME}\\s*\\]|${DAYISH}${TIME}\\s*[-–—]?)\\s*(?:From\\s+)?(?:<[UW][A-Z0-9]{2,}>\\s*)?|<v\\s+)${CHAT_NAME}${ROLE_NOTE}(?:\\s+to\\s+[^:]{1,40}?)?\\s*[:>]\\s*(.*)$`, 'i');
/** Whom a Zoom chat line is sent to, which its name runs on into ("Priya Natarajan to Everyone"). */
const TO_WHOM = /\s+to\s+\S.*$/;
/**
 * A pasted text-message thread: "Denise Caldwell, Mon 11/16, 3:42 PM: ...", "Me, 3:50 PM: ...", "Jonah Pettis 2:41 PM: ...",
 * "Owen Scarbrough (7:42 AM): ...", and a phone's columns "Shauna  8:25 AM   oh and I'll ask ..." (the message in group 3).
 */
const TEXT_LINE = new RegExp(`^${CHAT_NAME}${ROLE_NOTE}(?:(?:,\\s*|\\s+)${DAYISH}${TIME}|\\s*\\(\\s*${DAYISH}${TIME}\\s*\\))(?:\\s*:\\s*(.*)|\\s{2,}([^\\s(].*))$`, 'i');
/**
 * "Wes Lindgren: can he switch to Tues/Thurs?" / "Me: I'll call his dad tonight": a line of a conversation
 * typed without times, opened by who says it (typedVoices says which labels are voices).
 */
const NAMED_LINE = new RegExp(`^${CHAT_NAME}\\s*:\\s+(\\S.*)$`);
/** A document's comment thread copied with the text: "[Comment — Lonnie Strickland: Route's full, sorry.]", "[Reply — Dontrell: I'll ...]". */
// A board's export writes who commented, and when, in brackets: "Comment (Reba Strickland, 5/18): I'll ...".
const COMMENT_LINE = new RegExp(`^\\[?(?:comment|reply|response)\\s*(?:[-–—(]|by|from)\\s*${CHAT_NAME}${ROLE_NOTE}(?:,[^)]*)?\\)?\\s*:\\s*(.*?)\\]?$`, 'i');
/**
 * "Priya Natarajan 9:14 AM", "[9:14 AM] Priya Natarajan" or "[Me  3:52 PM]" on its own, and a mail chain's
 * "From Dana Whitcomb, 3/3 12:30 PM:" / "Reply from Colt, 3/3 2:05 PM:", and a comment export's "Marisol
 * Trevino — Feb 24, 2026, 10:14 AM": the lines below are that person's. ("Comment by X, Feb 16, 2027, 9:12 AM"
 * heads a comment whose wrapped lines read as one paragraph.)
 */
const CHAT_HEADER = new RegExp(
  `^(?:(?!(?:comment|reply)\\s+by\\b)${CHAT_NAME}${ROLE_NOTE}\\s*[,\\-–—]?\\s+\\[?${DAYISH}${TIME}\\]?|\\[\\s*${DAYISH}${TIME}\\s*\\]\\s*${CHAT_NAME}${ROLE_NOTE}|\\[\\s*${CHAT_NAME}${ROLE_NOTE}\\s+${DAYISH}${TIME}\\s*\\]|(?:(?:fwd?|forwarded|reply)\\s+)?from\\s+${CHAT_NAME}${ROLE_NOTE}(?:,\\s*${DAYISH}${TIME})?\\s*:?)$`,
  'i',
);
/**
 * A round robin typed as it goes ("KEISHA (DVRS)", "Ray (SVAT)", "ME" on a line of their own, each over
 * what that person said in prose): the lines below are that person's, as under a chat header.
 */
const ROSTER_HEADER = /^(?:([A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*)?)\s*\([^()]{1,30}\)|(ME|Me|[A-Z]{2,}))$/;
/** A writer naming themself as a message opens ("Hi Ms Scarboro its Tameka (DJs mom)", "Hey, this is Sandra from WVCS"). */
const SELF_INTRODUCED = /^(?:[^.!?]{0,40}?[\s,])?(?:[Ii]t['’]?s|[Ii]t is|[Tt]his is)\s+([A-Z][\wÀ-ɏ'’-]*)(?![\wÀ-ɏ'’-]*['’]s\b)/;
const lexicon = wordnet();
/** A header's label that names no one ("[Text Message  Today 3:47 PM]"): common words, none of them a person. */
const namesNoOne = (label: string): boolean => words(label).every((w) => lexicon.knows(w) && !lexicon.isPerson(w));

/**
 * The voices of a conversation typed as "Name: message" lines with no times (texts copied by hand, a
 * document's comment threads): the labels that name someone (a name, or "Me"), on a note where two or
 * more of them talk, one more than once, and someone says "I". A name opening one line of a list
 * ("Dana: send the forms") is that line's owner, and a form's "Subject:", "Status:" or "Members:" (any
 * English word alone, even "Grace") names no one.
 */
export function typedVoices(lines: string[]): Set<string> {
  const said = new Map<string, string[]>();
  for (const line of lines) {
    const m = BULLET.test(line) ? null : NAMED_LINE.exec(line.trim());
    const label = m?.[1];
    if (!label || (!isWriter(label) && (lexicon.knows(label) || namesNoOne(label) || label === label.toUpperCase() || !isPlausibleOwner(label)))) continue;
    said.set(label, [...(said.get(label) ?? []), m[2]!]);
  }
  const turns = [...said.values()];
  const talk = said.size > 1 && turns.some((t) => t.length > 1) && turns.flat().some((t) => words(t).some((w) => isWriter(w.split("'")[0]!.split('’')[0]!)));
  return talk ? new Set(said.keys()) : new Set();
}

/**
 * A transcript's label for a voice it could not name ("Speaker 3  0:31", "Unknown Speaker 12:52",
 * "Participant 2"): the lines below are that voice's.
 */
const ANONYMOUS_HEADER = new RegExp(`^((?:unknown\\s+)?(?:speaker|participant|guest)(?:\\s*\\d{1,2})?)\\s*[,\\-–—]?\\s+\\[?${DAYISH}${TIME}\\]?$`, 'i');
/**
 * The person a turn asks something by name ("Keisha, just, can you send me the dates?", "Okay. T.N.,
 * anything you want to add?"): the voice that answers next is theirs.
 */
const ASKED_BY_NAME = /(?:^|[.!?]\s+|\b(?:and|oh|so|okay|ok),?\s+)((?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ.'’-]*),\s+[^.!?]*\byou\b[^.!?]*\?/g;

function askedByName(turn: string): string | undefined {
  let last: string | undefined;
  for (const m of turn.matchAll(ASKED_BY_NAME)) last = m[1]!.replace(NAME_FULL_STOP, '');
  return last;
}

/**
 * A Teams meeting recap writes each follow-up task's owner as "Assigned to Dana Alvarez", on its own line
 * under the task or after it: read as the "Assigned to:" field formal minutes use.
 */
function assignedField(line: string): string {
  const assigned = line.replace(/(^|[.;!?]\s+|\s[-–—]\s)Assigned to\s*:?\s*(?=[A-Z@])/, '$1Assigned to: ');
  // "Assigned to: Dana Whitfield · Due Fri, Sep 18": the recap's due date beside it, with or without a colon.
  return assigned === line ? line : assigned.replace(/(\s[·•|]\s*)Due(?: date)?\s*:?\s*(?=\S)/i, '$1Due: ');
}

/** "[PN] Yes - I'll ...": a writer's initials tagging an answer; "[00:41] Okay, I'll ...": a recording's time before what was said then. */
const INITIALS_TAG = /^\s*\[(?:([A-Z]{2,3})|\d{1,2}:\d{2}(?::\d{2})?)\]\s*/;

/** The full names the notes write ("From: Priya Natarajan"), by their initials ("PN"), when only one name has them. */
function namesByInitials(notes: string): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const m of notes.matchAll(/\b([A-Z][a-zà-ÿ'’-]+)\s+([A-Z][a-zà-ÿ'’-]+)\b/g)) {
    const key = `${m[1]![0]}${m[2]![0]}`;
    seen.set(key, (seen.get(key) ?? new Set()).add(m[0]));
  }
  return new Map([...seen].filter(([, names]) => names.size === 1).map(([key, names]) => [key, [...names][0]!]));
}

/** The name before a line's colon ("Hollis: perfect."), when it names a person: capitalised words, a plausible owner. */
function lineVoice(sentence: string): string | undefined {
  const label = sentence.slice(0, Math.max(sentence.indexOf(': '), 0));
  const named = words(label);
  if (!named.length || named.length > LABEL_WORDS || named.some(startsLower) || classifyHeading(label) !== 'other') return undefined;
  return isPlausibleOwner(label) ? label : undefined;
}

/**
 * The names a transcript's legend gives its voices ("[Speaker 1 = Renata Okafor (TBASD) | Speaker 2 =
 * Teodora Nyquist]"), by the label lower-cased: pairs of a short label and a person, set apart by bars.
 */
function voiceLegend(lines: string[]): Map<string, string> {
  const legend = new Map<string, string>();
  for (const line of lines) {
    for (const pair of line.replaceAll('[', '').replaceAll(']', '').split('|')) {
      const [label, name, ...more] = pair.split('=').map((p) => p.trim());
      if (!label || !name || more.length || wordCount(label) > LABEL_WORDS) continue;
      const person = cleanOwner(name);
      if (isPlausibleOwner(person)) legend.set(label.toLowerCase(), person);
    }
  }
  return legend;
}

/** One labelled box of a line of choices ("[x] CLOSED"). */
const CHOICE = /\[([ xX✓✔])\]\s*([A-Za-z][\w/-]*(?: [A-Za-z][\w/-]*)?)\s*/gy;

/**
 * A line of two or more labelled boxes ("[ ] OPEN   [x] CLOSED   [ ] N/A"): the label of the box ticked
 * ("" when none is). Null for any other line.
 */
function statusChoice(line: string): string | null {
  CHOICE.lastIndex = 0;
  let ticked = '';
  let boxes = 0;
  for (let m = CHOICE.exec(line); m; m = CHOICE.exec(line)) {
    boxes += 1;
    if (m[1] !== ' ') ticked = m[2]!;
    if (CHOICE.lastIndex === line.length) return boxes >= 2 ? ticked : null;
  }
  return null;
}

/** A heading that addresses the list under it to someone ("For you, Delia", "FOR DANA"). */
const ADDRESSED_HEADING = /^for\s+(?:you,?\s+)?([A-Za-z][a-z'-]+|[A-Z][A-Z'-]+)$/i;

/** A paragraph set in square brackets, with none inside. */
const ANNOTATION = /^\[([^[\]]+)\]$/;

/** The marks that open a quotation. */
const QUOTE_MARKS = '"“';

const RULE_LINE = /^(?:[-=_*~+|:]\s*){3,}$/;

/**
 * A document comment's anchor pasted with the text: after the words it marks ("... moved to 3/10[b]") and
 * again before the comment ("[b]Who's driving her?", "[b] Dale Hutchins: I'll take her").
 */
const COMMENT_ANCHOR = /(?<=\S)\[([a-z]{1,2})\](?=\s|$)|^\[([a-z]{1,2})\] ?(?=\S)/gm;

/** The letters of the anchors the text marks ("... moved to 3/10[b]"). */
const markedAnchors = (text: string): Set<string> => new Set([...text.matchAll(COMMENT_ANCHOR)].flatMap((m) => (m[1] ? [m[1]] : [])));

/** The text without its comment anchors; "[x] " opening a line is a ticked box unless some line is marked "[x]". */
function cutAnchors(text: string, marked: ReadonlySet<string>): string {
  return text.replace(COMMENT_ANCHOR, (all: string, _mark?: string, open?: string) => (open === undefined || !all.endsWith(' ') || marked.has(open) ? '' : all));
}

/** The notes without their comment anchors. */
export const withoutAnchors = (notes: string): string => cutAnchors(notes, markedAnchors(notes));

/**
 * The lines without their comment anchors, and for each line of a comment (from its "[b]" to a blank line or
 * the next comment) the line its anchor marks.
 */
function commentAnchors(raw: string[]): { lines: string[]; anchors: (string | undefined)[] } {
  const marked = new Map<string, string>();
  const letters = markedAnchors(raw.join('\n'));
  const lines = raw.map((l) => cutAnchors(l, letters));
  raw.forEach((l, k) => {
    for (const m of l.matchAll(COMMENT_ANCHOR)) if (m[1]) marked.set(m[1], lines[k]!.trim().replace(BULLET, ''));
  });
  let current: string | undefined;
  const anchors = raw.map((l) => {
    const opening = [...l.trim().matchAll(COMMENT_ANCHOR)].find((m) => m[2] && (letters.has(m[2]) || !m[0].endsWith(' ')));
    if (opening) current = marked.get(opening[2]!);
    else if (!l.trim()) current = undefined;
    return current;
  });
  return { lines, anchors };
}

export function segment(notes: string): Unit[] {
  const units: Unit[] = [];
  let section: SectionKind = 'other';
  let table: { roles: (keyof Row | null)[]; last?: Unit } | null = null;
  let paragraph: string[] = [];
  let chatSpeaker: string | undefined;
  let chatDepth = 0;
  // The lines of the current turn of a transcript, and the names found for its unnamed voices.
  let turn: string[] = [];
  const voices = voiceLegend(notes.split('\n'));
  // The labels shown for voices a transcript could not name ("Speaker 3").
  const anonymousVoices = new Set<string>();
  // The label of the current turn's voice while nobody is known to be behind it.
  let unnamed: string | undefined;
  // A block of "Key: value" lines being gathered into one row, with its source lines.
  let record: { row: Row; lines: string[] } | null = null;
  // The status a line of labelled boxes ticked for the block of fields below it.
  let status: string | undefined;
  // The state before the previous line was read, so a following "Responsible:" line can claim it as the task.
  let previous: { line: string; units: number; paragraph: string[]; indent?: number; end?: number } | null = null;
  let paragraphs = 0;
  // The last list item not indented under another, and the one the line being read (or the paragraph) sits under.
  let outline: { indent: number; text: string } | undefined;
  let parent: string | undefined;
  let paragraphParent: string | undefined;
  // The line the comment being read is anchored to, for the line and for the paragraph.
  let anchor: string | undefined;
  let paragraphAnchor: string | undefined;
  const flush = () => {
    if (paragraph.length) {
      paragraphs += 1;
      // "[KL will pick up the referrals by Thursday]": a note written into an agenda in brackets reads as prose.
      const text = paragraph.join(' ').replace(ANNOTATION, '$1');
      // "Mom texted me after the meeting, so pasting here:" over a paragraph in quotes: the words quoted are hers.
      const before = units[units.length - 1];
      // A message in quotes whose writer names themself as it opens ('"Hey Renata it's Sandra from WVCS ...'): the words are theirs.
      const opens = QUOTE_MARKS.includes(text[0]!);
      const introduced = opens ? SELF_INTRODUCED.exec(text.slice(1)) : null;
      const quoted = opens && before?.paragraph === paragraphs - 1 && before.text.endsWith(':') ? subjectOf(before.text) : introduced ? [introduced[1]!] : undefined;
      const said = sentences(text);
      // "Hollis: perfect. I'll call the credit union ...", a group text pasted line by line: the name that
      // opens a line of several sentences voices the later ones too (the first keeps its label), when it opens
      // other lines too (a voice speaks again; "Renata: ..." and "Isabella: ..." over a note's paragraphs name students).
      const label = paragraph.length === 1 && said.length > 1 ? lineVoice(said[0]!) : undefined;
      const voice = label && speaksAgain(label) ? label : undefined;
      for (const [k, s] of said.entries()) {
        units.push({
          text: s,
          quote: s,
          section,
          bullet: false,
          paragraph: paragraphs,
          ...(paragraphParent ? { parent: paragraphParent } : {}),
          ...(paragraphAnchor ? { anchor: paragraphAnchor } : {}),
          ...(quoted?.length === 1 ? { speaker: quoted[0]! } : voice && k > 0 ? { speaker: voice } : {}),
        });
      }
    }
    paragraph = [];
  };
  let fenced = false;
  // The person the last heading names, when it names one.
  let headingPerson: string | undefined;
  // A table laid out in columns by runs of spaces: where its columns start, their roles, and the row being read.
  let grid: { starts: number[]; roles: (keyof Row | null)[]; row: Row; lines: string[] } | null = null;
  const closeGridRow = () => {
    if (!grid?.lines.length) return;
    units.push({ text: grid.row.task ?? '', quote: grid.lines.join(' / '), section, bullet: true, row: grid.row });
    grid.row = {};
    grid.lines = [];
  };
  const closeRecord = () => {
    if (!record) return;
    const { row, lines } = record;
    record = null;
    if (row.task && row.owner) {
      units.push({ text: row.task, quote: lines.join(' / '), section, bullet: true, row });
      return;
    }
    // No owner field: read the lines as usual ("Action: Coach R. to email ..."), with the due field attached.
    flush();
    const before = units.length;
    for (const l of lines) {
      const f = fields(l.replace(BULLET, ''));
      if (row.due && f && !f.task && !f.owner) continue;
      readLine(l);
    }
    // "ACTION: Mr. F will survey members ... and bring the" / "results back by May 4.": without a due field
    // the lines are prose, which the next line may go on.
    if (!row.due) return;
    flush();
    for (let i = before; i < units.length; i++) units[i]!.due = row.due;
  };
  const readLine = (line: string) => {
    let text = line;
    let unitSection = section;
    const inline = INLINE_ACTION_HEADING.exec(text);
    if (inline) {
      text = text.slice(inline[0].length);
      unitSection = 'action';
    }
    // "[PN] Yes - I'll have the letters out": an answer written inline under a question, tagged with the writer's initials.
    // Under "TO DO" the tag names who does the line ("[BP] redo the schedule"; rules.ts reads it).
    const tag = CHAT_LINE.test(text) ? null : INITIALS_TAG.exec(text);
    const tagged = unitSection === 'action' || !tag?.[1] ? null : tag;
    // A transcript's time opens what was said then: a new paragraph, which the time is no part of.
    const stamped = !!tag && !tag[1];
    if (tagged || stamped) text = text.slice(tag![0].length);
    if (stamped) flush();
    const typed = NAMED_LINE.exec(text);
    const chat = CHAT_LINE.exec(text) ?? TEXT_LINE.exec(text) ?? COMMENT_LINE.exec(text) ?? (typed && typedVoice.has(typed[1]!) ? typed : null);
    // "Me, 3:50 PM: ..." in the poster's own pasted texts is the poster, as "I" is (owners.isWriter).
    // A Zoom line's name runs on into "to Everyone" (names are matched without regard to case).
    const voice = chat ? (isWriter(chat[1]!) ? 'I' : (voices.get(chat[1]!.toLowerCase()) ?? chat[1]!.replace(TO_WHOM, ''))) : tagged ? (initials.get(tagged[1]!) ?? tagged[1]!) : chatSpeaker;
    // "Mom texted me, so pasting here:" over a line in quotes, in a message as in prose: the words quoted are hers.
    const before = units[units.length - 1];
    const quoted = voice && QUOTE_MARKS.includes(text[0] ?? '') && before?.speaker === voice && before.text.endsWith(':') ? subjectOf(before.text) : undefined;
    const speaker = quoted?.length === 1 ? quoted[0]! : voice;
    if (chat) text = chat[2] ?? chat[3]!;
    // A checkbox opens a list item as a bullet does ("☐ Collect the forms — Mr. Barrow").
    // Where the item's text starts after its marker (a checkbox is cut below); undefined on a line that is no list item.
    const bulletEnd = BULLET.exec(text)?.[0].length ?? (CHECKBOX.test(text.trimStart()) ? indentWidth(text) : undefined);
    const bullet = bulletEnd !== undefined;
    if (!bullet && !inline && !speaker) {
      // Wrapped prose continues a paragraph (a line that goes on a sentence begun above starts in lower case); a new capitalised line after a finished one starts a new unit.
      // A line cut mid-phrase ("... I'll talk with" / "Transportation about ...") is an email's hard wrap,
      // so even a capitalised word continues it.
      const prev = paragraph[paragraph.length - 1];
      // A line ending in initials or "Mrs." ("... share it with J.T." / "and Mrs. T. by 3/1") has not ended its sentence when the next goes on in lower case.
      const wrapped = prev !== undefined && (MID_PHRASE.test(prev) || (ABBREVIATION.test(prev) && startsLower(text)));
      // "Joelle Pritchard will make" / "10 directional signs by 3/10.": a number before words in lower case goes on too.
      const goesOn = startsLower(text) || (text[0]! >= '0' && text[0]! <= '9' && startsLower(words(text)[1] ?? ''));
      if (prev !== undefined && !wrapped && (ENDS_SENTENCE.test(prev) || !goesOn)) flush();
      if (paragraph.length === 0) {
        paragraphParent = parent;
        paragraphAnchor = anchor;
      }
      paragraph.push(text);
      return;
    }
    flush();
    // "• call Denise re: SEIE" under "key: • task ✓ done ○ event": the note's own legend says what its marks mean.
    const keyed = marks.get(words(text)[0] ?? '');
    if (bullet) text = text.slice(bulletEnd);
    const box = CHECKBOX.exec(text);
    const checkbox = keyed ?? (box ? (box[1] === ' ' || box[2] ? 'open' : 'done') : undefined);
    if (box) text = text.slice(box[0].length);
    for (const s of sentences(text)) {
      const unit: Unit = { text: s, quote: line, section: unitSection, bullet, checkbox };
      if (speaker) unit.speaker = speaker;
      if (speaker && speaker === chatSpeaker && chatDepth) unit.depth = chatDepth;
      if (headingPerson && bullet) unit.person = headingPerson;
      if (parent) unit.parent = parent;
      if (anchor) unit.anchor = anchor;
      units.push(unit);
    }
  };
  const { lines, anchors } = commentAnchors(notes.split('\n'));
  const speaksAgain = (label: string) => lines.filter((l) => l.trimStart().startsWith(`${label}: `)).length > 1;
  const marks = legendMarks(lines);
  // The note's widest line: the width a hard wrap keeps its lines within.
  const width = Math.max(...lines.map((l) => l.trimEnd().length));
  const initials = namesByInitials(notes);
  const typedVoice = typedVoices(lines);
  lines.forEach((raw, index) => {
    anchor = anchors[index];
    // "│ SWA applications -> DANA + MEGAN  (by 3/20)   │": a line inside a box drawn around the board is the line it frames.
    const framed = raw.trim();
    const line = assignedField(framed.length > 1 && framed.startsWith(FRAME) && framed.endsWith(FRAME) ? framed.slice(1, -1).trim() : framed);
    const indent = indentWidth(raw);
    if (!line || (outline && indent <= outline.indent)) outline = undefined;
    parent = outline?.text;
    if (!outline && line && BULLET.test(raw)) outline = { indent, text: line.replace(BULLET, '') };
    // A block fenced as code ("```") is preformatted: each of its lines stands alone (a whiteboard typed up line by line).
    if (line.startsWith('```')) {
      fenced = !fenced;
      closeRecord();
      flush();
      previous = null;
      return;
    }
    if (fenced) flush();
    if (grid) {
      // A table laid out in columns by spaces: a line starting at its first column opens a row, one
      // starting at a later column goes on with the row above ("VR -- Marcus Bell   Eligibility ...   by 12/21").
      const at = indentWidth(raw);
      const underline = RULE_LINE.test(line) && grid.lines.length === 0;
      if (line && (underline || grid.starts.includes(at))) {
        if (underline) return;
        if (at === grid.starts[0]) closeGridRow();
        const g = grid;
        g.starts.forEach((start, k) => {
          const role = g.roles[k];
          const cell = raw.slice(start, g.starts[k + 1]).trim();
          if (role && cell) g.row[role] = g.row[role] ? `${g.row[role]} ${cell}` : cell;
        });
        g.lines.push(line);
        return;
      }
      closeGridRow();
      grid = null;
    }
    // A rule ("---", "***") between the blocks of a form separates them as a blank line does.
    if (!line || RULE_LINE.test(line)) {
      closeRecord();
      flush();
      // A rule with the joints of columns ("-----+-----", "|---|:---|") underlines a table's header or parts
      // its rows: the table goes on. A plain rule or a blank line ends it.
      if (!line.includes('+') && !line.includes('|')) table = null;
      previous = null;
      return;
    }
    if (tableLine(line, table !== null)) {
      closeRecord();
      flush();
      previous = null;
      const cells = splitCells(line);
      if (!table) {
        const roles = cells.map(columnRole);
        if (roles.includes('task') || roles.includes('owner')) {
          table = { roles };
          return;
        }
      } else {
        // "# columns: case_id,student,..." over the export's own header row: a row naming the same columns is the header again.
        const t = table;
        if (t.roles.every((r, i) => r === null || columnRole(cells[i] ?? '') === r)) return;
        const row: Row = {};
        table.roles.forEach((r, i) => {
          // A log's first date column dates the row ("shift_date"); a later one filled in is when its follow-up is due ("fu_due").
          if (r && cells[i] !== undefined && (row[r] === undefined || (r === 'due' && cells[i]))) row[r] = cells[i];
        });
        // "|   | still waiting on signed agreements. |   |": a row with its first cell empty whose cells go on in
        // lower case (or are empty) is the row above wrapped within its cells.
        const last = table.last;
        if (last && !cells[0] && Object.values(row).every((c) => !c || startsLower(c))) {
          for (const [r, c] of Object.entries(row) as [keyof Row, string][]) {
            if (!c) continue;
            if (last.row) last.row[r] = last.row[r] ? `${last.row[r]} ${c}` : c;
            else if (r === 'task') last.text = `${last.text} ${c}`;
            else if (r === 'due') last.due = last.due ? `${last.due} ${c}` : c;
          }
          last.quote = `${last.quote} / ${line}`;
          if (last.row) last.text = last.row.task ?? '';
          return;
        }
        // A table with no owner column ("Topic | Discussion | Next step"): its task cell is a line of notes
        // that names who does it as any line does ("Dale to confirm the host sites by Monday").
        table.last = table.roles.includes('owner')
          ? { text: row.task ?? '', quote: line, section, bullet: true, row }
          : { text: row.task ?? '', quote: line, section, bullet: true, ...(row.due ? { due: row.due } : {}) };
        units.push(table.last);
        return;
      }
    }
    table = null;
    const spaced = spacedHeader(raw);
    if (spaced) {
      closeRecord();
      flush();
      previous = null;
      grid = { ...spaced, row: {}, lines: [] };
      return;
    }
    // "16:09:02 From Lorna Haskell to Everyone:" with the message on the lines below: a Zoom chat's header.
    const opening = CHAT_LINE.exec(line);
    const anonymous = ANONYMOUS_HEADER.exec(line);
    const header = anonymous ? null : (CHAT_HEADER.exec(line) ?? (opening && !opening[2] ? opening : null));
    // A roster's name stands between a blank line and what the person said, in prose ("N.B. (PA-03)" over bullets heads a student's section).
    const below = lines[index + 1]?.trim() ?? '';
    const roster = header || anonymous || lines[index - 1]?.trim() || !below || BULLET.test(below) || CHECKBOX.test(below) ? null : ROSTER_HEADER.exec(line);
    // "RACHEL" alone over her indented lines is a roster's name as "JESS (Alvarado)" is; "PLAN" over its
    // lines is no one, nor is a word in capitals opening the note ("WEBVTT"), which is its title.
    const person = roster && isPlausibleOwner(roster[1] ?? roster[2]!) && (!!roster[1] || isWriter(roster[2]!) || (index > 0 && !namesNoOne(roster[2]!)));
    if (header || anonymous || person) {
      closeRecord();
      flush();
      const named = header ? (header[1] ?? header[2] ?? header[3] ?? header[4])! : roster ? (roster[1] ?? roster[2])! : undefined;
      unnamed = undefined;
      if (anonymous || (named && namesNoOne(named))) {
        // An unnamed voice is the one the turn before asked by name, or who the voice says it is, and stays that person after.
        const shown = (anonymous?.[1] ?? named)!;
        if (anonymous) anonymousVoices.add(shown);
        const label = shown.toLowerCase();
        const asked = askedByName(turn.join(' '));
        if (asked) voices.set(label, asked);
        if (!voices.has(label)) unnamed = label;
        chatSpeaker = voices.get(label) ?? shown;
      } else chatSpeaker = named?.replace(TO_WHOM, '');
      chatDepth = indent;
      turn = [];
      previous = null;
      return;
    }
    if (chatSpeaker) turn.push(line);
    // "[Text Message  3:47 PM]" / "Hi Ms Scarboro its Tameka (DJs mom).": the voice names itself as it opens.
    const introduced = unnamed && turn.length === 1 ? SELF_INTRODUCED.exec(line) : null;
    if (introduced) {
      voices.set(unnamed!, introduced[1]!);
      chatSpeaker = introduced[1]!;
      unnamed = undefined;
    }
    const opensList = !lines[index - 1]?.trim() && BULLET.test(lines[index + 1] ?? '');
    const title = heading(line, opensList);
    if (title !== null) {
      closeRecord();
      flush();
      section = classifyHeading(title);
      // "**Priya (VR)**", "**Mariah Fentress**" over a list: the list says what that person does (a name with
      // its agency in brackets, or one that is no common word).
      // "FOR YOU, DELIA": a list written to someone is theirs to do.
      const addressed = ADDRESSED_HEADING.exec(title)?.[1];
      const named = addressed ? addressed[0]!.toUpperCase() + addressed.slice(1).toLowerCase() : cleanOwner(title);
      headingPerson = section === 'other' && !isWriter(named) && isPlausibleOwner(named) && (named !== title || !namesNoOne(named)) ? named : undefined;
      chatSpeaker = undefined;
      previous = null;
      return;
    }
    // "[ ] OPEN   [x] CLOSED   [ ] N/A" over a form's block: the box ticked is the block's status.
    const choice = statusChoice(line);
    if (choice !== null) {
      closeRecord();
      flush();
      status = choice;
      previous = null;
      return;
    }
    const f = chatSpeaker || CHAT_LINE.test(line) || TEXT_LINE.test(line) || typedVoice.has(NAMED_LINE.exec(line)?.[1] ?? '') ? null : fields(line.replace(BULLET, ''));
    if (f) {
      if (record && Object.keys(f).some((k) => record!.row[k as keyof Row] !== undefined)) closeRecord();
      if (!record) {
        if (!previous) flush();
        record = { row: status ? { status } : {}, lines: [] };
        status = undefined;
        if (!f.task && f.owner && previous) {
          // "Enroll X in travel training" then "Person responsible: Mr. Y": the line above is the task, with the
          // lines it wraps on from ("can you add a 2-line blurb about the youth" / "program here? ...").
          const wraps = previous.paragraph.length > 0 && paragraph.length === previous.paragraph.length + 1;
          units.length = previous.units;
          paragraph = wraps ? [] : previous.paragraph;
          flush();
          const unbulleted = (wraps ? [...previous.paragraph, previous.line].join(' ') : previous.line).replace(BULLET, '');
          const box = CHECKBOX.exec(unbulleted);
          record.row.task = unbulleted.replace(CHECKBOX, '').trim();
          // A ticked box above "Assigned to:" is a finished task.
          if (box && box[1] !== ' ' && !box[2]) record.row.status = 'done';
          record.lines.push(previous.line);
        }
      }
      Object.assign(record.row, Object.fromEntries(Object.entries(f).filter(([k]) => record!.row[k as keyof Row] === undefined)));
      record.lines.push(line);
      previous = null;
      return;
    }
    closeRecord();
    // An indented line under a bullet or numbered item continues it when the item was cut mid-phrase
    // ("2. Father will complete the training within" / "   10 days of the start date."), or when it is laid
    // out as a hard wrap lays it: starting just where the item's text does, with a first word that would
    // not have fitted on the line above in the note's widest line ("1. VRC will send the authorization to
    // Tallgrass Employment" / "   Partners by 02/20/2026."); "3. Pre-ETS referrals" / "   KL will ..." is a note under a title.
    const marker = previous ? BULLET.exec(previous.line) : null;
    const hanging = !!marker && indent === (previous!.indent ?? -1) + marker[0].length && (previous!.end ?? 0) + 1 + firstOf(line).length > width;
    const cut = previous && !ENDS_SENTENCE.test(previous.line) && (MID_PHRASE.test(previous.line) || startsLower(line) || hanging);
    if (previous && cut && marker && indent > 0 && !BULLET.test(line) && !CHECKBOX.test(line)) {
      units.length = previous.units;
      paragraph = previous.paragraph;
      const joined = `${previous.line} ${line}`;
      previous = { line: joined, units: units.length, paragraph: [...paragraph], indent: previous.indent, end: raw.trimEnd().length };
      readLine(joined);
      return;
    }
    previous = { line, units: units.length, paragraph: [...paragraph], indent, end: raw.trimEnd().length };
    readLine(line);
  });
  closeGridRow();
  closeRecord();
  flush();
  return withVoiceNamed(units, unnamedVoices(units, anonymousVoices, voices));
}

/**
 * The labels of a transcript's voices that nobody named ("Speaker 3"), as the units show them. The first
 * turns of a voice named later ("Keisha, can you send me the dates?" before its second turn) are that person's.
 */
function unnamedVoices(units: Unit[], anonymous: Set<string>, voices: Map<string, string>): Set<string> {
  const unnamed = new Set<string>();
  for (const u of units) {
    if (!u.speaker || !anonymous.has(u.speaker)) continue;
    const named = voices.get(u.speaker.toLowerCase());
    if (named) u.speaker = named;
    else unnamed.add(u.speaker);
  }
  return unnamed;
}

/**
 * One voice nobody named in a meeting where one family member ("Dad") is talked about but never speaks
 * under a name: the voice is theirs ("I'll send Dad the sign-up form" / "Speaker 3: That works ...").
 */
function withVoiceNamed(units: Unit[], unnamed: Set<string>): Unit[] {
  if (unnamed.size !== 1) return units;
  const label = [...unnamed][0]!;
  const voices = new Set(units.map((u) => u.speaker?.toLowerCase()));
  const talkedOf = new Set<string>();
  for (const u of units) {
    if (!u.speaker || u.speaker === label) continue;
    for (const w of words(u.text)) {
      const token = [...w].filter((c) => c.toLowerCase() !== c.toUpperCase()).join('');
      if (token && !startsLower(token) && isRole(token) && !voices.has(token.toLowerCase())) talkedOf.add(token.toLowerCase());
    }
  }
  if (talkedOf.size !== 1) return units;
  const [role] = [...talkedOf];
  const name = role![0]!.toUpperCase() + role!.slice(1);
  for (const u of units) if (u.speaker === label) u.speaker = name;
  return units;
}
