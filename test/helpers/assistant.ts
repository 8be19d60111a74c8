// Builds the real assistant for tests, through the same factories the server uses (buildServices,
// createKnowledgeSearch): the starter knowledge/ folder indexed offline into a temp folder (once per
// test process), a temporary embedded plan store, rule-based notes, a fixed clock.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/core/clock.js';
import { ingest } from '../../src/core/knowledge/ingest.js';
import type { LiveKnowledge } from '../../src/core/knowledge/live.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { Assistant, Inbound } from '../../src/core/messages.js';
import type { PlanService } from '../../src/core/plans/plan-service.js';
import type { PlanStore } from '../../src/core/plans/store.js';
import type { ReminderPlanner } from '../../src/core/reminders/planner.js';
import { silentLogger } from '../../src/log.js';
import { buildServices, createKnowledgeSearch } from '../../src/services.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
export const TEST_NOW = '2026-11-25T15:00:00Z';

let sharedDir: Promise<string> | undefined;

/** The starter knowledge, indexed once per test process; the folder holding the index. */
export function starterIndexDir(): Promise<string> {
  sharedDir ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-index-'));
    await ingest({ paths: [KNOWLEDGE_DIR], root: KNOWLEDGE_DIR, indexDir: dir, embedder: new OfflineEmbedder(), clock: fixedClock(TEST_NOW) });
    return dir;
  })();
  return sharedDir;
}

/** The live search over the starter knowledge, from the one factory every entry point uses. */
export async function starterIndex(): Promise<LiveKnowledge> {
  return createKnowledgeSearch({ indexDir: await starterIndexDir() }, silentLogger);
}

export const PARTNERS_CSV = `id,name,aliases,agency,role,email,slack_user_id,teams_user_id,time_zone,preferred_platform
p-rivera,Maria Rivera,,Maple County Schools,Transition coordinator,mrivera@example.org,U0RIVERA,,America/New_York,slack
p-alvarez,Dana Alvarez,,Division of Vocational Rehabilitation (DVR),VR counselor,dalvarez@example.org,U0ALVAREZ,,America/New_York,slack
p-kim,Daniel Kim,,Maple County DD Board,Service coordinator,dkim@example.org,,29:teams-kim,America/Chicago,teams
p-okafor,Tom Okafor,,Maple County Schools,Special education teacher,tokafor@example.org,U0OKAFOR,,America/New_York,slack
`;

export interface TestAssistant {
  assistant: Assistant;
  plans: PlanService;
  store: PlanStore;
  planner: ReminderPlanner;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** `env` adds settings (a model at a local fake, REDIS_URL) to the offline defaults. */
export async function buildTestAssistant(opts: { now?: string; handle?: (a: Assistant) => Assistant; env?: Record<string, string> } = {}): Promise<TestAssistant> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-plans-'));
  const clock = fixedClock(opts.now ?? TEST_NOW);
  const config = loadConfig({ LIAISON_DATA_DIR: dataDir, LIAISON_INDEX_DIR: await starterIndexDir(), LIAISON_TIMEZONE: 'America/New_York', ...opts.env }, dataDir);
  const services = await buildServices(config, silentLogger, { clock });
  await services.plans.importPartnersCsv(PARTNERS_CSV);
  return {
    assistant: opts.handle ? opts.handle(services.assistant) : services.assistant,
    plans: services.plans,
    store: services.store,
    planner: services.planner,
    clock,
    async close() {
      await services.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

let seq = 0;

/** An Inbound with sensible defaults: Maria Rivera writing in Slack channel C0TEAM. */
export function inbound(over: Partial<Inbound> & Pick<Inbound, 'kind'>): Inbound {
  seq += 1;
  return {
    id: `C0TEAM:${1700000000 + seq}.000100`,
    text: '',
    addressed: true,
    from: { platform: 'slack', userId: 'U0RIVERA', name: 'Maria Rivera' },
    where: { platform: 'slack', id: 'C0TEAM', kind: 'channel', threadId: `${1700000000 + seq}.000100` },
    receivedAt: new Date(TEST_NOW),
    ...over,
  };
}
