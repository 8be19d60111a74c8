// A name's initials: the acronym a question may use for a name its passage writes out. Asked "CVT
// travel training usually takes how many sessions?", a quote from the "CANEY VALLEY TRANSIT" rider
// guide names CVT, though never in those letters; "VTD" is the Valley Transit District of a directory
// entry. The gate's focus-name check reads a unit's initials with its words, so an acronym the folder
// writes out is not a missing name.
import { isStopword } from '../text.js';
import { CAPITALISED } from './sentences.js';

/** How many words a name's acronym spans at least and at most. */
export const MIN_WORDS = 2;
export const MAX_WORDS = 6;

/**
 * The initials (lower case) of every run of two to MAX_WORDS capitalised words on one line of the
 * text, stopwords inside a name skipped: "Caney Valley Transit" gives "cv", "cvt" and "vt".
 */
export function initialsIn(text: string): Set<string> {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    let run: string[] = [];
    const flush = (): void => {
      for (let i = 0; i < run.length; i++) for (let j = i + MIN_WORDS; j <= Math.min(run.length, i + MAX_WORDS); j++) out.add(run.slice(i, j).join(''));
      run = [];
    };
    for (const word of line.split(/[\s/,;:()"“”|·—–]+/)) {
      if (CAPITALISED.test(word)) run.push(word[0]!.toLowerCase());
      // Small words inside a name are skipped: "Center for Independent Living" is CIL.
      else if (!(run.length && isStopword(word.toLowerCase()))) flush();
    }
    flush();
  }
  return out;
}
