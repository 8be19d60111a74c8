// For a Teams test file: the real assistant behind a fresh harness for each test. Kept apart from
// harness.ts, which the bench imports outside vitest.
import { afterEach, beforeEach } from 'vitest';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { startTeamsHarness, type TeamsHarness } from './harness.js';

/** For a test file: before each test the real assistant (starter knowledge, temp store) behind a fresh harness; stopped after. */
export function useRealAssistant(): { t: TestAssistant; h: TeamsHarness } {
  const env = {} as { t: TestAssistant; h: TeamsHarness };
  beforeEach(async () => {
    env.t = await buildTestAssistant();
    env.h = await startTeamsHarness(env.t.assistant, env.t.store, { clock: env.t.clock });
  });
  afterEach(async () => {
    await env.h.close();
    await env.t.close();
  });
  return env;
}
