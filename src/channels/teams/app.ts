// The Teams channel's entry: botbuilder's CloudAdapter at /api/messages on the shared express app,
// every handler registered, one error boundary, the work after each acknowledgement queued, and the
// Teams notifier for the reminder loop. Every botbuilder import stays inside this folder.
import type express from 'express';
import type { TeamsConfig } from '../../config.js';
import type { Clock } from '../../core/clock.js';
import type { Assistant, Reply } from '../../core/messages.js';
import type { DeliveryResult, Notifier } from '../../core/reminders/notifier.js';
import type { PlanStore } from '../../core/plans/store.js';
import type { Logger } from '../../log.js';
import { STILL_WORKING_MS } from '../../core/still-working.js';
import { noTelemetry, type Telemetry } from '../../metrics.js';
import type { Intake } from '../../http/intake.js';
import { createWorkQueue } from '../work-queue.js';
import { createAdapter, type LiaisonAdapter } from './adapter.js';
import type { TeamsDeps } from './deps.js';
import { mountEndpoint } from './endpoint.js';
import { createTurnHandler } from './handlers/index.js';
import { postToConversation } from './notifier.js';
import { createProactive, createTeamsNotifierFromConfig, type TeamsCredentials } from './outbound.js';

export const DEFAULT_CONCURRENCY = 16;

export interface TeamsAppOptions {
  config: TeamsConfig;
  assistant: Assistant;
  store: PlanStore;
  clock: Clock;
  log: Logger;
  expressApp: express.Express;
  /** Replaces MSAL for outgoing calls (tests: a fixed token for a local connector). */
  credentials?: TeamsCredentials;
  concurrency?: number;
  /** Queue depth and wait time for /metrics. */
  telemetry?: Telemetry;
  /** After this long without an answer, the person hears it is still coming (default 8 s). */
  stillWorkingMs?: number;
  /** The server's incoming connections: queued work waits while a burst of them is being taken in. */
  intake?: Intake;
}

export interface TeamsApp {
  adapter: LiaisonAdapter;
  notifier: Notifier;
  /** Posts a reply into a Teams channel or chat Liaison has seen (the digest to linked channels). */
  post(conversationId: string, reply: Reply): Promise<DeliveryResult>;
  /** Waits for the queued work (answers already acknowledged) to finish. */
  stop(): Promise<void>;
}

export function createTeamsApp(opts: TeamsAppOptions): TeamsApp {
  const log = opts.log.child({ channel: 'teams' });
  if (opts.config.unauthenticated) log.warn('teams: MICROSOFT_APP_ID is not set and TEAMS_ALLOW_UNAUTHENTICATED=1: /api/messages accepts requests without a token (local emulator use only; listening on 127.0.0.1)');
  const adapter = createAdapter(opts.config, opts.credentials, opts.clock);
  const proactive = createProactive(opts.config, opts.store, adapter);
  const deps: TeamsDeps = {
    assistant: opts.assistant,
    references: proactive.references,
    proactive,
    log,
    clock: opts.clock,
    work: createWorkQueue({ concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, log, ...(opts.intake ? { gate: opts.intake.gate() } : {}) }),
    telemetry: opts.telemetry ?? noTelemetry,
    stillWorkingMs: opts.stillWorkingMs ?? STILL_WORKING_MS,
  };
  // The net under the handlers' own boundary: botbuilder calls this for errors thrown inside a turn.
  adapter.onTurnError = async (_ctx, err) => {
    log.error({ err }, 'teams: unhandled error in a turn');
  };
  mountEndpoint(opts.expressApp, adapter, createTurnHandler(deps), log);
  return {
    adapter,
    // The same factory the reminder loop uses (server and CLI), so tests of this one test theirs.
    notifier: createTeamsNotifierFromConfig(opts.config, opts.store, opts.log, opts.credentials),
    post: (conversationId, reply) => postToConversation({ ...deps.proactive, log }, conversationId, reply),
    async stop() {
      if (deps.work.size) log.info({ jobs: deps.work.size }, 'teams: finishing queued work before stopping');
      await deps.work.idle();
    },
  };
}
