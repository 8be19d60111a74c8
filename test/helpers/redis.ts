// The one place tests read the environment: which Redis to use and whether it must be there.
// TEST_REDIS_URL (default redis://127.0.0.1:6379); REQUIRE_REDIS=1 turns "unreachable" into a failure.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const testRedisUrl: string = process.env.TEST_REDIS_URL || process.env.REDIS_URL || 'redis://127.0.0.1:6379';
export const redisRequired: boolean = process.env.REQUIRE_REDIS === '1';

/** A key prefix no other test uses. */
export const uniquePrefix = (name = 'test') => `liaison-test:${name}:${randomBytes(6).toString('hex')}:`;

/**
 * Checks that Redis answers. Returns null when it does, else the reason to show as the skip reason.
 * Throws when REQUIRE_REDIS=1, so a CI job that needs Redis fails instead of silently skipping.
 */
export async function redisUnavailableReason(url = testRedisUrl): Promise<string | null> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1500, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return null;
  } catch (err) {
    const reason = `Redis at ${url} is unreachable (${(err as Error).message})`;
    if (redisRequired) throw new Error(`${reason}, and REQUIRE_REDIS=1 says the Redis tests must run.`);
    return reason;
  } finally {
    client.disconnect();
  }
}

/** Every key under a prefix (SCAN, so it is safe on a shared Redis). */
export async function keysWithPrefix(client: Redis, pattern: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    found.push(...keys);
    cursor = next;
  } while (cursor !== '0');
  return found;
}

export function openTestRedis(url = testRedisUrl): Redis {
  return new Redis(url, { maxRetriesPerRequest: 1 });
}
