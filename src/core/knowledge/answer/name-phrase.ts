// The name-apart check: a name the question writes as a run of capitalised words ("the Tolliver State
// Marrowfield Center", "Project SEARCH", "Fairhaven Christian Academy") whose words no passage search
// returned writes side by side. Each word may be in the folder ("Tolliver State Community College", a
// CIL in Marrowfield), but the thing named is not: whatever is quoted is about another entity. The
// unknown-name check (grounding.ts) catches a name word the folder never uses; this one catches words
// it uses, put together into a name it never writes.
// Seven development folders, leave-one-folder-out (bench/dev/cand-fit.ts, gate refitted): it fires on
// every reading of 8 unanswerable questions and 2 answerable ones ("Heron Hall", named only in sections
// search did not return; "the Redbud Creek Social Security office", which the folder writes "Social
// Security — Redbud Creek office"). Both are now read: a name written with its two parts swapped, and
// the best passage's whole source.
import { tokenize } from '../text.js';
import type { Chunk, Hit } from '../types.js';
import { MAX_WORDS, MIN_WORDS } from './acronym.js';

/** A capitalised word of letters ("Marrowfield", "SEARCH", "College's"); a word holding a digit ("RE-1") is none. */
const WORD = "[A-Z][A-Za-z'’-]*(?![\\w-])";
/** Runs of two to five capitalised words, not opening the text: "Tolliver State Marrowfield Center". */
const RUN = new RegExp(`(?<=\\S\\s+)(?:${WORD}\\s+){1,4}${WORD}`, 'g');

/** The names a text writes as runs of capitalised words, each as its tokens; a possessive ends a name ("Fenwick College's LAUNCH"). */
export function nameRuns(text: string): string[][] {
  return [...text.matchAll(RUN)].flatMap((m) => m[0].split(/(?<=['’]s)\s+/)).map((run) => tokenize(run)).filter((t) => t.length > 1);
}

/**
 * The first pair of a name's adjacent words that no hit writes side by side ("stat marrowfield"), or
 * undefined. With `chunksOf`, the best hit's source is read whole: a page names what it is about in
 * sections search did not return ("Heron Hall" above the room rates).
 */
export function nameApart(asking: string, hits: Hit[], chunksOf?: (source: string) => readonly Chunk[]): string | undefined {
  const runs = nameRuns(asking);
  if (!runs.length || !hits.length) return undefined;
  const best = hits.reduce((a, b) => (b.score > a.score ? b : a));
  const chunks = [...hits.map((h) => h.chunk), ...(chunksOf?.(best.chunk.source) ?? [])];
  const pairs = new Set<string>();
  for (const c of chunks) {
    const tokens = tokenize([c.title, ...c.headings, c.text, c.contact?.organization ?? ''].join('\n'));
    tokens.forEach((t, i) => {
      if (i > 0) pairs.add(`${tokens[i - 1]} ${t}`);
      // An acronym stands for the words it initials: "Harbor County VR" is written "Harbor County
      // Vocational Rehabilitation" (small words are no tokens: "Center for Independent Living" is CIL).
      for (let n = MIN_WORDS; n <= MAX_WORDS && i + n <= tokens.length; n++) {
        const initials = tokens.slice(i, i + n).map((w) => w[0]).join('');
        if (i > 0) pairs.add(`${tokens[i - 1]} ${initials}`);
        if (i + n < tokens.length) pairs.add(`${initials} ${tokens[i + n]}`);
      }
    });
  }
  for (const run of runs) {
    const apart = run.findIndex((w, i) => i > 0 && !pairs.has(`${run[i - 1]} ${w}`));
    if (apart > 0 && !swapped(run, apart, pairs)) return `${run[apart - 1]} ${run[apart]}`;
  }
  return undefined;
}

/**
 * Is the name written with its two parts the other way round, split where its words stand apart: "the
 * Redbud Creek Social Security office" as "Social Security — Redbud Creek office"? Each part is written
 * whole, and the second's last word stands before the first's first word.
 */
function swapped(run: string[], at: number, pairs: Set<string>): boolean {
  const whole = (part: string[]): boolean => part.every((w, i) => i === 0 || pairs.has(`${part[i - 1]} ${w}`));
  return pairs.has(`${run[run.length - 1]} ${run[0]}`) && whole(run.slice(0, at)) && whole(run.slice(at));
}
