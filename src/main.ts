// Composition root: config -> services (store, knowledge, assistant) -> channels -> HTTP server.
// `npm start` runs this file; with nothing configured it indexes knowledge/ and serves offline.
import { pathToFileURL } from 'node:url';
import type { Server } from 'node:http';
import { createSlackApp, type SlackApp } from './channels/slack/app.js';
import { createTeamsApp, type TeamsApp, type TeamsAppOptions } from './channels/teams/app.js';
import { ConfigError, loadConfig, loadDotEnv, type Config } from './config.js';
import { systemClock, type Clock } from './core/clock.js';
import { readManifest, type Manifest } from './core/knowledge/index-store.js';
import { modelListRequest } from './core/llm-config.js';
import { createIntake } from './http/intake.js';
import { createHttpApp, listen } from './http/server.js';
import { createLogger, type Logger } from './log.js';
import { createMetrics } from './metrics.js';
import { createNotifiers, startReminders } from './reminders.js';
import { buildServices, ensureIndex, type Services } from './services.js';

export interface Running {
  server: Server;
  services: Services;
  slack?: SlackApp;
  teams?: TeamsApp;
  stop(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Replaces MSAL for Teams' outgoing calls. Only for a server whose Bot Connector is a local fake
   * (the bench's burst, fault tests): MSAL refuses a non-HTTPS login authority.
   */
  teamsCredentials?: TeamsAppOptions['credentials'];
}

/** Starts the server. `clock` is the one source of "now" for everything Liaison does (tests pass a fixed one). */
export async function serve(config: Config, log: Logger, clock: Clock = systemClock, opts: ServeOptions = {}): Promise<Running> {
  const metrics = createMetrics();
  const services = await buildServices(config, log, { clock, telemetry: metrics.telemetry, pool: true });
  await ensureIndex(config, services.embedder, log, clock);
  const app = createHttpApp({
    registry: metrics.registry,
    httpRequest: metrics.httpRequest,
    log,
    health: {
      async health() {
        // From the manifest, not a loaded index: with the answer workers, this thread never loads one.
        const index = await indexManifest(config);
        return { index: { chunks: index.chunkCount, embedder: index.embedder, builtAt: index.createdAt }, store: config.redis ? 'redis' : 'embedded', slack: !!config.slack, teams: !!config.teams };
      },
      ready: () => readiness(config, services),
    },
  });
  // Connections the server takes in: the channels' queued work gives way to a burst of them.
  const intake = createIntake();
  const slack = config.slack
    ? createSlackApp({ ...config.slack, assistant: services.assistant, clock, log, expressApp: app, telemetry: metrics.telemetry, intake })
    : undefined;
  await slack?.start();
  // Mounted only with an app id, or unauthenticated for the emulator (config refuses that in production).
  const teams = config.teams
    ? createTeamsApp({ config: config.teams, assistant: services.assistant, store: services.store, clock, log, expressApp: app, telemetry: metrics.telemetry, intake, ...(opts.teamsCredentials ? { credentials: opts.teamsCredentials } : {}) })
    : undefined;
  const notifiers = createNotifiers(config, log, { store: services.store, ...(opts.teamsCredentials ? { teamsCredentials: opts.teamsCredentials } : {}) });
  const reminders = await startReminders({ config, store: services.store, planner: services.planner, notifiers, clock, log });
  const server = await listen(app, config.port, config.host);
  intake.watch(server);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info(
    {
      port,
      slack: config.slack ? (config.slack.appToken ? 'socket-mode' : '/slack/events') : 'off',
      teams: config.teams ? (config.teams.unauthenticated ? '/api/messages (no token checks)' : '/api/messages') : 'off',
      llm: config.llm ? config.llm.provider : 'offline',
      reminders: reminders ? `every ${config.reminders.sweepMinutes} min` : 'off',
    },
    'Liaison is listening',
  );
  return {
    server,
    services,
    slack,
    teams,
    async stop() {
      // Stop taking requests first, then let Slack finish the work it already acknowledged.
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reminders?.stop();
      await slack?.stop();
      await teams?.stop();
      await services.close();
    },
  };
}

/** The index the answers come from, as its manifest describes it; throws when there is none. */
async function indexManifest(config: Config): Promise<Manifest> {
  const manifest = await readManifest(config.indexDir);
  if (!manifest) throw new Error(`there is no knowledge index in ${config.indexDir}`);
  return manifest;
}

/** What /readyz reports: each dependency a request needs, reachable or not, with why not. */
async function readiness(config: Config, services: Services): Promise<Record<string, { ok: boolean; detail?: string }>> {
  const check = async (work: () => Promise<unknown>): Promise<{ ok: boolean; detail?: string }> => {
    try {
      await work();
      return { ok: true };
    } catch (err) {
      return { ok: false, detail: err instanceof Error ? err.message.split('\n')[0] : String(err) };
    }
  };
  const checks: Record<string, { ok: boolean; detail?: string }> = {
    store: await check(() => services.store.getState('readyz')),
    index: await check(() => indexManifest(config)),
  };
  if (config.llm) {
    const probe = modelListRequest(config.llm);
    checks.llm = await check(async () => {
      const res = await fetch(probe.url, { headers: probe.headers, signal: AbortSignal.timeout(3_000) });
      if (!res.ok) throw new Error(`the model server answered HTTP ${res.status}`);
    });
  }
  return checks;
}

async function main(): Promise<void> {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const running = await serve(config, log);
  const shutdown = (signal: string) => {
    log.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (err) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    process.stderr.write(`Liaison could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
