import { describe, expect, it } from 'vitest';
import { readConditions } from '../../../../src/core/knowledge/directory/conditions.js';
import { placeBook } from '../../../../src/core/knowledge/directory/places.js';
import type { ServiceRecord } from '../../../../src/core/knowledge/types.js';

const record = (city: string, zip: string, areas: string[], languages: string[] = ['English']): ServiceRecord => ({
  name: `Service in ${city}`,
  phones: [],
  areas,
  locations: [{ city, zip, state: 'LK' }],
  languages,
  open: [],
});
const book = placeBook(
  [record('Pine Ridge', '56001', ['Pine Ridge']), record('Oakdale', '56002', ['Pine County'], ['English', 'Karen']), record('Lakeside', '56003', ['Lakeside'])],
  [{ town: 'Lakeside', county: 'Pine County', zips: ['56003'] }],
);
const read = (q: string) => readConditions(q, book);

describe('conditions read from a directory question', () => {
  it('reads a town, an age and the kind of service from the way teachers ask', () => {
    const c = read('who offers travel training in Pine Ridge for a 17 year old?');
    expect(c.place?.place.name).toBe('Pine Ridge');
    expect(c.age).toMatchObject({ min: 17, max: 17 });
    expect(c.kind).toBe('travel training');
    expect(c.finding).toBe(true);
  });

  it('reads "who do we refer to" and "who can talk to them" as looking for a service, with or without a place it knows', () => {
    expect(read('IEP team wants to get voc rehab involved for job exploration. who do we refer to').finding).toBe(true);
    expect(read('parents were told they have to get guardianship. who can talk to them about alternatives?').finding).toBe(true);
    expect(read('who do we refer to for job coaching in lakeside?').place?.place.name).toBe('Lakeside');
  });

  it('reads an age in brackets after the student, before a school year', () => {
    expect(read('deaf student (18) in oakdale needs an ASL interpreter').age).toMatchObject({ min: 18, max: 18 });
    expect(read('got a junior (17) in oakdale who wants travel training').age).toMatchObject({ min: 17, max: 17 });
    expect(read('3 students (12) in oakdale need bus passes').age).toBeUndefined();
    expect(read('kiddo is 13 and lives in oakdale - anything rec-wise?').age).toMatchObject({ min: 13, max: 13 });
    expect(read('any youth employment programs in oakdale that take 14 yr olds?').age).toMatchObject({ min: 14, max: 14 });
    expect(read('graduating at 20 this spring, family is in oakdale. anything that takes him at 20?').age).toMatchObject({ min: 20, max: 20 });
    expect(read('can someone in oakdale pick her up at 12:30 or at 3 pm?').age).toBeUndefined();
  });

  it('takes a place, an age or "that age" said twice out of the kind of service', () => {
    const twice = read('kiddo is 13 and lives in oakdale - anything rec-wise near oakdale? family doesnt drive far');
    expect(twice.place).toMatchObject({ near: true });
    expect(twice.rest).toBe('rec-wise');
    expect(read('14 yo wants a saturday job, any youth employment programs in oakdale that take 14 yr olds?').kind).not.toMatch(/14|yr|olds/);
    expect(read('16 y/o in oakdale wants a job coach. who does supported employment for that age out there').rest).toBe('supported employment');
    expect(read('16yo in oakdale struggling w depression, who takes kids that age').kind).not.toMatch(/age|kids/);
  });

  it('reads a story told in full sentences as a story: an age with what else is said of the student, the family’s own Medicaid, what the student did', () => {
    expect(read('my student jaylen (17, autism) lives in oakdale. who teaches kids to ride the bus?').age).toMatchObject({ min: 17, max: 17 });
    // An age set off by commas is the age, not the school year's guess (a junior is 16 or 17).
    expect(read('junior, 17, autism + anxiety, lives in oakdale. anybody who teaches kids to use the bus?').age).toMatchObject({ min: 17, max: 17 });
    expect(read('senior in oakdale, 18, IEP for ID. who could teach her to get around on her own').age).toMatchObject({ min: 18, max: 18 });
    expect(read('grandma in oakdale only speaks karen and their medicaid lapsed. anyone who can help her reapply?').cost).toBeUndefined();
    expect(read('who does respite in oakdale that takes medicaid?').cost?.cost).toBe('medicaid');
    const told = read('she is 17, lives in oakdale. did a work experience at the vet clinic and did great with a para. looking for someone who goes to the job with her');
    expect(told.finding).toBe(true);
    expect(read('is there a youth program in oakdale and how does he sign up?').finding).toBe(false);
  });

  it('reads ages written as 17yo, 17 y/o, age 17 and a school year', () => {
    expect(read('job coach for a 17yo in oakdale').age).toMatchObject({ min: 17, max: 17 });
    expect(read('any job coach for my 19 y/o in oakdale').age).toMatchObject({ min: 19, max: 19 });
    expect(read('is there tutoring in Lakeside for a student aged 15').age).toMatchObject({ min: 15, max: 15 });
    expect(read('is there mentoring in Lakeside for a junior').age).toMatchObject({ min: 16, max: 17 });
  });

  it('reads the family language only when the question says it is spoken', () => {
    expect(read('spanish speaking benefits counseling in Lakeside').language?.name).toBe('Spanish');
    expect(read('family speaks Vietnamese, is there respite care near Oakdale').language?.name).toBe('Vietnamese');
    expect(read('any parent training in Karen in Oakdale?').language?.name).toBe('Karen');
    expect(read('who offers Spanish classes in Oakdale').language).toBeUndefined();
  });

  it('reads cost: free, sliding scale, Medicaid', () => {
    expect(read('is there free respite care in Oakdale').cost?.cost).toBe('free');
    expect(read('counseling on a sliding scale in Oakdale?').cost?.cost).toBe('sliding');
    expect(read('who does ABA in Lakeside that takes Medicaid').cost?.cost).toBe('medicaid');
  });

  it('does not read an after-school job as hours the service keeps', () => {
    expect(read('job coach in oakdale for an after school job').when).toBeUndefined();
    expect(read('travel training in oakdale after school').when?.when).toBe('after-school');
  });

  it('reads when it must be open, but not a weekend job', () => {
    expect(read('any social skills group in Oakdale after school').when?.when).toBe('after-school');
    expect(read('respite care in Lakeside on saturdays').when?.when).toBe('saturday');
    expect(read('who has a job club in Oakdale open now').when?.when).toBe('open-now');
    expect(read('is there benefits counseling in Oakdale for a teen with a weekend job').when).toBeUndefined();
  });

  it('reads a day before the service it names ("saturday respite") as when it must be open, not the kind', () => {
    const saturday = read('need saturday respite in Lakeside for a 9 yo');
    expect(saturday.when?.when).toBe('saturday');
    expect(saturday.kind).toBe('respite');
    expect(read('any evening rec groups in Oakdale for a 16 y/o').when?.when).toBe('evening');
    expect(read('he has a saturday job, any respite in Oakdale?').when).toBeUndefined();
    expect(read('saturday and sunday are hard for the family, any respite in Oakdale?').when).toBeUndefined();
  });

  it('reads a day said bare in the sentence that asks as when it must be open, and leaves it out of the kind', () => {
    const saturdays = read('mom works part time. is there any place in Lakeside mom can drop her off saturdays for a few hrs?');
    expect(saturdays.when?.when).toBe('saturday');
    expect(saturdays.when?.told).toBeUndefined();
    expect(saturdays.rest).not.toMatch(/saturday/i);
    expect(read('any daytime program for adults in Oakdale that stays open into the evening?').when?.when).toBe('evening');
    expect(read('she works days. any peer mentor in Oakdale, evenings only?').when?.when).toBe('evening');
    expect(read('mom works weekends. any respite in Oakdale?').when).toBeUndefined();
    expect(read('he got a saturday shift. any job coach in Oakdale?').when).toBeUndefined();
  });

  it('reads a clause of the asking sentence that says when or why as the story, not the kind', () => {
    const c = read('she lives in Oakdale. looking for a daytime program w staff she could go to while mom is at work');
    expect(c.rest).toBe('daytime program w staff');
    expect(c.story).toMatch(/while .*at work/);
  });

  it('reads a language the service must "list as a language"', () => {
    expect(read('Crisis lines serving Oakdale that list Hmong as a language.').language?.name).toBe('Hmong');
  });

  it('knows places from the district file and ZIPs, and "near" from the words before them', () => {
    expect(read('is there respite care in Pine County').place?.place.kind).toBe('county');
    expect(read('respite care near 56002').place).toMatchObject({ near: true, place: { name: '56002', kind: 'zip' } });
    expect(read('respite care close to Lakeside').place?.near).toBe(true);
  });

  it('does not take "ZIP code" for part of the kind of service', () => {
    const c = read('Which mentoring programs serve youth in ZIP code 56002?');
    expect(c.place?.place.name).toBe('56002');
    expect(c.kind).not.toMatch(/zip|code/i);
  });

  it('reads a request told as a story: the asking sentence names the kind, the story is kept apart', () => {
    const c = read("got a junior in oakdale whos terrified of the bus, mom drives him everywhere. who can teach him to ride the bus on his own??");
    expect(c.finding).toBe(true);
    expect(c.place?.place.name).toBe('Oakdale');
    expect(c.rest).toMatch(/teach him to ride the bus/);
    expect(c.rest).not.toMatch(/mom drives/);
    expect(c.story).toMatch(/terrified of the bus/);
  });

  it('leaves out of the kind what the student does not want or cannot use, and keeps what they lack', () => {
    const coach = read('did a work experience at the vet clinic and did great with a para. looking for someone in oakdale who goes to the job with her and helps her learn it, not a resume class');
    expect(coach.rest).toMatch(/goes to the job with her/);
    expect(`${coach.rest} ${coach.story} ${coach.kind}`).not.toMatch(/resume/);
    // A sentence that opens like a question but ends with a full stop tells.
    expect(coach.rest).not.toMatch(/vet clinic/);
    expect(coach.story).toMatch(/vet clinic/);
    const rides = read('parent in oakdale asking about rides for her son, he can\'t do the fixed route bus. who does door to door rides?');
    expect(`${rides.rest} ${rides.story} ${rides.kind}`).not.toMatch(/fixed route/);
    expect(read('family in oakdale, think the kid has ID but never got dd eligibility. where do they start').kind).toMatch(/dd eligibility/);
  });

  it('reads "ideas" and "options" as asking, not as the kind', () => {
    const summer = read('summer job ideas for a 17 yo in pine ridge? IEP, mild ID, wants to work outside');
    expect(summer.rest).toBe('summer job');
    const ged = read('17 y/o dropped out last yr, lives in pine ridge, wants to get GED. free options?');
    expect(ged.cost?.cost).toBe('free');
    expect(ged.rest).toBe('');
    expect(ged.story).toContain('GED');
  });

  it('reads the last sentence as the request when no sentence asks', () => {
    const c = read("16yo in oakdale, mom's been caring for him alone since dad deployed. she doesnt want a program, just someone to come to the house a few hrs so she can sleep");
    expect(c.rest).toMatch(/come to the house a few hrs/);
    expect(c.rest).not.toMatch(/program/);
    expect(c.story).toMatch(/caring for him alone/);
  });

  it('reads Medicaid as a cost only when the service must take it, not when it is the topic', () => {
    expect(read('which job coaches in oakdale accept Medicaid?').cost?.cost).toBe('medicaid');
    expect(read('respite in oakdale that is paid through Medicaid').cost?.cost).toBe('medicaid');
    expect(read('Benefits counseling (how a job affects SSI and Medicaid) in Spanish for a family in Oakdale.').cost).toBeUndefined();
    expect(read('who can help them fill out ssi and medicaid applications in oakdale?').cost).toBeUndefined();
  });

  it('reads the family’s language, not the English everything was in so far', () => {
    const c = read('karen family in oakdale, son is 16. everything so far has been in english. any parent help in karen?');
    expect(c.language?.name).toBe('Karen');
  });

  it('reads "who could show her how ..." and a kind explained in brackets as looking for a service, keeping the verb as the kind', () => {
    const show = read('family is in oakdale. who could show her how to schedule a ride and do it on her own?');
    expect(show.finding).toBe(true);
    expect(show.rest).toMatch(/show her how to schedule a ride/);
    expect(read('who can get SSI when they turn 18?').finding).toBe(false);
    expect(read('Which supported employment (job coaching) services serve Oakdale?').finding).toBe(true);
  });

  it('reads a request with a condition said inside it, "where does she start" and "which ... services cover" as looking for a service', () => {
    // The cost said between "which" and "programs" is a condition, not part of the request.
    expect(read('Which free youth employment programs serve a 17-year-old in Oakdale?')).toMatchObject({ finding: true, cost: { cost: 'free' }, kind: 'youth employment' });
    expect(read('have a 16yo in oakdale who wants to learn to drive. where does she even start, someone has to evaluate her right?').finding).toBe(true);
    expect(read('Which paratransit or ride services cover ZIP 56003?')).toMatchObject({ finding: true, place: { place: { name: '56003' } } });
  });

  it('reads "which ... providers serving", "which ... services are available" and "whats close to" as looking for a service', () => {
    const serving = read('Which supported employment providers serving Oakdale accept Medicaid?');
    expect(serving).toMatchObject({ finding: true, place: { place: { name: 'Oakdale' } }, cost: { cost: 'medicaid' } });
    expect(serving.kind).toMatch(/^supported employment/);
    expect(read('Which mental health services are available to a 20-year-old in Oakdale?')).toMatchObject({ kind: 'mental health', finding: true });
    expect(read('student in oakdale is 16 and wants to drive. whats close to oakdale for driving lessons').finding).toBe(true);
  });

  it('reads a second question that states a condition ("does it run saturdays?") as asking whether the service meets it', () => {
    const c = read('parent in oakdale asking about rides for her son. he volunteers at the library. does the door to door ride thing run saturdays?');
    expect(c).toMatchObject({ finding: true, when: { when: 'saturday' } });
    expect(c.rest).toBe('door to door ride');
    expect(read('is there a youth program in oakdale and how does he sign up?').finding).toBe(false);
  });

  it('keeps the kind named inside "which ... providers serve"', () => {
    const c = read('Which job coaching providers serve a 20-year-old in Oakdale?');
    expect(c).toMatchObject({ kind: 'job coaching', finding: true });
  });

  it('leaves an interpreter in the kind when the language is read from "ASL interpreters"', () => {
    const c = read('Who provides Karen interpreters for meetings in Oakdale?');
    expect(c.language?.name).toBe('Karen');
    expect(c.kind).toMatch(/interpreters/);
  });

  it('leaves story questions and questions about something else to the usual answer', () => {
    expect(read('Can a 17 year old in Oakdale get Pre-ETS?').finding).toBe(false);
    expect(read('what is the SGA amount in Oakdale').finding).toBe(false);
    expect(read('my son is 19, out of school, and wants paid work experience and job training. is there a youth program in Oakdale and how does he sign up?').finding).toBe(false);
    expect(read('teen social nights in oakdale - what nights does it run?').finding).toBe(false);
    expect(read("whats the phone # for the DVR office in oakdale? family just moved there").finding).toBe(false);
    expect(read('how much notice does the college need for an interpreter at a campus event in oakdale').finding).toBe(false);
  });
});

describe('an area written as a phrase rather than a name', () => {
  // "Call to ask" is how some exports fill service_areas; a teacher writes the same words to ask.
  const phrased = placeBook([record('Pine Ridge', '56001', ['Pine Ridge']), record('Oakdale', '56002', ['Call to ask']), record('Lakeside', '56003', ['Within city limits'])]);
  it('is no place a question names: "who can I call to ask about respite in Oakdale" asks about Oakdale', () => {
    expect(readConditions('who can I call to ask about respite in Oakdale?', phrased).place?.place.name).toBe('Oakdale');
    expect(readConditions('is there anyone we could call to ask about rides near Pine Ridge', phrased).place).toMatchObject({ near: true, place: { name: 'Pine Ridge' } });
    expect(readConditions('any respite within city limits?', phrased).place).toBeUndefined();
  });
});
