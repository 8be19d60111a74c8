// The reminder loop's own pings to a Teams partner (the real sweep, planner and ping text, delivered by
// the Teams notifier), and the buttons on them pressed as adaptiveCard/action invokes: Snooze with a
// chosen length, Can't do it with an outcome, Reassign to a plan member. Each answers with the card
// saying what happened and who did it, and changes the plan.
import { describe, expect, it } from 'vitest';
import { Notifiers } from '../../../src/core/reminders/deliver.js';
import { sweepAll } from '../../../src/core/reminders/sweep.js';
import { cardInvoke, cardOf, cardText, executeAction, KIM, messageActivity } from './harness.js';
import { useRealAssistant } from './real-assistant.js';

const env = useRealAssistant();
const LOCAL = { actor: { platform: 'cli' as const, userId: 'coordinator', name: 'coordinator' } };
const TASKS = ['schedule a job shadow at the hospital', 'send the DD waiver form', 'call the family about the bus pass'];

describe('a Teams reminder from the sweep', () => {
  it('reaches the owner as a card whose Snooze, Can\'t do it and Reassign change the plan and say who did it', async () => {
    const { plans, store, planner, clock } = env.t;
    const h = env.h;
    const plan = await plans.createPlan({ label: 'JR-2027', coordinator: 'Maria Rivera' }, LOCAL);
    await plans.addMember('JR-2027', 'Daniel Kim', LOCAL);
    await plans.addMember('JR-2027', 'Tom Okafor', LOCAL);
    await plans.recordConsent('JR-2027', { agencies: ['Maple County DD Board'], givenBy: 'parent', from: '2026-09-01', until: null }, LOCAL);
    await plans.logMeeting({ ...LOCAL, planId: plan.id, meetingDate: '2026-11-25', notesText: 'notes', items: TASKS.map((task) => ({ owners: ['Daniel Kim'], task, due: '2026-12-02', quote: `Daniel Kim to ${task}` })) });
    // Kim has written to Liaison before, so his personal chat is stored.
    const kimChat = messageActivity(h.connector.serviceUrl, { from: KIM, text: 'help' });
    await h.send(kimChat);
    await h.connector.waitFor((c) => c.body.type === 'message');

    const records = await sweepAll({ store, planner, notifiers: new Notifiers([h.teams.notifier]), clock }, { at: new Date('2026-12-02T15:00:00Z') });
    const toKim = records.filter((r) => r.to.platform === 'teams' && r.kind === 'due');
    expect(toKim.map((r) => r.status)).toEqual(['sent', 'sent', 'sent']);
    const cards = h.connector.sent().filter((c) => c.conversationId === `a:personal-${KIM.aadObjectId}` && /Due today/.test(JSON.stringify(c.body))).map(cardOf);
    const cardFor = (task: string) => cards.find((c) => cardText(c).includes(task))!;
    const press = async (card: Record<string, unknown>, verb: string, inputs: Record<string, unknown>) => {
      const action = executeAction(card, verb);
      const res = JSON.parse((await h.send(cardInvoke(h.connector.serviceUrl, kimChat, action, inputs, KIM))).body) as { type: string; value: Record<string, unknown> };
      expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
      return cardText(res.value);
    };
    const byTask = async (task: string) => (await store.listCommitments(plan.id)).find((c) => c.task === task)!;

    // Snooze: the length is the choice set beside the button.
    const snoozeCard = cardFor(TASKS[0]!);
    const snoozeInput = String(executeAction(snoozeCard, 'commitment.snooze').data.in);
    expect(await press(snoozeCard, 'commitment.snooze', { [snoozeInput]: '7' })).toContain(`Snoozed by Daniel Kim on **JR-2027**: ${TASKS[0]} is now due 2026-12-09`);
    expect((await byTask(TASKS[0]!)).due).toBe('2026-12-09');

    // Can't do it: the outcome is chosen beside the button, with a note saying why.
    const cannotCard = cardFor(TASKS[1]!);
    const cannotInput = String(executeAction(cannotCard, 'commitment.cannot').data.in);
    const body = cannotCard.body as { id?: string; type?: string; choices?: { value: string }[] }[];
    const outcome = (body.find((b) => b.id === cannotInput)!.choices ?? []).map((c) => c.value).find((v) => v !== 'done')!;
    const noteInput = body.find((b) => b.type === 'Input.Text')!;
    expect(await press(cannotCard, 'commitment.cannot', { [cannotInput]: outcome, [noteInput.id!]: 'The family moved out of county' })).toContain(
      `Closed by Daniel Kim on **JR-2027**: ${TASKS[1]} (${outcome.replace(/-/g, ' ')}). Their note: "The family moved out of county"`,
    );
    expect((await byTask(TASKS[1]!)).history.at(-1)?.note).toBe('The family moved out of county');

    // Reassign: to another member of the plan.
    const reassignCard = cardFor(TASKS[2]!);
    const reassignInput = String(executeAction(reassignCard, 'commitment.reassign').data.in);
    expect(await press(reassignCard, 'commitment.reassign', { [reassignInput]: 'p-okafor' })).toContain(`Reassigned by Daniel Kim on **JR-2027**: ${TASKS[2]} is now Tom Okafor's`);
    expect((await byTask(TASKS[2]!)).owners.map((o) => o.partnerId)).toEqual(['p-okafor']);
  });
});
