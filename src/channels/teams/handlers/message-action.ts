// The message action "Log action items" (a messaging-extension action on any message): fetchTask
// opens a dialog with the message's text to trim; submitAction closes it, and the proposal follows
// in the conversation for the requester only, like notes sent with "log notes".
import { CardFactory, type TurnContext } from 'botbuilder';
import { originOf, personFor, queueInbound, type TeamsDeps } from '../deps.js';
import { respond } from './invoke.js';
import { conversationOf, plainText } from '../to-inbound.js';

export const LOG_ACTION_ITEMS = 'logActionItems';

interface ActionValue {
  commandId?: string;
  data?: { notes?: string };
  messagePayload?: { id?: string; body?: { content?: string }; linkToMessage?: string };
}

function notesDialog(text: string) {
  return CardFactory.adaptiveCard({
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', wrap: true, text: 'I will show you the action items I find; nothing is logged until you confirm.' },
      { type: 'Input.Text', id: 'notes', isMultiline: true, label: 'Meeting notes', value: text, isRequired: true, errorMessage: 'Paste the notes first.' },
    ],
    actions: [{ type: 'Action.Submit', title: 'Find action items' }],
  });
}

export async function onFetchTask(ctx: TurnContext): Promise<void> {
  const value = (ctx.activity.value ?? {}) as ActionValue;
  const text = plainText(value.messagePayload?.body?.content ?? '');
  await respond(ctx, { task: { type: 'continue', value: { title: 'Log action items', width: 'medium', height: 'large', card: notesDialog(text) } } });
}

export async function onSubmitAction(deps: TeamsDeps, ctx: TurnContext): Promise<void> {
  const activity = ctx.activity;
  const value = (activity.value ?? {}) as ActionValue;
  const text = (value.data?.notes ?? plainText(value.messagePayload?.body?.content ?? '')).trim();
  await respond(ctx, {});
  if (!text) return;
  const receivedAt = deps.clock.now();
  queueInbound(deps, originOf(activity), 'message action', async (turn) => ({
    id: `notes:${conversationOf(activity).id}:${value.messagePayload?.id ?? activity.id}`,
    kind: 'notes',
    from: await personFor(deps, turn, activity),
    where: conversationOf(activity),
    text,
    addressed: true,
    ...(value.messagePayload?.linkToMessage ? { permalink: value.messagePayload.linkToMessage } : {}),
    receivedAt,
  }));
}
