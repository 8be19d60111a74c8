// A slow answer in Teams: the person sees Liaison typing and hears the answer is still coming (the
// same core decision Slack renders as an ephemeral note), then gets the answer, and the note once only.
import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/messages.js';
import { createPlanStore } from '../../../src/core/plans/create-store.js';
import type { PlanStore } from '../../../src/core/plans/store.js';
import { fixedClock } from '../../../src/core/clock.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { scriptedAssistant } from '../slack/scripted-assistant.js';
import { cardOf, cardText, messageActivity, startTeamsHarness, type TeamsHarness } from './harness.js';

const answer = (text: string): Reply => ({ kind: 'answer', audience: { kind: 'conversation' }, text, sources: [], grounded: true, actions: [] });

let h: TeamsHarness | undefined;
let store: PlanStore | undefined;
let dataDir: string | undefined;
afterEach(async () => {
  await h?.close();
  await store?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  h = store = dataDir = undefined;
});

async function start(script: () => Promise<Reply[]>) {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-teams-still-'));
  store = await createPlanStore({ dataDir, clock: fixedClock('2026-11-25T15:00:00Z') });
  h = await startTeamsHarness(scriptedAssistant(script), store, { stillWorkingMs: 100 });
  return h;
}

describe('a slow answer in Teams', () => {
  it('tells the person it is still coming, then answers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const t = await start(async () => (await gate, [answer('There it is.')]));
    const res = await t.send(messageActivity(t.connector.serviceUrl, { text: 'a slow one', conversationId: 'a:slow' }));
    expect(res.status).toBe(200);
    const note = await t.connector.waitFor((c) => c.conversationId === 'a:slow' && c.body.type === 'message');
    expect(cardText(cardOf(note))).toMatch(/Still working on it/);
    expect(t.connector.calls.some((c) => c.conversationId === 'a:slow' && c.body.type === 'typing')).toBe(true);
    release();
    await t.connector.waitFor((c) => c.conversationId === 'a:slow' && c.body.type === 'message' && /There it is/.test(cardText(cardOf(c))));
    await new Promise((r) => setTimeout(r, 200));
    const notes = t.connector.sent().filter((c) => c.conversationId === 'a:slow' && /Still working/.test(cardText(cardOf(c))));
    expect(notes).toHaveLength(1);
  });

  it('sends no note when the answer comes in time', async () => {
    const t = await start(async () => [answer('Quick one.')]);
    await t.send(messageActivity(t.connector.serviceUrl, { text: 'a quick one', conversationId: 'a:quick' }));
    await t.connector.waitFor((c) => c.conversationId === 'a:quick' && c.body.type === 'message');
    await new Promise((r) => setTimeout(r, 250));
    const texts = t.connector.sent().filter((c) => c.conversationId === 'a:quick').map((c) => cardText(cardOf(c)));
    expect(texts).toEqual([expect.stringMatching(/Quick one/)]);
  });
});
