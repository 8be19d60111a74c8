import { afterEach, beforeEach, expect, it } from 'vitest';
import { parsePartnersCsv } from '../../../src/core/plans/partners-csv.js';
import { DIRECTORY, serviceHarness } from './service-fixtures.js';

let h: Awaited<ReturnType<typeof serviceHarness>>;
beforeEach(async () => {
  h = await serviceHarness();
});
afterEach(async () => {
  await h.close();
});

it('reads every column, with aliases split on ; or |', () => {
  const rows = parsePartnersCsv('Name,Email,Aliases,Time Zone,Slack User ID,Preferred Platform\n"Lee, Sam",sam@x.org,Sammy;S. Lee,America/Denver,U0SAM,Slack\n');
  expect(rows).toEqual([{ name: 'Lee, Sam', email: 'sam@x.org', aliases: ['Sammy', 'S. Lee'], timeZone: 'America/Denver', slackUserId: 'U0SAM', preferredPlatform: 'slack', line: 2 }]);
});

it('refuses a bad row naming its line and column, and imports nothing from that file', async () => {
  const before = (await h.service.listPartners()).length;
  const csv = 'name,agency,email\nAna Ruiz,DD,ana@dd.example.gov\nBo Tran,CIL,bo-at-cil\n';
  const err = await h.service.importPartnersCsv(csv, 'partners.csv').catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'bad_input', message: 'partners.csv line 3, column 3 (email): "bo-at-cil" is not an email address. Fix that cell and import again.' });
  expect(await h.service.listPartners()).toHaveLength(before);
  await expect(h.service.importPartnersCsv('name,tz\nAna,Mars/Olympus\n')).rejects.toMatchObject({ message: expect.stringContaining('line 2, column 2 (tz)') });
  await expect(h.service.importPartnersCsv('name,shoe size\nAna,9\n')).rejects.toMatchObject({ message: expect.stringContaining('"shoe size"') });
});

it('updates a partner matched by id or by email instead of adding a second one', async () => {
  const before = (await h.service.listPartners()).length;
  const csv = 'name,email,role\nRosa Alvarez,RALVAREZ@dvr.example.gov,Transition counselor\nNew Person,new@x.org,Job coach\n';
  const { added, updated } = await h.service.importPartnersCsv(csv);
  expect(updated.map((p) => [p.id, p.role, p.agency])).toEqual([['alvarez', 'Transition counselor', 'Division of Vocational Rehabilitation (DVR)']]);
  expect(added.map((p) => p.id)).toEqual(['new-person']);
  expect(await h.service.listPartners()).toHaveLength(before + 1);
  await h.service.importPartnersCsv(DIRECTORY);
  expect(await h.service.listPartners()).toHaveLength(before + 1);
});
