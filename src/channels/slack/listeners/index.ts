// Registers every listener, by kind (events, commands, actions, shortcuts, views).
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { register as actions } from './actions/index.js';
import { register as commands } from './commands/index.js';
import { register as events } from './events/index.js';
import { register as shortcuts } from './shortcuts/index.js';
import { register as views } from './views/index.js';

export function registerListeners(app: App, deps: SlackDeps): void {
  for (const register of [events, commands, actions, shortcuts, views]) register(app, deps);
}
