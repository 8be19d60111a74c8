// Sending to Teams without an inbound turn, built from the settings alone: the adapter, the stored
// conversation references and where new 1:1 chats are created. The server's Teams app and the
// reminder loop (the server's and `liaison remind run`'s) build it here, the same way.
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import { TEAMS_PUBLIC_CLOUD, type TeamsConfig } from '../../config.js';
import type { PlanStore } from '../../core/plans/store.js';
import type { Notifier } from '../../core/reminders/notifier.js';
import type { Logger } from '../../log.js';
import { createAdapter } from './adapter.js';
import { createTeamsNotifier } from './notifier.js';
import type { Proactive } from './proactive.js';
import { createReferences } from './references.js';
import { createViews } from './views.js';

/** Replaces MSAL for outgoing calls (tests: a fixed token for a local connector). */
export type TeamsCredentials = ServiceClientCredentialsFactory;

export function createProactive(config: TeamsConfig, store: PlanStore, adapter: Proactive['adapter']): Proactive {
  return {
    adapter,
    appId: config.appId ?? '',
    references: createReferences(store),
    views: createViews(store),
    serviceUrl: config.serviceUrl,
    audience: config.endpoints?.oauthScope ?? TEAMS_PUBLIC_CLOUD.oauthScope,
    ...(config.tenantId ? { tenantId: config.tenantId } : {}),
  };
}

/** The reminder loop's Teams notifier: reaches stored chats and starts new 1:1 chats from settings alone. */
export function createTeamsNotifierFromConfig(config: TeamsConfig, store: PlanStore, log: Logger, credentials?: TeamsCredentials): Notifier {
  return createTeamsNotifier({ ...createProactive(config, store, createAdapter(config, credentials)), log: log.child({ channel: 'teams' }) });
}
