// The numbered-label reading of the focus-name check: "priority 3", "category 2", "level 4" name one
// member of a numbered series, as a proper name does. Asked "what's the average wait for priority 3",
// a quote naming "Priority 1" (and nowhere priority 3) is about another member of the series: the folder
// gives the wait for priority 1 only. The label is an English noun followed by a number of one or two
// digits; it counts as missing only when the quoted units name the same label with other numbers
// (a range, "Priority 1-3", names every number in it) and never with the one asked: a quote that never
// numbers the label ("day 1" asked, no day numbered) says nothing about it either way.
import { wordnet, type Lexicon } from '../lexicon.js';
import { tokenize } from '../text.js';

/** A word and the number right after it, as a question writes a numbered label ("priority 3", "category #2"). */
const LABEL = /\b([A-Za-z]+)\s+#?(\d{1,2})\b(?![\d.,:/%-])/g;

/** A token as a whole number, or NaN. */
const whole = (token: string | undefined): number => (token !== undefined && Number.isInteger(Number(token)) ? Number(token) : Number.NaN);

/**
 * The numbers each label stem is given in a text, as ranges: "Priority 1" -> prior: [1, 1]; "priorities
 * 1-3", "ages 14 to 21" -> [1, 3], [14, 21] (the tokenizer keeps "1-3" whole and drops "to").
 */
function numbered(text: string): Map<string, [number, number][]> {
  const out = new Map<string, [number, number][]>();
  const tokens = tokenize(text);
  tokens.forEach((t, i) => {
    const [next = '', then] = tokens.slice(i + 1);
    const [a, b] = next.split('-');
    const lo = whole(a);
    if (!Number.isNaN(Number(t)) || Number.isNaN(lo)) return;
    // "1-3" read whole; "14 21" (from "14 to 21") as a range; a lone number as itself.
    const hi = b !== undefined ? whole(b) : Number.isNaN(whole(then)) ? lo : whole(then);
    out.set(t, [...(out.get(t) ?? []), [Math.min(lo, hi), Math.max(lo, hi)]]);
  });
  return out;
}

/**
 * True when the question asks about a numbered label ("priority 3") that the quoted units number
 * otherwise only ("Priority 1"): the answer would be about another member of the series.
 */
export function labelMissing(asking: string, units: { text: string; where: string }[], lexicon: Lexicon = wordnet()): boolean {
  if (!units.length) return false;
  const quoted = numbered(units.map((u) => `${u.text}\n${u.where}`).join('\n'));
  for (const m of asking.matchAll(LABEL)) {
    const stem = tokenize(m[1]!)[0];
    if (!stem || !lexicon.isNoun(m[1]!)) continue;
    const named = quoted.get(stem);
    const n = Number(m[2]);
    if (named && !named.some(([lo, hi]) => lo <= n && n <= hi)) return true;
  }
  return false;
}
