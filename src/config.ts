// The only module that reads process.env. Everything else receives a Config (or a part of it).
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { parsePlaces, type DistrictPlace } from './core/knowledge/directory/places.js';
import { isKnownRegion, readHolidaySpec } from './core/reminders/holidays.js';
import { DEFAULT_POLICY, parseWorkHours, type ReminderPolicy } from './core/reminders/policy.js';
import type { LlmConfig } from './core/llm-config.js';

export class ConfigError extends Error {
  readonly code = 'config_invalid';
  constructor(readonly problems: string[]) {
    super(`Liaison cannot start; fix these settings (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const optionalString = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const url = (protocols: string[]) =>
  optionalString.refine(
    (s) => {
      if (s === undefined) return true;
      try {
        return protocols.includes(new URL(s).protocol);
      } catch {
        return false;
      }
    },
    { message: `expected a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  );

const timeZone = z
  .string()
  .default('America/New_York')
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'expected an IANA time zone such as America/Chicago' },
  );

/**
 * Each worker thread's old generation is capped at 1 GB by default (a process's default is a quarter
 * of the machine's memory): a thread that runs away stops, and the pool replaces it, instead of taking
 * the server's memory. The cap also sets how far V8 lets garbage pile up between full collections:
 * with a limit of 2 GB or more its heap may grow to 4 times what was live at the last one, with 1 GB
 * about 1.6 times. A thread holding a 10,000-service directory keeps ~55 MB live and makes ~6 MB of
 * garbage per directory question: with the default, a server with one worker peaked at ~450 MB RSS
 * over 200 questions, with 1 GB at ~350 MB. Raise it for a much larger index (loading one briefly
 * needs several times the size of its chunks.json).
 */
export const DEFAULT_WORKER_HEAP_MB = 1024;

const schema = z.object({
  PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3978),
  LIAISON_HOST: z
    .string()
    .regex(/^(\d{1,3}(\.\d{1,3}){3}|[0-9a-fA-F:]+|localhost)$/, { message: 'expected an address to listen on, such as 127.0.0.1 or 0.0.0.0' })
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LIAISON_DATA_DIR: z.string().min(1).default('data'),
  LIAISON_INDEX_DIR: optionalString,
  LIAISON_KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  LIAISON_PLACES_FILE: optionalString,
  LIAISON_TIMEZONE: timeZone,
  LIAISON_ABSTAIN_THRESHOLD: z.coerce.number().min(0).max(1).optional(),
  LIAISON_WORKERS: z.coerce
    .number({ message: 'expected a number of worker threads (0 answers on the main thread)' })
    .int({ message: 'expected a whole number of worker threads' })
    .min(0, { message: 'expected 0 or more worker threads' })
    .max(64, { message: 'expected at most 64 worker threads' })
    .optional(),
  LIAISON_WORKER_HEAP_MB: z.coerce
    .number({ message: 'expected megabytes of heap per worker thread (0: V8 default)' })
    .int({ message: 'expected a whole number of megabytes' })
    .refine((n) => n === 0 || (n >= 128 && n <= 65_536), { message: 'expected 0 (V8 default) or 128 to 65536 MB' })
    .default(DEFAULT_WORKER_HEAP_MB),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: url(['http:', 'https:']),
  OPENAI_CHAT_MODEL: z.string().min(1).default('gpt-4o-mini'),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  LIAISON_LLM_CACHE_HOURS: z.coerce.number({ message: 'expected a number of hours (0 turns the answer cache off)' }).min(0).max(24 * 30).default(24),
  LIAISON_LLM_MEMORY_HOURS: z.coerce.number({ message: 'expected a number of hours (0 turns thread memory off)' }).min(0).max(24 * 30).default(24),
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_ENDPOINT: url(['http:', 'https:']),
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  AZURE_OPENAI_EMBEDDING_DEPLOYMENT: optionalString,
  AZURE_OPENAI_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, { message: 'expected an Azure OpenAI API version such as 2024-10-21' })
    .default('2024-10-21'),
  REDIS_URL: url(['redis:', 'rediss:']),
  LIAISON_REDIS_PREFIX: z.string().min(1).default('liaison:'),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url(['http:', 'https:']),
  SMTP_URL: url(['smtp:', 'smtps:']),
  LIAISON_EMAIL_FROM: z.string().min(3).default('Liaison <liaison@localhost>'),
  LIAISON_REMINDERS: z.enum(['on', 'off'], { message: 'expected on or off' }).default('on'),
  LIAISON_REMINDER_SWEEP_MINUTES: z.coerce.number({ message: 'expected a number of minutes' }).positive().max(24 * 60).default(5),
  LIAISON_WORK_HOURS: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/, { message: 'expected working hours as HH:MM-HH:MM, e.g. 08:00-17:00' })
    .default('08:00-17:00'),
  LIAISON_REMINDER_UPCOMING_DAYS: z.coerce.number().int().min(0).max(30).default(DEFAULT_POLICY.upcomingDays),
  LIAISON_REMINDER_OVERDUE_DAYS: z
    .string()
    .regex(/^\d{1,2}(,\d{1,2})*$/, { message: 'expected working days after the due date, e.g. 1,3' })
    .default(DEFAULT_POLICY.overdueDays.join(',')),
  LIAISON_REMINDER_ESCALATE_DAYS: z.coerce.number().int().min(1).max(60).default(DEFAULT_POLICY.escalateDay),
  LIAISON_HOLIDAYS: optionalString,
  LIAISON_HOLIDAY_REGION: z.string().default('US'),
  LIAISON_AGENCY_HOLIDAYS: optionalString,
  NODE_ENV: optionalString,
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  TEAMS_SERVICE_URL: url(['http:', 'https:']),
  TEAMS_OPENID_METADATA_URL: url(['http:', 'https:']),
  TEAMS_TOKEN_ISSUER: optionalString,
  TEAMS_CHANNEL_SERVICE: url(['https:']),
  TEAMS_ALLOW_UNAUTHENTICATED: z.enum(['0', '1', '']).optional(),
});

/**
 * Bot Framework's public-cloud endpoints. botbuilder takes every endpoint literally once any one is
 * given, so an override of one (a sovereign cloud, a local key server in tests) comes with these
 * for the rest.
 */
export const TEAMS_PUBLIC_CLOUD = {
  openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
  tokenIssuer: 'https://api.botframework.com',
  loginUrl: 'https://login.microsoftonline.com/botframework.com',
  oauthScope: 'https://api.botframework.com',
  oauthUrl: 'https://api.botframework.com',
  emulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
  callerId: 'urn:botframework:azure',
  /** Where new 1:1 chats are created (the Teams service in the Americas; others route there too). */
  serviceUrl: 'https://smba.trafficmanager.net/teams/',
} as const;

export interface TeamsConfig {
  /** Unset only in emulator mode (TEAMS_ALLOW_UNAUTHENTICATED=1, never in production). */
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: 'SingleTenant' | 'MultiTenant' | 'UserAssignedMSI';
  serviceUrl: string;
  /** Every endpoint filled in when any is overridden; undefined means botbuilder's built-in public cloud. */
  endpoints?: {
    openIdMetadataUrl: string;
    tokenIssuer: string;
    loginUrl: string;
    oauthScope: string;
    oauthUrl: string;
    emulatorOpenIdMetadataUrl: string;
    callerId: string;
  };
  /** Sovereign cloud selector botbuilder knows (e.g. https://botframework.azure.us). */
  channelService?: string;
  /** Emulator mode: no token checks; the server listens on 127.0.0.1 only. */
  unauthenticated: boolean;
}

export interface Config {
  port: number;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** The `liaison` command's log level: LOG_LEVEL when set, else 'warn' so commands stay quiet. */
  cliLogLevel: z.infer<typeof schema>['LOG_LEVEL'];
  dataDir: string;
  indexDir: string;
  knowledgeDir: string;
  /** The district's towns, counties and ZIPs (LIAISON_PLACES_FILE), for directory questions that name a place. */
  places?: DistrictPlace[];
  timeZone: string;
  abstainThreshold?: number;
  /** The server's worker threads for answers and extraction (0: on the main thread). */
  workers: number;
  /** Each worker thread's old-generation heap cap in MB (0: V8's default); see DEFAULT_WORKER_HEAP_MB. */
  workerHeapMb: number;
  /** The chat and embedding models: OpenAI (or any OpenAI-compatible server) or Azure OpenAI; unset means offline. */
  llm?: LlmConfig;
  /** How long model answers are cached and a thread's turns remembered, in ms (0: not kept); used only with `llm`. */
  llmRetention: { cacheMs: number; memoryMs: number };
  redis?: { url: string; prefix: string };
  slack?: { botToken: string; signingSecret?: string; appToken?: string; apiUrl?: string };
  /** Email for partners reachable only there (reminder pings). */
  email?: { smtpUrl: string; from: string };
  reminders: {
    enabled: boolean;
    sweepMinutes: number;
    policy: ReminderPolicy;
    /** Public holidays of this region (date-holidays code: US, US-CO) for agency partners. */
    holidayRegion: string;
    /** The district calendar's days off, for school partners. */
    districtHolidays: string[];
    /** Agencies with their own calendar (agency name as in the partner directory -> days off). */
    agencyHolidays: Record<string, string[]>;
  };
  teams?: TeamsConfig;
  /** The HTTP server's bind address: 127.0.0.1 when Teams runs unauthenticated, else LIAISON_HOST or all interfaces. */
  host: string;
}

function teamsConfig(e: z.infer<typeof schema>, problems: string[]): TeamsConfig | undefined {
  const unauthenticated = !e.MICROSOFT_APP_ID && e.TEAMS_ALLOW_UNAUTHENTICATED === '1';
  if (!e.MICROSOFT_APP_ID) {
    if (unauthenticated && e.NODE_ENV === 'production') {
      problems.push('TEAMS_ALLOW_UNAUTHENTICATED: not allowed with NODE_ENV=production; set MICROSOFT_APP_ID instead');
    }
    if (e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID) problems.push('MICROSOFT_APP_ID: required when other MICROSOFT_APP_ settings are given');
    if (!unauthenticated) return undefined;
  } else if (e.MICROSOFT_APP_TYPE === 'SingleTenant' && !e.MICROSOFT_APP_TENANT_ID) {
    problems.push('MICROSOFT_APP_TENANT_ID: required for a SingleTenant bot (the default MICROSOFT_APP_TYPE); it is the Directory (tenant) ID of the Azure Bot registration');
  } else if (e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD) {
    problems.push('MICROSOFT_APP_PASSWORD: required with MICROSOFT_APP_ID (the client secret of the Azure Bot registration)');
  }
  const pub = TEAMS_PUBLIC_CLOUD;
  const overridden = !!(e.TEAMS_OPENID_METADATA_URL || e.TEAMS_TOKEN_ISSUER);
  return {
    ...(e.MICROSOFT_APP_ID ? { appId: e.MICROSOFT_APP_ID } : {}),
    ...(e.MICROSOFT_APP_PASSWORD ? { appPassword: e.MICROSOFT_APP_PASSWORD } : {}),
    ...(e.MICROSOFT_APP_TENANT_ID ? { tenantId: e.MICROSOFT_APP_TENANT_ID } : {}),
    appType: e.MICROSOFT_APP_TYPE,
    serviceUrl: e.TEAMS_SERVICE_URL ?? pub.serviceUrl,
    ...(overridden
      ? {
          endpoints: {
            openIdMetadataUrl: e.TEAMS_OPENID_METADATA_URL ?? pub.openIdMetadataUrl,
            tokenIssuer: e.TEAMS_TOKEN_ISSUER ?? pub.tokenIssuer,
            loginUrl: pub.loginUrl,
            oauthScope: pub.oauthScope,
            oauthUrl: pub.oauthUrl,
            emulatorOpenIdMetadataUrl: pub.emulatorOpenIdMetadataUrl,
            callerId: pub.callerId,
          },
        }
      : {}),
    ...(e.TEAMS_CHANNEL_SERVICE ? { channelService: e.TEAMS_CHANNEL_SERVICE } : {}),
    unauthenticated,
  };
}

const AZURE_VARS = ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT', 'AZURE_OPENAI_EMBEDDING_DEPLOYMENT'] as const;

/** OpenAI, an OpenAI-compatible server, Azure OpenAI, or nothing (offline); bad combinations name their variables. */
function llmConfig(e: z.infer<typeof schema>, env: NodeJS.ProcessEnv, problems: string[]): LlmConfig | undefined {
  const azureGiven = AZURE_VARS.filter((k) => e[k]);
  if (azureGiven.length) {
    if (e.OPENAI_API_KEY || e.OPENAI_BASE_URL) {
      const openaiGiven = (['OPENAI_API_KEY', 'OPENAI_BASE_URL'] as const).filter((k) => e[k]);
      problems.push(`${[...openaiGiven, ...azureGiven].join(', ')}: choose one provider; set the OPENAI_ variables or the AZURE_OPENAI_ ones, not both`);
      return undefined;
    }
    for (const k of ['AZURE_OPENAI_API_KEY', 'AZURE_OPENAI_ENDPOINT', 'AZURE_OPENAI_DEPLOYMENT'] as const) {
      if (!e[k]) problems.push(`${k}: required with ${azureGiven.join(', ')} (Azure OpenAI needs the key, the resource endpoint and the chat deployment)`);
    }
    let endpoint = e.AZURE_OPENAI_ENDPOINT?.replace(/\/+$/, '');
    if (endpoint && new URL(endpoint).pathname !== '/') {
      problems.push(`AZURE_OPENAI_ENDPOINT: expected the resource URL without a path, such as https://NAME.openai.azure.com (got "${env.AZURE_OPENAI_ENDPOINT}")`);
      endpoint = undefined;
    }
    if (!e.AZURE_OPENAI_API_KEY || !endpoint || !e.AZURE_OPENAI_DEPLOYMENT) return undefined;
    return {
      provider: 'azure',
      apiKey: e.AZURE_OPENAI_API_KEY,
      endpoint,
      chatDeployment: e.AZURE_OPENAI_DEPLOYMENT,
      ...(e.AZURE_OPENAI_EMBEDDING_DEPLOYMENT ? { embeddingDeployment: e.AZURE_OPENAI_EMBEDDING_DEPLOYMENT } : {}),
      apiVersion: e.AZURE_OPENAI_API_VERSION,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
    };
  }
  if (env.AZURE_OPENAI_API_VERSION?.trim()) problems.push('AZURE_OPENAI_API_VERSION: only used with AZURE_OPENAI_API_KEY, AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_DEPLOYMENT');
  if (e.OPENAI_BASE_URL && !e.OPENAI_API_KEY) {
    problems.push('OPENAI_API_KEY: required with OPENAI_BASE_URL (a local server that checks no key accepts any value, e.g. "local")');
  }
  if (!e.OPENAI_API_KEY) return undefined;
  return {
    provider: 'openai',
    apiKey: e.OPENAI_API_KEY,
    ...(e.OPENAI_BASE_URL ? { baseURL: e.OPENAI_BASE_URL } : {}),
    chatModel: e.OPENAI_CHAT_MODEL,
    embeddingModel: e.OPENAI_EMBEDDING_MODEL,
    timeoutMs: e.OPENAI_TIMEOUT_MS,
  };
}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      const given = env[name];
      return `${name}: ${i.message}${given !== undefined ? ` (got "${given}")` : ''}`;
    });
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set');
  }
  if (e.SLACK_APP_TOKEN && !e.SLACK_APP_TOKEN.startsWith('xapp-')) {
    problems.push('SLACK_APP_TOKEN: expected an app-level token starting with xapp-');
  }
  if ((e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && !e.SLACK_BOT_TOKEN) {
    problems.push('SLACK_BOT_TOKEN: required when other SLACK_ settings are given (starts with xoxb-)');
  }
  const workHours = parseWorkHours(e.LIAISON_WORK_HOURS);
  if (!workHours) problems.push(`LIAISON_WORK_HOURS: the end must be after the start (got "${e.LIAISON_WORK_HOURS}")`);
  if (!isKnownRegion(e.LIAISON_HOLIDAY_REGION)) problems.push(`LIAISON_HOLIDAY_REGION: "${e.LIAISON_HOLIDAY_REGION}" is not a holiday region; use a country code such as US, or US-CO for a state`);
  let districtHolidays: string[] = [];
  if (e.LIAISON_HOLIDAYS) {
    try {
      districtHolidays = [...readHolidaySpec(/\.ics$/i.test(e.LIAISON_HOLIDAYS) ? path.resolve(cwd, e.LIAISON_HOLIDAYS) : e.LIAISON_HOLIDAYS)];
    } catch (err) {
      problems.push(`LIAISON_HOLIDAYS: cannot read it: ${err instanceof Error ? err.message : String(err)}. Give an .ics file or dates like 2026-12-24,2026-12-25`);
    }
  }
  let places: DistrictPlace[] | undefined;
  if (e.LIAISON_PLACES_FILE) {
    const file = path.resolve(cwd, e.LIAISON_PLACES_FILE);
    try {
      places = parsePlaces(readFileSync(file, 'utf8'));
    } catch (err) {
      const why = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : err instanceof Error ? err.message : String(err);
      problems.push(`LIAISON_PLACES_FILE: cannot read ${file}: ${why}. Give a CSV file whose first line is town,county,zip (or zips: several, separated by spaces) and lat,lon if known`);
    }
  }
  const agencyHolidays: Record<string, string[]> = {};
  for (const part of (e.LIAISON_AGENCY_HOLIDAYS ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) {
      problems.push(`LIAISON_AGENCY_HOLIDAYS: expected AGENCY=file.ics or AGENCY=dates, separated by ";" (got "${part}")`);
      continue;
    }
    const spec = part.slice(eq + 1).trim();
    try {
      agencyHolidays[part.slice(0, eq).trim()] = [...readHolidaySpec(/\.ics$/i.test(spec) ? path.resolve(cwd, spec) : spec)];
    } catch (err) {
      problems.push(`LIAISON_AGENCY_HOLIDAYS: ${part.slice(0, eq).trim()}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const teams = teamsConfig(e, problems);
  const llm = llmConfig(e, env, problems);
  // LangChain reads these itself and would send every prompt (students' plans) to LangSmith.
  for (const k of ['LANGSMITH_TRACING', 'LANGCHAIN_TRACING_V2', 'LANGCHAIN_TRACING']) {
    if (/^(true|1)$/i.test(env[k]?.trim() ?? '')) problems.push(`${k}: Liaison does not send prompts to LangSmith (they hold students' plans); unset it`);
  }
  if (problems.length) throw new ConfigError(problems);

  const dataDir = path.resolve(cwd, e.LIAISON_DATA_DIR);
  return {
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    cliLogLevel: env.LOG_LEVEL?.trim() ? e.LOG_LEVEL : 'warn',
    dataDir,
    indexDir: e.LIAISON_INDEX_DIR ? path.resolve(cwd, e.LIAISON_INDEX_DIR) : path.join(dataDir, 'index'),
    knowledgeDir: path.resolve(cwd, e.LIAISON_KNOWLEDGE_DIR),
    ...(places ? { places } : {}),
    timeZone: e.LIAISON_TIMEZONE,
    abstainThreshold: e.LIAISON_ABSTAIN_THRESHOLD,
    workers: e.LIAISON_WORKERS ?? defaultWorkers(os.availableParallelism()),
    workerHeapMb: e.LIAISON_WORKER_HEAP_MB,
    ...(llm ? { llm } : {}),
    llmRetention: { cacheMs: e.LIAISON_LLM_CACHE_HOURS * 3_600_000, memoryMs: e.LIAISON_LLM_MEMORY_HOURS * 3_600_000 },
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.LIAISON_REDIS_PREFIX } : undefined,
    email: e.SMTP_URL ? { smtpUrl: e.SMTP_URL, from: e.LIAISON_EMAIL_FROM } : undefined,
    reminders: {
      enabled: e.LIAISON_REMINDERS === 'on',
      sweepMinutes: e.LIAISON_REMINDER_SWEEP_MINUTES,
      policy: {
        ...DEFAULT_POLICY,
        upcomingDays: e.LIAISON_REMINDER_UPCOMING_DAYS,
        overdueDays: e.LIAISON_REMINDER_OVERDUE_DAYS.split(',').map(Number),
        escalateDay: e.LIAISON_REMINDER_ESCALATE_DAYS,
        ...workHours!,
      },
      holidayRegion: e.LIAISON_HOLIDAY_REGION,
      districtHolidays,
      agencyHolidays,
    },
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
        }
      : undefined,
    ...(teams ? { teams } : {}),
    // Emulator mode takes no tokens, so it never listens beyond this machine whatever LIAISON_HOST says.
    host: teams?.unauthenticated ? '127.0.0.1' : (e.LIAISON_HOST ?? '0.0.0.0'),
  };
}

/**
 * Worker threads when LIAISON_WORKERS is not set: one per core up to 2 cores (measured on 2 cores, 2
 * threads answered a burst faster than 1 without slowing the acknowledgements: see the README's
 * burst figures), then one per core beyond the one the main thread keeps for verifying,
 * acknowledging and delivering.
 */
export function defaultWorkers(cores: number): number {
  return cores <= 2 ? Math.max(1, cores) : cores - 1;
}

/** The Teams app id for `npm run teams:package` (the app package needs it, not the secret). */
export function teamsAppId(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.MICROSOFT_APP_ID?.trim() || undefined;
}

/** Loads `.env` from cwd into the environment when present (values already set win). */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}
