import { describe, expect, it } from 'vitest';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { isUnknownNoun } from '../../../../src/core/knowledge/answer/unknown-noun.js';
import { corpusStatsOf } from '../../../../src/core/knowledge/search.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';

function chunk(id: string, title: string, text: string): Chunk {
  return { id: `${id}::0`, source: `${id}.md`, title, headings: [], text, hash: id };
}

// A respite agency's page, as a directory or a county guide words it: rates, a minimum, who can get it.
const respite = chunk(
  'respite',
  'In-Home Respite',
  'Trained respite workers come to your home so caregivers can have a break. Fees: $22 per hour, minimum 3 hours. ' +
    'Who can get it: children and adults with disabilities, age 3 and older. Apartments and group homes are served too.',
);
const transport = chunk('transport', 'Getting to work', 'Students can get a bus pass or help with rides to a summer job. Ask the school counselor.');
const corpus = corpusStatsOf([respite, transport]);
const hits: Hit[] = [
  { chunk: respite, score: 0.8 },
  { chunk: transport, score: 0.3 },
];
const THRESHOLD = 0.5;

describe('the unknown-noun check: the question names something the folder never names', () => {
  it('doubts "the holiday rate" of a respite agency whose page never mentions holidays', () => {
    const holiday = assessGrounding('does the respite agency charge more on holidays? whats the holiday rate', hits, THRESHOLD, { corpus });
    const plain = assessGrounding('does the respite agency charge more for in-home respite? whats the rate', hits, THRESHOLD, { corpus });
    expect(holiday.signals.cuts.unknownNoun).toBe(1);
    expect(plain.signals.cuts.unknownNoun).toBeUndefined();
    expect(holiday.confidence).toBeLessThan(plain.confidence);
    expect(holiday.grounded).toBe(false);
  });

  it('counts abstract and event nouns, not only things ("mileage", "password", "laptop")', () => {
    for (const w of ['holidays', 'mileage', 'password', 'laptop']) expect(isUnknownNoun(w, corpus), w).toBe(true);
  });

  it('counts a noun whose only link to the folder is a broader word ("football" is a field game, "tomorrow" a day)', () => {
    const club = chunk('club', 'Teen social club', 'Social nights for teens: games, music and movies. Field trips in the summer. Call any day.');
    const c = corpusStatsOf([club]);
    for (const w of ['football', 'tomorrow']) expect(isUnknownNoun(w, c), w).toBe(true);
  });

  it('leaves out a paraphrase of a word the folder uses, an adverb, and a clipped chat word', () => {
    // "pupils" are students; "realistically" is no noun; "apts" and "cant" are how chat writes
    // "apartments" and "can't".
    for (const w of ['pupils', 'realistically', 'apts', 'cant']) expect(isUnknownNoun(w, corpus), w).toBe(false);
    const g = assessGrounding('realistically is there a minimum for in-home respite? fam cant do more than 3 hrs', hits, THRESHOLD, { corpus });
    expect(g.unknown).toContain('realistical');
    expect(g.signals.cuts.unknownNoun).toBeUndefined();
    expect(g.grounded).toBe(true);
  });

  it('counts a noun whose folder synonym is a word English uses mostly as a verb ("homecoming" and "return the form")', () => {
    const school = chunk('school', 'Redbud High School', 'Return the signed form to the front office. The school year starts in August; the fair is in October.');
    const c = corpusStatsOf([school]);
    expect(isUnknownNoun('homecoming', c)).toBe(true);
    const g = assessGrounding('when is homecoming at the high school this year?', [{ chunk: school, score: 0.8 }], THRESHOLD, { corpus: c });
    expect(g.signals.cuts.unknownNoun).toBe(1);
    expect(g.grounded).toBe(false);
    // A synonym the folder uses as a noun still makes a paraphrase: "pupils" are students.
    const pupils = chunk('pupils', 'Students', 'Students may bring a support person to the meeting.');
    expect(isUnknownNoun('pupils', corpusStatsOf([pupils]))).toBe(false);
  });
  it('takes a word a folder writes as a sign beside a number as named ("dollar" and "$22", "percent" and "50%")', () => {
    // The respite page writes "$22 per hour"; the transport page writes no price at all.
    expect(isUnknownNoun('dollar', corpus)).toBe(false);
    expect(isUnknownNoun('dollar', corpusStatsOf([transport]))).toBe(true);
    expect(isUnknownNoun('percent', corpus)).toBe(true);
    const discount = chunk('discount', 'Reduced fares', 'Riders with a reduced fare ID pay 50% of the base fare.');
    expect(isUnknownNoun('percent', corpusStatsOf([discount]))).toBe(false);
    const g = assessGrounding('is in-home respite about 20 dollars an hour?', hits, THRESHOLD, { corpus });
    expect(g.signals.cuts.unknownNoun).toBeUndefined();
    const none = corpusStatsOf([{ ...respite, text: respite.text.replace('$22', 'twenty-two') }, transport]);
    expect(assessGrounding('is in-home respite about 20 dollars an hour?', hits, THRESHOLD, { corpus: none }).signals.cuts.unknownNoun).toBe(1);
  });
});
