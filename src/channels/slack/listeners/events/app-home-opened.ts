// Opening the App Home tab shows the viewer's open commitments across plans (command `home`).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { queueInbound, type SlackDeps } from '../../deps.js';

export function appHomeOpened(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const origin = { channel: event.channel, userId: event.user };
    const receivedAt = deps.clock.now();
    queueInbound(deps, client, origin, 'app home', async () => ({
      id: `home:${event.user}:${event.event_ts}`,
      kind: 'command',
      from: await deps.directory.person(client, event.user),
      where: { platform: 'slack', id: event.channel, kind: 'dm' },
      text: '',
      addressed: true,
      command: { name: 'home', args: [] },
      receivedAt,
    }));
  };
}
