// What every modal submission needs: where its reply goes (the channel and thread the modal was
// opened from, or the person's DM) and who submitted it.
import type { WebClient } from '@slack/web-api';
import type { Conversation, Person } from '../../../../core/messages.js';
import type { SlackDeps } from '../../deps.js';
import { decodeOrigin, type ViewOrigin } from '../../render/views.js';
import { conversationKind } from '../../to-inbound.js';

export function submission(deps: SlackDeps, client: WebClient, userId: string, privateMetadata: string | undefined) {
  const meta: ViewOrigin = decodeOrigin(privateMetadata);
  return {
    meta,
    origin: { ...(meta.channel ? { channel: meta.channel } : {}), ...(meta.threadTs ? { threadTs: meta.threadTs } : {}), userId },
    async who(): Promise<{ person: Person; where: Conversation }> {
      const channel = meta.channel ?? (await deps.directory.dmChannel(client, userId));
      return {
        person: await deps.directory.person(client, userId),
        where: { platform: 'slack', id: channel, kind: conversationKind(channel), ...(meta.threadTs ? { threadId: meta.threadTs } : {}) },
      };
    },
  };
}
