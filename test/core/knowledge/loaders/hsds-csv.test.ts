import { readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadHsdsDatapackage } from '../../../../src/core/knowledge/loaders/hsds-csv.js';
import { loadHsdsJson } from '../../../../src/core/knowledge/loaders/hsds-json.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/loaders/', import.meta.url));
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

describe('loadHsdsDatapackage', () => {
  it('gives the same rendered facts and contact as the same directory in JSON form', async () => {
    const { docs, files } = await loadHsdsDatapackage(path.join(fixtures, 'hsds-csv/lakeview-vr'), 'county/lakeview-vr');
    const fromJson = loadHsdsJson(readFileSync(path.join(fixtures, 'hsds-json/lakeview-vr.json'), 'utf8'), 'x.json');
    expect(docs.map((d) => d.source)).toEqual(['county/lakeview-vr/services.csv#svc-pre-ets', 'county/lakeview-vr/services.csv#svc-job-coach']);
    expect(docs.map(({ source: _s, ...rest }) => rest)).toEqual(fromJson.map(({ source: _s, ...rest }) => rest));
    expect(docs[0]!.sections[0]!.text).toContain('Address: 120 Main St, Suite 4, Lakeview, OH 44000');
    expect(files.map((f) => path.basename(f))).toContain('service_at_locations.csv');
  });

  it('works with only datapackage.json and services.csv, without resources in the manifest', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'liaison-dp-'));
    temps.push(dir);
    await writeFile(path.join(dir, 'datapackage.json'), '{"name":"tiny"}');
    await writeFile(path.join(dir, 'services.csv'), 'id,name,minimum_age\ns9,Driver education,15\n');
    const { docs } = await loadHsdsDatapackage(dir, '');
    expect(docs.map((d) => [d.source, d.sections[0]!.text])).toEqual([['services.csv#s9', 'Ages: from 15']]);
  });

  it('reports a package without services.csv', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'liaison-dp-'));
    temps.push(dir);
    await cp(path.join(fixtures, 'hsds-csv/lakeview-vr/datapackage.json'), path.join(dir, 'datapackage.json'));
    await expect(loadHsdsDatapackage(dir, 'dp')).rejects.toThrow('HSDS datapackage has no services.csv');
  });
});
