import { FakeListChatModel } from '@langchain/core/utils/testing';
import { describe, expect, it, vi } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { quotedUnits } from '../../../../src/core/knowledge/answer/quote.js';
import { checkFocus, focusTerms } from '../../../../src/core/knowledge/answer/focus.js';
import { assessGrounding, corpusDf, specificTerms } from '../../../../src/core/knowledge/answer/grounding.js';
import { createLlmAnswerer } from '../../../../src/core/knowledge/answer/llm-answerer.js';
import { namesSubject, passageKeys, questionTerms } from '../../../../src/core/knowledge/answer/terms.js';
import { tokenize } from '../../../../src/core/knowledge/text.js';
import { corpusStatsOf } from '../../../../src/core/knowledge/search.js';
import { chunk, hits, type PassageId } from '../../../fixtures/answer/passages.js';

const IDS: PassageId[] = ['preEts', 'vrElig', 'able', 'college', 'iep', 'harborVr', 'bayCil', 'paratransit', 'majority'];
const corpus = corpusStatsOf(IDS.map(chunk));
const focusOf = (q: string) => focusTerms(specificTerms(questionTerms(q)), corpus, (t) => corpusDf(t, corpus)).map((t) => t.key);
const unit = (text: string) => ({ text, keys: passageKeys(text) });

describe('question focus', () => {
  it('takes the rarest words the folder holds, never padding or words the folder lacks', () => {
    const focus = focusOf('Honestly, my son wonders how much money in an ABLE account Ohio ignores?');
    expect(focus).not.toContain('son');
    expect(focus).not.toContain('ohio');
    expect(focus.length).toBeLessThanOrEqual(2);
    expect(focus.some((k) => k === 'able' || k === 'c:able')).toBe(true);
  });

  it('never takes a month name, written out or clipped as chat writes it, for what is asked', () => {
    const terms = questionTerms('drives the kid to a job shadow in oct and again in December - what is the mileage rate?');
    const months = terms.filter((t) => [...tokenize('oct December')].includes(t.key));
    expect(months).toHaveLength(2);
    expect(months.some(namesSubject)).toBe(false);
    expect(namesSubject(terms.find((t) => t.key === tokenize('mileage')[0])!)).toBe(true);
  });

  it('has no focus without corpus statistics', () => {
    expect(focusTerms(specificTerms(questionTerms('What is the ABLE cap?')), undefined, () => 1)).toEqual([]);
  });
});

describe('checking the quoted answer', () => {
  const q = 'What is the lifetime cap of an ABLE account?';
  const focus = focusTerms(specificTerms(questionTerms(q)), corpus, (t) => corpusDf(t, corpus));

  it('flags an answer about the subject that holds no amount', () => {
    const f = checkFocus(q, focus, [unit('Each state runs its own ABLE program and sets a lifetime cap.')]);
    expect(f.kindMissing).toBe('money');
  });

  it('needs the amount in a sentence about the focus, not anywhere in the answer', () => {
    const f = checkFocus(q, focus, [unit('Each state sets a lifetime cap for an ABLE account.'), unit('A bus pass costs $40.')]);
    expect(f.kindMissing).toBe('money');
    expect(checkFocus(q, focus, [unit('The lifetime cap for an ABLE account is $500,000 in most states.')]).kindMissing).toBeUndefined();
  });

  it('takes an amount for the thing asked only where the thing is said: another amount of the same subject is no answer', () => {
    // The SSI disregard of an ABLE account is an amount about ABLE accounts, but no lifetime cap.
    expect(checkFocus(q, focus, [unit('The first $100,000 in an ABLE account does not count.')]).kindMissing).toBe('money');
    const dollar = 'What is the 2026 dollar limit for extra ABLE to Work contributions from a worker\'s own pay?';
    expect(checkFocus(dollar, [], [unit('How much can go in | $19,000 per year in 2026 from all contributors combined.')]).kindMissing).toBe('money');
    // Said in the heading the amount sits under, or in its passage, the amount is the thing's.
    const filing = "what's the court filing fee for a guardianship petition?";
    const clinic = { text: 'Fees: Free', keys: passageKeys('Fees: Free'), where: 'Guardianship help desk\nProvided by: Legal Aid of the Valley' };
    expect(checkFocus(filing, [], [clinic]).kindMissing).toBe('money');
    const court = { text: 'Fee: $164', keys: passageKeys('Fee: $164'), where: 'Guardianship petition filing\nCounty District Court' };
    expect(checkFocus(filing, [], [court]).kindMissing).toBeUndefined();
    // A bare "fee" names no thing: any amount of the subject answers, as before.
    expect(checkFocus("what's the fee?", [], [unit('Students pay a $42 per quarter student services fee.')]).kindMissing).toBeUndefined();
  });

  it('takes a date for the deadline asked only where the thing it closes is said', () => {
    const q = 'What is the registration deadline for the summer orientation?';
    expect(checkFocus(q, [], [unit('Hours: July 28-29, 2026, 9:00 a.m.-3:00 p.m.')]).kindMissing).toBe('date');
    expect(checkFocus(q, [], [unit('Registration closes June 15, 2026.')]).kindMissing).toBeUndefined();
  });

  it('takes a count said beside the thing for a cap or limit that is no price', () => {
    expect(checkFocus('What is the enrollment cap for the Bridge program?', [], [unit('9.3 Enrollment is capped at 24 students.')]).kindMissing).toBeUndefined();
    expect(checkFocus('What is the class size limit for the Next Step class?', [], [unit('Class size is limited to 12.')]).kindMissing).toBeUndefined();
    // A number that is not said with the thing is no count of it.
    expect(checkFocus('What is the enrollment cap for the Bridge program?', [], [unit('Winter 2027 | November 13, 2026')]).kindMissing).toBe('money');
    // What something costs is a price: a count does not answer it.
    expect(checkFocus("what's the enrollment fee for the Bridge program?", [], [unit('Enrollment is capped at 24 students.')]).kindMissing).toBe('money');
  });

  it('reads a year in the story as no year asked: the rate given for another year answers', () => {
    const story = "parent drives the kid to a job shadow in oct 2026 - what's the mileage rate?";
    const rate = unit('Mileage is reimbursed at $0.40 per mile for travel on or after January 1, 2025.');
    expect(checkFocus(story, [], [rate]).kindMissing).toBeUndefined();
    // Asked for that year, the same sentence does not answer.
    expect(checkFocus("what's the mileage rate for trips in 2026?", [], [rate]).kindMissing).toBe('money');
  });

  it('needs the year and the period asked in the same item of a quoted list', () => {
    const mq = 'What is the 2026 monthly limit for the student exclusion?';
    const list = unit('Two limits: Yearly cap: in 2026, up to $9,730 of earnings in the calendar year; Monthly limit: in 2025 it was $2,350 a month.');
    expect(checkFocus(mq, [], [list]).kindMissing).toBe('money');
    expect(checkFocus(mq, [], [unit('Monthly limit: in 2026 it is $2,410 a month; yearly cap $9,730.')]).kindMissing).toBeUndefined();
  });

  it("reads a clause naming no year as its source's year: the 2026 quick sheet's limit is 2026's", () => {
    const sq = 'SEIE monthly limit for 2026?? parent asking before summer works';
    const limit = 'Social Security excludes earnings before any other exclusion: up to $2,410 a month, up to $9,730 for the year.';
    expect(checkFocus(sq, [], [{ ...unit(limit), where: 'Work Incentives Quick Sheet 2026\nStudent Earned Income Exclusion' }]).kindMissing).toBeUndefined();
    expect(checkFocus(sq, [], [{ ...unit(limit), where: 'Work Incentives Quick Sheet 2025' }]).kindMissing).toBe('money');
    // A clause naming another year is that year's, whatever the title says.
    const old = 'In 2025 the exclusion was up to $2,350 a month.';
    expect(checkFocus(sq, [], [{ ...unit(old), where: 'Work Incentives Quick Sheet 2026' }]).kindMissing).toBe('money');
  });

  it('needs a TTY line about what was asked, not the word "TTY" anywhere', () => {
    const tq = 'Is there a TTY number for the Bayside office?';
    // The two rarest words of a folder that lists one TTY line: the line kind and the place.
    const tf = specificTerms(questionTerms(tq)).filter((t) => t.key === 'tty' || t.key.startsWith('baysid'));
    expect(tf).toHaveLength(2);
    expect(checkFocus(tq, tf, [unit('Harbor County VR intake: 555-0101 (TTY 555-0102)')]).kindMissing).toBe('phone');
    expect(checkFocus(tq, tf, [unit('Bayside CIL: 555-0110 (TTY 555-0111)')]).kindMissing).toBeUndefined();
  });

  it('accepts any quoted count of the unit asked ("how many hours")', () => {
    const hq = 'How many hours a week does a student need to be in class?';
    const hf = focusTerms(specificTerms(questionTerms(hq)), corpus, (t) => corpusDf(t, corpus));
    expect(checkFocus(hq, hf, [unit('in grades 7 to 12: at least 12 hours a week')]).kindMissing).toBeUndefined();
    expect(checkFocus(hq, hf, [unit('Attendance rules differ by grade.')]).kindMissing).toBe('quantity');
  });

  it('reads a quoted sentence in its passage: a deadline under the program it belongs to answers "when"', () => {
    const dq = 'When is the deadline for the paratransit application?';
    const df = focusTerms(specificTerms(questionTerms(dq)), corpus, (t) => corpusDf(t, corpus));
    const line = 'Due by Friday, April 24.';
    expect(checkFocus(dq, df, [unit(line)]).kindMissing).toBe('date');
    const inPassage = { ...unit(line), passage: passageKeys(`Paratransit rides for riders with disabilities. ${line}`) };
    expect(checkFocus(dq, df, [inPassage]).kindMissing).toBeUndefined();
  });

  it('reports focus words the quote lacks', () => {
    expect(checkFocus(q, focus, [unit('Medicaid covers many services.')]).missing.length).toBeGreaterThan(0);
  });

  it('asks nothing of the kind when no kind of fact is asked', () => {
    expect(checkFocus('How does an ABLE account work?', [], [unit('It is a savings account.')]).kindMissing).toBeUndefined();
  });
});

describe('quoted units', () => {
  it('are the sentences the extractive answer quotes', () => {
    const q = 'From what age can a student get Pre-ETS?';
    const h = hits(['preEts', 0.8], ['vrElig', 0.5]);
    const text = extractiveAnswer(q, h).text;
    const units = quotedUnits(q, h);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) expect(text).toContain(u.text.slice(0, 40));
    // Read with the title: a sentence saying "them" is about Pre-ETS.
    expect(units.every((u) => u.keys.has('c:pre_ets') || [...u.keys].some((k) => k.startsWith('pre')))).toBe(true);
  });

  it('are empty without hits', () => {
    expect(quotedUnits('Anything?', [])).toEqual([]);
  });
});

describe('grounding on the quoted answer', () => {
  const h = hits(['preEts', 0.8], ['vrElig', 0.5]);
  const nearMiss = 'How many hours a week of work-based learning does Pre-ETS pay for?';

  it('lowers confidence when the quoted answer does not hold what was asked', () => {
    const g = assessGrounding(nearMiss, h, undefined, { corpus });
    expect(g.focus?.kindMissing).toBe('quantity');
    const answered = assessGrounding('From what age can a student get Pre-ETS?', h, undefined, { corpus });
    expect(answered.focus?.kindMissing).toBeUndefined();
  });

  it('keeps the LLM path consistent: the same gate declines before any model call', async () => {
    const g = assessGrounding(nearMiss, h, undefined, { corpus });
    const llm = new FakeListChatModel({ responses: ['This must never be used [1].'] });
    const called = vi.spyOn(llm, 'invoke');
    // A threshold the question passes only without the quoted-answer check.
    const threshold = (g.confidence + g.confidence / 0.85) / 2;
    const a = await createLlmAnswerer({ llm, chatModel: 'm', abstainThreshold: threshold }).answer(nearMiss, h, { corpus });
    expect(a.grounded).toBe(false);
    expect(a.mode).toBe('llm');
    expect(called).not.toHaveBeenCalled();
  });
});
