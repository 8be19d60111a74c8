// The PlanStore contract against a real Redis (TEST_REDIS_URL, default redis://127.0.0.1:6379).
// Unreachable Redis: the suite is skipped with the reason in its name, or fails when REQUIRE_REDIS=1.
import { afterAll, describe, expect, it } from 'vitest';
import { openRedisStore } from '../../../src/core/plans/redis-store.js';
import { keysWithPrefix, openTestRedis, redisUnavailableReason, testRedisUrl, uniquePrefix } from '../../helpers/redis.js';
import { planStoreContract } from './store-contract.js';
import { makePlan, audit } from './fixtures.js';
import { RedisKeys } from '../../../src/core/plans/redis-keys.js';

const unavailable = await redisUnavailableReason();
if (unavailable) console.warn(`SKIPPED Redis PlanStore tests: ${unavailable}. Set REQUIRE_REDIS=1 to make this a failure.`);

describe.skipIf(unavailable !== null)(unavailable ? `Redis store (skipped: ${unavailable})` : `Redis store at ${testRedisUrl}`, () => {
  const admin = unavailable ? null : openTestRedis();
  let prefix = '';
  afterAll(async () => {
    await admin?.quit();
  });
  const remaining = async () => (await keysWithPrefix(admin!, new RedisKeys(prefix).all)).length;

  planStoreContract('redis', {
    open: () => {
      prefix = uniquePrefix('plans');
      return openRedisStore({ url: testRedisUrl, prefix });
    },
    openTwin: () => openRedisStore({ url: testRedisUrl, prefix }),
    cleanup: async () => {
      const keys = await keysWithPrefix(admin!, new RedisKeys(prefix).all);
      if (keys.length) await admin!.del(...keys);
    },
    remaining,
  });

  it('keeps every key under its prefix and leaves other prefixes alone', async () => {
    prefix = uniquePrefix('iso');
    const store = await openRedisStore({ url: testRedisUrl, prefix });
    const plan = makePlan();
    await store.savePlan(plan, { expectedVersion: null, audit: audit(plan.id, 'plan.create') });
    await store.claimOnce('e1', 10_000);
    await store.putState('s1', 1);
    const all = await keysWithPrefix(admin!, `liaison-test:iso:*`);
    const mine = all.filter((k) => k.startsWith(prefix));
    expect(mine.length).toBeGreaterThanOrEqual(5);
    expect(await store.deletePlan(plan.id)).toBe(true);
    await store.deleteState('s1');
    expect(await keysWithPrefix(admin!, new RedisKeys(prefix).all)).toEqual([prefix + 'claim:e1']);
    await admin!.del(prefix + 'claim:e1');
    await store.close();
  });

  it('says which Redis it could not reach, without the password', async () => {
    const err = await openRedisStore({ url: 'redis://:s3cret@127.0.0.1:1', prefix: 'x:' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'store_unavailable' });
    expect((err as Error).message).toContain('127.0.0.1:1');
    expect((err as Error).message).not.toContain('s3cret');
  });
});
