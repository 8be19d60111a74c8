// The Slack section: bench/slack-bench.ts over the real assistant on the benchmark index. A failure
// becomes "not run: <reason>" so the rest of the report still prints.
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
import { benchClock } from './clock.js';
import { runSlackBench } from './slack-bench.js';

export interface SlackFigures {
  ran: boolean;
  reason?: string;
  mentions?: number;
  ackP50Ms?: number;
  ackP99Ms?: number;
  answeredOnce?: boolean;
  answerP50Ms?: number;
  answerP95Ms?: number;
}

export async function slackSection(knowledge: KnowledgeSearch, questions: string[]): Promise<SlackFigures> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-slack-'));
  const clock = benchClock();
  const store = await createPlanStore({ dataDir, clock });
  try {
    const assistant = createAssistant({
      work: inProcessWork({ knowledge, answerer: createAnswerer(), extractor: createExtractor() }),
      plans: new PlanService({ store, clock }),
      clock,
      timeZone: 'America/Chicago',
    });
    const r = await runSlackBench({ assistant, questions: questions.length ? questions : undefined, timeoutMs: 60_000 });
    return { ran: true, mentions: r.mentions, ackP50Ms: r.ackP50, ackP99Ms: r.ackP99, answeredOnce: r.answeredOnce, answerP50Ms: r.answerP50, answerP95Ms: r.answerP95 };
  } catch (err) {
    return { ran: false, reason: firstLine(err) };
  } finally {
    await store.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  }
}

function firstLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0]!.slice(0, 200);
}
