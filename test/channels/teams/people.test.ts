// Who is writing, and where Liaison may post: a Teams user is matched to a partner by AAD object id or
// by the email Teams gives for them (TeamsInfo.getMember against the fake connector's members route),
// and a private channel (where Teams lets no app post) is never linked to a plan; what is said there
// is answered in the person's personal chat.
import { beforeEach, describe, expect, it } from 'vitest';
import { cardOf, cardText, KIM, MARIA, messageActivity } from './harness.js';
import { useRealAssistant } from './real-assistant.js';

const LOCAL = { actor: { platform: 'cli' as const, userId: 'coordinator', name: 'coordinator' } };

const env = useRealAssistant();

/** Sends a message and returns the text of the next card the bot sends. */
async function said(o: Parameters<typeof messageActivity>[1]): Promise<{ text: string; conversationId?: string }> {
  const before = env.h.connector.sent().length;
  expect((await env.h.send(messageActivity(env.h.connector.serviceUrl, o))).status).toBe(200);
  await env.h.connector.waitFor(() => env.h.connector.sent().length > before);
  const call = env.h.connector.sent()[before]!;
  return { text: cardText(cardOf(call)), ...(call.conversationId ? { conversationId: call.conversationId } : {}) };
}

describe('matching a Teams user to a partner', () => {
  beforeEach(async () => {
    await env.t.plans.createPlan({ label: 'JR-2027', coordinator: 'Maria Rivera' }, LOCAL);
    await env.t.plans.addMember('JR-2027', 'Daniel Kim', LOCAL);
  });

  it('by the email Teams gives for them, when the directory has no Teams id for them', async () => {
    // Maria's row has her email but no teams_user_id; Teams' member record carries the email.
    env.h.connector.setMember(MARIA.aadObjectId, { name: MARIA.name, email: 'MRivera@example.org', aadObjectId: MARIA.aadObjectId });
    expect((await said({ text: 'plans' })).text).toContain('**JR-2027**');
    expect(env.h.connector.calls.some((c) => c.op === 'getMember' && c.activityId === MARIA.aadObjectId)).toBe(true);
  });

  it('by the AAD object id in the directory, even when Teams gives no email', async () => {
    expect((await said({ text: 'plans', from: KIM })).text).toContain('**JR-2027**');
  });

  it('not at all when neither the id nor the email is in the directory', async () => {
    const stranger = { id: '29:stranger', name: 'Pat Doe', aadObjectId: 'aad-stranger' };
    env.h.connector.setMember(stranger.aadObjectId, { name: stranger.name, email: 'pdoe@example.org', aadObjectId: stranger.aadObjectId });
    expect((await said({ text: 'plans', from: stranger })).text).toContain('You are not on any plan yet');
  });
});

describe('a private channel', () => {
  const PRIVATE = '19:private-channel@thread.tacv2';
  const inPrivate = (text: string) => {
    const a = messageActivity(env.h.connector.serviceUrl, { kind: 'channel', mentionBot: true, text, conversationId: `${PRIVATE};messageid=1700`, from: KIM });
    return { ...a, channelData: { ...(a.channelData as object), channel: { id: PRIVATE, type: 'private' } } };
  };

  it('is not linked: the person is told why, in their personal chat with Liaison', async () => {
    await env.t.plans.createPlan({ label: 'JR-2027', coordinator: 'Daniel Kim' }, LOCAL);
    expect((await env.h.send(inPrivate('link JR-2027'))).status).toBe(200);
    const told = await env.h.connector.waitFor((c) => c.op === 'sendToConversation' || c.op === 'replyToActivity');
    expect(told.conversationId).not.toContain(PRIVATE);
    expect(env.h.connector.calls.find((c) => c.op === 'createConversation')?.body).toMatchObject({ isGroup: false, members: [{ id: KIM.aadObjectId }] });
    const text = cardText(cardOf(told));
    expect(text).toContain('Nothing was linked: this is a private channel');
    expect(text).toContain('with **link JR-2027** there');
    expect(await env.t.store.getPlanByConversation({ platform: 'teams', id: PRIVATE })).toBeNull();
  });

  it('does not get a new plan linked either', async () => {
    expect((await env.h.send(inPrivate('create JR-2028'))).status).toBe(200);
    const told = await env.h.connector.waitFor((c) => c.op === 'sendToConversation' || c.op === 'replyToActivity');
    expect(cardText(cardOf(told))).toContain('Nothing was linked');
    expect(await env.t.store.getPlanByLabel('JR-2028')).toBeNull();
  });

  it('gets its answers in the asker\'s personal chat, and nothing (not even typing) in the channel', async () => {
    expect((await env.h.send(inPrivate('Who is presumed eligible for VR?'))).status).toBe(200);
    const answer = await env.h.connector.waitFor((c) => c.body.type === 'message');
    expect(cardText(cardOf(answer))).toMatch(/\[1\]/);
    expect(answer.conversationId).toMatch(/^a:new-chat-/);
    expect(env.h.connector.calls.filter((c) => c.method !== 'GET' && c.conversationId?.startsWith(PRIVATE))).toEqual([]);
  });

  it('is linked as usual when it is a standard channel', async () => {
    await env.t.plans.createPlan({ label: 'JR-2027', coordinator: 'Daniel Kim' }, LOCAL);
    const standard = await said({ kind: 'channel', mentionBot: true, text: 'link JR-2027', from: KIM });
    expect(standard.text).toContain('now linked to **JR-2027**');
  });
});
