import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { LOG_ACTION_ITEMS, logActionItems } from './log-action-items.js';

export function register(app: App, deps: SlackDeps): void {
  app.shortcut<MessageShortcut>({ type: 'message_action', callback_id: LOG_ACTION_ITEMS }, logActionItems(deps));
}
