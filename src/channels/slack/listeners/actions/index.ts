import type { App, BlockAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { ACTION_PATTERN } from '../../render/action-codec.js';
import { button } from './button.js';

export function register(app: App, deps: SlackDeps): void {
  app.action<BlockAction>({ type: 'block_actions', action_id: ACTION_PATTERN }, button(deps));
}
