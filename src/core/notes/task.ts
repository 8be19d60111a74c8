// Turning the words after the owner into a concise, imperative task.
import { oneSpaced } from './verbs.js';

const LEAD = /^(?:please|also|then|just|both|go ahead and|make sure to|make sure|be sure to|try to|work on)\s+/i;

/**
 * A comment after the task, not part of it: "..., they asked twice", "..., because Dad still has to
 * sign" (why, not what), "..., please get that done" (a nudge).
 */
const AFTERTHOUGHT = /(?:,\s+(?:we|they|he|she|it|that|this)(?:['’](?:ll|s|re|d)|\s+(?:will|would|need|needs|asked|are|is|was|were|have|has|had|can|should|said)\b)|,?\s+because\b|,\s+please\b).*$/i;

/**
 * What a cut date leaves at either end of a task: punctuation, a connector ("send the form by",
 * "call VR and"), or a hedge ("..., probably" from "probably the week of the 20th", "sometime in June").
 */
export const LOOSE_ENDS = /^[\s,;:."“-]+|(?:[\s.,;:!?()[\]"”–—-]|\b(?:and|by|due|on|probably|hopefully|ideally|sometime)\b)+$/gi;

/** "send the packet to the family." -> "send the packet to the family"; strips leftovers of cut dates. */
export function cleanTask(raw: string): string {
  let t = oneSpaced(raw).trim();
  for (let i = 0; i < 3; i++) t = t.replace(LEAD, '');
  // "send the photos to the family, they asked twice": a comment after the task, not part of it.
  // "in Thursday's newsletter" with its date cut out: "in the newsletter".
  t = t.replace(AFTERTHOUGHT, '').replace(/(^|\s)['’]s\s+/g, '$1the ');
  t = t.replace(LOOSE_ENDS, '').trim();
  // Drop a parenthesis the date cut left open.
  t = t.replace(/\s*\([^)]*$/, '').trim();
  if (/^[A-Z][a-z]/.test(t)) t = t[0]!.toLowerCase() + t.slice(1);
  return t;
}
