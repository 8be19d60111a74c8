// The Slack section: runs bench/slack-bench.ts (the Slack engineer's) when it exists, over the real
// assistant on the benchmark index. Anything that goes wrong becomes "not run: <reason>".
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createAssistant } from '../src/core/assistant.js';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import type { KnowledgeIndex } from '../src/core/knowledge/search.js';
import type { Assistant } from '../src/core/messages.js';
import { createExtractor } from '../src/core/notes/index.js';
import { createPlanStore } from '../src/core/plans/create-store.js';
import { PlanService } from '../src/core/plans/plan-service.js';

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

interface SlackBenchModule {
  runSlackBench?: (opts: { assistant: Assistant; questions?: string[]; mentions?: number; timeoutMs?: number }) => Promise<{
    ackP50: number;
    ackP99: number;
    answeredOnce: boolean;
    answerP50: number;
    answerP95: number;
    mentions: number;
  }>;
}

export async function slackSection(index: KnowledgeIndex, questions: string[]): Promise<SlackFigures> {
  let mod: SlackBenchModule;
  try {
    // A variable specifier: the file belongs to another engineer and may not exist yet.
    const file = './slack-bench.js';
    mod = (await import(file)) as SlackBenchModule;
  } catch (err) {
    return { ran: false, reason: `bench/slack-bench.ts could not be loaded (${firstLine(err)})` };
  }
  if (typeof mod.runSlackBench !== 'function') return { ran: false, reason: 'bench/slack-bench.ts does not export runSlackBench' };

  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-slack-'));
  const store = await createPlanStore({ dataDir });
  try {
    const assistant = createAssistant({
      knowledge: index,
      answerer: createAnswerer(),
      extractor: createExtractor(),
      plans: new PlanService({ store }),
      timeZone: 'America/Chicago',
    });
    const r = await mod.runSlackBench({ assistant, questions: questions.length ? questions : undefined, timeoutMs: 60_000 });
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
