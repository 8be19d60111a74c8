import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { audit, makePlan } from './fixtures.js';
import { planStoreContract } from './store-contract.js';

const exec = promisify(execFile);

let dir = '';

planStoreContract('embedded (lmdb)', {
  open: async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liaison-plans-'));
    return openEmbeddedStore({ dataDir: dir });
  },
  openTwin: () => openEmbeddedStore({ dataDir: dir }),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

describe('embedded store across processes', () => {
  it('logs one set of items when two processes log the same notes at once', async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'liaison-plans-mp-'));
    try {
      const store = await openEmbeddedStore({ dataDir: shared });
      const plan = makePlan();
      await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
      const worker = fileURLToPath(new URL('./log-meeting-worker.ts', import.meta.url));
      const run = () => exec(process.execPath, ['--import', 'tsx', worker, shared, plan.id]).then((r) => JSON.parse(r.stdout) as { duplicate: boolean });
      const results = await Promise.all([run(), run()]);
      expect(results.map((r) => r.duplicate).sort()).toEqual([false, true]);
      expect(await store.listCommitments(plan.id)).toHaveLength(2);
      await store.close();
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});
