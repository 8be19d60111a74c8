import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runningClock } from '../../../src/core/clock.js';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { audit, makePlan } from './fixtures.js';
import { planStoreContract } from './store-contract.js';

const exec = promisify(execFile);

let dir = '';
// TTLs in the contract pass in real milliseconds; the store reads them on a clock that starts at a fixed date.
const clock = runningClock('2026-03-02T15:00:00Z');

planStoreContract('embedded (lmdb)', {
  open: async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liaison-plans-'));
    return openEmbeddedStore({ dataDir: dir, clock });
  },
  openTwin: () => openEmbeddedStore({ dataDir: dir, clock }),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

describe('embedded store across processes', () => {
  it('logs one set of items when two processes log the same notes at once', async () => {
    const shared = mkdtempSync(path.join(tmpdir(), 'liaison-plans-mp-'));
    try {
      const store = await openEmbeddedStore({ dataDir: shared, clock });
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
