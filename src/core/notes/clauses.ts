// Reading one clause of notes: who committed to what. Dates are cut out before this runs.
import { OWNERS_RE, isPlausibleOwner, splitOwners } from './owners.js';
import { STATE_VERBS, firstWord, startsWithTaskVerb } from './verbs.js';

export interface ClauseContext {
  /** The line sits under an action heading, carries an ACTION/TODO marker or an open checkbox. */
  listed: boolean;
  /** Owner named by the line itself (ACTION (Tom): ..., a "Speaker:" prefix for "I"). */
  speaker?: string;
  /** The last owner named in this paragraph, for "he"/"she". */
  lastOwner?: string[];
}

export interface Commitment {
  owners: string[];
  task: string;
}

const MODAL =
  "(?:will\\s+(?:also\\s+)?(?:be\\s+(?=\\w+ing\\b))?|(?:'|’)ll\\s+|to\\s+|(?:is|are)\\s+going\\s+to\\s+|(?:has\\s+|have\\s+)?(?:agreed|volunteered|offered|committed|promised|plans?|planned)\\s+to\\s+|needs?\\s+to\\s+|(?:has|have)\\s+to\\s+|must\\s+|should\\s+|(?:is|are)\\s+to\\s+|can\\s+|(?:will\\s+be|is|are)\\s+(?:responsible\\s+for|in\\s+charge\\s+of)\\s+|(?:will\\s+)?take\\s+(?:the\\s+)?lead\\s+on\\s+)";
const REPORT_VERB = '(?:said|says|mentioned|noted|confirmed|promised|agreed|offered|indicated|stated|told\\s+us|let\\s+us\\s+know|volunteered)';
const PRONOUN_MODAL = "(?:he|she|they|we)\\s*(?:'d|’d|'ll|’ll|\\s+would|\\s+will|\\s+can|\\s+(?:is|are|was|were)\\s+going\\s+to)\\s+";

const RE = {
  iWill: /^(?:and\s+|also\s+|then\s+)?I\s*(?:'ll|’ll|\s+will|\s+can|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|\s+need\s+to|\s+have\s+to|\s+plan\s+to|\s+agreed\s+to|\s+volunteered\s+to|\s+offered\s+to)\s+(?:also\s+)?(.+)$/,
  pronoun: /^(?:and\s+|also\s+|then\s+)?(?:he|she|they)\s*(?:'ll|’ll|\s+will|\s+is\s+going\s+to|\s+are\s+going\s+to|\s+agreed\s+to|\s+offered\s+to|\s+needs?\s+to)\s+(?:also\s+)?(.+)$/i,
  said: new RegExp(`^(${OWNERS_RE})(?:\\s+[^.;]*?(?:,|\\s+and))?\\s+${REPORT_VERB}\\s+(?:that\\s+)?${PRONOUN_MODAL}(?:also\\s+)?(.+)$`),
  modal: new RegExp(`^(?:and\\s+|also\\s+|then\\s+)?(${OWNERS_RE})\\s*(?:,\\s*)?(?:also\\s+)?${MODAL}(?:also\\s+)?(.+)$`),
  askYou: new RegExp(`^(${OWNERS_RE})\\s*[,:\\-–—]?\\s+(?:can|could|would|will)\\s+you\\s+(?:please\\s+)?(.+?)\\??$`),
  askThem: new RegExp(`^(?:can|could|would)\\s+(${OWNERS_RE})\\s+(?:please\\s+)?(.+?)\\?$`, 'i'),
  please: new RegExp(`^(${OWNERS_RE})\\s*[,:\\-–—]\\s*please\\s+(.+)$`),
  mentionLed: /^((?:<@[A-Z0-9]+(?:\|[^>]+)?>|@[\w][\w.-]*)(?:\s*(?:,|and|&|\/)\s*(?:<@[A-Z0-9]+(?:\|[^>]+)?>|@[\w][\w.-]*))*)\s*[,:\-–—]?\s*(?:please\s+)?(.+)$/,
  ownerVerb: new RegExp(`^(${OWNERS_RE})\\s+(.+)$`),
  colonOwner: new RegExp(`^(${OWNERS_RE})\\s*(?::|\\s[-–—])\\s*(.+)$`),
  trailingOwner: new RegExp(`^(.+?)\\s*(?:[-–—:]\\s*|\\(\\s*)(?:owner:?\\s*|assigned\\s+to:?\\s*|lead:?\\s*)?(${OWNERS_RE})\\s*\\)?\\s*[.,;]?$`),
};

const TENTATIVE = /\b(?:might|maybe|perhaps|possibly|at some point|some ?day|consider(?:ing)?|thinking about|would be nice|would like|hopes? to|wants? to|if (?:there is|we have) time)\b/i;
const DONE_MARK = /\b(?:already|done|completed|finished)\b\s*[).!]?\s*$|^\s*(?:done|completed|finished)\b|✅|✔|\balready\b/i;

function commit(ownerPhrase: string[], task: string): Commitment | null {
  const owners = ownerPhrase.filter(isPlausibleOwner);
  if (owners.length === 0 || owners.length !== ownerPhrase.length) return null;
  return { owners, task };
}

/** The commitment a clause states, or null when it is a report, a decision, a musing or done. */
export function readClause(clause: string, ctx: ClauseContext): Commitment | null {
  const text = clause
    .trim()
    .replace(/^[*_"“]+|[*_"”]+$/g, '')
    .replace(/^(?:also|and|so|oh and|plus|lastly|finally)\s*,?\s+/i, '')
    .trim();
  if (!text || TENTATIVE.test(text) || DONE_MARK.test(text)) return null;
  const result = match(text, ctx);
  if (!result) return null;
  const verb = firstWord(result.task);
  if (!verb || STATE_VERBS.has(verb)) return null;
  return result;
}

function match(text: string, ctx: ClauseContext): Commitment | null {
  let m: RegExpExecArray | null;
  if ((m = RE.iWill.exec(text))) return { owners: [ctx.speaker ?? 'I'], task: m[1]! };
  if ((m = RE.pronoun.exec(text)) && ctx.lastOwner?.length) return { owners: ctx.lastOwner, task: m[1]! };
  if ((m = RE.said.exec(text))) return commit(splitOwners(m[1]!), m[2]!);
  if ((m = RE.askYou.exec(text)) || (m = RE.askThem.exec(text)) || (m = RE.please.exec(text))) {
    return commit(splitOwners(m[1]!), m[2]!);
  }
  if ((m = RE.modal.exec(text))) {
    const c = commit(splitOwners(m[1]!), m[2]!);
    if (c) return c;
  }
  if ((m = RE.mentionLed.exec(text)) && startsWithTaskVerb(m[2]!.replace(/^(?:can|could)\s+you\s+/i, ''))) {
    return { owners: splitOwners(m[1]!), task: m[2]!.replace(/^(?:can|could)\s+you\s+/i, '') };
  }
  if (!ctx.listed) return null;
  if ((m = RE.ownerVerb.exec(text)) && startsWithTaskVerb(m[2]!)) {
    const c = commit(splitOwners(m[1]!), m[2]!);
    if (c) return c;
  }
  if ((m = RE.colonOwner.exec(text)) && startsWithTaskVerb(m[2]!)) {
    const c = commit(splitOwners(m[1]!), m[2]!);
    if (c) return c;
  }
  if ((m = RE.trailingOwner.exec(text)) && startsWithTaskVerb(m[1]!)) {
    const c = commit(splitOwners(m[2]!), m[1]!);
    if (c) return c;
  }
  if (startsWithTaskVerb(text)) return { owners: ctx.speaker && ctx.speaker !== 'I' ? [ctx.speaker] : [], task: text };
  return null;
}

const OWNERS_ONLY = new RegExp(`^(?:${OWNERS_RE})$`);

/** Splits "Tom will call VR and Ana will email the school" into two clauses. */
export function splitClauses(sentence: string): string[] {
  const boundary = new RegExp(
    `(;\\s*|,?\\s+(?:and|while|then|but)\\s+|,\\s+)(?=(?:I\\s*(?:'ll|’ll|\\s+will)|(?:${OWNERS_RE})\\s+${MODAL}))`,
  );
  const pieces = sentence.split(boundary);
  // pieces alternate text, separator, text...; a piece that is only a name joins the next ("Ana, Tom and Lee will").
  const out: string[] = [];
  let carry = '';
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = carry + pieces[i]!;
    if (OWNERS_ONLY.test(piece.trim()) && i + 2 < pieces.length) {
      carry = piece + pieces[i + 1]!;
      continue;
    }
    carry = '';
    if (piece.trim()) out.push(piece.trim());
  }
  return out;
}
