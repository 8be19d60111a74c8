import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFolder } from '../../../../src/core/knowledge/load-folder.js';
import { writePdf } from '../../../fixtures/loaders/pdf-writer.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/loaders/', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liaison-knowledge-'));
  await cp(path.join(fixtures, 'docs'), path.join(dir, 'guides'), { recursive: true });
  await cp(path.join(fixtures, 'hsds-json'), path.join(dir, 'directory'), { recursive: true });
  await cp(path.join(fixtures, 'hsds-csv/lakeview-vr'), path.join(dir, 'directory/csv-export'), { recursive: true });
  const pdf = writePdf({ title: 'Pre-ETS at a glance', pages: [['Five required activities for students 14 to 21.']] });
  await writeFile(path.join(dir, 'guides/pre-ets.pdf'), pdf);
  await writeFile(path.join(dir, 'guides/damaged.pdf'), Buffer.concat([pdf.subarray(0, 30), Buffer.from('\x00\x01junk')]));
  await writeFile(path.join(dir, 'guides/broken.json'), '{\n  "services": [\n    { "name": "x", }\n  ]\n}');
  await writeFile(path.join(dir, 'guides/photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]));
  await writeFile(path.join(dir, 'guides/minutes.docx'), 'PK\x03\x04');
  await writeFile(path.join(dir, 'guides/empty.md'), '');
  await mkdir(path.join(dir, '.git'));
  await writeFile(path.join(dir, '.git/HEAD.md'), '# should never load');
  await writeFile(path.join(dir, '.draft.md'), '# hidden draft');
  await mkdir(path.join(dir, 'node_modules/pkg'), { recursive: true });
  await writeFile(path.join(dir, 'node_modules/pkg/README.md'), '# a dependency');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loadFolder', () => {
  it('loads every good file and reports each bad one by name with a plain reason', async () => {
    const { docs, problems, files } = await loadFolder([dir]);
    expect(docs.map((d) => d.source).sort()).toEqual([
      'directory/cil.json#svc-ils',
      'directory/csv-export/services.csv#svc-job-coach',
      'directory/csv-export/services.csv#svc-pre-ets',
      'directory/lakeview-vr.json#svc-job-coach',
      'directory/lakeview-vr.json#svc-pre-ets',
      'guides/meeting-checklist.txt',
      'guides/pre-ets.pdf',
      'guides/ssi-at-18.md',
      'guides/vr-agency-page.html',
    ]);
    const reasons = Object.fromEntries(problems.map((p) => [p.source, p.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['guides/broken.json', 'guides/damaged.pdf', 'guides/empty.md', 'guides/minutes.docx', 'guides/photo.txt']);
    expect(reasons['guides/broken.json']).toMatch(/^not valid JSON: .* at line 3/);
    expect(reasons['guides/damaged.pdf']).toMatch(/^corrupt PDF/);
    expect(reasons['guides/photo.txt']).toBe('binary file, not text');
    expect(reasons['guides/minutes.docx']).toMatch(/^could not read Word document/);
    expect(reasons['guides/empty.md']).toBe('empty file');
    // 9 loose files in guides + 2 JSON + the datapackage's 11 files.
    expect(files).toBe(9 + 2 + 11);
  });

  it('makes sources relative to root when given, and accepts single files', async () => {
    const { docs, problems } = await loadFolder([path.join(dir, 'guides/ssi-at-18.md'), path.join(dir, 'directory')], { root: dir });
    expect(problems).toEqual([]);
    expect(docs.map((d) => d.source)).toContain('guides/ssi-at-18.md');
    expect(docs.map((d) => d.source)).toContain('directory/csv-export/services.csv#svc-pre-ets');
  });

  it('without root, sources are relative to the folder passed in', async () => {
    const { docs } = await loadFolder([path.join(dir, 'directory/csv-export')]);
    expect(docs.map((d) => d.source)).toEqual(['services.csv#svc-pre-ets', 'services.csv#svc-job-coach']);
  });

  it('reports a path that does not exist instead of throwing', async () => {
    const { docs, problems } = await loadFolder([path.join(dir, 'nope')], { root: dir });
    expect(docs).toEqual([]);
    expect(problems).toEqual([{ source: 'nope', reason: 'not found: check the path' }]);
  });
});
