// What "it" or "them" in a task stands for: "Someone needs to book his Dial-a-Ride rides" / "that's me,
// I'll book them" books the rides; "Can someone get me a copy of her work permit?" / "I'll drop it off"
// drops off the copy; "Job application - R.H. to submit it online" submits the application.
import type { Unit } from './segment.js';
import { firstWord, words } from './verbs.js';

/**
 * The thing a sentence says is wanted: "I still need X", "Dad asked for X", "can someone get me X?", or
 * proposes: "can we do X on 1/14?" ("can you do X?" asks someone; replies.ts joins the answer to it).
 */
const WANTED = /\b(?:needs?|missing|waiting (?:on|for)|on it for|asked (?:me |us )?for|wants|get (?:me|us)|(?:can|could) we [a-z]+)\s+(?!(?:to|it|them|that|this|those|these)\b)(.+?)(?:\s*\([^)]*\))?\s*[.;?!]?$/i;
/** A line's topic before its step: "Job: Tansy Gap Hardware application - R.H. to submit it" (a dash with spaces, or an arrow). */
export const TOPIC_CUT = /\s+[-–—]+\s+|\s*(?:-{1,2}>|→|=>)\s*/;
/** Where a noun phrase after its verb stops: a comma, a clause, a date. */
const PHRASE_END = /\s*(?:[,;.?!]|\b(?:and|but|so|if|because|before|by|when)\b).*$/i;
const MAX_WORDS = 10;
/** The most words a topic (a name for a thing: "Job: hardware application", a heading, a label) has. */
export const TOPIC_WORDS = 6;

const short = (np: string | undefined): string | undefined => {
  const t = np?.trim();
  return t && words(t).length <= MAX_WORDS ? t : undefined;
};

/** The object a sentence gives the same verb ("book his rides for the first 2 wks" for "book them"). */
function sameVerbObject(verb: string, text: string): string | undefined {
  const at = new RegExp(`\\b${verb}\\s+(?!(?:it|them|that|those|these)\\b)(.+)$`, 'i').exec(text);
  return at ? short(at[1]!.replace(PHRASE_END, '')) : undefined;
}

/** "book them", "drop it off", "send that to me": a verb whose object only points ("send these minutes" names its own). */
// "them" after "help" or "meet" is people ("help them with it"): it points at things only before a particle or the end.
const POINTING = /^([a-z-]+\s+)(?:it|them(?=\s*$|[,.;!?]|\s+(?:off|out|over|back|up|in|to|by)\b)|(?:that|those|these)(?=\s*$|[,.;!?]|\s+(?:to|with|for|in|on|at|off|out|over|back|up|by|from|and|after|before|once|when|during)\b))\b/i;

/**
 * The item with a pointing object ("book them", "send it") replaced by the thing it points at: the
 * topic its line opens with, or what the unit before (a message, a question, the sentence before)
 * asked for or did with the same verb. Unchanged when nothing fits.
 */
export function withAntecedent<T extends { task: string }>(item: T, unit: Unit, before: Unit | undefined): T {
  if (!POINTING.test(item.task)) return item;
  const verb = firstWord(item.task);
  const parts = unit.text.split(TOPIC_CUT);
  // A topic is a name for a thing ("Job: hardware application"), not a sentence ("Grandma wants the SOP in hand before then").
  const topic = parts.length > 1 && words(parts[0]!).length <= TOPIC_WORDS ? short(parts[0]) : undefined;
  // The sentence before counts when it is of the same paragraph, the message answered, or the question answered.
  const near = before && (before.paragraph === unit.paragraph || !!unit.speaker || before.text.trimEnd().endsWith('?')) ? before.text : undefined;
  const thing = topic ?? (near && verb ? sameVerbObject(verb, near) : undefined) ?? (near ? short(WANTED.exec(near)?.[1]) : undefined);
  return thing ? { ...item, task: item.task.replace(POINTING, `$1${thing}`) } : item;
}
