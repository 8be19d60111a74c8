// Picks the PlanStore: Redis when configured, else the embedded store in <dataDir>/plans.
import { silentLogger, type Logger } from '../../log.js';
import type { Clock } from '../clock.js';
import { openEmbeddedStore } from './embedded-store.js';
import { openRedisStore, safeRedisUrl } from './redis-store.js';
import type { PlanStore } from './store.js';

export async function createPlanStore(opts: { redis?: { url: string; prefix: string }; dataDir: string; clock: Clock; log?: Logger }): Promise<PlanStore> {
  const log = opts.log ?? silentLogger;
  if (opts.redis) {
    const store = await openRedisStore({ ...opts.redis, log });
    log.info({ store: 'redis', url: safeRedisUrl(opts.redis.url), prefix: opts.redis.prefix }, 'plan store ready');
    return store;
  }
  const store = await openEmbeddedStore({ dataDir: opts.dataDir, clock: opts.clock });
  log.info({ store: 'embedded', dataDir: opts.dataDir }, 'plan store ready');
  return store;
}
