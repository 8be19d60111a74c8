// The Slack channel's entry: a Bolt app over Socket Mode (appToken) or HTTP events at /slack/events on
// the shared express app, with every listener registered and one error boundary.
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';
import type express from 'express';
import type { Clock } from '../../core/clock.js';
import type { Assistant } from '../../core/messages.js';
import { newRef } from '../../core/errors.js';
import type { Logger } from '../../log.js';
import { boltLogger } from './bolt-logger.js';
import type { SlackDeps } from './deps.js';
import { STILL_WORKING_MS } from '../../core/still-working.js';
import { createDirectory } from './directory.js';
import { registerListeners } from './listeners/index.js';
import { createWorkQueue } from '../work-queue.js';
import { noTelemetry, type Telemetry } from '../../metrics.js';
import type { Intake } from '../../http/intake.js';

/**
 * Enough to keep the worker threads busy and several slow LLM answers in flight. More would only move
 * the wait from this queue, where button presses and modals go first, into the pool, where they would not.
 */
export const DEFAULT_CONCURRENCY = 16;

export interface SlackAppOptions {
  botToken: string;
  signingSecret?: string;
  appToken?: string;
  /** Web API base URL (tests point it at a local fake); a trailing slash is added when missing. */
  apiUrl?: string;
  /** Known bot ids skip Bolt's auth.test call at start-up. */
  botUserId?: string;
  botId?: string;
  assistant: Assistant;
  log: Logger;
  /** The shared HTTP app to mount /slack/events on (HTTP mode). */
  expressApp?: express.Express;
  /** The composition root's clock: stamps each Inbound's receivedAt. */
  clock: Clock;
  /** Events and interactions handled at once after their acknowledgements; the rest wait in order (default 16). */
  concurrency?: number;
  /** Queue depth and wait time for /metrics. */
  telemetry?: Telemetry;
  /** After this long without an answer, the person hears it is still coming (default 8 s). */
  stillWorkingMs?: number;
  /** The server's incoming connections: queued work waits while a burst of them is being taken in. */
  intake?: Intake;
}

export interface SlackApp {
  app: App;
  start(): Promise<void>;
  /** Stops Socket Mode, then waits for the queued work (answers already acknowledged) to finish. */
  stop(): Promise<void>;
}

export function createSlackApp(opts: SlackAppOptions): SlackApp {
  const log = opts.log.child({ channel: 'slack' });
  const logger = boltLogger(log);
  const socketMode = !!opts.appToken;
  if (!socketMode && !opts.signingSecret) {
    throw new Error('Slack over HTTP needs SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN for Socket Mode).');
  }
  if (!socketMode && !opts.expressApp) {
    throw new Error('Slack over HTTP mounts /slack/events on the shared HTTP server: pass expressApp (or set SLACK_APP_TOKEN for Socket Mode).');
  }
  const clientOptions = {
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2000 },
  };
  const receiver = socketMode
    ? undefined
    : new ExpressReceiver({
        signingSecret: opts.signingSecret as string,
        logger,
        // Ack first, then work: the HTTP response goes out at ack(), never after the assistant.
        processBeforeResponse: false,
        endpoints: '/slack/events',
        app: opts.expressApp,
      });
  const app = new App({
    token: opts.botToken,
    ...(opts.botId ? { botId: opts.botId } : {}),
    ...(opts.botUserId ? { botUserId: opts.botUserId } : {}),
    logger,
    logLevel: LogLevel.DEBUG,
    clientOptions,
    ...(socketMode ? { socketMode: true, appToken: opts.appToken } : { receiver }),
  });

  // A retry that Slack sent only because our first response was slow is a duplicate: the first one is
  // being handled. Other retries go on; the assistant dedupes them by Inbound.id.
  app.use(async ({ context, next }) => {
    if (context.retryNum && context.retryReason === 'http_timeout') {
      log.info({ retryNum: context.retryNum }, 'slack: ignoring a retry after http_timeout');
      return;
    }
    await next();
  });

  const deps: SlackDeps = {
    assistant: opts.assistant,
    log,
    directory: createDirectory(log),
    ...(opts.botUserId ? { botUserId: opts.botUserId } : {}),
    clock: opts.clock,
    work: createWorkQueue({ concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, log, ...(opts.intake ? { gate: opts.intake.gate() } : {}) }),
    telemetry: opts.telemetry ?? noTelemetry,
    stillWorkingMs: opts.stillWorkingMs ?? STILL_WORKING_MS,
  };
  // Without a configured bot user id, learn it from Bolt's authorization (auth.test) on first use.
  app.use(async ({ context, next }) => {
    if (!deps.botUserId && context.botUserId) deps.botUserId = context.botUserId;
    await next();
  });
  registerListeners(app, deps);

  // Listeners catch their own failures (boundary.ts); this catches what slips past Bolt's middleware.
  app.error(async (err) => {
    log.error({ err, ref: newRef(), code: err.code }, 'slack: unhandled error in Bolt');
  });

  return {
    app,
    async start() {
      if (socketMode) await app.start();
    },
    async stop() {
      if (socketMode) await app.stop();
      if (deps.work.size) log.info({ jobs: deps.work.size }, 'slack: finishing queued work before stopping');
      await deps.work.idle();
    },
  };
}
