// Words people add when they ask casually or tell their story first ("honestly we're lost, our boy
// has been on SSI since he was tiny ..."): who they are, hedges, time fillers, everyday verbs. They
// say nothing about what the knowledge folder must hold, so they weigh almost nothing in coverage
// and are never taken as evidence that the folder lacks the answer.
import { tokenize } from '../text.js';

const WORDS =
  // who is asking about whom
  'kid kids child children son sons daughter daughters boy boys girl girls teen teens teenager youngster ' +
  'mom mother dad father family families husband wife grandson granddaughter brother sister ' +
  'nephew niece grandma grandpa grandmother grandfather aunt uncle cousin stepson stepdaughter ' +
  'guy folks somebody anybody everybody everyone nobody ' +
  // hedges and feelings
  'honestly really actually basically literally totally exactly probably maybe perhaps sure okay ok hi hello hey thanks thank ' +
  'lost confused worried scared stuck wondering wonder guess think thought mean means feel hoping hope ' +
  // time and place fillers
  'now today currently anymore already yet ever still since ago later recently around nearby ' +
  'tiny little whole entire every ' +
  // vague nouns and everyday verbs
  'stuff kind sort lot lots bit way ' +
  'happen happened happens say said says told ask asked asking come came show straight push toward back done left ' +
  'supposed take make made give gave put figure sit usual usually normally handle handles handled reach send sent goes ' +
  // words that ask rather than say what about
  'question questions much many far name number per';

/** Filler phrases whose words mean something elsewhere ("right now" vs "rights"): removed before terms are read. */
const FILLER_PHRASES = /\b(?:right now|right away|these days|at the moment|around here|sit down with|figure out|find out)\b/gi;

/** The question without filler phrases. */
export function dropFillers(question: string): string {
  return question.replace(FILLER_PHRASES, ' ');
}

/** Stemmed tokens of the padding words. */
export const PADDING: ReadonlySet<string> = new Set(tokenize(WORDS));

export function isPadding(token: string): boolean {
  return PADDING.has(token);
}
