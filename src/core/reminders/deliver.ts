// Delivering one ping through the notifier of its platform, with retries: a passing failure (429,
// 5xx, network) is tried again after the platform's Retry-After or an exponential backoff; what still
// fails after the last try is reported as failed (and recorded on the commitment), never dropped.
import type { Delivery, DeliveryResult, Notifier } from './notifier.js';
import type { PreferredPlatform } from '../plans/types.js';

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxWaitMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 1_000, maxWaitMs: 60_000 };

export type Outcome = { status: 'sent' } | { status: 'failed'; reason: string };

export class Notifiers {
  private readonly byPlatform: Map<PreferredPlatform, Notifier>;

  constructor(
    notifiers: Notifier[],
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {
    this.byPlatform = new Map(notifiers.map((n) => [n.platform, n]));
  }

  /** The platforms a ping can go out on. */
  get platforms(): ReadonlySet<PreferredPlatform> {
    return new Set(this.byPlatform.keys());
  }

  /** One try, for a queue that retries by itself (a missing notifier is `unreachable`). */
  async deliverOnce(d: Delivery): Promise<DeliveryResult> {
    const notifier = this.byPlatform.get(d.to.platform);
    if (!notifier) return { status: 'unreachable', reason: `no ${d.to.platform} notifier is configured` };
    try {
      return await notifier.deliver(d);
    } catch (err) {
      return { status: 'retry', reason: err instanceof Error ? err.message : String(err) };
    }
  }

  async deliver(d: Delivery): Promise<Outcome> {
    const notifier = this.byPlatform.get(d.to.platform);
    if (!notifier) return { status: 'failed', reason: `no ${d.to.platform} notifier is configured` };
    let last: DeliveryResult | undefined;
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      try {
        last = await notifier.deliver(d);
      } catch (err) {
        last = { status: 'retry', reason: err instanceof Error ? err.message : String(err) };
      }
      if (last.status === 'sent') return { status: 'sent' };
      if (last.status === 'unreachable') return { status: 'failed', reason: last.reason };
      if (attempt + 1 < this.retry.attempts) await this.sleep(Math.min(this.retry.maxWaitMs, last.retryAfterMs ?? this.retry.baseMs * 4 ** attempt));
    }
    return { status: 'failed', reason: last && last.status !== 'sent' ? last.reason : 'unknown failure' };
  }
}
