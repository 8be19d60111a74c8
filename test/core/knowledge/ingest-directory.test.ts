// Re-ingesting a service directory where 1% of services changed embeds only those services again.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeDirectory } from '../../../bench/directory-files.js';
import { generateDirectory } from '../../../bench/directory-gen.js';
import { fixedClock } from '../../../src/core/clock.js';
import { ingest } from '../../../src/core/knowledge/ingest.js';
import { CountingEmbedder } from '../../helpers/counting-embedder.js';

describe('re-ingesting a directory', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'liaison-dir-reingest-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const clock = fixedClock(new Date('2026-03-02T15:00:00Z'));

  it.each(['json', 'datapackage'] as const)('embeds only the services whose entry changed (%s)', async (format) => {
    const dir = generateDirectory({ services: 300, seed: 3 });
    const written = await writeDirectory(dir, path.join(root, 'knowledge'));
    const folder = format === 'json' ? path.dirname(written.jsonFile) : written.datapackageDir;
    const indexDir = path.join(root, 'index');
    const first = await ingest({ paths: [folder], root: folder, indexDir, embedder: new CountingEmbedder(), clock });
    expect(first.embedded).toBe(first.chunks);

    // 1% of services change their fees: three entries, everything else as it was.
    const changed = new Set([dir.services[10]!.id, dir.services[150]!.id, dir.services[299]!.id]);
    const services = dir.services.map((s) => (changed.has(s.id) ? { ...s, fees: 'Free from July (new grant)' } : s));
    await writeDirectory({ ...dir, services }, path.join(root, 'knowledge'));

    const e = new CountingEmbedder();
    const again = await ingest({ paths: [folder], root: folder, indexDir, embedder: e, clock });
    expect(again).toMatchObject({ documents: 300, embedded: 3, reused: first.chunks - 3, removed: 3, fullRebuild: false });
    expect(e.embeddedTexts).toHaveLength(3);
    for (const text of e.embeddedTexts) expect(text).toContain('Free from July (new grant)');
    const names = dir.services.filter((s) => changed.has(s.id)).map((s) => s.name);
    expect(names.every((n) => e.embeddedTexts.some((t) => t.includes(n)))).toBe(true);
  });
});
