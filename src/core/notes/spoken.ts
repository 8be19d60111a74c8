// Notes typed fast or dictated say dates and corrections the way people talk: "um",
// "December eighth", "by Friday, no wait, Monday". Written out plainly before the notes are read.
import { foldName } from '../plans/name-lists.js';
import { calendarNames, DATE_EXPR_RE, MONTH_DAYS, MONTH_RE, ordinalSuffix, WEEK_DAYS } from '../date-words.js';
import { isPlausibleOwner } from './owners.js';
import { startsWithTaskVerb, words } from './verbs.js';
import { MID_PHRASE } from './segment.js';
import { wordnet } from '../knowledge/lexicon.js';

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30 };
const ORDINAL_WORD = String.raw`(?:(?:twenty|thirty)[\s-])?(?:${ORDINALS.join('|')})|thirtieth`;

function ordinal(words: string): number | undefined {
  const w = words.toLowerCase().split(/[\s-]+/);
  if (w.length === 1 && w[0] === 'thirtieth') return 30;
  const last = ORDINALS.indexOf(w[w.length - 1]!) + 1;
  if (last === 0) return undefined;
  const n = (w.length === 2 ? (TENS[w[0]!] ?? 0) : 0) + last;
  return n <= 31 ? n : undefined;
}

/** "December eighth" or "the twenty-first of May": a day said in words after or before its month. */
const DAY_IN_WORDS = new RegExp(String.raw`\b(?:(${MONTH_RE})\s+(?:the\s+)?(${ORDINAL_WORD})\b|the\s+(${ORDINAL_WORD})\s+of\s+(${MONTH_RE}))`, 'gi');
/**
 * Hesitation a dictation keeps: "um", "Uh", "umm" (not "UM", a university). One that opens a sentence
 * ("... out there? Um, the manager also wants ...") is read past: the sentence still starts after it
 * (group 2 is the sentence's end before it, group 3 the letter after it). One set off by commas inside a
 * phrase goes with its commas (group 1): "Shauna needs to, um, redo the slips" is "needs to redo the slips"
 * ("by March 21st, uh, he said" keeps its comma).
 */
const FILLER = /(,\s+(?=(?:[Uu]+m+|[Uu]+h+|[Ee]rm+),))?(?<=^|[\s,])(?<=([.!?]["”]?[ \t]+)?)(?:[Uu]+m+|[Uu]+h+|[Ee]rm+)\b[,.]?\s*([a-z])?/g;
/**
 * A correction said without dashes: "by Friday, no wait, Monday" is "by Monday" ("Dana, actually, will call"
 * is no correction). One followed by "I" takes back more than the word before it ("..., scratch that, I won't
 * put the driving eval in"): it is kept, for the reader of call-offs (reassign.ts).
 */
const SAID_AGAIN = /\b[\w'’/]+,\s*(?:no,?\s+(?:wait|sorry|actually)|(?:wait|sorry|actually),?\s+no|i mean|scratch that|make (?:it|that))\b(?![,.]?\s*I\b)[,.]?\s*/gi;

/**
 * Where an email's earlier mail starts: Outlook's divider, Gmail's "On ... wrote:", or a forward's
 * "---------- Forwarded message ---------" (group 1).
 */
const QUOTED_MAIL = /^(?:-{2,}\s*(?:Original|(Forwarded)) Message\s*-{2,}|On\s.{5,120}\swrote:)\s*$/im;

/**
 * A reply's own text: the earlier mail quoted below it holds what was asked and promised before, not
 * now. (A "> " line alone is kept: chat uses it to set off a quote of the notes themselves.) A forward
 * may be the notes themselves, so `forward` says the cut is at one. Undefined when nothing is quoted.
 */
export function withoutQuotedMail(text: string): { own: string; forward: boolean; inline?: string } | undefined {
  const cut = QUOTED_MAIL.exec(text);
  if (!cut) return undefined;
  // "answers inline below": under a mail quoted line by line ("> 1. Could your office ...?"), the lines
  // that are not quoted are the writer's answers ("[AC] Yes, I'll run the session myself on the 8th.").
  const below = text.slice(cut.index + cut[0].length).split('\n');
  const quotedLines = below.filter((l) => quotedLine(l)).length;
  const inline = quotedLines > 0 ? below.map((l) => (quotedLine(l) ? '' : l)).join('\n') : undefined;
  return { own: text.slice(0, cut.index), forward: !!cut[1], ...(inline?.trim() ? { inline } : {}) };
}

/** A line of an earlier mail quoted with ">" ("> Hi Annelise, a few things ...", ">>" for a mail it quoted). */
const quotedLine = (line: string): boolean => line.trimStart().startsWith('>');

/** "by the twenty third": a day of the month said in words after a date's preposition, without its month. */
const BY_THE_DAY = new RegExp(String.raw`\b(by|on|before|until)\s+the\s+(${ORDINAL_WORD})\b`, 'gi');

/**
 * A dictated line: long, with no sentence ending inside it. Its hesitations are where the speaker's
 * sentences end, so they become sentence breaks rather than vanish.
 */
const DICTATED_BREAK = /\s+(?:[Uu]+m+|[Uu]+h+|[Ee]rm+)\s+(?:(?:and|so|oh|then)\s+)*(?!(?:by|on|before|until|at|in|to|for|the|a|an|or|about|over|out)\b)(\w)/g;
// A full stop after an initial ("D.P. and his dad") ends no sentence.
const UNPUNCTUATED = (line: string): boolean => !/[a-z]{2}[.!?]\s/.test(line);
/** A line this long without a sentence's end, or with this many spoken marks, is dictation. */
const DICTATION_WORDS = 25;
const DICTATION_MARKS = 3;
const DICTATED = (line: string): boolean => words(line).length >= DICTATION_WORDS && UNPUNCTUATED(line);

/**
 * Dictation with neither punctuation nor capitals ("... a week carla mendoza is going to send the
 * agreement by friday travis begay will start ...", "... luis said he will get ..."): a sentence starts
 * where someone commits, and ends once a due date has been said; the one committing is written as a name.
 */
const SPOKEN_COMMIT = /\s+(?:and\s+)?([a-z]+\s+[a-z]+|[a-z]+)(\s+(?:said|says)\s+(?:he|she|they))?(?=\s+(?:will|is going to|am going to|needs to)\s)/g;
// "by the 22nd" is how a day said in words ("by the twenty second") is written out above.
const SAID_DUE = new RegExp(`(\\b(?:by|before|no later than|until)\\s+(?:${DATE_EXPR_RE}|the\\s+\\d{1,2}(?:st|nd|rd|th)))\\b\\s+([a-z])`, 'g');
const capitalised = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/**
 * Who commits in "... the summer slot tomas is going to ...": two words are a full name ("rhea mendez")
 * unless the last is "i" or a name the dictation also says apart from the word before it ("present were
 * tomas lena ...", "so marcy will" after "marcy ellison"); then the last word alone is the person.
 */
function spokenOwner(pair: string, line: string): [string, string] | null {
  const w = words(pair);
  const all = words(line);
  const last = w[w.length - 1]!;
  const pairs = all.filter((x, i) => x === last && all[i - 1] === w[0]).length;
  const alone = last === 'i' || (w.length > 1 && all.filter((x) => x === last).length > pairs);
  if (alone && (last === 'i' || isPlausibleOwner(last))) return [w.length > 1 ? ` ${w[0]}` : '', last];
  return w.length > 1 && isPlausibleOwner(pair) ? ['', pair] : null;
}

function sentencesSpoken(line: string): string {
  return line
    .replace(SPOKEN_COMMIT, (all, pair: string, said = '') => {
      const who = spokenOwner(pair, line);
      return who ? `${who[0]}. ${words(who[1]).map(capitalised).join(' ')}${said}` : all;
    })
    .replace(SAID_DUE, (_all, due: string, next: string) => `${due}. ${next.toUpperCase()}`);
}

const ES_MONTHS = calendarNames('es', { month: 'long' }, MONTH_DAYS);
const EN_MONTHS = calendarNames('en-US', { month: 'long' }, MONTH_DAYS);
const EN_WEEKDAYS = calendarNames('en-US', { weekday: 'long' }, WEEK_DAYS);
/** "viernes" and "miércoles" (or "miercoles") to their English names. */
const ES_WEEKDAYS: Record<string, string> = {};
calendarNames('es', { weekday: 'long' }, WEEK_DAYS).forEach((w, i) => (ES_WEEKDAYS[w] = ES_WEEKDAYS[foldName(w)] = EN_WEEKDAYS[i]!));
const ES_DATE = new RegExp(String.raw`\b(?:(para|antes)\s+(?:del?|el)\s+)?(?:el\s+)?(?:(${Object.keys(ES_WEEKDAYS).join('|')})(?:\s+(\d{1,2}))?|(\d{1,2})\s+de\s+(${ES_MONTHS.join('|')}))(?:\s+de\s+(${ES_MONTHS.join('|')}))?\b`, 'gi');

/**
 * Fixed phrases said one way and read as plain English: "gonna", and the Spanish of notes written
 * partly in Spanish ("Shay se encarga de llamarle a Roy": another person's "me encargo de"; "mañana", "hoy").
 */
const PHRASEBOOK: Record<string, string> = {
  gonna: 'going to',
  'se encarga de': 'will',
  'se compromete a': 'will',
  mañana: 'tomorrow',
  hoy: 'today',
};
const PHRASEBOOK_RE = new RegExp(`(?<![\\p{L}])(?:${Object.keys(PHRASEBOOK).join('|')})(?![\\p{L}])`, 'giu');

/**
 * The Spanish future forms, read by one pattern: the writer's own "voy a" / "me encargo de" / "me comprometo
 * a" / "yo le mando" ("I will"; "Le voy a mandar un resumen": the pronoun of whom it is sent to goes with the
 * "I will"), another person's "va a" / "van a" + infinitive ("will"), and a future in "-rá" ("llamará": "will llamar").
 */
const SPANISH_FUTURE =
  /\b(?:[Yy]o\s+)?(?:(?:[Ll]es?|[Ll][oa]s?)\s+(?=voy a))?(?:voy a|me encargo de|me comprometo a)\s+|\b[Yy]o\s+(?=(?:le|les|lo|la|los|las)\s+\p{L}{2,}o\b)|\b(?<they>va|van) a\s+(?=\p{L}+(?:ar|er|ir)\b)|(?<![\p{L}])(?<stem>\p{L}{2,})rá(?:n?)(?![\p{L}])/gu;

/**
 * Notes written partly in Spanish say who will do what with the same few structure words: "va a" /
 * "voy a" / "me encargo de" / "se encarga de" + infinitive, a future in "-rá", "yo le mando ..." (the present
 * said of what one is about to do), "para el viernes", "antes del 30 de octubre", "mañana", "hoy". Those are read
 * as their English (the task itself stays as written).
 */
function fromSpanish(text: string): string {
  return text
    .replace(PHRASEBOOK_RE, (said) => PHRASEBOOK[said.toLowerCase()]!)
    .replace(SPANISH_FUTURE, (...found) => {
      const { stem, they } = found[found.length - 1] as { stem?: string; they?: string };
      return stem ? `will ${stem}r` : they ? 'will ' : 'I will ';
    })
    .replace(ES_DATE, (all, prep: string | undefined, weekday?: string, wdDay?: string, day?: string, month?: string, month2?: string) => {
      const lead = prep ? (prep.toLowerCase() === 'para' ? 'by ' : 'before ') : '';
      const m = month ?? month2;
      if (weekday && !m) return wdDay ? all : `${lead}${ES_WEEKDAYS[weekday.toLowerCase()]}`;
      const d = day ?? wdDay;
      return m && d ? `${lead}${EN_MONTHS[ES_MONTHS.indexOf(m.toLowerCase())]} ${d}` : all;
    });
}

const TYPED_ILL = /(?<=^|[.!?:]\s+)[Ii]ll\s+(?=[a-z])(\S+)/gm;

/**
 * A name typed in lower case before a promise ("priya said she'll get ...", "and cass is going to look at
 * ..."): a word no dictionary knows, and no pronoun or determiner, is the person, and is written as a name.
 */
const LOWER_NAME_PROMISES = /(?<=(?:^|[,.;:!?]\s*|\b(?:and|so|then|oh|also)\s+))([a-z][a-z'’-]{1,})(?=\s+(?:said\s+(?:she|he|they)\s*(?:'ll|’ll|'d|’d|\s+will|\s+would)|is\s+going\s+to)\b)/g;
const NOT_NAMES = new Set('she he it they we you i that this there who which what everyone everybody someone somebody nobody one each mom dad he’s'.split(' '));
const lexicon = wordnet();

/** An emoji as Slack writes it in a message's text (":raised_hands:", ":+1:"): a reaction, never words of the notes. */
const EMOJI_CODE = /(?<=^|\s):[a-z0-9_+-]+:(?=\s|$)/gm;

/**
 * Punctuation a phone's dictation wrote out as words ("... by Thursday period step dad is going to ...
 * comma he said ... new paragraph"): a line that says such words again and again is dictated, and its
 * marks are put back (a lone "trial period" is a word, so one mention changes nothing). In notes that
 * say them again and again, so is any line that writes no full stop of its own ("... by next wednesday
 * so they can read it before we sign period dad wants it in large print"). A list said aloud ("number
 * one ... number two ...") puts each item on its own line.
 */
const SPOKEN_MARK = /\s*\b(period|full stop|comma|question mark|exclamation (?:point|mark)|colon|new (?:paragraph|line)|number (?:one|two|three|four|five|six|seven|eight|nine|ten))\b[ \t]*/gi;
const SPOKEN_MARKS: Record<string, string> = { period: '. ', 'full stop': '. ', comma: ', ', 'question mark': '? ', colon: ': ', 'new paragraph': '\n\n', 'new line': '\n' };

function spokenMarks(line: string, dictatedNotes: boolean): string {
  const marks = line.match(SPOKEN_MARK) ?? [];
  if (!marks.length || ((marks.length < DICTATION_MARKS || words(line).length < DICTATION_WORDS) && !(dictatedNotes && UNPUNCTUATED(line)))) return line;
  let out = '';
  let capital = true;
  let last = 0;
  for (const m of line.matchAll(SPOKEN_MARK)) {
    out += capital ? upperFirst(line.slice(last, m.index)) : line.slice(last, m.index);
    const mark = m[1]!.toLowerCase();
    // "a couple of things number one I need to ... number two ...": a list said aloud, one item a line.
    const written = mark.startsWith('number') ? '\n' : (SPOKEN_MARKS[mark] ?? '! ');
    // Two marks said together ("period new paragraph") keep the stronger one only.
    out = /[.?!,:]\s*$/.test(out) && written.trim() ? out : out + written;
    capital = written.trim() !== ',' && written.trim() !== ':';
    last = m.index + m[0].length;
  }
  out += capital ? upperFirst(line.slice(last)) : line.slice(last);
  // A full stop the dictation did write ("... fade already. step dad is ...") ends a sentence too (not one after initials).
  out = out.replace(/(?<=[a-z]{2}[.?!]\s+)[a-z]/g, (c) => c.toUpperCase());
  // Each line trimmed: the blanks a mark's removal leaves before a line break go too.
  return out.split('\n').map((l) => l.trim()).join('\n');
}

/** A hesitation standing alone as a word ("um,", "Uh"). */
function isFiller(word: string): boolean {
  FILLER.lastIndex = 0;
  const m = FILLER.exec(word);
  return m?.index === 0 && m[0].length === word.length;
}

/**
 * Words a speaker says again after a comma as they restart ("that's, that's good news", "so I can, um,
 * I can send over the, the form"): said once. Before hesitations are read past, which may stand between.
 */
function withoutRestarts(line: string): string {
  // The words with where each starts, the line's own spacing kept (columns stay columns).
  const said: { word: string; at: number }[] = [];
  [...line].forEach((c, i) => {
    if (c.trim() && (i === 0 || !line[i - 1]!.trim())) said.push({ word: '', at: i });
    if (c.trim()) said[said.length - 1]!.word += c;
  });
  const bare = (w: string) => (w.endsWith(',') ? w.slice(0, -1) : w).toLowerCase();
  let out = '';
  let kept = 0;
  for (let n = 0; n < said.length; n++) {
    for (let k = 1; n + k < said.length && said[n + k - 1]!.word.endsWith(','); k++) {
      let from = n + k;
      while (from < said.length && isFiller(said[from]!.word)) from++;
      const first = said.slice(n, n + k);
      const again = said.slice(from, from + k);
      if (again.length < k || !first.every((x, i) => bare(x.word) === bare(again[i]!.word))) continue;
      // The first saying goes, up to where the words are said again.
      out += line.slice(kept, first[0]!.at);
      kept = again[0]!.at;
      n = from - 1;
      break;
    }
  }
  return out + line.slice(kept);
}

const upperFirst = (s: string): string => s.replace(/^\s*[a-z]/, (c) => c.toUpperCase());

export function plainSpoken(text: string): string {
  const dictatedNotes = (text.match(SPOKEN_MARK) ?? []).length >= DICTATION_MARKS;
  let out = fromSpanish(text)
    .split('\n')
    .map((line) => spokenMarks(line, dictatedNotes))
    .join('\n')
    .split('\n')
    .map((line) => (DICTATED(line) ? line.replace(DICTATED_BREAK, (_all, c: string) => `. ${c.toUpperCase()}`) : line))
    .join('\n')
    .split('\n')
    .map(withoutRestarts)
    .join('\n')
    .replace(FILLER, (_all, commas: string | undefined, opens: string | undefined, c: string | undefined, at: number, all: string) =>
      opens ? (c ?? '').toUpperCase() : commas && MID_PHRASE.test(all.slice(0, at)) ? ` ${c ?? ''}` : `${commas ?? ''}${c ?? ''}`,
    )
    .replace(SAID_AGAIN, '')
    // (Dictation with no punctuation at all finds its names itself, below.)
    .split('\n')
    .map((line) => (DICTATED(line) ? line : line.replace(LOWER_NAME_PROMISES, (w: string) => (NOT_NAMES.has(w) || lexicon.knows(w) ? w : w[0]!.toUpperCase() + w.slice(1)))))
    .join('\n')
    // "ill drop off the forms tmrw": "I'll" typed without its apostrophe, at the start of a message or sentence.
    .replace(TYPED_ILL, (all, rest: string) => (startsWithTaskVerb(rest) ? `I'll ${rest}` : all))
    .replace(EMOJI_CODE, '');
  out = out.replace(BY_THE_DAY, (all, prep: string, day: string) => {
    const n = ordinal(day);
    return n ? `${prep} the ${n}${ordinalSuffix(n)}` : all;
  });
  out = out.replace(DAY_IN_WORDS, (all, month?: string, day?: string, dayFirst?: string, monthAfter?: string) => {
    const n = ordinal(day ?? dayFirst!);
    return n ? `${month ?? monthAfter} ${n}` : all;
  });
  return out
    .split('\n')
    .map((line) => (DICTATED(line) ? sentencesSpoken(line) : line))
    .join('\n');
}
