// /liaison <ask|notes|link|unlink|plan|done|snooze|followups|home|help> ... ; `/liaison notes` alone
// opens a modal to paste notes, everything else goes to the assistant as a command.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { withBoundary } from '../../boundary.js';
import { queueInbound, type SlackDeps } from '../../deps.js';
import { notesModal } from '../../render/views.js';
import { mentionedPeople } from '../../mentions.js';
import { commandInbound, parseCommand } from '../../to-inbound.js';

export function liaisonCommand(deps: SlackDeps) {
  return async ({ command, ack, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const origin = {
      channel: command.channel_id,
      userId: command.user_id,
      responseUrl: command.response_url,
      triggerId: command.trigger_id,
    };
    const parsed = parseCommand(command.text ?? '');
    if (parsed.name === 'notes' && parsed.args.length === 0) {
      const d = { client, directory: deps.directory, log: deps.log, ...(deps.fetch ? { fetch: deps.fetch } : {}) };
      await withBoundary(d, origin, 'open notes modal', async () => {
        await client.views.open({ trigger_id: command.trigger_id, view: notesModal({ channel: command.channel_id }) });
      });
      return;
    }
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, `command ${parsed.name}`, async () => {
      const [person, people] = await Promise.all([deps.directory.person(client, command.user_id), mentionedPeople(deps.directory, client, command.text ?? '')]);
      return commandInbound(command, { person, people, receivedAt });
    });
  };
}
