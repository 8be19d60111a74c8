import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { planStoreContract } from './store-contract.js';

let dir = '';

planStoreContract('embedded (lmdb)', {
  open: async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'liaison-plans-'));
    return openEmbeddedStore({ dataDir: dir });
  },
  openTwin: () => openEmbeddedStore({ dataDir: dir }),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});
