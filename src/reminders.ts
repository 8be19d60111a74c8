// The reminder loop's wiring, shared by the server (main.ts) and `liaison remind` (cli/remind.ts):
// the planner from the settings, one notifier per configured platform, and the engine that runs the
// sweep (BullMQ on Redis, an in-process timer on the embedded store).
import type { Config } from './config.js';
import type { Clock } from './core/clock.js';
import { holidaySets } from './core/reminders/holidays.js';
import { Notifiers } from './core/reminders/deliver.js';
import type { Notifier } from './core/reminders/notifier.js';
import { ReminderPlanner } from './core/reminders/planner.js';
import type { SweepDeps } from './core/reminders/sweep.js';
import { startTimerEngine, type ReminderEngine } from './core/reminders/timer-engine.js';
import type { PlanStore } from './core/plans/store.js';
import { createEmailNotifier } from './channels/email/notifier.js';
import { createSlackNotifier } from './channels/slack/notifier.js';
import { createTeamsNotifierFromConfig, type TeamsCredentials } from './channels/teams/outbound.js';

export type { ReminderEngine };
import type { Logger } from './log.js';

export function createReminderPlanner(config: Config, clock: Clock): ReminderPlanner {
  const r = config.reminders;
  const holidays = holidaySets({
    district: new Set(r.districtHolidays),
    region: r.holidayRegion,
    agencies: new Map(Object.entries(r.agencyHolidays).map(([k, v]) => [k, new Set(v)])),
    year: clock.now().getUTCFullYear(),
  });
  return new ReminderPlanner(r.policy, holidays);
}

export interface NotifierOptions {
  /** Where Teams conversation references are kept (the plan store). */
  store: PlanStore;
  extra?: Notifier[];
  /** Replaces MSAL for Teams' outgoing calls (tests: a fixed token for a local connector). */
  teamsCredentials?: TeamsCredentials;
}

/**
 * A notifier for each platform Liaison is configured for: Slack when SLACK_BOT_TOKEN is set, Teams
 * when MICROSOFT_APP_ID is (built from settings alone, so `liaison remind run` reaches Teams too), email.
 */
export function createNotifiers(config: Config, log: Logger, opts: NotifierOptions): Notifiers {
  const list: Notifier[] = [...(opts.extra ?? [])];
  if (config.slack) list.push(createSlackNotifier({ botToken: config.slack.botToken, apiUrl: config.slack.apiUrl, log: log.child({ channel: 'slack' }) }));
  if (config.teams) list.push(createTeamsNotifierFromConfig(config.teams, opts.store, log, opts.teamsCredentials));
  if (config.email) list.push(createEmailNotifier(config.email));
  return new Notifiers(list);
}

export interface StartRemindersInput {
  config: Config;
  store: PlanStore;
  planner: ReminderPlanner;
  notifiers: Notifiers;
  clock: Clock;
  log: Logger;
}

/** Starts the loop the server runs every LIAISON_REMINDER_SWEEP_MINUTES, unless LIAISON_REMINDERS=off. */
export async function startReminders(input: StartRemindersInput): Promise<ReminderEngine | undefined> {
  const { config, log } = input;
  if (!config.reminders.enabled) {
    log.info('reminders are off (LIAISON_REMINDERS=off)');
    return undefined;
  }
  const deps: SweepDeps = { store: input.store, planner: input.planner, notifiers: input.notifiers, clock: input.clock, log };
  const everyMs = config.reminders.sweepMinutes * 60_000;
  if (config.redis) {
    const { startBullmqEngine } = await import('./core/reminders/bullmq-engine.js');
    return startBullmqEngine({ ...deps, everyMs, redis: config.redis, log });
  }
  return startTimerEngine({ ...deps, everyMs, log });
}
