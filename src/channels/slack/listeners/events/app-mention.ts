// @Liaison in a channel: a question, or notes to log (the assistant tells them apart).
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import type { SlackMessageEvent } from '../../to-inbound.js';
import { handleMessageEvent } from './message.js';

export function appMention(deps: SlackDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const e = event as unknown as SlackMessageEvent;
    if (!e.user || e.bot_id || (e.subtype && e.subtype !== 'thread_broadcast')) return;
    handleMessageEvent(deps, client, e, true);
  };
}
