// The offline answer path end to end over the starter knowledge folder: what a teacher asking in
// Slack would see for questions the folder answers and for near misses it must decline.
import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../../../src/core/knowledge/answer/index.js';
import { ask } from '../../../../src/core/skills/ask.js';
import { starterIndex } from '../../../helpers/assistant.js';
import { expectValidCitations } from './citations.js';

async function answer(question: string) {
  return (await ask(await starterIndex(), createAnswerer({}), question)).answer;
}

describe('answers over the starter knowledge', () => {
  it('lists what to bring from a directory entry when asked what a student needs to apply', async () => {
    const a = await answer('What does a student need to bring to apply for VR in Maple County?');
    expect(a.grounded).toBe(true);
    expect(a.text).toMatch(/Documents to bring: [^[]*(?:Photo ID|IEP)/);
    expectValidCitations(a);
  });

  it('quotes the sentence that answers a myth, not only the one that states it', async () => {
    const a = await answer('Is it true parents must get guardianship when their disabled child turns 18?');
    expect(a.text).toContain('That is not true.');
    expect(a.text).not.toMatch(/see "Transfer of Rights/);
  });

  it('declines a fax number: the folder lists phone numbers, not faxes', async () => {
    const a = await answer('What is the fax number for the Maple County DD board?');
    expect(a.grounded).toBe(false);
    expect(a.citations).toEqual([]);
  });

  it("declines a county's phone number when the folder has that office only for another county", async () => {
    const river = await answer("Can you give me the River County developmental disabilities board's phone?");
    expect(river.grounded).toBe(false);
    const maple = await answer("Can you give me the Maple County developmental disabilities board's phone?");
    expect(maple.grounded).toBe(true);
    expect(maple.text).toMatch(/555-010[789]/);
  });

  it("gives the phone of the local office for a program a guide explains, when asked who does it", async () => {
    const a = await answer('My daughter on SSI wants a job. Who around here can do benefits counseling with us?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('555-0113');
  });

  it('declines a person asked for by name: the folder lists offices, not staff', async () => {
    expect((await answer("Who is the executive director of the Maple Center for Independent Living?")).grounded).toBe(false);
  });

  it('gives a dated figure asked for "this year"', async () => {
    const fare = await answer('What does one paratransit ride cost this year?');
    expect(fare.grounded).toBe(true);
    expect(fare.text).toMatch(/\$3\.50 per one-way ride in 2026/);
  });

  it("answers from the section of a guide that holds the figure asked for, not the guide's opening", async () => {
    const a = await answer('How long will VR keep paying a job coach before the waiver has to take over?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('24 months');
  });

  it("declines a question about a state the folder never covers, named in the story", async () => {
    expect((await answer("My cousin's family lives in Oregon. When do IEP rights transfer to the student there?")).grounded).toBe(false);
    expect((await answer('We moved here from Oregon last year. When do IEP rights transfer to the student?')).grounded).toBe(true);
  });

  it('declines a figure the guide itself says to look up elsewhere, and gives the one it states', async () => {
    expect((await answer("What's the 2026 monthly cap for the student earned income exclusion?")).grounded).toBe(false);
    const yearly = await answer('How much can a student earn in 2026 under the student earned income exclusion in a year?');
    expect(yearly.grounded).toBe(true);
    expect(yearly.text).toContain('$9,730');
  });

  it('declines a question about something the folder never mentions by any name', async () => {
    expect((await answer('Which dentists in Maple County accept Medicaid for adults?')).grounded).toBe(false);
    expect((await answer('Will Lakeland VR buy a laptop for a student starting college?')).grounded).toBe(false);
  });

  it('still answers everyday paraphrases of words the folder uses', async () => {
    const a = await answer('How old must a Lakeland pupil be to begin pre-employment transition services?');
    expect(a.grounded).toBe(true);
    expect(a.text).toMatch(/14/);
  });

  it('answers a story-first message from its question sentences', async () => {
    const a = await answer(
      "We live in River County and it's a long drive to Maplewood. Is there a VR office closer, and what's the number?",
    );
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('555-0170');
  });

  it('answers a message asking two things when the folder answers one of them', async () => {
    const a = await answer(
      'Is peer counseling something an independent living center has to offer? My 15 year old would love a mentor. Does the Maple CIL do that, and how often would they meet?',
    );
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('twice a month');
  });

  it("declines a figure for a year the folder does not give, and quotes the year's figure it does", async () => {
    expect((await answer('What is the SGA amount for 2025?')).grounded).toBe(false);
    const a = await answer('What is the SGA amount for 2026?');
    expect(a.grounded).toBe(true);
    expect(a.text).toContain('$1,690');
  });

  it('answers both parts of a message that asks two things', async () => {
    const a = await answer(
      'Bright Path: referral deadline for the summer paid internship, and what number do I call to book job shadows during the school year?',
    );
    expect(a.text).toContain('April 1');
    expect(a.text).toContain('555-0106');
    expectValidCitations(a);
  });
});
