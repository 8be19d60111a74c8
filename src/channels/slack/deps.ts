// What every listener receives, and the one path from an Inbound to delivered replies.
import type { webApi } from '@slack/bolt';
import type { Assistant, Inbound } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import { withBoundary } from './boundary.js';
import { deliver, type Origin } from './deliver.js';
import type { Directory } from './directory.js';

export interface SlackDeps {
  assistant: Assistant;
  log: Logger;
  directory: Directory;
  /** The bot's own user id (U...), to strip its mention and recognise its messages. */
  botUserId?: string;
  now: () => Date;
  fetch?: typeof fetch;
}

/**
 * Builds the Inbound, asks the assistant and delivers its replies, all inside the error boundary.
 * Listeners call this after they have acknowledged Slack, so a slow assistant never causes a retry.
 */
export async function runInbound(
  deps: SlackDeps,
  client: webApi.WebClient,
  origin: Origin,
  what: string,
  build: () => Promise<Inbound | undefined>,
): Promise<void> {
  const d = { client, directory: deps.directory, log: deps.log, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
  // Yield to the event loop first, so acknowledgements of requests already waiting go out before
  // this one's (CPU-bound) search and answer start.
  await new Promise((resolve) => setImmediate(resolve));
  await withBoundary(d, origin, what, async () => {
    const started = Date.now();
    const inbound = await build();
    if (!inbound) return;
    const replies = await deps.assistant.handle(inbound);
    await deliver(d, origin, replies);
    deps.log.info(
      { what, inbound: inbound.id, kind: inbound.kind, addressed: inbound.addressed, replies: replies.map((r) => r.kind), ms: Date.now() - started },
      'slack: handled',
    );
  });
}
