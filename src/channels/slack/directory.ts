// Who a Slack user is (name, email, time zone) and their DM channel with the bot, cached in memory with
// a bounded size and a time to live. A failed lookup is not an error: the person is still known by id.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../log.js';
import type { Person } from '../../core/messages.js';

type WebClient = webApi.WebClient;

export interface Directory {
  person(client: WebClient, userId: string): Promise<Person>;
  dmChannel(client: WebClient, userId: string): Promise<string>;
}

interface Entry<T> {
  value: T;
  at: number;
}

class Lru<T> {
  private map = new Map<string, Entry<T>>();
  constructor(
    private max: number,
    private ttlMs: number,
  ) {}
  get(key: string, now: number): T | undefined {
    const e = this.map.get(key);
    if (!e || now - e.at > this.ttlMs) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }
  set(key: string, value: T, now: number): void {
    this.map.delete(key);
    this.map.set(key, { value, at: now });
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}

export function createDirectory(log: Logger, opts: { max?: number; ttlMs?: number; now?: () => number } = {}): Directory {
  const now = opts.now ?? (() => performance.now());
  const people = new Lru<Person>(opts.max ?? 5000, opts.ttlMs ?? 60 * 60_000);
  const dms = new Lru<string>(opts.max ?? 5000, 24 * 60 * 60_000);
  const pending = new Map<string, Promise<Person>>();
  return {
    async person(client, userId) {
      const cached = people.get(userId, now());
      if (cached) return cached;
      const inflight = pending.get(userId);
      if (inflight) return inflight;
      const lookup = (async (): Promise<Person> => {
        try {
          const res = await client.users.info({ user: userId });
          const u = res.user;
          const person: Person = {
            platform: 'slack',
            userId,
            ...(u?.profile?.display_name || u?.real_name || u?.name ? { name: u?.profile?.display_name || u?.real_name || u?.name } : {}),
            ...(u?.profile?.email ? { email: u.profile.email } : {}),
            ...(u?.tz ? { timeZone: u.tz } : {}),
          };
          people.set(userId, person, now());
          return person;
        } catch (err) {
          log.warn({ err, user: userId }, 'slack users.info failed; continuing with the user id only');
          return { platform: 'slack', userId };
        } finally {
          pending.delete(userId);
        }
      })();
      pending.set(userId, lookup);
      return lookup;
    },
    async dmChannel(client, userId) {
      const cached = dms.get(userId, now());
      if (cached) return cached;
      const res = await client.conversations.open({ users: userId });
      const id = res.channel?.id;
      if (!id) throw new Error('conversations.open returned no channel');
      dms.set(userId, id, now());
      return id;
    },
  };
}
