// Invokes and lifecycle activities: the "Log action items" message action (dialog, then proposal),
// installationUpdate storing the personal chat for later reminders, Edit in a dialog, a stale card, and
// the error boundary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestAssistant, type TestAssistant } from '../../helpers/assistant.js';
import { scriptedAssistant } from '../slack/scripted-assistant.js';
import { cardInvoke, cardOf, cardText, dialogInvoke, executeAction, MARIA, messageActivity, startTeamsHarness, submitAction, type TeamsHarness } from './harness.js';

const NOTES = `Transition meeting for JR, Nov 25
Next steps:
- Dana Alvarez will send the VR application packet to the family by Friday
- Daniel Kim to schedule a job shadow at the hospital by 12/5`;

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

const invoke = (name: string, value: Record<string, unknown>, kind: 'personal' | 'channel' = 'channel') => ({
  ...messageActivity(h.connector.serviceUrl, { kind }),
  type: 'invoke',
  name,
  text: undefined,
  value,
});

describe('Teams interactions', () => {
  it('"Log action items" on a message opens a dialog with its text, then proposes the items to the requester', async () => {
    const messagePayload = { id: '1699', body: { contentType: 'html', content: `<p>${NOTES.split('\n').join('</p><p>')}</p>` }, linkToMessage: 'https://teams.example/l/message/1699' };
    const fetched = await h.send(invoke('composeExtension/fetchTask', { commandId: 'logActionItems', commandContext: 'message', messagePayload }));
    expect(fetched.status).toBe(200);
    const task = JSON.parse(fetched.body) as { task: { type: string; value: { card: { content: { body: { id?: string; value?: string }[] } } } } };
    expect(task.task.type).toBe('continue');
    const input = task.task.value.card.content.body.find((b) => b.id === 'notes')!;
    expect(input.value).toContain('Dana Alvarez will send the VR application packet to the family by Friday');

    const submitted = await h.send(invoke('composeExtension/submitAction', { commandId: 'logActionItems', commandContext: 'message', messagePayload, data: { notes: input.value } }));
    expect(submitted.status).toBe(200);
    const placeholder = await h.connector.waitFor((c) => c.body.type === 'message');
    const shared = cardOf(placeholder) as { refresh?: { userIds: string[] } };
    expect(shared.refresh?.userIds).toEqual([MARIA.id]);
  });

  it('stores the personal chat from installationUpdate, so a reminder reaches the person before they ever wrote', async () => {
    const install = { ...messageActivity(h.connector.serviceUrl, { from: { id: '29:kim', name: 'Daniel Kim', aadObjectId: 'aad-kim' } }), type: 'installationUpdate', action: 'add', text: undefined };
    expect((await h.send(install)).status).toBe(200);
    const result = await h.teams.notifier.deliver({ key: 'k', to: { platform: 'teams', userId: 'aad-kim' }, reply: { kind: 'notice', text: 'Due Friday', audience: { kind: 'conversation' } } });
    expect(result.status).toBe('sent');
    expect(h.connector.sent().at(-1)!.conversationId).toBe('a:personal-aad-kim');
    expect(h.connector.calls.some((c) => c.op === 'createConversation')).toBe(false);
    // Removed again: the stored chat is forgotten; a new 1:1 chat is tried, which Teams refuses (not installed).
    expect((await h.send({ ...install, action: 'remove' })).status).toBe(200);
    h.connector.failNext('createConversation', 403);
    const after = await h.teams.notifier.deliver({ key: 'k2', to: { platform: 'teams', userId: 'aad-kim' }, reply: { kind: 'notice', text: 'Due Friday', audience: { kind: 'conversation' } } });
    expect(after.status).toBe('unreachable');
    expect(h.connector.calls.filter((c) => c.op === 'createConversation')).toHaveLength(1);
  });

  it('edits a proposal in a dialog (task/fetch, task/submit): the edited items come back as a new proposal; a pressed-again card says what happened', async () => {
    const say = async (text: string) => {
      const before = h.connector.sent().length;
      const activity = messageActivity(h.connector.serviceUrl, { text });
      await h.send(activity);
      await h.connector.waitFor(() => h.connector.sent().length > before);
      return activity;
    };
    const base = await say('create JR-2027');
    await say(NOTES);
    const proposal = cardOf(h.connector.sent().at(-1)!);
    expect(cardText(proposal)).toContain('Owner: **Dana Alvarez**');
    const pressed = async (card: Record<string, unknown>, verb: string, inputs: Record<string, unknown> = {}) => {
      const res = await h.send(cardInvoke(h.connector.serviceUrl, base, executeAction(card, verb), inputs));
      expect(res.status).toBe(200);
      return (JSON.parse(res.body) as { value: Record<string, unknown> }).value;
    };
    // Edit opens a dialog holding the form.
    const edit = submitAction(proposal, 'proposal.edit');
    expect(edit.data.msteams).toEqual({ type: 'task/fetch' });
    const fetched = await h.send(dialogInvoke(base, 'task/fetch', edit.data));
    expect(fetched.status).toBe(200);
    const task = (JSON.parse(fetched.body) as { task: { type: string; value: { card: { content: Record<string, unknown> } } } }).task;
    expect(task.type).toBe('continue');
    const form = task.value.card.content;
    expect(JSON.stringify(form)).toContain('"id":"task1"');
    expect(((form.actions ?? []) as { type: string }[]).every((a) => a.type === 'Action.Submit')).toBe(true);
    // Save closes the dialog; the edited items arrive as a new proposal.
    const before = h.connector.sent().length;
    const save = submitAction(form, 'proposal.save');
    const submitted = await h.send(dialogInvoke(base, 'task/submit', { ...save.data, task1: 'send the VR packet to the family', owner1: 'Dana Alvarez', due1: '2026-12-01', drop1: 'false', task2: 'x', owner2: 'Daniel Kim', due2: '', drop2: 'true' }));
    expect(submitted.status).toBe(200);
    await h.connector.waitFor(() => h.connector.sent().length > before);
    const edited = cardOf(h.connector.sent()[before]!);
    const editedText = cardText(edited);
    expect(editedText).toContain('send the VR packet to the family');
    expect(editedText).toContain('Tue 2026-12-01');
    expect(editedText).not.toContain('job shadow');
    // The card Edit was pressed on refreshes to say it was superseded.
    const refresh = (proposal as { refresh: { action: { verb: string; data: Record<string, unknown> } } }).refresh.action;
    const old = (JSON.parse((await h.send(cardInvoke(h.connector.serviceUrl, base, refresh))).body) as { value: Record<string, unknown> }).value;
    expect(cardText(old)).toContain('the edited proposal is in a newer message');
    const logged = await pressed(edited, 'proposal.confirm');
    expect(cardText(logged)).toMatch(/Logged 1 commitment/);
    expect(await t.store.listCommitments((await t.store.getPlanByLabel('JR-2027'))!.id)).toHaveLength(1);
    const stale = await pressed(proposal, 'proposal.confirm');
    expect(cardText(stale)).toMatch(/no longer pending/);
    // The dialog on a card whose proposal is gone says so instead of opening an empty form.
    const late = JSON.parse((await h.send(dialogInvoke(base, 'task/fetch', edit.data))).body) as { task: { type: string; value: string } };
    expect(late.task).toMatchObject({ type: 'message', value: expect.stringMatching(/no longer pending/) });
  });
});

describe('the notes command from the menu', () => {
  it('"notes" alone gives a card to paste notes into; submitting it shows the proposal in its place', async () => {
    const base = messageActivity(h.connector.serviceUrl, { text: 'create JR-2027' });
    await h.send(base);
    await h.connector.waitFor((c) => c.body.type === 'message');
    const before = h.connector.sent().length;
    await h.send(messageActivity(h.connector.serviceUrl, { text: 'notes' }));
    await h.connector.waitFor(() => h.connector.sent().length > before);
    const box = cardOf(h.connector.sent().at(-1)!);
    expect(JSON.stringify(box)).toContain('"id":"notes"');
    const res = await h.send(cardInvoke(h.connector.serviceUrl, base, executeAction(box, 'notes.submit'), { notes: NOTES }));
    const proposal = (JSON.parse(res.body) as { value: Record<string, unknown> }).value;
    expect(cardText(proposal)).toContain('Owner: **Dana Alvarez**');
    expect(((proposal.actions ?? []) as { verb?: string; data: { verb?: string } }[]).map((a) => a.verb ?? a.data.verb)).toEqual(['proposal.confirm', 'proposal.edit', 'proposal.cancel']);
  });
});

describe('the Teams error boundary', () => {
  it('tells the person, with a reference id, when handling fails', async () => {
    const own = await buildTestAssistant();
    const store = own.store;
    const failing = scriptedAssistant(() => {
      throw new Error('index exploded');
    });
    const h2 = await startTeamsHarness(failing, store);
    try {
      await h2.send(messageActivity(h2.connector.serviceUrl, { text: 'anything' }));
      const sent = await h2.connector.waitFor((c) => c.body.type === 'message');
      expect(cardText(cardOf(sent))).toMatch(/reference LSN-[0-9A-F]{8}/);
    } finally {
      await h2.close();
      await own.close();
    }
  });
});
