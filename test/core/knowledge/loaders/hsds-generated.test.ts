// A generated 211-style directory (bench/directory-gen.ts) reads the same whichever format it comes in.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDirectory, type WrittenDirectory } from '../../../../bench/directory-files.js';
import { generateDirectory } from '../../../../bench/directory-gen.js';
import { loadHsdsDatapackage } from '../../../../src/core/knowledge/loaders/hsds-csv.js';
import { loadHsdsJson } from '../../../../src/core/knowledge/loaders/hsds-json.js';
import type { KnowledgeDoc } from '../../../../src/core/knowledge/types.js';

describe('a generated directory', () => {
  const dir = generateDirectory({ services: 120, seed: 11 });
  let root: string;
  let written: WrittenDirectory;
  let fromJson: KnowledgeDoc[];
  let fromCsv: KnowledgeDoc[];

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'liaison-gen-dir-'));
    written = await writeDirectory(dir, root);
    fromJson = loadHsdsJson(await readFile(written.jsonFile, 'utf8'), 'directory.json');
    fromCsv = (await loadHsdsDatapackage(written.datapackageDir, '')).docs;
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('gives every service the same entry from HSDS JSON and from the CSV datapackage', () => {
    expect(fromJson).toHaveLength(120);
    expect(fromCsv).toHaveLength(120);
    const csvById = new Map(fromCsv.map((d) => [d.serviceId, d]));
    for (const doc of fromJson) {
      const twin = csvById.get(doc.serviceId);
      expect(twin?.title).toBe(doc.title);
      expect(twin?.sections).toEqual(doc.sections);
      expect(twin?.contact).toEqual(doc.contact);
    }
  });

  it('shows the fields a directory question is answered from', () => {
    const service = dir.services[0]!;
    const doc = fromJson.find((d) => d.serviceId === service.id)!;
    const text = doc.sections[0]!.text;
    expect(text).toContain(`Service area: ${service.areas.map((a) => a.text).join('; ')}`);
    expect(text).toContain(`Languages: ${service.languages.join(', ')}`);
    expect(text).toContain(service.fees);
    expect(text).toContain(`${service.locations[0]!.town.name}, WM ${service.locations[0]!.zip}`);
    expect(text).toContain(`Last reviewed: ${service.assured}`);
  });
});
