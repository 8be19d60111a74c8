// Words that start an imperative task ("send the packet"), and verbs that describe a state or a goal
// rather than a task someone can finish ("focus on retail", "continue at the store").

export const TASK_VERBS = new Set(
  (
    'send email e-mail call phone text message schedule reschedule set book arrange organize organise plan submit ' +
    'complete fill file follow reach contact share review draft write rewrite update check ask request get obtain ' +
    'bring take drop pick book confirm register apply sign upload download print mail fax scan tour visit meet ' +
    'research find look gather collect provide prepare invite connect refer enroll enrol coordinate order make add ' +
    'create talk discuss explore identify forward post attend return give help set-up setup start begin finish ' +
    'draft edit revise send-out run pull compile locate secure sort line notify remind tell let inform introduce ' +
    'loop cc update translate document record note list map price compare research practice practise interview ' +
    'observe assess evaluate test screen sign-up signup renew replace recheck verify double-check doublecheck ' +
    'hand deliver drive transport accompany escort cover host lead facilitate present train teach show walk ' +
    'invite recruit assign ensure confirm close open write-up send over put post pay fund purchase buy ' +
    'request obtain get-in touch ping nudge chase flag escalate reconvene convene decide determine figure work ' +
    'provide outline summarize summarise bring reply respond answer approve authorize authorise release ' +
    'transfer move copy email-out read study tally enter ' +
    // The shorthand of typed-up notes: "f/u w/ DVR", "sched the visit", "req the OT eval".
    'f/u sched resched req coord'
  ).split(' '),
);

export const STATE_VERBS = new Set(
  (
    'focus continue remain stay keep graduate turn benefit qualify likely probably still need needs have has be ' +
    'not no never want wants like prefer love hope enjoy struggle feel seem appear age'
  ).split(' '),
);

/** Lower case at the start (a to z): a word that goes on a sentence, or a verb rather than a name. */
export const startsLower = (text: string): boolean => text[0] !== undefined && text[0] >= 'a' && text[0] <= 'z';

/** The word without a doubled final letter: "stopp" -> "stop". */
export const undoubled = (w: string): string => (w.at(-1) === w.at(-2) ? w.slice(0, -1) : w);

/** A run of white space. */
export const SPACE_RUN = /\s+/g;

/** The words of a text, split at white space. */
export const words = (text: string): string[] => text.trim().split(SPACE_RUN);

/** The text with every run of white space as one space (not trimmed). */
export const oneSpaced = (text: string): string => text.replace(SPACE_RUN, ' ');

/** The first word in lower case, without the stop or comma after it ("Dana to confirm." -> "confirm"). */
export function firstWord(text: string): string {
  return (words(text)[0] ?? '').toLowerCase().replace(/[.,;!?]+$/, '');
}

/**
 * "co-lead", "re-send", "pre-register": a prefixed task verb is a task verb; so is a word built to be a
 * verb ("finalize", "prioritise", "clarify"), which no list of verbs can hold in full.
 */
export function isTaskVerb(word: string): boolean {
  const w = word.replace(/^(?:co|re|pre)-/, '');
  return TASK_VERBS.has(word) || TASK_VERBS.has(w) || /^[a-z]{3,}(?:ize|ise|ify)$/.test(w);
}

/**
 * The task verb a word is an inflection of, through one of `endings`: "scheduling" -> "schedule",
 * "planned" -> "plan", "applies" -> "apply", "re-giving" -> "re-give". A task verb is its own base.
 */
export function verbBase(word: string, endings: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (isTaskVerb(w)) return w;
  for (const ending of endings) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    const undoubledStem = undoubled(stem);
    const y = stem.endsWith('i') ? `${stem.slice(0, -1)}y` : stem;
    const base = [stem, `${stem}e`, undoubledStem, y].find(isTaskVerb);
    if (base) return base;
  }
  return null;
}

/** "re-giving" -> "re-give", "scheduling" -> "schedule": the task verb a gerund is made from, if any. */
export const gerundBase = (word: string) => verbBase(word, ['ing']);

/** "keep practicing the route", "continue to check in": ongoing work, a task when the activity is one. */
const ONGOING = /^(?:keep|continue)\s+(?:to\s+)?([a-z-]+)/i;

export function isOngoingTask(text: string): boolean {
  const ongoing = ONGOING.exec(text.trim());
  return !!ongoing && !!gerundBase(ongoing[1]!);
}

export const startsWithTaskVerb = (text: string) => isTaskVerb(firstWord(text)) || isOngoingTask(text);

/** Words that open a status or a note rather than an order ("Tom: out sick", "Ana: the form is in"). */
export const NOT_IMPERATIVE = new Set(
  (
    'the a an this that these those his her their our my its no not out all still is are was were has had ' +
    'will would can could should may might just also only already very too so and or but if when then ' +
    'there here it he she they we you i me nothing everything something ok okay yes fyi re per'
  ).split(' '),
);

/**
 * After an owner set apart on a to-do line ("Kim -- build the lesson"), the task is an order; any
 * lower-case word that reads as a base verb starts one, not only the verbs listed above.
 */
export function looksImperative(text: string): boolean {
  // A known task verb is one capitalised too ("Naomi Reyes – Request the evaluation"); another
  // capitalised word is more likely a name.
  if (startsWithTaskVerb(text)) return true;
  const word = /^[a-z][a-z-]*/.exec(text.trim())?.[0];
  if (!word) return false;
  if (NOT_IMPERATIVE.has(word) || STATE_VERBS.has(word)) return false;
  // Past tense, gerunds and third-person forms report or describe ("called", "waiting", "needs").
  return !/(?:ed|ing|[^su]s)$/.test(word);
}
