// Lines that are never an answer, however many question words they share: review dates, title
// lines, "provided by" and source lists, cross-references to another page.
import { flat } from './sentences.js';

/**
 * Review-date lines, "Provided by:" / "Sources:" labels, and cross-references to another page ("For who
 * qualifies, see "VR Eligibility".": they point, they do not say), as one pattern. Three more patterns
 * were deleted, since without any of them every figure on the six development folders and the starter
 * stayed the same, leave-one-folder-out: a "Sources" line alone, a checkbox, and page chrome ("Skip to
 * content", "Menu": the HTML loader already drops it).
 */
const BOILERPLATE =
  /^(?:(?:last (?:reviewed|updated|modified)|reviewed|updated|effective)\b[^.]{0,40}$|(?:provided by|website|sources?|references?|see also)\s*:|(?:for [^.;]{3,100}, )?see (?:also )?["“][^"”]+["”](?: \([^)]*\))?\.?$)/i;

/** True when the sentence is boilerplate, or only repeats the passage's title or a heading. */
export function isBoilerplate(sentence: string, titles: string[] = []): boolean {
  const s = sentence.trim();
  if (BOILERPLATE.test(s)) return true;
  const f = flat(s);
  return f.length > 0 && titles.some((t) => flat(t) === f);
}
