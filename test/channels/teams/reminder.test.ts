// A reminder delivered proactively to a Teams partner, and its Done button pressed on the card
// (adaptiveCard/action): the invoke answers with the refreshed card saying what happened; a second
// press on the same card says what already happened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { cardInvoke, cardOf, cardText, executeAction, KIM, MARIA, messageActivity, startTeamsHarness, TENANT, type TeamsHarness } from './harness.js';

const RECAP = `Follow-up tasks
Schedule a job shadow at the hospital by 12/5
Assigned to Daniel Kim`;

let t: TestAssistant;
let h: TeamsHarness;
beforeEach(async () => {
  t = await buildTestAssistant();
  h = await startTeamsHarness(t.assistant, t.store, { clock: t.clock });
});
afterEach(async () => {
  await h.close();
  await t.close();
});

async function say(text: string) {
  const before = h.connector.sent().length;
  const activity = messageActivity(h.connector.serviceUrl, { kind: 'groupChat', mentionBot: true, text, from: MARIA });
  await h.send(activity);
  await h.connector.waitFor(() => h.connector.sent().length > before);
  return { activity, card: cardOf(h.connector.sent().at(-1)!) };
}

describe('a Teams reminder', () => {
  it('reaches the owner in a new 1:1 chat, and Done on the card closes the commitment once', async () => {
    await say('create JR-2027');
    const { activity, card } = await say(RECAP);
    const refresh = (card as { refresh: { action: { verb: string; data: Record<string, unknown> } } }).refresh.action;
    const mine = JSON.parse((await h.send(cardInvoke(h.connector.serviceUrl, activity, refresh))).body).value as Record<string, unknown>;
    await h.send(cardInvoke(h.connector.serviceUrl, activity, executeAction(mine, 'proposal.confirm')));
    const plan = (await t.store.listPlans()).find((p) => p.label === 'JR-2027')!;
    const [c] = await t.store.listCommitments(plan.id);
    expect(c?.task).toBe('schedule a job shadow at the hospital');

    const sent = await h.teams.notifier.deliver({
      key: `${c!.id}:due`,
      to: { platform: 'teams', userId: KIM.aadObjectId, tenantId: TENANT },
      reply: { kind: 'notice', text: `Due today on **JR-2027**: ${c!.task}.`, audience: { kind: 'conversation' }, actions: [{ id: 'commitment.done', label: 'Done', value: c!.id, style: 'primary' }] },
    });
    expect(sent.status).toBe('sent');
    const reminder = h.connector.sent().at(-1)!;
    expect(reminder.conversationId).toMatch(/^a:new-chat-/);
    const reminderCard = cardOf(reminder);
    expect(cardText(reminderCard)).toContain('Due today on **JR-2027**');

    const inChat = { ...messageActivity(h.connector.serviceUrl, { from: KIM, conversationId: reminder.conversationId! }) };
    const pressed = async () => JSON.parse((await h.send(cardInvoke(h.connector.serviceUrl, inChat, executeAction(reminderCard, 'commitment.done'), {}, KIM))).body) as { type: string; value: Record<string, unknown> };
    const first = await pressed();
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(first.value)).toContain('Marked done by Daniel Kim on **JR-2027**: schedule a job shadow at the hospital');
    expect((await t.store.getCommitment(c!.id))?.status).toBe('completed');
    const again = await pressed();
    expect(cardText(again.value)).toMatch(/Nothing changed: "schedule a job shadow at the hospital" was already completed \(done\) by Daniel Kim/);
  });
});
