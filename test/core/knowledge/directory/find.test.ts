// The directory answers over a small HSDS directory (test/fixtures/directory: three towns of Pine
// County, 12 and 17 miles apart, travel training, respite care and benefits counseling services),
// through ask() and the one knowledge-search factory, with the district places file read by config.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../src/config.js';
import { fixedClock } from '../../../../src/core/clock.js';
import { createAnswerer } from '../../../../src/core/knowledge/answer/index.js';
import { ingest } from '../../../../src/core/knowledge/ingest.js';
import type { LiveKnowledge } from '../../../../src/core/knowledge/live.js';
import { OfflineEmbedder } from '../../../../src/core/knowledge/offline-embedder.js';
import { ask, type AskOptions } from '../../../../src/core/skills/ask.js';
import { silentLogger } from '../../../../src/log.js';
import { createKnowledgeSearch } from '../../../../src/services.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures');
const DIRECTORY = path.join(FIXTURES, 'directory');
// Tuesday 10 March 2026, 15:00 in Chicago.
const TUESDAY_3PM: AskOptions = { clock: fixedClock('2026-03-10T20:00:00Z'), timeZone: 'America/Chicago' };
const SUNDAY_NOON: AskOptions = { clock: fixedClock('2026-03-08T17:00:00Z'), timeZone: 'America/Chicago' };

let dir: string;
let knowledge: LiveKnowledge;
const answerer = createAnswerer();
const titles = async (q: string, opts: AskOptions = TUESDAY_3PM) => {
  const r = await ask(knowledge, answerer, q, undefined, opts);
  return { r, fits: r.answer.grounded ? r.directory!.cards.map((c) => c.title) : [], cards: r.directory?.cards ?? [] };
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-directory-'));
  await ingest({ paths: [DIRECTORY], root: DIRECTORY, indexDir: path.join(dir, 'index'), embedder: new OfflineEmbedder(), clock: fixedClock('2026-03-01T00:00:00Z') });
  const config = loadConfig({ LIAISON_DATA_DIR: dir, LIAISON_INDEX_DIR: path.join(dir, 'index'), LIAISON_PLACES_FILE: path.join(FIXTURES, 'directory-places.csv') }, dir);
  knowledge = createKnowledgeSearch(config, silentLogger);
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('directory questions are answered from the services’ fields', () => {
  it('offers only services of the kind whose area and ages fit, as contact cards saying which conditions they meet', async () => {
    const { r, fits, cards } = await titles('who offers travel training in Pine Ridge for a 17 year old?');
    expect(fits).toEqual(['Travel Training for Teens']);
    expect(cards[0]).toMatchObject({ phone: '(555) 555-0101', organization: 'Pine Ridge Transit', verified: 'verified March 2026', languages: 'English, Spanish' });
    expect(cards[0]!.meets).toEqual(['serves Pine Ridge', 'ages 14 to 21']);
    expect(cards[0]!.address).toContain('11 Main St, Pine Ridge');
    expect(r.answer.citations.map((c) => c.title)).toEqual(['Travel Training for Teens']);
    expect(r.answer.text).toContain('(555) 555-0101');
  });

  it('answers "free respite care in Oakdale" with the free county-wide program, not the paid ones in other towns', async () => {
    const { fits, cards } = await titles('is there free respite care in Oakdale');
    expect(fits).toEqual(['Family Respite Program']);
    expect(cards[0]!.meets).toContain('free');
  });

  it('finds the kind in a request told as a story, and leaves the story out of the search', async () => {
    const { r, fits } = await titles('got a junior in pine ridge whos terrified of the bus, mom drives him everywhere. who can teach him to ride the bus on his own??');
    expect(fits).toEqual(['Travel Training for Teens']);
    // The reply does not read the story back as the name of a kind of service.
    expect(r.directory!.intro).toMatch(/^One directory entry fits what you asked for in Pine Ridge/);
  });

  it('reads a "Tri-county region" around an office in the same county as serving the town, ages from the description, and says how it read them', async () => {
    const { fits, cards } = await titles('Who provides ASL interpreters for meetings in Lakeside for a 16 year old?');
    expect(fits).toEqual(['Sign Language Interpreting']);
    expect(cards[0]!.meets).toEqual(['serves Tri-county region (read as including Lakeside: its office is in Oakdale)', 'ages 14 and up', 'American Sign Language']);
    const young = await titles('Who provides ASL interpreters for meetings in Lakeside for a 12 year old?');
    expect(young.fits).toEqual([]);
  });

  it('filters on the language a family speaks', async () => {
    expect((await titles('spanish speaking benefits counseling in Lakeside')).fits).toEqual(['Benefits Counseling']);
    const v = await titles('family speaks Vietnamese, any travel training in Pine Ridge?');
    expect(v.r.answer.grounded).toBe(false);
    expect(v.r.directory!.intro).toMatch(/none in Vietnamese/);
  });

  it('checks when a service is open: Saturdays, after school, and open now by the injected clock', async () => {
    expect((await titles('any travel training in Oakdale on saturday?')).fits).toEqual(['Bus Travel Training']);
    // Both Pine Ridge services are open past 4 pm on weekdays; the Oakdale one (Saturdays only) is not.
    expect((await titles('travel training in Pine Ridge after school')).fits.sort()).toEqual(['Travel Training for Adults', 'Travel Training for Teens']);
    expect((await titles('travel training in Oakdale after school')).r.answer.grounded).toBe(false);
    expect((await titles('travel training in Pine Ridge open now', TUESDAY_3PM)).fits.sort()).toEqual(['Travel Training for Adults', 'Travel Training for Teens']);
    const sunday = await titles('travel training in Pine Ridge open now', SUNDAY_NOON);
    expect(sunday.r.answer.grounded).toBe(false);
    expect(sunday.r.directory!.intro).toMatch(/none open now/);
  });

  it('offers a service whose entry lists no hours when the time is told in the story, saying to check it; not when the question asks for that time', async () => {
    const told = await titles('my 15 yo in lakeside wants something to do on saturdays. any teen job club?');
    expect(told.fits).toEqual(['Teen Job Club']);
    expect(told.cards[0]!.unstated).toEqual(['hours not listed']);
    expect(told.r.directory!.intro).toMatch(/^One directory entry fits .* in Lakeside, for age 15\. One entry does not list hours, so check it is open Saturdays\.$/);
    expect((await titles('any teen job club in lakeside open on saturdays for a 15 yo?')).r.answer.grounded).toBe(false);
  });

  it('when none is in the town, says so and offers the nearest with their distance', async () => {
    const { r, cards } = await titles('who does travel training in Lakeside');
    expect(r.answer.grounded).toBe(false);
    expect(r.answer.citations).toEqual([]);
    expect(r.directory!.intro).toMatch(/none in Lakeside; two services in Pine Ridge, 12 miles away/);
    expect(cards.map((c) => c.distance)).toEqual(['12 miles away', '12 miles away', '17 miles away']);
    expect(cards[0]!.misses).toEqual(['serves Pine Ridge']);
  });

  it('never offers a service whose ages exclude the student; says the age rules them out', async () => {
    const { r, cards } = await titles('respite care in Pine Ridge for a 25 year old');
    expect(r.answer.grounded).toBe(false);
    expect(r.directory!.intro).toMatch(/none for age 25; this one serves All of Pine County/);
    expect(cards[0]!.misses).toEqual(['ages 0 to 21 (not 25)']);
  });

  it('says when a service’s area could not be read, and never counts it as serving the town', async () => {
    const { r } = await titles('benefits counseling in Oakdale');
    expect(r.answer.grounded).toBe(false);
    expect(r.directory!.intro).toMatch(/One other service of this kind has a service area I could not read/);
    const lake = await titles('benefits counseling in Lakeside');
    expect(lake.fits).toEqual(['Benefits Counseling']);
  });

  it('marks what a nearest service’s entry does not say apart from what rules it out, so the teacher knows to call and ask', async () => {
    const { r, cards } = await titles('benefits counseling in Oakdale');
    const unread = cards.find((c) => c.unstated?.length);
    expect(unread, r.directory!.intro).toBeDefined();
    expect(r.directory!.intro).toMatch(/what is marked \? their entry does not say/);
    expect(r.answer.text.split('\n').some((line) => /(?:^|· )\? \w/.test(line))).toBe(true);
    // A service in the asked town itself is not "0 miles away".
    const here = await titles('travel training in Pine Ridge');
    expect(here.cards.every((c) => c.distance === undefined)).toBe(true);
  });

  it('leaves a kind of service the directory does not have to the usual answer, which declines', async () => {
    // "Dog grooming" is left to the usual answer too, but WordNet reads "grooming" as a kind of training,
    // which this directory (three travel-training services) is full of: a kind named by words the
    // folder uses in no sense is the clean case of a kind it does not have.
    // The usual answer finds travel training; its services are checked against the place, and the
    // reply says the directory's words do not show they offer what was asked, never that they fit it.
    const grooming = await ask(knowledge, answerer, 'who does dog grooming in Oakdale', undefined, TUESDAY_3PM);
    expect(grooming.directory?.intro ?? '').not.toMatch(/fits? /);
    if (grooming.directory) expect(grooming.directory.intro).toMatch(/do not say for sure they offer what you need/);
    for (const q of ['who does bicycle repair in Oakdale', 'who gives piano lessons in Oakdale']) {
      const r = await ask(knowledge, answerer, q, undefined, TUESDAY_3PM);
      expect(r.directory, q).toBeUndefined();
      expect(r.answer.grounded, q).toBe(false);
    }
  });

  it('answers a request told in words no kind of service says from the services it finds, checked against the place and age', async () => {
    const r = await ask(knowledge, answerer, 'anyone who could show my 16 year old how to get around on his own in Lakeside?', undefined, TUESDAY_3PM);
    // Not a quote of an entry's field lines, but cards that meet the place and age asked, offered for the teacher to check.
    expect(r.directory?.intro).toMatch(/^One directory entry came up for your question that meets what you asked \(in Lakeside, for age 16\)/);
    expect(r.directory!.cards.map((c) => c.title)).toEqual(['Weekend Respite Club']);
    expect(r.directory!.cards[0]!.meets).toEqual(expect.arrayContaining(['serves Lakeside']));
  });
});
