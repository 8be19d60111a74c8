// Builds the real assistant for tests: the starter knowledge/ folder indexed offline into a temp
// folder (once per test process), a temporary embedded plan store, rule-based notes, a fixed clock.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAssistant } from '../../src/core/assistant.js';
import { fixedClock } from '../../src/core/clock.js';
import { createAnswerer } from '../../src/core/knowledge/answer/index.js';
import { openIndex } from '../../src/core/knowledge/index-store.js';
import { ingest } from '../../src/core/knowledge/ingest.js';
import { OfflineEmbedder } from '../../src/core/knowledge/offline-embedder.js';
import type { KnowledgeIndex } from '../../src/core/knowledge/search.js';
import type { Assistant, Inbound } from '../../src/core/messages.js';
import { createExtractor } from '../../src/core/notes/index.js';
import { openEmbeddedStore } from '../../src/core/plans/embedded-store.js';
import { PlanService } from '../../src/core/plans/plan-service.js';
import type { PlanStore } from '../../src/core/plans/store.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');

let shared: Promise<KnowledgeIndex> | undefined;

/** The starter knowledge, indexed once per test process. */
export function starterIndex(): Promise<KnowledgeIndex> {
  shared ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'liaison-index-'));
    const embedder = new OfflineEmbedder();
    await ingest({ paths: [KNOWLEDGE_DIR], root: KNOWLEDGE_DIR, indexDir: dir, embedder, clock: fixedClock('2026-11-25T15:00:00Z') });
    return openIndex(dir, embedder);
  })();
  return shared;
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
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

export async function buildTestAssistant(opts: { now?: string; handle?: (a: Assistant) => Assistant } = {}): Promise<TestAssistant> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-plans-'));
  const clock = fixedClock(opts.now ?? '2026-11-25T15:00:00Z');
  const store = await openEmbeddedStore({ dataDir, clock });
  const plans = new PlanService({ store, clock, defaultTimeZone: 'America/New_York' });
  await plans.importPartnersCsv(PARTNERS_CSV);
  const index = await starterIndex();
  const assistant = createAssistant({
    knowledge: index,
    answerer: createAnswerer(),
    extractor: createExtractor(),
    plans,
    clock,
    timeZone: 'America/New_York',
  });
  return {
    assistant: opts.handle ? opts.handle(assistant) : assistant,
    plans,
    store,
    clock,
    async close() {
      await store.close();
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
    receivedAt: new Date('2026-11-25T15:00:00Z'),
    ...over,
  };
}
