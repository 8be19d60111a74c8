// The Teams section: questions sent one by one with valid tokens to the real botbuilder endpoint,
// measuring the time to the HTTP answer and until the reply reaches the (fake) Bot Connector. The
// key server and connector are the tests' (test/helpers/), on localhost. Part 8 adds the burst.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAssistant } from '../src/core/assistant.js';
import { inProcessWork } from '../src/core/heavy-work.js';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import type { KnowledgeSearch } from '../src/core/knowledge/live.js';
import { createExtractor } from '../src/core/notes/index.js';
import { createPlanStore } from '../src/core/plans/create-store.js';
import { PlanService } from '../src/core/plans/plan-service.js';
import { messageActivity, startTeamsHarness } from '../test/channels/teams/harness.js';
import { benchClock } from './clock.js';
import { percentile } from './stats.js';

export interface TeamsFigures {
  ran: boolean;
  reason?: string;
  questions?: number;
  httpP50Ms?: number;
  httpP99Ms?: number;
  replyP50Ms?: number;
  replyP99Ms?: number;
}

export async function teamsSection(knowledge: KnowledgeSearch, questions: string[], count = 100): Promise<TeamsFigures> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-teams-'));
  const clock = benchClock();
  const store = await createPlanStore({ dataDir, clock });
  const plans = new PlanService({ store, clock });
  const assistant = createAssistant({ work: inProcessWork({ knowledge, answerer: createAnswerer(), extractor: createExtractor() }), plans, clock, timeZone: 'America/Chicago' });
  const h = await startTeamsHarness(assistant, store, { clock });
  try {
    const http: number[] = [];
    const reply: number[] = [];
    for (let i = 0; i < count; i++) {
      const activity = messageActivity(h.connector.serviceUrl, { text: questions[i % questions.length] ?? 'Who do I call about VR?', conversationId: `a:bench-${i}` });
      const started = performance.now();
      const res = await h.send(activity);
      http.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`the endpoint answered ${res.status}`);
      await h.connector.waitFor((c) => c.conversationId === `a:bench-${i}` && c.body.type === 'message', 30_000);
      reply.push(performance.now() - started);
    }
    const r1 = (x: number) => Math.round(x * 10) / 10;
    return { ran: true, questions: count, httpP50Ms: r1(percentile(http, 50)), httpP99Ms: r1(percentile(http, 99)), replyP50Ms: r1(percentile(reply, 50)), replyP99Ms: r1(percentile(reply, 99)) };
  } catch (err) {
    return { ran: false, reason: (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 200) };
  } finally {
    await h.close();
    await store.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}
