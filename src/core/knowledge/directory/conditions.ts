// What a directory question asks that a directory entry can check: the place, the student's age,
// a language, the cost, when it must be open, and (whatever is left) the kind of service, which the
// text search matches. Each condition remembers the words it was read from, so the kind of service
// is what remains once they are taken out.
import { isStopword, STOPWORDS } from '../text.js';
import { escape, type Place, type PlaceBook } from './places.js';

export type Cost = 'free' | 'sliding' | 'medicaid';
export type When = 'after-school' | 'evening' | 'saturday' | 'sunday' | 'weekend' | 'open-now';

export interface Conditions {
  /** `miles`: the distance said ("within 10 miles of Oakdale"); a near place without one is read at NEAR_MILES. */
  place?: { place: Place; near: boolean; said: string; miles?: number };
  /** The student's age, or the ages a school year stands for ("a junior": 16 to 17). */
  age?: { min: number; max: number; said: string };
  language?: { name: string; said: string };
  cost?: { cost: Cost; said: string };
  /** `told`: said in the story around the request ("needs a break on weekends. any respite near her?"), not in a sentence that asks. */
  when?: { when: When; said: string; told?: boolean };
  /** The question without the condition phrases and the asking words: what kind of service. */
  kind: string;
  /** The sentences that ask, without the condition phrases, asking and filler words: what the kind is matched on first. */
  rest: string;
  /** The clauses of the asking sentences that say when or why ("while mom's at work"): read with the story, so `rest` is not the request as written. */
  circumstance?: string;
  /** The other sentences, the story ("17 y/o dropped out last yr, wants to get GED"): they may name the kind too, and count less. */
  story: string;
  /** The question asks to find a service ("who offers", "is there", "where can we find"). */
  finding: boolean;
}

const FINDING =
  /^\s*any\b|\b(?:(?:which|what)\s+(?<named>(?:[\w-]+\s+){0,3})(?:services?|programs?|agencies|places|organi[sz]ations?|providers?)\s+(?:offer|provide|do|does|have|has|serves?|serving|covers?|covering|help with|can help|(?:are|is) (?:available|offered|open)|accepts?|takes?|work with)|who (?:offers?|provides?|does|has|runs?|serves?|can help|helps?|can (?:talk|meet|work) (?:to|with)|(?:can|could|would|will|might)(?= (?!get\b|apply\b|qualify\b|receive\b|be\b|sign\b|enroll\b|join\b|attend\b|say\b|tell\b|decide\b|pay\b)[a-z]+ (?:[a-z]+ )?(?:him|her|them|my|our|his|their)\b)|(?:do|should|can|could) (?:i|we) (?:call|contact|refer (?:\w+ )?to|send (?:\w+ )?to))|what'?s (?:close to|near|nearby|around|out there|available)|where (?:can|could|do|does|should) (?:i|we|they|he|she|families|(?:a|an|the|my|our|this|his|her) \w+)|is there|are there|any(?:one|body)? (?:\w+ )?(?:that|who|offering|providing)|(?:does|do|can|could) (?:any|some)(?:one|body) (?:do|offer|provide|run|help)|somewhere|find(?:ing)?|looking for|look for|know (?:of|any)|recommend|options? for|places? (?:for|that|to)|programs? (?:for|in|near|that)|services? (?:for|in|near|that)|(?:^\s*|\b(?:i|we|they|he|she|family|mom|dad|parents?) )needs? (?:an? |some )?(?:\w+ ){0,3}(?:in|near|around|for an?|close to))\b/i;

/** A question about something else than finding a service ("what is", "how do", "can a 17 year old get"). */
const ASKING_ABOUT = /^\s*(?:what|what'?s|how|how'?s|when|when'?s|where|where'?s|why|can|could|does|do|did|is|are|should|will|would|which|who is|who are|if)\b/i;

const AGE_PATTERNS: { re: RegExp; ages: (m: RegExpExecArray) => [number, number] }[] = [
  { re: /\b(\d{1,2})\s*(?:-|\s)?\s*(?:y\/?o|yrs?\.? olds?|years? olds?|year-olds?|yr-olds?)\b/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  { re: /\b(?:age[ds]?|turning|turns)\s+(\d{1,2})\b/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  { re: /\b(?:student|son|daughter|kid|kiddo|child|he|she|they)(?:'s| is| are)\s+(\d{1,2})\b(?!\s*(?:%|percent|hours?|days?|weeks?|months?|miles?|minutes?))/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  { re: /\b(\d{1,2})(?:\s*-\s*|\s+)year\s*-?\s*old\b/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  // "deaf student (18)", "a junior (17)": the age in brackets after the person; "jaylen (17, autism)": an age and what else is said of them.
  { re: /\b(?:student|son|daughter|kid|child|teen|youth|girl|boy|freshman|sophomore|junior|senior)\s*\((\d{1,2})\)|\((\d{1,2}),\s*[a-z][^()]*\)/i, ages: (m) => [Number(m[1] ?? m[2]), Number(m[1] ?? m[2])] },
  // "junior, 17, autism + anxiety", "senior in ashby, 18, IEP for ID": an age set off by commas after the person.
  { re: /\b(?:student|son|daughter|kid|kiddo|child|teen|youth|girl|boy|freshman|sophomore|junior|senior)\b[^,.;:!?\d]{0,25},\s*(\d{1,2})\s*,/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  // "graduating at 20", "anything that takes him at 20": an age the student is at, 10 to 29 (a time of day is not).
  { re: /\b(?:him|her|them|graduat(?:es|ing|ed)?|ag(?:es|ing|ed) out)\s+at\s+([12]\d)\b(?!\s*(?::\d|a\.?m\b|p\.?m\b|o'?clock|%|percent|hours?|miles?|minutes?))/i, ages: (m) => [Number(m[1]), Number(m[1])] },
  // A school year says an age only roughly: a junior is 16 or 17.
  { re: /\b(?:a |an |my |our )?(freshman|sophomore|junior|senior)\b(?!\s+(?:college|high|year|center|league))/i, ages: (m) => GRADE_AGES[m[1]!.toLowerCase()]! },
];
const GRADE_AGES: Record<string, [number, number]> = { freshman: [14, 15], sophomore: [15, 16], junior: [16, 17], senior: [17, 18] };

/** Languages a family may speak; the directory's own languages are added to these. */
export const KNOWN_LANGUAGES = [
  'Spanish', 'Vietnamese', 'Somali', 'Hmong', 'Arabic', 'Chinese', 'Mandarin', 'Cantonese', 'Russian', 'Korean', 'Tagalog',
  'French', 'Haitian Creole', 'Portuguese', 'American Sign Language', 'ASL', 'Karen', 'Nepali', 'Swahili', 'Ukrainian',
  'Burmese', 'Amharic', 'Oromo', 'Farsi', 'Dari', 'Pashto', 'Polish', 'Hindi', 'Urdu', 'Bengali', 'Japanese', 'Navajo', 'Ojibwe',
];
/** A language word only counts with a cue that it is the family's language ("spanish speaking", "in Spanish", "speaks Hmong"). */
const LANGUAGE_CUE = (lang: string): RegExp =>
  new RegExp(
    String.raw`\b(?:(?:the |whose |their |his |her )?(?:family|parents?|mom|dad|mother|father|grandparents?|they)(?: only)?\s+(?:speaks?|speaking|uses?)\s+(?:only\s+)?${lang}(?:\s+at home)?)\b|\b${lang}(?:[- ]speak(?:ing|er|ers)|(?:[- ]|\s+as\s+an?\s+)language|\s+(?:only|speaker|bilingual)|(?=\s+(?:interpret\w*|translat\w*|staff|services?)))\b|\b(?:speaks?|speaking|in|only|uses?|using|with|interpret\w* for|translat\w* (?:to|for|into))\s+(?:only\s+)?${lang}(?:[- ]speak(?:ing|er|ers))?(?:\s+(?:staff|speakers?|interpreters?))?\b`,
    'i',
  );

const COSTS: { cost: Cost; re: RegExp }[] = [
  { cost: 'free', re: /\b(?:free(?: of charge)?|no[- ]cost|at no cost|without (?:any )?(?:cost|charge)|doesn'?t cost(?: (?:anything|a thing|money))?|costs? nothing|no fees?)\b/i },
  { cost: 'sliding', re: /\bsliding[- ](?:scale|fee)s?\b|\bincome[- ]based (?:fees?|pricing|rates?)\b/i },
  // "their medicaid lapsed" is the family's coverage, not a cost the service must take.
  // "how a job affects SSI and Medicaid", "fill out medicaid applications": Medicaid named as the topic is no cost either;
  // the service must be said to take it ("accepts Medicaid", "paid through Medicaid", "Medicaid ok").
  { cost: 'medicaid', re: /(?<!\b(?:their|his|her|my|our|your)\s+)\b(?:(?:that |which )?(?:is |are )?(?:takes?|accepts?|bills?|covered by|paid (?:for )?(?:by|through|with)|through|uses?)\s+(?:medicaid|medical assistance)(?:\s+waivers?)?|(?:medicaid|medical assistance)\s+(?:accepted|ok|okay|welcome))\b/i },
];

const OPEN = String.raw`(?:(?:that(?:'s| is| are)? |which (?:is|are) )?(?:open|available|meets?|runs?)\s+)?`;
const LEAD = String.raw`(?:that(?:'s| is| are)? |which (?:is|are) )?(?:open|available|meets?|runs?|on|during|in|at)\s+(?:an? |the )?`;
/**
 * A day or part of the day naming the service it comes before ("saturday respite", "evening rec
 * things"): the word after it is neither a function word nor a job, which is the student's own time.
 */
const MODIFIES = String.raw`(?=[ -]+(?!(?:${[...STOPWORDS].join('|')}|jobs?|work|working|shifts?)\b)[a-z])`;
const WHENS: { when: When; re: RegExp }[] = [
  { when: 'open-now', re: /\b(?:(?:that(?:'s| is| are)? )?open (?:right )?now|open today|open at the moment|currently open)\b/i },
  { when: 'after-school', re: new RegExp(String.raw`\b${OPEN}(?:(?:in the )?late afternoons?|after[- ]school(?: hours)?(?!\s+(?:jobs?|work|shifts?))|(?:after|past) (?:3|4|three|four)(?::\d\d)?\s*(?:pm|p\.m\.)?)`, 'i') },
  { when: 'evening', re: new RegExp(String.raw`\b${OPEN}(?:after|past|until) (?:5|6|7|five|six|seven)(?::\d\d)?\s*(?:pm|p\.m\.)?(?![\d:])|\bafter work\b`, 'i') },
  // "a weekend job" is not a time the service must be open: the day needs a word that says so.
  { when: 'evening', re: new RegExp(String.raw`\b(?:${LEAD})(?:the )?(?:evenings?|nights?)\b(?!\s+(?:job|work|shift))|\b(?:evening|night)${MODIFIES}`, 'i') },
  { when: 'weekend', re: new RegExp(String.raw`\b(?:${LEAD})(?:the )?weekends?\b(?!\s+(?:job|work|shift))|\bweekend${MODIFIES}`, 'i') },
  { when: 'saturday', re: new RegExp(String.raw`\b(?:${LEAD})saturdays?\b(?!\s+(?:job|work|shift))|\bsaturday${MODIFIES}`, 'i') },
  { when: 'sunday', re: new RegExp(String.raw`\b(?:${LEAD})sundays?\b(?!\s+(?:job|work|shift))|\bsunday${MODIFIES}`, 'i') },
];

const PLACE_LEAD = String.raw`(?:(?:in|near|around|close to|nearby|by|from|for|at|serving|serves|covering|within \d+ miles of)\s+(?:the\s+)?)?(?:zip(?:\s*code)?\s*#?\s*)?`;
const NEAR = /^(?:near|around|close to|nearby|by|within)/i;

/** Reads the conditions from a question; `book` knows the places and languages of this directory. */
export function readConditions(question: string, book: PlaceBook): Conditions {
  let rest = ` ${question} `;
  const take = (said: string): void => {
    rest = rest.replace(said, ' ');
  };
  // "Which supported employment (job coaching) services serve": a name explained in brackets is still the name.
  const out: Conditions = { kind: '', rest: '', story: '', finding: FINDING.test(question) || FINDING.test(question.replace(/\s*\([^()]*\)/g, '')) };

  const found = book.find(question);
  if (found) {
    // "lives in tilden - anything rec-wise near tilden?": every mention is the place, and any may say "near".
    const mentions = [...question.matchAll(new RegExp(`${PLACE_LEAD}${escape(found.said)}`, 'gi'))].map((m) => m[0]);
    const said = mentions[0] ?? found.said;
    out.place = { place: found.place, near: mentions.some((m) => NEAR.test(m)), said };
    const within = mentions.map((m) => /^within (\d+) miles/i.exec(m)).find(Boolean);
    if (within) out.place.miles = Number(within[1]);
    for (const m of mentions.length ? mentions : [said]) take(m);
  }
  for (const { re, ages } of AGE_PATTERNS) {
    const m = re.exec(rest);
    if (!m) continue;
    const [min, max] = ages(m);
    if (max <= 99) {
      const lead = new RegExp(`(?:(?:for|with) (?:a |an |my |our )?)?${escape(m[0])}(?:\\s+(?:student|son|daughter|kid|child|youth|teen|girl|boy))?`, 'i').exec(rest);
      out.age = { min, max, said: lead?.[0] ?? m[0] };
      take(out.age.said);
      // "14 yo wants a job... programs that take 14 yr olds?": the age said again is no kind of service either.
      for (const again of AGE_PATTERNS) rest = rest.replace(new RegExp(again.re.source, 'gi'), ' ');
    }
    break;
  }
  /** The first of `rules` found in what is left of the question, taken out of it (every mention of it). */
  const takeFirst = <T>(rules: { value: T; re: RegExp }[]): { value: T; said: string } | undefined => {
    for (const { value, re } of rules) {
      const m = re.exec(rest);
      if (!m) continue;
      // "in the late afternoon after school" says it twice: both go.
      rest = rest.replace(new RegExp(re.source, 'gi'), ' ');
      return { value, said: m[0] };
    }
    return undefined;
  };
  // "everything so far has been in english ... any parent help in marshallese?": of the languages a
  // message names, the family's is not English, and the one asked for comes last.
  const cued = [...new Set([...book.languages, ...KNOWN_LANGUAGES])]
    .map((name) => ({ value: name === 'ASL' ? 'American Sign Language' : name, re: LANGUAGE_CUE(escape(name)) }))
    .flatMap(({ value, re }) => {
      const m = re.exec(rest);
      return m ? [{ value, re, at: m.index }] : [];
    })
    .sort((a, b) => Number(/^english$/i.test(a.value)) - Number(/^english$/i.test(b.value)) || b.at - a.at);
  const language = cued.length ? takeFirst([cued[0]!]) : undefined;
  if (language) out.language = { name: language.value, said: language.said };
  const cost = takeFirst(COSTS.map(({ cost: value, re }) => ({ value, re })));
  if (cost) out.cost = { cost: cost.value, said: cost.said };
  const when = takeFirst(WHENS.map(({ when: value, re }) => ({ value, re })));
  if (when) out.when = { when: when.value, said: when.said, ...(toldInStory(question, when.said) ? { told: true } : {}) };
  const day = when ? undefined : [...askingSentences(rest).asking.matchAll(ASKED_DAY)][0];
  if (day) {
    out.when = { when: day.groups!.day!.toLowerCase() as When, said: day[0] };
    rest = rest.replace(ASKED_DAY, ' ');
  }
  // "Which free youth employment programs serve a 17-year-old...": the request is read as the kind is,
  // without the conditions said inside it.
  if (!out.finding && FINDING.test(rest.split(' ').filter(Boolean).join(' '))) out.finding = true;
  const parts = askingSentences(rest.replace(/\([^()]*\)/g, ' ').replace(CHAT_FILLER, ' '));
  const circumstance = (parts.asking.match(CIRCUMSTANCE) ?? []).join(' ').trim();
  if (circumstance) out.circumstance = circumstance;
  out.rest = displayKind(withoutAsking(parts.asking.replace(CIRCUMSTANCE, ' ').replace(NEGATED, ' ')).replace(CHAT_FILLER, ' '));
  out.story = `${parts.story} ${circumstance}`.replace(NEGATED, ' ').replace(/\s+/g, ' ').trim();
  // What is left in parentheses once the conditions are read explains the kind ("travel training (learning to ride the bus)").
  out.kind = displayKind(withoutAsking(rest.replace(NEGATED, ' ')).replace(/\([^()]*\)/g, ' ').replace(CHAT_FILLER, ' '));
  // "spanish speaking benefits counseling in Lakeside": a name of a service and a condition, no question word, is a search too.
  if (!out.finding && !ASKING_ABOUT.test(question) && (out.place || out.language)) out.finding = true;
  // "...is there a youth program in Oakdale and how does he sign up?": a second question the
  // directory's fields cannot answer goes to the usual answer, which reads both.
  // A part of a sentence that ends with a full stop tells ("did a work experience at the vet clinic and did great.").
  const questions = question
    .split(/(?<=[.!?])\s+/)
    .flatMap((sentence) => sentence.split(SECOND_QUESTION).map((part) => ({ part, tells: /[.!]\s*$/.test(sentence) })))
    .filter((x) => x.part.trim());
  // "...does the door to door ride thing run saturdays?": a part that states a condition read (the day,
  // the place, the age...) asks whether the service meets it, which the directory's fields answer.
  const saids = [out.place?.said, out.age?.said, out.language?.said, out.cost?.said, out.when?.said].filter((x): x is string => Boolean(x?.trim())).map((x) => x.trim().toLowerCase());
  const statesCondition = (part: string) => saids.some((x) => part.toLowerCase().includes(x));
  if (questions.length > 1 && questions.some(({ part, tells }, i) => !tells && asksSomethingElse(part, i) && !statesCondition(part))) out.finding = false;
  return out;
}

/**
 * Words around a directory request in chat that say nothing about the kind of service: who asks,
 * where the family lives (the place itself is already read), and the closing "who should we call?".
 */
const CHAT_FILLER =
  /\b(?:i have|we have|i've got|there'?s) (?:a|an) (?:student|kid|child|son|daughter|teen|youth)?\b|\b(?:(?:whose|the|her|his|their|my|our) )?(?:family|parents?|mom|dad) (?:lives?|living|is|are)\b|\b(?:is|are|was|were) asking (?:about|for)\b|\b(?:who|whom) (?:should|could|can|do) (?:i|we|they) (?:call|contact|talk to|reach)\b|\bany (?:ideas|suggestions|leads|recommendations)\b|\b(?:(?:the |a )?(?:phone|contact|tel) ?(?:number|#|no\.?)|number (?:for|of))\b|\banywhere\b|\b(?:(?:for|at|of) |(?:kids?|students?|youth|teens?) )?(?:that|this|his|her|their|the same) age\b|\b(?:thanks|thank you|thx)\b|[()]/gi;

/**
 * What the message says the student does not want or cannot use ("not a resume class", "she doesnt
 * need therapy", "can't do the fixed route bus"): a neighbouring kind named to rule it out, so its
 * words are no part of the kind asked. It runs to the next comma, full stop, "but", "just" or new subject.
 */
const NEGATED =
  /\b(?:not (?=an? |the |into |interested |looking )|(?:does|do|did|is|are)(?:n'?t| not) (?:want|need|like|into|looking for|interested in)|(?:(?:ca|could|wo)n'?t|can not|cannot|could not) (?:do|use|ride|handle|take|stand)|rather than|instead of|other than)\b[^,.;:!?()]*?(?=\s*(?:[,.;:!?()]|\b(?:but|just|only|so)\b|\b(?:she|he|they|mom|dad|parents?)\b|$))/gi;

/** A clause of a sentence that asks saying when or why ("while mom's at work", "til he gets the route", "if it gets bad again"): the story around the request, not the kind. */
const CIRCUMSTANCE = /\s+\b(?:while|until|til|till|because|since|if|once)\b[^.!?]*/gi;

/** The kind of service as the person wrote it, without the filler words around it: "job coach" from "need a job coach who". */
function displayKind(rest: string): string {
  const words = rest.replace(/[?!.,;:]+/g, ' ').split(/\s+/).filter(Boolean);
  // "free options?", "summer job ideas": what a person asks for, not what kind of service.
  const filler = (w: string) => isStopword(w.toLowerCase()) || /^(?:need|needs|help|someone|anyone|anybody|somebody|anything|place|places|call|contact|who's|whos|what's|whats|ideas?|options?|suggestions?|recommendations?)$/i.test(w);
  while (words.length && filler(words[0]!)) words.shift();
  while (words.length && filler(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** The text without its asking words; "which job coaching providers serve" keeps "job coaching". */
function withoutAsking(text: string): string {
  return text.replace(FINDING, (...args) => ` ${(args[args.length - 1] as { named?: string }).named ?? ''} `);
}

/** Where a sentence's joined questions ("...in Oakdale and how does he sign up?") part; "...how to schedule a ride and do it on her own" is one request. */
const SECOND_QUESTION = /\s+-+\s+|,?\s+(?:and|but|also|plus)\s+(?=(?:how|what|whats|when|why)\b|(?:can|could|does|do|did|should|will|would)\s+(?:i|we|you|they|he|she|it|the|a|an|my|our|his|her|their|this|that|there|any\w*|some\w*)\b(?<!\bdo it))/i;

/** A sentence that asks for something without a question word: "need a job coach", "looking for respite". */
const REQUEST = /^\s*(?:(?:i|we|they|she|he|mom|dad|family)\s+)?(?:(?:really|just|still)\s+)?(?:needs?|looking for|searching for|trying to find)\b/i;

/** A part of a message whose question ("how does he sign up?") asks something else than where to find a service. */
function asksSomethingElse(part: string, i: number): boolean {
  return (i > 0 || /\?\s*$/.test(part)) && ASKING_ABOUT.test(part) && !FINDING.test(part);
}

/** Where a message's sentences part (a dash sets off a sentence in chat). */
const SENTENCE = /(?<=[.!?])\s+|\n+|\s+-\s+/;

/**
 * The sentences of a message that ask (a question word, a request, a question mark) and the rest;
 * a sentence that opens like a question but ends with a full stop tells ("did a work experience at
 * the vet clinic."). When none asks, the last sentence is the request: chat puts it last.
 */
export function askingSentences(text: string): { asking: string; story: string } {
  const sentences = text.split(SENTENCE).filter((x) => /\w/.test(x));
  const asks = (x: string) => FINDING.test(x) || (ASKING_ABOUT.test(x) && !/\.\s*$/.test(x)) || REQUEST.test(x) || /\?\s*$/.test(x);
  if (!sentences.some(asks)) return sentences.length > 1 ? { asking: sentences[sentences.length - 1]!, story: sentences.slice(0, -1).join(' ') } : { asking: text, story: '' };
  return { asking: sentences.filter(asks).join(' '), story: sentences.filter((x) => !asks(x)).join(' ') };
}

/**
 * A day or the evening said bare in a sentence that asks ("drop her off saturdays for a few hrs",
 * "a day program ..., incl saturdays", "stays open into the evening", "evenings only"): when the
 * service must be open, unless it names a job or someone's work ("a saturday shift", "works
 * weekends") or is what the sentence is about ("saturday and sunday are hard for the family").
 */
const ASKED_DAY = /(?<!\bworks?\s+)\b(?<day>saturday|sunday|weekend|evening)s?\b(?!\s+(?:and|or|are|is)\b|[ -]+(?:jobs?|work|working|shifts?)\b)/gi;

/** Whether words of a message stand in a sentence of the story around its request rather than one that asks. */
function toldInStory(question: string, said: string): boolean {
  const { asking } = askingSentences(question);
  const at = question.split(SENTENCE).find((x) => x.toLowerCase().includes(said.trim().toLowerCase()));
  return at !== undefined && !asking.includes(at);
}

export function hasConditions(c: Conditions): boolean {
  return Boolean(c.place || c.age || c.language || c.cost || c.when);
}
