// Reading one clause of notes: who committed to what. Dates are cut out before this runs.
import { MENTION, OWNERS_ONLY, OWNERS_RE, anyCase, isPlausibleOwner, looksLikePerson, splitOwners } from './owners.js';
import { NOT_IMPERATIVE, STATE_VERBS, firstWord, gerundBase, isOngoingTask, looksImperative, startsLower, startsWithTaskVerb, verbBase, words } from './verbs.js';

export interface ClauseContext {
  /** The clause (or its sentence) carries a date that resolved to a day. */
  dated?: boolean;
  /** That date is a deadline ("by 3/12", "due Friday"), not a day that may name the event. */
  deadline?: boolean;
  /** The whole sentence the clause came from, for context that a clause split cuts off ("As an adult, ..."). */
  sentence?: string;
  /** The clause's timing is vague ("in the fall", "after graduation"). */
  vague?: boolean;
  /** The line sits under an action heading, carries an ACTION/TODO marker or an open checkbox. */
  listed: boolean;
  /** The line is a bullet or numbered item. */
  bullet?: boolean;
  /** Owner named by the line itself (ACTION (Tom): ..., a "Speaker:" prefix for "I"). */
  speaker?: string;
  /** The line is one person's turn under their name (a chat header, a round robin's "KEISHA (DVRS)"). */
  voiced?: boolean;
  /** The one person an email is addressed to: "could you send ...?" without a name asks them. */
  addressee?: string;
  /** The last owner named in this paragraph, for "he"/"she". */
  lastOwner?: string[];
  /** The date phrase the clause carries ("by Friday", "this week"). */
  dueText?: string;
  /** The clause is the step after an arrow ("paratransit app → Grandma getting the Dr's sig"): "X doing Y" assigns. */
  step?: boolean;
  /** Whether the note itself treats a capitalised owner as a person (rules.ts personOfNote); any when not given. */
  person?: (owner: string) => boolean;
}

export interface Commitment {
  owners: string[];
  task: string;
}

const MODAL =
  "(?:(?:will\\s+be|is|are)\\s+(?:also\\s+)?(?:responsible\\s+for|in\\s+charge\\s+of)\\s+|will\\s+(?:also\\s+)?(?:be\\s+(?=\\w+ing\\b))?|(?:'|’)ll\\s+|to\\s+|(?:is|are)\\s+going\\s+to\\s+|(?:has\\s+|have\\s+)?(?:agreed|volunteered|offered|committed|promised|plans?|planned)\\s+to\\s+|needs?\\s+to\\s+|shall\\s+|(?:has|have)\\s+to\\s+|must\\s+|should\\s+|(?:is|are)\\s+to\\s+|can\\s+|(?:will\\s+be|is|are)\\s+(?:responsible\\s+for|in\\s+charge\\s+of)\\s+|(?:will\\s+)?take\\s+(?:the\\s+)?lead\\s+on\\s+)";
const REPORT_VERB = '(?:said|says|mentioned|noted|confirmed|promised|agreed|offered|indicated|stated|told\\s+us|let\\s+us\\s+know|volunteered)';
const PRONOUN_MODAL = "(?:he|she|they|we)\\s*(?:'d|’d|'ll|’ll|\\s+would|\\s+will|\\s+can|\\s+(?:is|are|was|were)\\s+going\\s+to)\\s+";

const RE = {
  // "I'll send ...", "she's going to ...": the writer (or the speaker), or the person last named.
  iWill: /^(?:and\s+|also\s+|then\s+)?(I|he|she|they)\s*(?:'ll|’ll|\s+will|\s+can|\s+am\s+going\s+to|'m\s+going\s+to|’m\s+going\s+to|\s+(?:is|are)\s+going\s+to|\s+needs?\s+to|\s+have\s+to|\s+plan\s+to|\s+agreed\s+to|\s+volunteered\s+to|\s+offered\s+to|\s+gotta|\s+got\s+to|(?:'ve|’ve|\s+have)\s+got\s+to|\s+must)\s+(?:also\s+)?(?:remember\s+to\s+|make\s+sure\s+to\s+)?(.+)$/i,
  // "Hollis walked us through the form and agreed to send it ...": a promise after another verb of the same person.
  said: new RegExp(`^(${OWNERS_RE})(?:\\s+[^.;]*?(?:,|\\s+and))?(?:\\s+also)?\\s+(?:${REPORT_VERB}\\s+(?:that\\s+)?${PRONOUN_MODAL}|(?:agreed|offered|promised|volunteered)\\s+to\\s+)(?:also\\s+)?(.+)$`),
  modal: new RegExp(`^(?:and\\s+|also\\s+|then\\s+)?(${OWNERS_RE})\\s*(?:,\\s*)?(?:also\\s+)?(${MODAL})(?:also\\s+)?(.+)$`),
  // "Tom, can you send ...?", "Ana - please call ...": a request addressed to a person.
  // "Sam, you said you'd match R.N. with a mentor", "Ana, you'll call ...", "Jordan, as we discussed, you're
  // confirming the slot": what the person addressed takes on ("Carla, you're doing the visit?" only asks).
  askYou: new RegExp(
    `^(${OWNERS_RE})(?:,\\s*as\\s+[^,]{1,40},)?\\s*(?:[,:\\-–—]?\\s+(?:(?:can|could|would|will)\\s+you\\s+(?:please\\s+|mind\\s+|be\\s+able\\s+to\\s+)?|you\\s*(?:'ll|’ll|\\s+will|\\s+said\\s+you\\s*(?:'d|’d|\\s+would)|(?:'re|’re|\\s+are)\\s+(?:going\\s+to|(?=[a-z]+ing\\s[^?]*$)))\\s*)|(?:[,:\\-–—]\\s*|\\s+)please\\s+)(.+?)\\??$`,
  ),
  // "To do that I need Mr. Haskins to get me the psych eval", "Let's have Jasmine from Piedmont pick up the
  // fade plan": what the writer needs, or has, someone do is theirs.
  needSomeone: new RegExp(
    `^(?:[^,.;]{0,30}?\\s)?(?:(?:I|we)\\s+(?:still\\s+|really\\s+)?need|[Ll]et['’]?s\\s+have,?)\\s+(${OWNERS_RE})(?:\\s+(?:from|at|with)\\s+(?:[A-Z][\\wÀ-ɏ&'’.-]*\\s+){1,4})?\\s+(?:to\\s+)?(.+)$`,
  ),
  // "can u get Part B signed?": a text message spells "you" "u".
  askAddressee: /^(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|be\s+able\s+to\s+)?(.+?)\?(?=\s|$)/i,
  mentionLed: /^(@[\wÀ-ɏ][\wÀ-ɏ.-]*(?:\s+[A-Z][\wÀ-ɏ'’-]+(?=\s*[,:\-–—]))?(?:\s*(?:,|and|&|\/)\s*@[\wÀ-ɏ][\wÀ-ɏ.-]*)*)\s*[,:\-–—]?\s*(?:please\s+|(?:can|could)\s+(?:you|u)\s+|(?:don[’']?t|do not)\s+forget\s+to\s+|remember\s+to\s+)?(.+)$/,
  ownerVerb: new RegExp(`^(${OWNERS_RE})\\s+(.+)$`),
  // An owner set apart by a colon or a dash ("Marcus: schedule ..."), or by the arrow of typed-up notes
  // ("PN -> send the invite", "Mom → call SSA re: SSI"; the arrow is captured).
  ownerThenTask: new RegExp(`^(${OWNERS_RE})\\s*(?:(-+>|→|=>)|:|\\s(?:--?|[–—]))\\s*(.+)$`),
  // "Send the camp list to families @Dana Alvarez": a Teams recap puts the assignees' handles last.
  trailingMentions: new RegExp(`^(.+?)\\s+(${MENTION}(?:\\s*(?:,|and|&)?\\s*${MENTION})*)[\\s.,;]*$`),
  trailingOwner: new RegExp(`^(.+?)\\s*(?:[-–—:]\\s*|\\(\\s*)(?:owner:?\\s*|assigned\\s+to:?\\s*|lead:?\\s*)?(${OWNERS_RE})\\s*\\)?(?:\\s+[-–—]\\s*(?:due:?\\s+|by\\s+)?[\\w/ ,.]{0,20})?\\s*[.,;]?$`),
};

/** "sure,", "Yes —", "sounds good.", "Btw", "Right,", spoken "okay so I'll" before the commitment in a chat reply ("Yep will do" is the speaker's "will do"). */
export const INTERJECTION =
  /^(?:sure(?:\s+thing)?|yes|yep|yeah|ok|okay|will do|sounds good|no problem|absolutely|of course|definitely|great|got it|perfect|on it|happy to help|btw|right|confirmed|ugh|ha)\b(?:[\s,!.:;—–\-\p{Extended_Pictographic}\uFE0F]*[,!.:;—–\-\p{Extended_Pictographic}]\s*|\s+(?=(?:so\s+|then\s+)?I\b|will\b))/iu;
/**
 * Words that open a clause without changing who does what ("also", "and so"); so does where the speaker
 * stands ("So on my end I'll ...", "From our side, we ...").
 */
// A reaction that opens a text message ("👍 also can u get ...") is no word of it.
const LEAD_IN = /^[\p{Extended_Pictographic}\uFE0F\s]*(?:(?:(?:also|and|so|oh and)\s+)?(?:(?:on|from)\s+(?:my|our|your)\s+(?:end|side)|also|and|so|oh and|plus|lastly|finally|additionally|in addition)\s*,?\s+)?/iu;
const TITLE_NAME = "(?:(?:Ms|Mr|Mrs|Mx|Dr|Miss|Coach|Prof)\\.?\\s+)?[A-Z][\\wÀ-ɏ'’.-]*(?:\\s+[A-Z][\\wÀ-ɏ'’.-]*){0,2}";
/** "The parent, Mrs. G., will ..." and "Mrs. G., the parent, will ...": the name is the owner. */
const ROLE_THEN_NAME = new RegExp(`^(?:the|our|his|her|their)\\s+[\\w'’ -]{2,40}?,\\s+(${TITLE_NAME}),\\s*(?=\\S)`, 'i');
const ROLE_WORD =
  '(?:counselor|counsellor|coordinator|teacher|psychologist|coach|manager|specialist|director|representative|rep|liaison|therapist|nurse|advocate|principal|worker|provider|parent|mother|father|mom|dad|guardian|grandmother|grandfather)';
const NAME_THEN_ROLE = new RegExp(`^(${TITLE_NAME}),\\s+(?:(?:the|our|his|her|their|a)\\s+[\\w'’ -]{2,40}?|(?:[A-Z]{2,5}\\s+)?[a-z][a-z'’ -]{2,40}?|(?:[A-Z][\\w-]*\\s+){0,3}${anyCase(ROLE_WORD)}),\\s*(?=[a-z])`);
/** "VR counselor Mr. Baptiste will ...", "Job coach Sam will ...": the name after the job title is the owner. */
const ROLE_BEFORE_NAME = new RegExp(
  `^(?:(?:the|our)\\s+)?(?:[A-Z]{2,5}\\s+)?(?:[A-Za-z][a-z-]+\\s+){0,2}${ROLE_WORD}\\s+(?=(?:(?:Ms|Mr|Mrs|Mx|Dr)\\.?\\s+)?[A-Z][\\wÀ-ɏ'’.-]*(?:\\s+[A-Z][\\wÀ-ɏ'’.-]*){0,2}\\s+(?:will|is|agreed|to)\\b)`,
);
/** A student's general future ("in college, she will ask for accommodations herself") rather than a task. */
const GENERAL_FUTURE =
  /\b(?:in college|at college|as an adult|after (?:high school|graduation|she graduates|he graduates|they graduate)|once (?:she|he|they) (?:turns?|graduates?|starts?|leaves?)|when (?:she|he|they) (?:turns?|graduates?|starts?|leaves?|gets?)|on (?:her|his|their) own|(?:her|him|them)sel(?:f|ves))\b/i;
/** Present tense with a date is a plan: "Ana starts the work experience on June 15". */
const PRESENT_3S = new RegExp(`^(${OWNERS_RE})\\s+([a-z]+s)\\s+(\\S.*)$`);
/**
 * A plan in the progressive with a date: "Ray is doing a travel training eval on 10/6", "Ray's adding two
 * sessions before 6/1"; after an arrow the "is" may go ("→ Keisha doing the IPE amendment, 5/21").
 */
const SPAN = /\b(?:week|month|year|semester)\b/i;
const CONTRACTED_IS = /^([A-Z][\wÀ-ɏ.-]*)['’]s\s+(?=[a-z]{2,}ing\s)/;
const PROGRESSIVE = new RegExp(`^(${OWNERS_RE})(\\s+(?:is|are)|['’]s)?\\s+([a-z]{2,}ing)\\s+(\\S.*)$`);
/** "The Summary of Performance will be completed by Mr. Okafor", "The resume is to be sent to the coach by K.L.": the agent owns the task. */
const PASSIVE_AGENT = new RegExp(
  `^(?:[Tt]he\\s+|[Aa]n?\\s+|[Hh]er\\s+|[Hh]is\\s+)?(.+?)\\s+(?:will|shall|is\\s+to|are\\s+to)\\s+be\\s+([a-z]+)((?:\\s+(?:to|with|for|at)\\s+[^,;]+?)?)\\s+by\\s+(${OWNERS_RE})[\\s.;,!]*$`,
);
const IRREGULAR: Record<string, string> = {
  sent: 'send', written: 'write', given: 'give', taken: 'take', brought: 'bring', made: 'make', done: 'do', sought: 'seek',
  held: 'hold', led: 'lead', found: 'find', shown: 'show', got: 'get', gotten: 'get', set: 'set', put: 'put',
};

const participleBase = (word: string) => IRREGULAR[word.toLowerCase()] ?? verbBase(word, ['ed']);

const HAVE_THERE = /^have\s+((?:the|a|an|his|her|their|my|our|those|these|that|this)\s+.+?\s+(?:out|ready|done|back|over|in)\b)/i;
/** "have X written up", "have the packet sent": a task someone will have finished. */
const CAUSATIVE = /^have\s+(.+?)\s+([a-z]+)(\s+(?:up|out|in|over|back|off))?$/i;

const HABITUAL = new Set(['works', 'lives', 'likes', 'loves', 'needs', 'wants', 'has', 'is', 'does', 'goes', 'turns', 'keeps']);

const baseVerb = (word: string) => verbBase(word, ['es', 's']);

/**
 * A clause that commits no one: a musing ("might", "would be nice", "he said he'd think abt it"), an
 * offer that waits on someone's wish ("if we have time", "if the family wants it"), or work reported
 * done ("already", "completed", "✅"). "please get that done", "have it finished" ask for the work; they
 * report nothing done. A council's "MOTION (Grant/Ellery) to approve ..." is put to a vote: a decision, no one's task.
 */
// "the applicants who might fit": a hedge inside a relative clause qualifies a noun, not the promise.
const NOT_COMMITTED =
  /\b(?<!\b(?:who|which)\s+)might\b|\b(?:maybe|perhaps|possibly|probably|at some point|some ?day|consider(?:ing)?|think(?:ing)? (?:about|abt)|would be nice|would like|hopes? to|(?<!\b(?:who|which)\s)wants? (?:to|it)|if (?:there is|we have) time)\b|(?<!\b(?:get|have|be)\s+(?:\w+\s+)?)\b(?:already|done|completed|finished)\b\s*[).!]?\s*$|^\s*(?:done|completed|finished)\b|✅|✔|\balready\b|\band\s+(?:she|he|they|we|I)\s+did\b|^\s*(?:a\s+)?motion\b/i;

/** "I'll book the class at PMCC, probably a session in early June": a hedge after the promise is about its detail, not the promise. */
const HEDGED_DETAIL = /,\s*(?:probably|maybe|possibly|perhaps)\b[^,;.!?]*[.!]?$/i;

function commit(ctx: ClauseContext, ownerPhrase: string[], task: string): Commitment | null {
  const owners = ownerPhrase.filter((o) => isPlausibleOwner(o) && (o === ctx.addressee || (ctx.person?.(o) ?? true)));
  if (owners.length === 0 || owners.length !== ownerPhrase.length) return null;
  return { owners, task };
}

/** The commitment a clause states, or null when it is a report, a decision, a musing or done. */
export function readClause(clause: string, ctx: ClauseContext): Commitment | null {
  const text = clause
    .trim()
    .replace(LEAD_IN, '')
    .replace(INTERJECTION, '')
    .replace(LEAD_IN, '')
    .replace(ROLE_THEN_NAME, '$1 ')
    .replace(NAME_THEN_ROLE, '$1 ')
    .replace(ROLE_BEFORE_NAME, '')
    // "Grandma's going to call Jolene": the name's "'s" is "is" before "going to" or a verb in -ing.
    .replace(CONTRACTED_IS, '$1 is ')
    .trim();
  if (!text || NOT_COMMITTED.test(text.replace(HEDGED_DETAIL, ''))) return null;
  // "ST-2210 plans to study design in the fall" is a goal for the student's future, not a task from this meeting.
  // (Read by the modal reader: "plans to" is one of its modals.)
  if (ctx.vague && RE.modal.exec(text)?.[2]!.includes('plan')) return null;
  if (!ctx.dated && GENERAL_FUTURE.test(futureScope(clause, text, ctx.sentence))) return null;
  // "IEP: Dana will update the goals": a topic named before the sentence that commits.
  const topic = TOPIC.exec(text);
  const result = match(text, ctx) ?? (topic ? match(topic[1]!, ctx) : null);
  // "tour the CIL - done 2/3 (Sam)": the task, once its owner and date are off, says it is finished.
  if (result) result.task = result.task.replace(HEDGED_DETAIL, '');
  if (!result || NOT_COMMITTED.test(result.task)) return null;
  // "responsible for scheduling the tour" -> "schedule the tour".
  const gerund = /^([a-z]+ing)\b/i.exec(result.task);
  const base = gerund ? gerundBase(gerund[1]!) : null;
  if (base && gerund![1]!.toLowerCase() !== base) result.task = base + result.task.slice(gerund![1]!.length);
  // "have the travel plan written up" -> "write up the travel plan": what gets done is the task (a
  // participle, not a noun: "have the schedule" stays).
  const caused = CAUSATIVE.exec(result.task);
  const done = caused ? participleBase(caused[2]!) : null;
  // "have the job shadow set up": a participle spelt as its verb ("set", "put") is one too.
  if (done && (done !== caused![2]!.toLowerCase() || IRREGULAR[done])) result.task = `${done}${caused![3] ?? ''} ${caused![1]}`;
  // "have the letters out by 1/15", "have the draft ready": getting the thing there is the task ("have time" is no task).
  result.task = result.task.replace(HAVE_THERE, 'get $1');
  const verb = firstWord(result.task);
  if (!verb) return null;
  if (STATE_VERBS.has(verb) && !isOngoingTask(result.task) && !(verb === 'have' && hasSomeoneDo(result.task))) return null;
  return result;
}

/**
 * "have J.T. complete the profiler", "have K.W. and D.L. fill out the form", "have the case manager send
 * the release": getting someone (named, or a role with its article) to do a task is one. "have a plan
 * ready" is not.
 */
function hasSomeoneDo(task: string): boolean {
  const w = words(task);
  const byRole = DETERMINER.test(w[1] ?? '');
  for (let k = 2; k < Math.min(w.length, SOMEONE_WORDS + 2); k++) {
    const who = w.slice(1, k);
    const named = who.every((x) => !startsLower(x) || x === 'and' || x === '&');
    if (!named && !(byRole && who.slice(1).every(startsLower))) return false;
    if ((named || k > 2) && startsLower(w[k]!) && startsWithTaskVerb(w.slice(k).join(' '))) return true;
  }
  return false;
}

const DETERMINER = /^(?:the|his|her|their|our|your|my|a|an)$/;
/** How many words the person made to do the task may take ("the case manager", "K.W. and D.L."). */
const SOMEONE_WORDS = 4;

/**
 * Where a general future is looked for: the clause and what leads into it ("As an adult, ST-2210 will
 * ..."), but not an earlier clause about someone else ("A.D. wants to live on his own after graduation,
 * and Gwen will meet with him ...").
 */
function futureScope(clause: string, text: string, sentence: string | undefined): string {
  if (!sentence) return text;
  const at = sentence.indexOf(clause.trim().slice(0, 20));
  const before = at > 0 ? sentence.slice(0, at) : '';
  return before && subjectOf(before) ? text : sentence;
}

/**
 * A short topic label and a colon before a whole sentence: "IEP: Dana will ...", a case note's "P: VRC Lamb will ...", "Job shadow: Lena
 * will ...". A label that says what kind of line it is ("Decision:", "FYI:", "Update:") is no topic.
 */
const TOPIC = /^(?!\W*(?:decisions?|decided|agreed|agreements?|fyi|notes?|updates?|status|questions?|discussion|parking lot)\b)[^:;.!?]{1,40}:\s+(\S.*)$/i;

const YOU_SAID = /^you\s+(?:said|mentioned|offered|agreed|promised)\s+(?:that\s+)?you\s*(?:'d|’d|\s+would|'ll|’ll|\s+will)\s+(.+)$/i;

/** A lower-case noun phrase ("referral packets for ..."), not a greeting, thanks or a verb in -ed or -ing. */
const NOUN_TASK = /^(?!(?:thanks?|congrats|welcome|great|nice|good|glad|sorry|hi|hey|hello|fyi|re|said|says|told|asked|went|got|did|made|sent|wants|needs)\b)[a-z][a-z-]+(?<!ed|ing)\s+\S/;

/** A chat reply taking on what was just asked ("will do", "yes, on it", "I can do that"). */
const ACCEPTS = /^(?:(?:yes|yep|yeah|sure|ok|okay)\b[\s,!.]*)?(?:(?:I\s*(?:'ll|’ll|\s+will|\s+can)\s+)?(?:do|handle|take care of)\s+(?:that|it|this)|will do|can do|on it)[\s.!]*$/i;

function match(text: string, ctx: ClauseContext): Commitment | null {
  let m: RegExpExecArray | null;
  // "yes will do today": the date belongs to the request this person answers (rules.ts joins them).
  if (ctx.dated && ctx.speaker && ACCEPTS.test(text)) {
    return { owners: [ctx.speaker], task: 'do that' };
  }
  if ((m = RE.iWill.exec(text)) && m[1]!.toUpperCase() === 'I') return { owners: [ctx.speaker ?? 'I'], task: m[2]! };
  // "KEISHA (DVRS)" over "Will send the updated flyer Monday": a promise that leaves its "I" off is the writer's.
  if (ctx.voiced && ctx.dated && ctx.speaker && firstWord(text) === 'will' && (m = RE.iWill.exec(`I ${text}`))) return { owners: [ctx.speaker], task: m[2]! };
  if (m && ctx.lastOwner?.length) return { owners: ctx.lastOwner, task: m[2]! };
  if ((m = RE.said.exec(text))) return commit(ctx, splitOwners(m[1]!), m[2]!);
  if ((m = RE.needSomeone.exec(text)) && startsWithTaskVerb(m[2]!)) {
    const c = commit(ctx, splitOwners(m[1]!), m[2]!);
    if (c) return c;
  }
  if (ctx.addressee && (m = RE.askAddressee.exec(text)) && startsWithTaskVerb(m[1]!)) return commit(ctx, [ctx.addressee], m[1]!);
  // "you mentioned you'd check with the records office": in a mail, what its reader said they would do.
  if (ctx.addressee && (m = YOU_SAID.exec(text)) && startsWithTaskVerb(m[1]!)) return commit(ctx, [ctx.addressee], m[1]!);
  if ((m = RE.askYou.exec(text))) {
    return commit(ctx, splitOwners(m[1]!), m[2]!);
  }
  // A bare "X to ..." is the minutes' "Ms. Y to email ..." only when a task verb follows in lower case:
  // "Thanks to everyone", "Faded to check-ins" and "Ticket to Work" are not commitments. "X can ..." in
  // prose says what X is able to do ("Riverside can take 2 students"); on a to-do line it assigns.
  // On a listed line ("Action: Gloria to reserve the library") any base verb will do, not only the listed ones.
  const bareTo = (modal: string, task: string) => modal.trim() === 'to' && !(startsLower(task) && (ctx.listed ? looksImperative(task) : startsWithTaskVerb(task)));
  if ((m = RE.modal.exec(text)) && !bareTo(m[2]!, m[3]!) && !(m[2]!.trim() === 'can' && !ctx.listed)) {
    const c = commit(ctx, splitOwners(m[1]!), m[3]!);
    if (c) return c;
  }
  if ((m = RE.mentionLed.exec(text)) && startsWithTaskVerb(m[2]!)) {
    return { owners: splitOwners(m[1]!), task: m[2]! };
  }
  // "3) @curtis referral packets for the 6 seniors": on a list line a handle over a thing to produce hands it over.
  if (ctx.bullet && (m = RE.mentionLed.exec(text)) && NOUN_TASK.test(m[2]!) && !NOT_IMPERATIVE.has(firstWord(m[2]!)) && !STATE_VERBS.has(firstWord(m[2]!))) {
    return { owners: splitOwners(m[1]!), task: m[2]! };
  }
  if ((m = PASSIVE_AGENT.exec(text))) {
    const base = participleBase(m[2]!);
    const owners = splitOwners(m[4]!);
    if (base && owners.every(looksLikePerson)) {
      const c = commit(ctx, owners, `${base} the ${m[1]!}${m[3]!}`);
      if (c) return c;
    }
  }
  if (ctx.dated && (m = PRESENT_3S.exec(text)) && !HABITUAL.has(m[2]!)) {
    const base = baseVerb(m[2]!);
    const owners = splitOwners(m[1]!);
    if (base && owners.every(looksLikePerson)) {
      const c = commit(ctx, owners, `${base} ${m[3]!}`);
      if (c) return c;
    }
  }
  // "Owen is doing the newsletter this week" tells what is under way; "Ray is doing the eval 10/6" plans a day.
  if ((ctx.step || (ctx.dated && !SPAN.test(ctx.dueText ?? ''))) && (m = PROGRESSIVE.exec(text)) && (m[2] || ctx.step)) {
    const base = m[3] === 'doing' ? 'do' : gerundBase(m[3]!);
    if (base) {
      const c = commit(ctx, splitOwners(m[1]!), `${base} ${m[4]!}`);
      if (c) return c;
    }
  }
  // "PN -> ISP mtg invite to Dad": an arrow hands what follows to the owner, verb or not.
  // "Marcus: schedule the visit" on a bullet assigns the task wherever the list stands.
  // "Ray – bus pass renewal by 3/31" under a mail's greeting: a dash and a deadline set the line out as a to-do line.
  m = RE.ownerThenTask.exec(text);
  // "Dale: finish the summary by Friday" does the same on a line no one speaks (in a chat it is what the speaker asks).
  // On a bullet too ("* Dwight — redo the van schedule, by Fri"); words in capitals there are a title ("7. FIRST STEPS – ... (by April 9)").
  const dashed = !!m && (!ctx.bullet || m[1] !== m[1]!.toUpperCase() || words(m[1]!).length === 1) && ctx.dated && ctx.deadline && !m[2] && (!ctx.voiced || !text.slice(m[1]!.length).trimStart().startsWith(':'));
  if (m && (m[2] || ((ctx.listed || ctx.bullet || dashed) && (ctx.listed || dashed ? looksImperative(m[3]!) : startsWithTaskVerb(m[3]!))))) {
    const c = commit(ctx, splitOwners(m[1]!), m[3]!);
    if (c) return c;
  }
  // "Request a tour: Mr. Osei", "Bring the pay stubs - D.K.'s mom", "Set up the interview (Coach Lin)":
  // the owner written after the task, on a bullet or a listed line.
  if ((ctx.listed || ctx.bullet) && ((m = RE.trailingMentions.exec(text)) || (m = RE.trailingOwner.exec(text))) && startsWithTaskVerb(m[1]!)) {
    const c = commit(ctx, splitOwners(m[2]!), m[1]!);
    if (c) return c;
  }
  if (!ctx.listed) return null;
  if ((m = RE.ownerVerb.exec(text)) && startsWithTaskVerb(m[2]!)) {
    const c = commit(ctx, splitOwners(m[1]!), m[2]!);
    if (c) return c;
  }
  // "Let me know if I missed anything", "send me your edits": the writer asks the readers; no one's task.
  if (startsWithTaskVerb(text) && !/\b(?:me|us)\b/i.test(text)) return { owners: ctx.speaker && ctx.speaker !== 'I' ? [ctx.speaker] : [], task: text };
  return null;
}


/** "Mom called back re: shoes": the person a clause is about, for a "she'll ..." after it. */
export function subjectOf(clause: string): string[] | undefined {
  const m = RE.ownerVerb.exec(clause.trim());
  if (!m || !startsLower(m[2]!)) return undefined;
  const owners = splitOwners(m[1]!);
  return owners.length > 0 && owners.every(looksLikePerson) ? owners : undefined;
}

// A new clause starts where someone else commits ("and Ana will"), a pronoun picks up ("— she'll"),
// or a request is addressed to a handle ("adding one - @dana please send ...").
// A handle starts a new request only when words follow it ("- @dana please send"); "Confirm the
// interpreter — @Marco Diaz, by 5/18" names the owner of the task before the dash.
const COMMITS = `(?:(?:I|he|she|they)\\s*(?:'ll|’ll|\\s+will)|(?:(?:our|the|his|her|their)\\s+${ROLE_WORD}\\s+)?(?:${OWNERS_RE})\\s+${MODAL}|${MENTION}\\s+[a-z])`;
// "..., so Jamal is going to ...": a consequence someone takes on; "so Rosa can make it" is a purpose.
const TAKES_ON = `(?:${OWNERS_RE})\\s*(?:'ll|’ll|\\s+will|\\s+(?:is|are)\\s+going\\s+to)\\s`;
const CLAUSE_BOUNDARY = new RegExp(`((?:;\\s*|,?\\s+(?:and|while|then|but)\\s+|,\\s+|\\s+[-–—]+\\s+)(?=${COMMITS})|,?\\s+so\\s+(?=${TAKES_ON})|(?<=[A-Za-z\\d])\\s+(?=I\\s*(?:'ll|’ll|\\s+will|\\s+need\\s+to)\\s+\\S+\\s+\\S))`);

/** Splits "Tom will call VR and Ana will email the school" into two clauses. */
export function splitClauses(sentence: string): string[] {
  const pieces = sentence.split(CLAUSE_BOUNDARY);
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
