// End to end with the real assistant (starter knowledge, temp embedded store, rules extractor):
// signed activities in through the real botbuilder endpoint, what people would see recorded by the
// fake Bot Connector, card buttons pressed as adaptiveCard/action invokes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { cardInvoke, cardOf, cardText, executeAction, KIM, MARIA, messageActivity, startTeamsHarness, type TeamsHarness } from './harness.js';

const RECAP = `Transition planning: JR
Tuesday, November 24, 2026 10:00 AM - 10:45 AM

Follow-up tasks
Send the VR application packet to the family by Friday
Assigned to Dana Alvarez
Schedule a job shadow at the hospital by 12/5
Assigned to Daniel Kim`;

let t: TestAssistant;
let h: TeamsHarness;
beforeEach(async () => {
  t = await buildTestAssistant();
  h = await startTeamsHarness(t.assistant, t.store, { clock: t.clock });
  h.connector.setMember(MARIA.aadObjectId, { name: MARIA.name, email: 'mrivera@example.org', aadObjectId: MARIA.aadObjectId });
});
afterEach(async () => {
  await h.close();
  await t.close();
});

/** Sends a message and waits for the next card the bot sends. */
async function say(o: Parameters<typeof messageActivity>[1]) {
  const before = h.connector.sent().length;
  const activity = messageActivity(h.connector.serviceUrl, o);
  const res = await h.send(activity);
  expect(res.status).toBe(200);
  await h.connector.waitFor(() => h.connector.sent().length > before);
  await new Promise((r) => setTimeout(r, 50));
  return { activity, calls: h.connector.sent().slice(before) };
}

async function press(base: Record<string, unknown>, card: Record<string, unknown>, verb: string, inputs: Record<string, unknown> = {}, from = MARIA) {
  const res = await h.send(cardInvoke(h.connector.serviceUrl, base, executeAction(card, verb), inputs, from));
  expect(res.status).toBe(200);
  return JSON.parse(res.body) as { statusCode: number; type: string; value: Record<string, unknown> | string };
}

describe('Teams with the real assistant', () => {
  it('answers a question in a personal chat with a card: numbered sources and feedback buttons', async () => {
    const { activity, calls } = await say({ text: 'What are the five Pre-ETS activities?' });
    expect(h.connector.calls.some((c) => c.body.type === 'typing')).toBe(true);
    const card = cardOf(calls[0]!);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    const seen = cardText(card);
    expect(seen).toMatch(/\[1\]/);
    expect(seen).toContain('**Sources**');
    expect(calls[0]!.conversationId).toBe((activity.conversation as { id: string }).id);
    // Feedback keeps the answer on screen and thanks the person in a note.
    const thanks = await press(activity, card, 'feedback');
    expect(thanks.type).toBe('application/vnd.microsoft.activity.message');
    expect(thanks.value).toMatch(/glad it helped/);
  });

  it('answers an @mention in a channel inside the post\'s thread', async () => {
    const { activity, calls } = await say({ kind: 'channel', mentionBot: true, text: 'Who is presumed eligible for VR?' });
    const conv = (activity.conversation as { id: string }).id;
    expect(calls[0]!.conversationId).toBe(conv);
    expect(conv).toContain(';messageid=');
    expect(cardText(cardOf(calls[0]!))).toMatch(/\[1\]/);
  });

  it('answers a follow-up in the thread it answered, without a new mention, once follow-ups are on', async () => {
    await say({ kind: 'channel', mentionBot: true, text: 'followups on' });
    const { activity } = await say({ kind: 'channel', mentionBot: true, text: 'Who is presumed eligible for VR?' });
    const thread = (activity.conversation as { id: string }).id;
    const { calls } = await say({ kind: 'channel', conversationId: thread, text: 'And how long does the VR eligibility decision take?' });
    expect(calls[0]!.conversationId).toBe(thread);
    expect(cardText(cardOf(calls[0]!))).toMatch(/\[1\]|don't|do not/);
  });

  it('stays quiet in a channel when not mentioned in a thread it never answered', async () => {
    const res = await h.send(messageActivity(h.connector.serviceUrl, { kind: 'channel', text: 'lunch at noon?' }));
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(h.connector.sent()).toHaveLength(0);
  });

  it('reads a pasted meeting recap into a proposal only the requester acts on, and logs it on Confirm', async () => {
    await say({ kind: 'groupChat', mentionBot: true, text: 'create JR-2027' });
    const { activity, calls } = await say({ kind: 'groupChat', mentionBot: true, text: RECAP });
    // Everyone sees a placeholder; the card refreshes into the proposal for Maria only.
    const placeholder = calls[calls.length - 1]!;
    const onCard = { ...activity, replyToId: placeholder.createdId };
    const shared = cardOf(placeholder) as { refresh?: { userIds: string[]; action: { verb: string; data: Record<string, unknown> } } };
    expect(shared.refresh?.userIds).toEqual([MARIA.id]);
    const refresh = { ...shared, actions: [shared.refresh!.action] } as Record<string, unknown>;
    const other = await press(activity, refresh, 'liaison.refresh', {}, KIM);
    expect(cardText(other.value as Record<string, unknown>)).toContain('Only the person who asked');
    const mine = (await press(activity, refresh, 'liaison.refresh')).value as Record<string, unknown>;
    const seen = cardText(mine);
    expect(seen).toContain('meeting of 2026-11-24');
    expect(seen).toContain('Owner: **Dana Alvarez** · Due: **Fri 2026-11-27**');
    expect(seen).toContain('Owner: **Daniel Kim** · Due: **Sat 2026-12-05**');
    const logged = await press(onCard, mine, 'proposal.confirm');
    expect(logged.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(logged.value as Record<string, unknown>)).toMatch(/Logged 2 commitments to \*\*JR-2027\*\*/);
    // Everyone's placeholder now shows what was logged.
    const updated = await h.connector.waitFor((c) => c.op === 'updateActivity');
    expect(cardText(cardOf(updated))).toMatch(/Logged 2 commitments/);
  });

  it('proposes a recap pasted without a mention in a linked group chat (resource-specific consent)', async () => {
    await say({ kind: 'groupChat', mentionBot: true, text: 'create JR-2027' });
    const { calls } = await say({ kind: 'groupChat', text: RECAP });
    expect((cardOf(calls.at(-1)!) as { refresh?: { userIds: string[] } }).refresh?.userIds).toEqual([MARIA.id]);
  });

  it('lists the linked plan, closes a commitment and links another chat with the command words', async () => {
    await say({ kind: 'groupChat', mentionBot: true, text: 'create JR-2027' });
    const { activity, calls } = await say({ kind: 'groupChat', mentionBot: true, text: RECAP });
    const placeholder = calls[calls.length - 1]!;
    const onCard = { ...activity, replyToId: placeholder.createdId };
    const shared = cardOf(placeholder) as { refresh: { action: Record<string, unknown> } };
    const mine = (await press(activity, { actions: [shared.refresh.action] }, 'liaison.refresh')).value as Record<string, unknown>;
    await press(onCard, mine, 'proposal.confirm');

    const plan = cardText(cardOf((await say({ kind: 'groupChat', mentionBot: true, text: 'plan' })).calls[0]!));
    expect(plan).toContain('**#1** send the VR application packet to the family — Dana Alvarez');
    expect(plan).toContain('**#2** schedule a job shadow at the hospital — Daniel Kim');
    const done = cardText(cardOf((await say({ kind: 'groupChat', mentionBot: true, text: 'done 1' })).calls[0]!));
    expect(done).toContain('Closed on **JR-2027**: send the VR application packet to the family (Dana Alvarez)');
    const after = cardText(cardOf((await say({ kind: 'groupChat', mentionBot: true, text: 'plan' })).calls[0]!));
    expect(after).not.toContain('**#1**');
    const linked = cardText(cardOf((await say({ kind: 'channel', mentionBot: true, text: 'link JR-2027' })).calls[0]!));
    expect(linked).toContain('now linked to **JR-2027**');
  });

  it('words core hints as command-menu words', async () => {
    const { calls } = await say({ text: 'plan' });
    expect(cardText(cardOf(calls[0]!))).toContain('Link one with **link <plan label>**.');
  });
});
