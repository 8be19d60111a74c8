// What every listener receives, and the one path from an Inbound to delivered replies.
import type { webApi } from '@slack/bolt';
import type { Clock } from '../../core/clock.js';
import type { Assistant, Inbound } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { withBoundary } from './boundary.js';
import type { Telemetry } from '../../metrics.js';
import { deliver, toRequester, type Origin } from './deliver.js';
import { renderMessages } from './render/blocks.js';
import type { Directory } from './directory.js';
import type { WorkQueue } from '../work-queue.js';
import { stillWorkingAfter } from '../still-working.js';
import { stillWorkingReply } from '../../core/still-working.js';

export interface SlackDeps {
  assistant: Assistant;
  log: Logger;
  directory: Directory;
  /** The bot's own user id (U...), to strip its mention and recognise its messages. */
  botUserId?: string;
  /** When an event was received: the Inbound's receivedAt (meeting dates, audit times). */
  clock: Clock;
  fetch?: typeof fetch;
  /** Where the work after an acknowledgement waits its turn. */
  work: WorkQueue;
  /** Queue depth and wait time, for /metrics. */
  telemetry: Telemetry;
  /** After this long without an answer, the person is told it is still coming (ms). */
  stillWorkingMs: number;
}

/**
 * Queues the work for one acknowledged event or interaction: build the Inbound, ask the assistant and
 * deliver its replies, all inside the error boundary. Returns at once, so a listener never holds up
 * an acknowledgement, and a slow assistant never causes a Slack retry.
 */
export function queueInbound(
  deps: SlackDeps,
  client: webApi.WebClient,
  origin: Origin,
  what: string,
  build: () => Promise<Inbound | undefined>,
  /** A button press or a modal (its trigger_id lasts 3 s): ahead of waiting questions. */
  urgent = false,
): void {
  const d = { client, directory: deps.directory, log: deps.log, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  const queuedAt = performance.now();
  // Never silence: a long wait (a backlog, a slow model) gets a note that the answer is coming.
  const still = stillWorkingAfter(
    deps.stillWorkingMs,
    () => toRequester(d, origin, renderMessages(stillWorkingReply())),
    (err) => deps.log.warn({ err, what }, 'slack: could not send the still-working note'),
  );
  deps.work.push(() =>
    withBoundary(d, origin, what, async () => {
      const started = performance.now();
      deps.telemetry.queueWait('slack', (started - queuedAt) / 1000);
      const inbound = await build();
      if (!inbound) return;
      const replies = await deps.assistant.handle(inbound);
      still.done();
      await deliver(d, origin, replies);
      deps.log.info(
        {
          what,
          inbound: inbound.id,
          kind: inbound.kind,
          addressed: inbound.addressed,
          replies: replies.map((r) => r.kind),
          ms: Math.round(performance.now() - started),
          waitedMs: Math.round(started - queuedAt),
        },
        'slack: handled',
      );
    }).finally(() => {
      still.done();
      deps.telemetry.queueDepth('slack', deps.work.size - 1);
    }),
    urgent,
  );
  deps.telemetry.queueDepth('slack', deps.work.size);
}
