// Teams clients without Universal Actions: every button's Action.Submit fallback arrives as a message
// carrying the verb, and does what the Action.Execute does; a user-specific proposal reaches the
// requester's personal chat instead. And the refresh a card carries for its person: after a press, their
// other devices get the outcome, not stale buttons.
import { describe, expect, it } from 'vitest';
import type { ConnectorCall } from '../../helpers/fake-connector.js';
import { cardInvoke, cardOf, cardText, executeAction, KIM, MARIA, messageActivity, messageBack, submitAction, TENANT } from './harness.js';
import { useRealAssistant } from './real-assistant.js';

const NOTES = `Transition meeting for JR, Nov 25
Next steps:
- Dana Alvarez will send the VR application packet to the family by Friday
- Daniel Kim to schedule a job shadow at the hospital by 12/5`;

type Card = Record<string, unknown> & { refresh?: { action: { verb: string; data: Record<string, unknown> }; userIds?: string[] } };

const env = useRealAssistant();

/** Sends an activity and returns the first message the bot sends after it. */
async function next(activity: Record<string, unknown>, match: (c: ConnectorCall) => boolean = () => true): Promise<ConnectorCall> {
  const before = env.h.connector.calls.length;
  expect((await env.h.send(activity)).status).toBe(200);
  return env.h.connector.waitFor((c) => env.h.connector.calls.indexOf(c) >= before && c.body.type === 'message' && match(c));
}

const say = (o: Parameters<typeof messageActivity>[1]) => {
  const activity = messageActivity(env.h.connector.serviceUrl, o);
  return next(activity).then((call) => ({ activity, call, card: cardOf(call) as Card }));
};

const refreshAs = async (base: Record<string, unknown>, card: Card, from: typeof MARIA) =>
  JSON.parse((await env.h.send(cardInvoke(env.h.connector.serviceUrl, base, card.refresh!.action, {}, from))).body) as { value: Record<string, unknown> };

describe('a reminder card', () => {
  it('carries a refresh for its owner; Done from an old client updates it in place, and the owner\'s other devices refresh to the outcome', async () => {
    await say({ text: 'create JR-2027' });
    const proposal = await say({ text: NOTES });
    expect(proposal.card.refresh?.userIds).toEqual([MARIA.id]);
    await env.h.send(cardInvoke(env.h.connector.serviceUrl, proposal.activity, executeAction(proposal.card, 'proposal.confirm')));
    const plan = (await env.t.store.getPlanByLabel('JR-2027'))!;
    const c = (await env.t.store.listCommitments(plan.id)).find((x) => /job shadow/.test(x.task))!;

    // Kim wrote to Liaison once, so his personal chat (and his Teams id) is stored.
    const kimChat = messageActivity(env.h.connector.serviceUrl, { from: KIM, text: 'help' });
    await next(kimChat);
    const sent = await env.h.teams.notifier.deliver({
      key: `${c.id}:due`,
      to: { platform: 'teams', userId: KIM.aadObjectId, tenantId: TENANT },
      reply: { kind: 'notice', text: `Due today on **JR-2027**: ${c.task}.`, audience: { kind: 'conversation' }, actions: [{ id: 'commitment.done', label: 'Done', value: c.id, style: 'primary' }] },
    });
    expect(sent.status).toBe('sent');
    const reminder = env.h.connector.sent().at(-1)!;
    const card = cardOf(reminder) as Card;
    expect(card.refresh?.userIds).toEqual([KIM.id]);

    const update = env.h.connector.waitFor((x) => x.op === 'updateActivity' && x.activityId === reminder.createdId);
    expect((await env.h.send(messageBack(kimChat, submitAction(card, 'commitment.done'), reminder.createdId, {}, KIM))).status).toBe(200);
    expect(cardText(cardOf(await update))).toContain('Marked done by Daniel Kim on **JR-2027**: schedule a job shadow at the hospital');
    expect((await env.t.store.getCommitment(c.id))?.status).toBe('completed');

    const onPhone = await refreshAs(kimChat, card, KIM);
    expect(cardText(onPhone.value)).toContain('Marked done by Daniel Kim');
    expect(JSON.stringify(onPhone.value)).not.toContain('"verb":"commitment.done"');
  });
});

describe('a proposal in a group chat on a client without Universal Actions', () => {
  it('"Show me" sends it to the requester\'s personal chat, where Confirm (a message-back) logs it and updates the card', async () => {
    await say({ kind: 'groupChat', mentionBot: true, text: 'create JR-2027' });
    const { activity, call: placeholder, card } = await say({ kind: 'groupChat', mentionBot: true, text: NOTES });
    expect(cardText(card)).toContain('only they see it here');

    // Someone else pressing it is told, in their own chat, that it is not theirs; nothing is posted in the group.
    const toKim = await next(messageBack(activity, submitAction(card, 'liaison.refresh'), placeholder.createdId, {}, KIM));
    expect(cardText(cardOf(toKim))).toContain('Only the person who asked');
    expect(toKim.conversationId).not.toBe((activity.conversation as { id: string }).id);

    const mine = await next(messageBack(activity, submitAction(card, 'liaison.refresh'), placeholder.createdId), (c) => /Owner:/.test(JSON.stringify(c.body)));
    expect(mine.conversationId).not.toBe((activity.conversation as { id: string }).id);
    expect(env.h.connector.calls.some((c) => c.op === 'createConversation' && JSON.stringify(c.body).includes(MARIA.aadObjectId))).toBe(true);
    const proposal = cardOf(mine);
    expect(cardText(proposal)).toContain('Owner: **Dana Alvarez**');

    const inMyChat = messageActivity(env.h.connector.serviceUrl, { conversationId: mine.conversationId! });
    const update = env.h.connector.waitFor((x) => x.op === 'updateActivity' && x.activityId === mine.createdId);
    expect((await env.h.send(messageBack(inMyChat, submitAction(proposal, 'proposal.confirm'), mine.createdId))).status).toBe(200);
    expect(cardText(cardOf(await update))).toMatch(/Logged 2 commitments to \*\*JR-2027\*\*/);
    expect(await env.t.store.listCommitments((await env.t.store.getPlanByLabel('JR-2027'))!.id)).toHaveLength(2);
  });

  it('goes to the requester\'s personal chat when it is too long for one card (a user-specific view is one card)', async () => {
    await say({ kind: 'groupChat', mentionBot: true, text: 'create JR-2027' });
    const many = Array.from({ length: 80 }, (_, i) => `- Dana Alvarez will send the VR application packet number ${i + 1} and the signed release forms to the family by Friday`).join('\n');
    const { activity, call } = await say({ kind: 'groupChat', mentionBot: true, text: `Transition meeting for JR, Nov 25\nNext steps:\n${many}` });
    expect(call.conversationId).not.toBe((activity.conversation as { id: string }).id);
    await new Promise((r) => setTimeout(r, 200));
    const mine = env.h.connector.sent().filter((c) => c.conversationId === call.conversationId);
    expect(mine.length).toBeGreaterThan(1);
    for (const c of mine) expect(Buffer.byteLength(JSON.stringify(c.body))).toBeLessThan(28 * 1024);
    expect(cardText(cardOf(mine.at(-1)!))).toContain('packet number 80');
  });

  it('answers 👍 from an old client with a note, leaving the answer as it is', async () => {
    const { activity, call, card } = await say({ text: 'What are the five Pre-ETS activities?' });
    const note = await next(messageBack(activity, submitAction(card, 'feedback'), call.createdId));
    expect(cardText(cardOf(note))).toMatch(/glad it helped/);
    expect(env.h.connector.calls.some((c) => c.op === 'updateActivity')).toBe(false);
  });
});
