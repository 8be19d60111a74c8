import { describe, expect, it } from 'vitest';
import { askedFor, holdsAsked, holdsKind, kindWord } from '../../../../src/core/knowledge/answer/asked.js';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { askedParts, askingPart, partReadings, passageKeys, questionTerms, storySentences } from '../../../../src/core/knowledge/answer/terms.js';
import { checkFocus } from '../../../../src/core/knowledge/answer/focus.js';
import { tokenize } from '../../../../src/core/knowledge/text.js';
import type { Chunk, Hit } from '../../../../src/core/knowledge/types.js';
import { expectValidCitations } from './citations.js';

function hit(source: string, title: string, text: string, score: number): Hit {
  const chunk: Chunk = { id: `${source}::0`, source, title, headings: [], text, hash: source };
  return { chunk, score };
}

describe('asked kinds are recognised by their own shape, not by any digit', () => {
  it('a date is a month with a day or a numeric date, not a phone number or a rule citation', () => {
    const asked = askedFor('By when must the program get the referral?')!;
    expect(asked.kind).toBe('date');
    expect(holdsAsked(asked, 'Referral from a VR coordinator by April 1.')).toBe(true);
    expect(holdsAsked(asked, 'Applications are due Apr. 15th.')).toBe(true);
    expect(holdsAsked(asked, 'Send the form by 4/1.')).toBe(true);
    expect(holdsAsked(asked, 'Return it within 30 days.')).toBe(true);
    expect(holdsAsked(asked, 'Paid internship -> Bright Path .......... 555-0105 (TTY 555-0102)')).toBe(false);
    expect(holdsAsked(asked, 'See 34 CFR 361.41 (processing referrals).')).toBe(false);
    expect(holdsAsked(asked, 'Ages 16 to 21.')).toBe(false);
    expect(holdsAsked(asked, 'Open Tue, Thu afternoons.')).toBe(false);
  });

  it('weekdays answer "which days", clock times answer "what time"', () => {
    const days = askedFor('Which days is the job shadow office open?')!;
    expect(days.kind).toBe('date');
    expect(holdsAsked(days, 'Hours: Tue, Thu 12:30-15:30')).toBe(true);
    const time = askedFor('What time does intake close?')!;
    expect(holdsAsked(time, 'Intake is open until 4 pm.')).toBe(true);
    expect(holdsAsked(time, 'Call 555-0107.')).toBe(false);
  });

  it('an amount is a $ figure or a percent', () => {
    const asked = askedFor('How much does the program pay?')!;
    expect(asked.kind).toBe('money');
    expect(holdsAsked(asked, 'Students earn $12.50 an hour.')).toBe(true);
    expect(holdsAsked(asked, 'The agency pays 50 percent of wages.')).toBe(true);
    expect(holdsAsked(asked, 'Call 555-0101 for 20 hours a week.')).toBe(false);
  });

  it('reads "what will the fare be", a hyphenated name and "what are the dates" as asking a kind of fact', () => {
    expect(askedFor('what will the q-access fare be in 2027?')?.kind).toBe('money');
    expect(askedFor("what's the per-semester cap?")?.kind).toBe('money');
    expect(askedFor('what are the dates for camp launch summer 2027?')?.kind).toBe('date');
    // A table of deadlines holds no amount.
    const fare = askedFor('what will the q-access fare be in 2027?')!;
    expect(holdsAsked(fare, 'Winter 2027 | November 13, 2026')).toBe(false);
    expect(holdsAsked(fare, 'Q-Access rides cost $2.50 each way.')).toBe(true);
  });

  it('a share asked for a period must be stated for that period too', () => {
    const hourly = askedFor('What hourly rate does the agency pay providers for job coaching?')!;
    expect(holdsAsked(hourly, 'Job coach time is reduced to 20 percent or less of the scheduled work hours.')).toBe(false);
    expect(holdsAsked(hourly, 'The agency pays 50 percent of the hourly wage.')).toBe(true);
    expect(holdsAsked(hourly, 'Students earn $12.50 an hour.')).toBe(true);
  });

  it('an amount asked for a period must be stated for that period', () => {
    const monthly = askedFor("What's the SEIE monthly limit for 2026?")!;
    expect(monthly.kind).toBe('money');
    expect(holdsAsked(monthly, 'Yearly cap: in 2026, up to $9,730 of earnings in the calendar year.')).toBe(false);
    expect(holdsAsked(monthly, 'In 2025 it was $2,350 a month.')).toBe(true);
    expect(askedFor('SEIE monthly max for 2026?')?.kind).toBe('money');
    expect(askedFor("What's Lakeland's 1619(b) earnings threshold this year?")?.kind).toBe('money');
    const ride = askedFor('How much does paratransit cost per ride?')!;
    expect(holdsAsked(ride, 'Fees: $3.50 per one-way ride in 2026.')).toBe(true);
    expect(holdsAsked(ride, 'A monthly pass costs $40 a month.')).toBe(false);
    expect(holdsAsked(ride, 'Rides are free for attendants.')).toBe(true);
  });

  it('"who is the director", "by name" ask for a person, not a phone line', () => {
    expect(askedFor('Who is the superintendent/director of the Maple County DD Board?')?.kind).toBe('name');
    expect(askedFor("Who's the Pre-ETS coordinator at Maple District VR by name?")?.kind).toBe('name');
    expect(askedFor("Who's the executive director at Maple CIL?")?.kind).toBe('name');
    const name = askedFor("Who's the Pre-ETS coordinator at Maple District VR by name?")!;
    expect(holdsAsked(name, 'Phone: (555) 555-0103 (Pre-ETS coordinator)')).toBe(false);
    expect(holdsAsked(name, 'Call Ms. Alvarez, the Pre-ETS coordinator.')).toBe(true);
  });

  it('"who ... ? name pls" asks for a person too, so a role with its phone line is no answer', () => {
    const name = askedFor('who is the DVR counselor that holds office hours at the college? name pls')!;
    expect(name.kind).toBe('name');
    expect(askedFor('who is the section 511 coordinator at the central office (name)?')?.kind).toBe('name');
    expect(holdsAsked(name, 'A DVR counselor holds office hours on the 2nd Tuesday; call (614) 555-0114.')).toBe(false);
    expect(askedFor('who do I call about a late bus?')).toBeUndefined();
  });

  it('an age is "age 16", "a 19-year-old", "from 14", "14 to 21" near age words', () => {
    const asked = askedFor('At what age can a student start Pre-ETS?')!;
    expect(asked.kind).toBe('age');
    expect(holdsAsked(asked, 'Transition must start by age 16.')).toBe(true);
    expect(holdsAsked(asked, 'A 19-year-old can apply.')).toBe(true);
    expect(holdsAsked(asked, 'Students with disabilities ages 14 to 21.')).toBe(true);
    expect(holdsAsked(asked, 'Students can take part from 14.')).toBe(true);
    expect(holdsAsked(asked, 'when the student turns 18')).toBe(true);
    expect(holdsAsked(asked, 'Call 555-0103 for Pre-ETS.')).toBe(false);
    expect(holdsAsked(asked, 'See 34 CFR 361.5(c)(51).')).toBe(false);
    expect(holdsAsked(asked, 'The office is open 9 to 5.')).toBe(false);
  });

  it('a count of days or weeks is a number followed by that unit', () => {
    const asked = askedFor('How many weeks does the internship run?')!;
    expect(holdsAsked(asked, 'It runs for six weeks from June.')).toBe(true);
    expect(holdsAsked(asked, 'Call 555-0105; open 20 hours a week.')).toBe(false);
    const often = askedFor('How often is the plan reviewed?')!;
    expect(often.kind).toBe('quantity');
    expect(holdsAsked(often, 'Call 555-0105.')).toBe(false);
    expect(holdsAsked(often, 'It is reviewed once a year.')).toBe(true);
  });

  it('"how much notice" asks for a length of time, not an amount', () => {
    const asked = askedFor('how much notice does the interpreter office need, and what do they charge')!;
    expect(asked.kind).toBe('quantity');
    expect(holdsAsked(asked, 'Submit the request at least 10 business days before the event.')).toBe(true);
    expect(holdsAsked(asked, 'Agency rate: $65.00, two-session minimum.')).toBe(false);
    expect(askedFor('how much does the interpreter cost?')!.kind).toBe('money');
  });

  it('a person asked for is a name: a title, an initial, or two capitalised words that are no English words', () => {
    const asked = askedFor("want to connect a student w/ lindell job partners, who's their contact person at the fair")!;
    expect(asked.kind).toBe('name');
    expect(holdsAsked(asked, '6 | Lindell Job Partners | Supported employment and Discovery | Bethany Crowe, (434) 555-0166')).toBe(true);
    expect(holdsAsked(asked, '6 | Lindell Job Partners | Supported employment and Discovery | (434) 555-0166')).toBe(false);
    expect(holdsAsked(asked, 'Ridgeview High School, 1400 Ridgeview Road, Alder Springs')).toBe(false);
    // Two words no dictionary knows inside a longer capitalised run are a street's name, not a person's.
    expect(holdsAsked(asked, 'Address: 410 Mesa Verde Ave, Suite 200, Juniper Springs')).toBe(false);
    // Names are written with accents: "Raúl" is a capitalised word as much as "Raul".
    expect(holdsAsked(asked, 'Raúl Benavides | Accessibility Coordinator (last names M–Z) | 555-0154')).toBe(true);
    expect(holdsAsked(asked, 'José Peña, (434) 555-0170')).toBe(true);
  });

  it('a phone number is a phone pattern', () => {
    expect(holdsKind('phone', 'Call (555) 555-0105.')).toBe(true);
    expect(holdsKind('phone', 'Dial 7-1-1 for relay.')).toBe(true);
    expect(holdsKind('phone', 'Ages 14 to 21.')).toBe(false);
  });

  it('a fax number is answered only by a line that says fax', () => {
    const fax = askedFor('What is the fax number for the DD board?')!;
    expect(fax.kind).toBe('phone');
    expect(holdsAsked(fax, 'Intake: call (555) 555-0107.')).toBe(false);
    expect(holdsAsked(fax, 'Fax: (555) 555-0199.')).toBe(true);
    expect(holdsAsked(askedFor('What is the phone number for the DD board?')!, 'Intake: call (555) 555-0107.')).toBe(true);
  });

  it('an email asked is answered only by an email address, not by the program described or its phone', () => {
    const q = "what's the email for the Bridge Certificate coordinator";
    expect(askedFor(q)!.kind).toBe('email');
    expect(askedFor('need the email address for the DSS office')!.kind).toBe('email');
    expect(askedFor('can we email the referral to DVR?')).toBeUndefined();
    // A person's email, as chat asks it.
    expect(askedFor("whats owen scarbrough's email at pathways")!.kind).toBe('email');
    expect(askedFor("what's the coordinator's email")!.kind).toBe('email');
    const described = hit('handbook/college.md', 'College programs', 'The Bridge Certificate is a two-semester program in workplace skills. Call 555-0150 to ask about it.', 0.8);
    const withEmail = hit('handbook/college.md', 'College programs', 'The Bridge Certificate is a two-semester program in workplace skills. Coordinator: bridge@cvc.example.edu.', 0.8);
    expect(assessGrounding(q, [described], 0.5).focus?.kindMissing).toBe('email');
    expect(assessGrounding(q, [withEmail], 0.5).focus?.kindMissing).toBeUndefined();
    expect(extractiveAnswer(q, [withEmail]).text).toContain('bridge@cvc.example.edu');
  });
});

describe('an address asked is answered by a street address of what was asked', () => {
  it('reads an address asked, not an email address or the verb', () => {
    expect(askedFor("whats trailhead works' street address?")!.kind).toBe('address');
    expect(askedFor('What is the address of the Pruitt Center?')!.kind).toBe('address');
    expect(askedFor('need the email address for the DSS office')!.kind).toBe('email');
    expect(askedFor('how do we address the letter to the VR office?')).toBeUndefined();
    expect(holdsKind('address', 'Independence Works CIL | Front desk | (325) 555-0226 | 412 S. Main St., Halsey Mills')).toBe(true);
    expect(holdsKind('address', 'STRIDE is at the Pruitt Center, 300 W. Mesquite St., Redbud Creek, TX 79517.')).toBe(true);
    expect(holdsKind('address', 'Trailhead Works (Pre-ETS contractor) | Program manager | (325) 555-0249')).toBe(false);
  });

  it("takes a table row's address as that row's, not the next row's program's", () => {
    const q = "whats trailhead works' street address?";
    const rows = ['Trailhead Works (Pre-ETS contractor) | Program manager | (325) 555-0249 | Runs Work Ready Wednesdays', 'Independence Works CIL | Front desk | (325) 555-0226 | 412 S. Main St., Halsey Mills'];
    const passage = passageKeys(rows.join('\n'));
    const focus = questionTerms(q).filter((t) => t.key === tokenize('trailhead')[0]);
    const row = (text: string) => ({ text, keys: passageKeys(text), passage });
    expect(checkFocus(q, focus, rows.map(row)).kindMissing).toBe('address');
    // Prose under a heading naming the office is read in its passage, as before.
    expect(checkFocus(q, focus, [{ text: 'Drop forms off at 412 S. Main St., Halsey Mills.', keys: passageKeys('Drop forms off at 412 S. Main St.'), passage }]).kindMissing).toBeUndefined();
    // An amount is not one office's: a fee row still reads its table ("Fees | $42 per quarter").
    const fees = "what's the trailhead works fee?";
    expect(checkFocus(fees, focus, [row('Fees | $42 per quarter')]).kindMissing).toBeUndefined();
  });
});

describe('sentences of the top passages compete for the asked fact', () => {
  const directory = hit(
    'guides/who-to-call.txt',
    'Who to call',
    'Paid summer internship (ages 16-21, VR referral needed) -> Bright Path summer internship program ........ 555-0105',
    0.9,
  );
  const service = hit(
    'directory/summer.json',
    'Bright Path Summer Internship',
    'A six-week paid job for students. Who can get it: high school students. How to apply: Referral from a VR coordinator by April 1.',
    0.85,
  );

  it('takes the sentence holding the date from a lower-ranked passage over the directory line', () => {
    const q = 'By when must Bright Path get the VR referral for the summer internship?';
    const a = extractiveAnswer(q, [directory, service]);
    expect(a.text).toContain('April 1');
    expect(a.text.length).toBeLessThan(800);
    expectValidCitations(a);
  });

  it('the grounding gate uses the same check: a directory line is no date', () => {
    const q = 'By when must Bright Path get the VR referral for the summer internship?';
    expect(assessGrounding(q, [directory], 0.5).focus?.kindMissing).toBe('date');
    expect(assessGrounding(q, [directory, service], 0.5).focus?.kindMissing).toBeUndefined();
  });
});

describe('story and question sentences', () => {
  it('reads the question sentences of a story-first message as what is asked', () => {
    const q = 'Our son is 23 and lives in River County. Is there a program for young adults, and who do we call?';
    expect(storySentences(q)).toEqual(['Our son is 23 and lives in River County.']);
    expect(askingPart(q)).toBe('Is there a program for young adults, and who do we call?');
    const river = questionTerms(q).find((t) => t.key === 'riv');
    expect(river?.padding).toBe(true);
  });

  it('keeps the story when the question leans on it, and reads a plain question whole', () => {
    const leaning = 'The mental health center never came. What are we supposed to do?';
    expect(askingPart(leaning)).toBe(leaning);
    expect(storySentences('How old must a student be for Pre-ETS?')).toEqual([]);
  });

  it('tells the story from the question in chat written without question marks', () => {
    const q = 'student is 16 and wants the summer crew in our town. what does it pay this yr';
    expect(storySentences(q)).toEqual(['student is 16 and wants the summer crew in our town.']);
    expect(askingPart(q)).toBe('what does it pay this yr');
    // A spaced dash ends the story as a full stop would.
    const dashed = 'dad drives his son to a job shadow in october - whats the mileage rate';
    expect(askingPart(dashed)).toBe('whats the mileage rate');
    expect(questionTerms(dashed).find((t) => t.key === 'shadow')?.padding).toBe(true);
  });

  it("ends a story sentence at a clipped word's full stop, but not at an initial's", () => {
    const q = 'parent called the access center yesterday for her 15 y/o. how long til they get an intake appt usually';
    expect(askingPart(q)).toBe('how long til they get an intake appt usually');
    expect(storySentences('VR was supposed to start job placement for A.P. in sept and nothing has happened. what now?')).toEqual([
      'VR was supposed to start job placement for A.P. in sept and nothing has happened.',
    ]);
  });
});

describe('more ways of asking for a fact', () => {
  it('reads a count asked in chat shorthand ("hrs", "biz days") against the word the folder spells out', () => {
    const hrs = askedFor('how many hrs can VR fund per semester')!;
    expect(holdsAsked(hrs, 'A paid work experience may not exceed 120 hours per semester.')).toBe(true);
    const biz = askedFor('how many biz days ahead do they have to book a final')!;
    expect(holdsAsked(biz, 'Book at least 5 business days before a final.')).toBe(true);
    expect(holdsAsked(biz, 'Finals take 2 hours.')).toBe(false);
  });

  it('a count is found where a table row or a form label names what is counted before the number', () => {
    const slots = askedFor('how many SWE slots r there this yr? i have like 6 kids who want in')!;
    expect(holdsAsked(slots, 'Number of slots | 32 (up from 24 in 2025)')).toBe(true);
    expect(holdsAsked(slots, 'Slots: 32')).toBe(true);
    expect(holdsAsked(slots, 'Number of slots | to be announced')).toBe(false);
    expect(holdsAsked(slots, 'Students work up to 24 hours per week.')).toBe(false);
  });

  it('reads a section number before an article as no count of what follows', () => {
    const slots = askedFor('How many Habilitation Supports Waiver slots does the CMH currently have open?')!;
    expect(holdsAsked(slots, '10.1 The Habilitation Supports Waiver (HSW) is a Medicaid waiver.')).toBe(false);
    expect(holdsAsked(slots, 'The CMH has 12 Habilitation Supports Waiver slots open.')).toBe(true);
    expect(holdsAsked(slots, 'It holds two more Habilitation Supports Waiver slots this year.')).toBe(true);
  });

  it('a TTY or toll-free number must be named as such', () => {
    const tty = askedFor('Does the DD Board have a TTY number for Deaf parents?')!;
    expect(holdsAsked(tty, 'Intake: call (555) 555-0107.')).toBe(false);
    expect(holdsAsked(tty, 'Phone: (555) 555-0102 (TTY).')).toBe(true);
  });

  it('a wage or a premium is an amount, and "when is the next" asks for a date', () => {
    expect(askedFor("What's the state minimum wage in Lakeland?")?.kind).toBe('money');
    expect(askedFor('What is the monthly premium for the Medicaid buy-in?')?.kind).toBe('money');
    expect(askedFor("When is Family Link's next workshop?")?.kind).toBe('date');
  });

  it('"what is the date of" asks for a date and a tuition is an amount: a quote without one is no answer', () => {
    expect(askedFor('What is the date of the spring benefits workshop?')?.kind).toBe('date');
    expect(askedFor("what's the date of the job fair")?.kind).toBe('date');
    expect(askedFor('What is the per-credit tuition for the Bridge Certificate?')?.kind).toBe('money');
    const fair = hit('news/fair.md', 'Job fair', 'The 2027 job fair is being planned with local employers; watch this page for news.', 0.9);
    expect(checkFocus('What is the date of the 2027 job fair?', [], [{ text: fair.chunk.text, keys: passageKeys(fair.chunk.text) }]).kindMissing).toBe('date');
    const bridge = hit('college/bridge.md', 'Bridge Certificate', 'The Bridge Certificate tuition is billed at standard college rates.', 0.9);
    expect(checkFocus('What is the per-credit tuition for the Bridge Certificate?', [], [{ text: bridge.chunk.text, keys: passageKeys(bridge.chunk.text) }]).kindMissing).toBe('money');
  });

  it('"when is it" asks for a time that a date, a weekday or a clock time gives; "when should she" asks for none', () => {
    const when = askedFor('family wants to go to the youth job club. when is it?')!;
    expect(when.kind).toBe('date');
    expect(holdsAsked(when, 'The club meets the 2nd Tuesday of each month.')).toBe(true);
    expect(holdsAsked(when, 'Doors open at 4:30 p.m.')).toBe(true);
    expect(holdsAsked(when, 'Families are welcome at every job club meeting.')).toBe(false);
    expect(askedFor('he turns 18 in march. when should she reapply for SSI')).toBeUndefined();
    expect(askedFor('when can they file the guardianship petition')).toBeUndefined();
  });

  it('"when does it open next" asks for a coming date: opening hours and a past date leave it unanswered', () => {
    const q = 'when does the harbor county housing authority section 8 waitlist open next?';
    const next = askedFor(q)!;
    expect(next.kind).toBe('date');
    expect(holdsAsked(next, 'Hours: Mon-Fri 8:00-16:30')).toBe(false);
    expect(holdsAsked(next, 'The waitlist opens again on March 3.')).toBe(true);
    const entry = hit(
      'directory/services.csv#hcha',
      'Section 8 Housing Choice Vouchers',
      'Rental assistance vouchers from the Harbor County Housing Authority. The waitlist opens periodically; last opened October 2025. Hours: Mon-Fri 8:00-16:30',
      0.8,
    );
    expect(assessGrounding(q, [entry], 0.5).focus?.kindMissing).toBe('date');
    // A time of day still answers a plain "when": "the next month" in the story is no "next" asked.
    expect(askedFor('fam wants to tour the program next month. when are tours')?.weekdays).toBe(true);
  });
});

describe('messages asking two things', () => {
  it('splits at a second question, not at every "and"', () => {
    expect(askedParts('ABLE: yearly contribution limit for 2026, and at what balance does SSI get suspended?')).toEqual([
      'ABLE: yearly contribution limit for 2026',
      'at what balance does SSI get suspended?',
    ]);
    expect(askedParts('Is there a CIL in River County? And what services must every CIL provide?')).toHaveLength(2);
    const one = 'Can a student get SSI and SSDI at the same time?';
    expect(askedParts(one)).toEqual([one]);
  });

  it('finds the second question the way chat writes it', () => {
    expect(askedParts('riverbend summer crew in stillwater - when is the app due and what does it pay')).toEqual(['when is the app due', 'what does it pay']);
    expect(askedParts('canyon crew this summer. what does it pay this yr + when do apps open')).toEqual(['what does it pay this yr', 'when do apps open']);
    expect(askedParts("is the 'SSI at 18' workshop in person or zoom? and what date")).toEqual(["is the 'SSI at 18' workshop in person or zoom?", 'what date']);
    expect(askedParts('kessler county student: who is the BERA liaison, and when are walk-in hours')).toEqual(['kessler county student: who is the BERA liaison', 'when are walk-in hours']);
    expect(askedParts('marlow teen club - which fridays and how much? 16yo would love it')).toEqual(['which fridays', 'how much?']);
  });

  it('reads a part that names little with the part before it, and every part with the story', () => {
    expect(partReadings('marlow teen club - which fridays and how much? 16yo would love it')).toEqual([
      'marlow teen club 16yo would love it which fridays',
      'marlow teen club 16yo would love it which fridays how much?',
    ]);
    // An initial's full stop ends no sentence: "A.M." is no story of its own, and "is 4/14" no question.
    expect(askedParts('IEP mtg for A.M. is 4/14. if the counselor cant come do they send something? how far ahead')).toEqual([
      'if the counselor cant come do they send something?',
      'how far ahead',
    ]);
  });
});

describe('the words asking for a kind of fact', () => {
  it('name the thing whose amount is asked, before the money word, without its period or year', () => {
    expect(askedFor("what's the court filing fee at the clinic?")?.thing).toBe('court filing');
    expect(askedFor('What is the monthly limit?')?.thing).toBeUndefined();
    expect(askedFor('how much does it cost?')?.thing).toBeUndefined();
    expect(askedFor('how much is the court filing fee for a guardianship petition?')?.thing).toBe('court filing');
    expect(askedFor('how much does the heron hall meal plan cost per quarter')?.thing).toBe('heron hall meal plan');
    expect(askedFor('how much is camp launch??')?.thing).toBeUndefined();
    expect(askedFor("What is the registration deadline for BVCC's Jump Start summer orientation?")?.thing).toBe('registration');
    expect(askedFor('hospital internship - app deadline??')?.thing).toBeUndefined();
    expect(askedFor('IEP dispute over transition svcs, low income. which days is the legal aid clinic')?.thing).toBeUndefined();
  });

  it('end on the word naming the kind, which says what is wanted, not what about; a role asked is what about', () => {
    expect(kindWord('whats the age range for kids still in school?')).toBe('range');
    expect(kindWord("what's the number for the district office")).toBe('number');
    expect(kindWord('what is the fax number for the district office')).toBe('fax');
    expect(kindWord("who's the principal at the high school?")).toBeUndefined();
    expect(kindWord('can my son apply?')).toBeUndefined();
  });

  it('read a deadline set by an event as a date', () => {
    expect(holdsKind('date', "The SOP shall be delivered no later than the student's last day of attendance.")).toBe(true);
    expect(holdsKind('date', 'An assessment shall be completed before the end of grade 11.')).toBe(true);
    expect(holdsKind('date', 'Call 555-0180 to schedule a ride by 4:00 p.m. the business day before your trip.')).toBe(true);
    expect(holdsKind('date', 'The SOP summarizes the student\'s academic achievement.')).toBe(false);
  });

  it('read a deadline set by an age as a date: "by 18th birthday", "before age 16"', () => {
    const asked = askedFor('transfer of rights notice - by when do we have to give it')!;
    expect(holdsAsked(asked, 'By 18th birthday Notice of Transfer of Rights (form SE-19) | IEP case manager')).toBe(true);
    expect(holdsAsked(asked, 'Send the summary before age 16.')).toBe(true);
    expect(holdsAsked(asked, 'The notice is given on form SE-19 by the case manager.')).toBe(false);
  });
});

describe('counts and spans as policies write them', () => {
  it('reads a number spelled and restated in digits ("ten (10) calendar days") as its digits', () => {
    const asked = askedFor('how many days before an IEP mtg does the notice have to go out')!;
    expect(holdsAsked(asked, 'The meeting notice shall be sent at least ten (10) calendar days before the meeting.')).toBe(true);
    expect(holdsAsked(asked, 'The meeting notice shall list the agencies invited.')).toBe(false);
  });

  it('answers "how long" with when it ends, not with a range of ages', () => {
    const asked = askedFor('how long does a student without a regular diploma remain eligible?')!;
    expect(holdsAsked(asked, 'A student remains eligible through the end of the school year in which the student turns twenty-one (21).')).toBe(true);
    expect(holdsAsked(asked, 'Services continue until age 22.')).toBe(true);
    expect(holdsAsked(asked, 'Households with a member with a disability age 18 through 61 (2025 figure).')).toBe(false);
    expect(holdsAsked(asked, 'The program runs through the school year.')).toBe(false);
  });

  it('takes "how many" followed by a verb for any count, not a count of the verb', () => {
    const asked = askedFor('last yr how many got sent back bc the consent page wasnt signed?')!;
    expect(asked.unit).toBeUndefined();
    expect(holdsAsked(asked, '22 of 187 referrals came back because the consent page was not signed.')).toBe(true);
    expect(askedFor('how many days do they have to decide?')!.unit?.test('within 60 days')).toBe(true);
  });
});

describe('what a question asks, read past its wording (gate7)', () => {
  it('reads "whats the CAP number" as a phone number asked, not a cap (an amount)', () => {
    const question = 'parent is really upset w/ voc rehab and wants outside help, whats the CAP number';
    expect(askedFor(question)?.kind).toBe('phone');
    expect(askedFor("what's the intake number?")?.kind).toBe('phone');
    expect(askedFor('what is the total number of slots?')?.kind).not.toBe('phone');
    const h = hit('vr-notice.txt', 'Order of selection notice', 'Questions: contact your local field office, or the Client Assistance Program (CAP), which helps people who have concerns about VR services: 1-800-555-0199.', 0.8);
    expect(assessGrounding(question, [h]).signals.cuts.quoteKindMissing).toBeUndefined();
  });

  it('does not ask the quote to call a deadline "actual": an adjective names no thing', () => {
    const question = 'got a sr who wants to do LVC in the fall. when should she contact the disability office, is there an actual deadline';
    expect(askedFor(question)?.thing).toBeUndefined();
    expect(askedFor('what is the registration deadline?')?.thing).toBe('registration');
    const h = hit('faq-college.md', 'College accommodations FAQ', "For the fall 2026 semester, the DRC's priority intake deadline is July 31, 2026; students who finish intake by then have their letters ready on day one.", 0.8);
    expect(assessGrounding(question, [h]).signals.cuts.quoteKindMissing).toBeUndefined();
  });

  it('reads only a spelled number restated in digits as the digits: "Category (2) students" is no count of students', () => {
    const asked = askedFor('how many students are on the waiting list?')!;
    expect(holdsAsked(asked, 'Students in Priority Category (2) students wait for services to reopen.')).toBe(false);
    expect(holdsAsked(asked, 'The list holds fourteen (14) students.')).toBe(true);
  });
});

describe('amounts and ends asked in longer words (gate7)', () => {
  it('reads a money noun after a long name as an amount asked ("the ABLE account annual contribution limit")', () => {
    const asked = askedFor("what's the ABLE account annual contribution limit for 2026?")!;
    expect(asked.kind).toBe('money');
    // The first $100,000 is no yearly contribution limit: the quote gives another amount.
    const h = hit('able-faq.md', 'ABLE accounts FAQ', 'The first $100,000 in an ABLE account does not count toward the SSI $2,000 resource limit (2026 figure).', 0.9);
    expect(assessGrounding("what's the ABLE account annual contribution limit for 2026?", [h]).signals.cuts.quoteKindMissing).toBe(1);
  });

  it('answers "what time does it end" with a span or an end, not with the time it starts', () => {
    const asked = askedFor('What time does the Decisions at 18 workshop end?')!;
    expect(asked.end).toBe(true);
    expect(holdsAsked(asked, 'Hours: Third Tuesday of October, January and April, 6:30 p.m.')).toBe(false);
    expect(holdsAsked(asked, 'Third Tuesday of the month, 6:30-8:00 p.m.')).toBe(true);
    expect(holdsAsked(asked, 'The workshop starts at 6:30 p.m. and runs until 8 p.m.')).toBe(true);
    const swep = askedFor('when does swep 2026 actually end? last day of work for the kids')!;
    expect(holdsAsked(swep, 'Hours: June-July; orientation June 8, 2026')).toBe(false);
    expect(holdsAsked(swep, 'SWEP runs June 15 – July 24, 2026.')).toBe(true);
    expect(askedFor('what time does the club meet?')!.end).toBeUndefined();
  });
});
